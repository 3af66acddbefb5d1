//! The answer for the persona in the form: nothing until the audience is described, then what to
//! do first in plain words (`recommender::plain_answer`, which respects the hours), the ranked
//! platforms with a "use in my plan" box each, and behind "Why" disclosures the reasons (each
//! naming its source and year), the confidence and the sources quoted.
//!
//! Built to update in place: the cards are keyed by platform and move when the order changes,
//! and each card's reasons are keyed by their text, so a change to the persona rebuilds only the
//! sentences that changed (the tool must repaint within one frame on a slow phone).

use leptos::prelude::*;

use crate::components::checkbox_field::CheckboxField;
use crate::content::platforms::{Platform, Source};
use crate::content::text::ui_planning as t;
use crate::domain::explorer::source_line;
use crate::domain::recommender::{
    is_described, persona_label, plain_answer, set_chosen, sources_used, ConfidenceLevel, Persona,
    Ranking, Reason, Tone,
};
use crate::domain::store::ProgressDataStoreFields;
use crate::state::use_app_state;

/// (class, visible mark, words for screen readers)
fn tone_words(tone: Tone) -> (&'static str, &'static str, &'static str) {
    match tone {
        Tone::For => ("reason-for", "✓", t::PR_TONE_FOR),
        Tone::Against => ("reason-against", "✗", t::PR_TONE_AGAINST),
        Tone::Neutral => ("reason-neutral", "•", t::PR_TONE_NEUTRAL),
    }
}

fn reason_item(r: Reason) -> impl IntoView {
    let (class, mark, words) = tone_words(r.tone);
    view! {
        <li class=format!("reason {class}")>
            <span class="reason-mark" aria-hidden="true">{mark}</span>
            <span><span class="visually-hidden">{words}</span>{r.text}</span>
        </li>
    }
}

fn level_word(level: ConfidenceLevel) -> &'static str {
    match level {
        ConfidenceLevel::High => "high",
        ConfidenceLevel::Medium => "medium",
        ConfidenceLevel::Low => "low",
    }
}

#[component]
pub fn PersonaResults(
    ranking: Memo<Ranking>,
    persona: RwSignal<Persona>,
    /// Whether the persona is a link's, not saved (so it has no place in the list to name it by).
    linked: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app_state();
    let title = Memo::new(move |_| {
        let name = if linked.get() {
            persona.with(|p| {
                let name = p.name.trim();
                if name.is_empty() {
                    t::PR_LINK_PERSONA.to_string()
                } else {
                    t::pr_quoted(name)
                }
            })
        } else {
            let index = app.progress.active_persona().get().unwrap_or(0);
            persona.with(|p| t::pr_quoted(persona_label(p, index)))
        };
        t::pr_ranked_for(name)
    });
    let described = Memo::new(move |_| persona.with(is_described));
    let status = Memo::new(move |_| {
        if !described.get() {
            return t::PR_DESCRIBE_FIRST.to_string();
        }
        persona.with(|p| ranking.with(|r| plain_answer(p, r).map(|a| a.text).unwrap_or_default()))
    });
    let confidence = Memo::new(move |_| ranking.with(|r| r.confidence.clone()));
    let order = Memo::new(move |_| {
        ranking.with(|r| {
            r.entries
                .iter()
                .map(|e| e.data.platform)
                .collect::<Vec<_>>()
        })
    });
    let sources = Memo::new(move |_| ranking.with(sources_used));

    view! {
        <section class="targeting-results" aria-labelledby="at-results-heading">
            <h3 id="at-results-heading">{move || if described.get() { title.get() } else { t::PR_WHERE_TO_START.to_string() }}</h3>
            <p class="at-status at-answer" class:at-answer-ready=move || described.get() role="status">{move || status.get()}</p>
            <Show when=move || described.get()>
                <ol class="ranking">
                    <For each=move || order.get() key=|p| *p let:platform>
                        <RankCard platform=platform ranking=ranking order=order />
                    </For>
                </ol>
                <details class="ranking-why">
                    <summary>{t::PR_WHY_SUMMARY}</summary>
                    {move || {
                        let c = confidence.get();
                        view! {
                            <div class=format!("confidence confidence-{}", level_word(c.level))>
                                <p class="confidence-summary">
                                    <strong>{t::PR_TRUST}</strong>{c.summary}
                                </p>
                                <ul>{c.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                            </div>
                        }
                    }}
                    <div class="ranking-sources">
                        <h4>{t::PR_SOURCES_HEADING}</h4>
                        <ul>{move || sources.get().into_iter().map(source_item).collect_view()}</ul>
                        <p class="hint">
                            {t::PR_SOURCES_HINT}
                        </p>
                    </div>
                </details>
            </Show>
        </section>
    }
}

fn source_item(s: &'static Source) -> impl IntoView {
    view! {
        <li>
            {source_line(s)}
            {s.note.map(|n| format!(" {n}"))}
            {s.url.map(|url| view! {
                " " <a href=url target="_blank" rel="noopener noreferrer">{t::PR_READ_SOURCE}</a>
            })}
        </li>
    }
}

#[component]
fn RankCard(
    platform: Platform,
    ranking: Memo<Ranking>,
    order: Memo<Vec<Platform>>,
) -> impl IntoView {
    let app = use_app_state();
    let name = platform.name();
    let entry = Memo::new(move |_| {
        ranking.with(|r| {
            r.entries
                .iter()
                .find(|e| e.data.platform == platform)
                .map(|e| (e.score, e.reasons.clone(), e.caution.clone()))
        })
    });
    let score = Memo::new(move |_| entry.with(|e| e.as_ref().map_or(0, |e| e.0)));
    let reasons =
        Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| e.1.clone()).unwrap_or_default()));
    let caution = Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| e.2.clone())));
    let position = Memo::new(move |_| {
        order.with(|o| o.iter().position(|p| *p == platform).map_or(0, |i| i + 1))
    });
    // Every card starts folded (the figures wait behind "Why"); the learner's own opening and
    // closing stands when the card moves.
    let open = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        let now = event_target::<web_sys::Element>(&ev).has_attribute("open");
        if now != open.get_untracked() {
            open.set(now);
        }
    };
    let id = format!("at-use-{}", platform.slug());
    let chosen = move || {
        app.progress
            .chosen_platforms()
            .with(|chosen_platforms| chosen_platforms.iter().any(|s| s == platform.slug()))
    };
    view! {
        <li class="rank-card">
            <div class="rank-head">
                <h4 class="rank-name">{move || format!("{}. {name}", position.get())}</h4>
                <p class="rank-score">
                    {t::PR_SCORE} " " <strong>{move || score.get().to_string()}</strong>
                    <span class="rank-of">" / 100"</span>
                </p>
            </div>
            <div class="score-bar" aria-hidden="true">
                <span style:width=move || format!("{}%", score.get().min(100))></span>
            </div>
            <details class="reasons-more" prop:open=move || open.get() on:toggle=on_toggle>
                <summary>{move || t::pr_why_score(name, score.get())}</summary>
                // Folded reasons are not built until they are opened.
                {move || open.get().then(|| view! {
                    <ul class="reasons">
                        <For each=move || reasons.get() key=|r| (r.text.clone(), r.tone) let:r>
                            {reason_item(r)}
                        </For>
                    </ul>
                })}
            </details>
            {move || caution.get().map(|c| {
                let (class, _, _) = tone_words(c.tone);
                view! {
                    <p class=format!("caution {class}")>
                        <strong>{t::PR_MAIN_CAUTION}</strong>{c.text}
                    </p>
                }
            })}
            <CheckboxField
                id=id
                label=t::pr_use_in_plan(name)
                class="pt-check use-in-plan"
                checked=Signal::derive(chosen)
                on_change=Callback::new(move |on| {
                    app.progress.chosen_platforms().update(|chosen_platforms| set_chosen(chosen_platforms, platform, on));
                })
            />
        </li>
    }
}
