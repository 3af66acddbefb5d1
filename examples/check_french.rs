//! The French lessons checked by the English content rules (`src/content/french.rs`), without
//! building the app: `cargo run --example check_french`, from the checkout to check (the
//! current folder, not the one the program was built in: translators may share a target
//! folder). Exits 1 on a problem.

use std::path::Path;

#[path = "../src/content/types.rs"]
#[allow(dead_code)]
mod types;

#[path = "../src/content/compile.rs"]
#[allow(dead_code)]
mod compile;

#[path = "../src/content/catalogue.rs"]
#[allow(dead_code)]
mod catalogue;

#[path = "../src/contracts.rs"]
#[allow(dead_code)]
mod contracts;

#[path = "../src/content/french.rs"]
mod french;

fn main() {
    let content = Path::new("src/content");
    if !content.join("lessons").is_dir() {
        eprintln!("run this from the repository's top folder (no src/content/lessons here)");
        std::process::exit(2);
    }
    let (count, problems) = french::check(content);
    println!("{count} French lesson(s) checked");
    for p in &problems {
        println!("{p}");
    }
    if !problems.is_empty() {
        std::process::exit(1);
    }
}
