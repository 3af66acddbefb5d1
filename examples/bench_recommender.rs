//! Times `rank` for a handful of personas and prints the mean time per full ranking.
//!
//! Run with `cargo run --release --example bench_recommender`. Exits with status 1 when the mean
//! is above the 1 ms budget the issue sets.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use social_media_course::content::platforms::{
    AgeBand, Community, ContentFormat, Education, Market,
};
use social_media_course::domain::objective::MarketingObjective;
use social_media_course::domain::recommender::{rank, GenderSkew, Persona};

const ITERATIONS: u32 = 20_000;
const BUDGET_MICROS: f64 = 1_000.0;

fn personas() -> Vec<Persona> {
    let base = Persona::default();
    vec![
        base.clone(),
        Persona {
            market: Market::B2b,
            ages: vec![AgeBand::From30To49],
            education: Some(Education::CollegePlus),
            objective: MarketingObjective::Leads,
            formats: vec![ContentFormat::Text, ContentFormat::Links],
            weekly_budget: 200,
            ..base.clone()
        },
        Persona {
            ages: vec![AgeBand::From65],
            hours_per_week: 5,
            ..base.clone()
        },
        Persona {
            ages: vec![AgeBand::From18To29],
            gender: GenderSkew::MostlyWomen,
            formats: vec![ContentFormat::ShortVideo, ContentFormat::Images],
            hours_per_week: 6,
            ..base.clone()
        },
        Persona {
            ages: vec![AgeBand::From30To49, AgeBand::From50To64],
            gender: GenderSkew::MostlyMen,
            education: Some(Education::HsOrLess),
            community: Some(Community::Rural),
            objective: MarketingObjective::Community,
            ..base
        },
    ]
}

/// Mean microseconds per call of `rank` over `ITERATIONS` rounds of every persona.
fn mean_micros(personas: &[Persona]) -> f64 {
    for p in personas {
        black_box(rank(black_box(p)));
    }
    let start = Instant::now();
    for _ in 0..ITERATIONS {
        for p in personas {
            black_box(rank(black_box(p)));
        }
    }
    let calls = f64::from(ITERATIONS) * personas.len() as f64;
    start.elapsed().as_secs_f64() * 1e6 / calls
}

fn main() -> ExitCode {
    let personas = personas();
    let mean = mean_micros(&personas);
    println!(
        "rank: {mean:.2} µs mean per full ranking ({} personas × {ITERATIONS} iterations; budget {BUDGET_MICROS} µs)",
        personas.len()
    );
    if mean > BUDGET_MICROS {
        eprintln!("too slow: above the 1 ms budget");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
