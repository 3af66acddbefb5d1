//! The post preview of the process map: a draft counted live against the chosen platform's (the
//! learner's first platform for the plan until one is picked here)
//! character limit (with the date the limits were checked), the part over the limit marked, and
//! the same draft against every platform. Counting is `check_post` in the domain.
//!
//! The post box is written by hand, not a `TextField`: it is described by the live count and the
//! counting note, which sit apart from it beside the preview.

use leptos::prelude::*;

use crate::components::live_summary::LiveSummary;
use crate::components::select_field::{SelectField, SelectOption};
use crate::content::text::ui_process as t;
use crate::domain::locale::is_singular;

use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::process::{
    check_post_everywhere, split_at_limit, COUNTING_NOTE, LIMITS_AS_OF, MAX_DRAFT,
};
use crate::domain::workbook::WorkbookStoreFields;
use crate::domain::workbook::{from_slug, Network};
use crate::state::use_app_state;

#[component]
pub fn PostPreview() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let draft = Memo::new(move |_| process.with(|process| process.draft.clone()));
    // Until a platform is picked here, the post is counted for the learner's first platform.
    let chosen = Memo::new(move |_| {
        state
            .progress
            .chosen_platforms()
            .with(|c| Network::chosen_first(c))
    });
    let first = Memo::new(move |_| {
        state
            .progress
            .chosen_platforms()
            .with(|c| Network::chosen(c).first().copied())
    });
    let network = Memo::new(move |_| draft.with(|d| d.network_or(first.get())));
    let check = Memo::new(move |_| draft.with(|d| d.check_on(network.get())));

    view! {
        <section class="pm-section" aria-labelledby="pm-post-heading">
            <h2 id="pm-post-heading">{t::POST_HEADING}</h2>
            <p>{t::post_intro(LIMITS_AS_OF)}</p>
            <div class="pm-post-grid">
                <div class="pm-post-form">
                    <SelectField
                        id="pm-post-network"
                        label=t::LABEL_PLATFORM
                        options=Signal::derive(move || {
                            chosen.get().into_iter().map(|n| SelectOption::new(n.slug(), n.label())).collect::<Vec<_>>()
                        })
                        value=Signal::derive(move || network.get().slug().to_string())
                        on_change=Callback::new(move |v: String| {
                            let n = from_slug::<Network>(&v);
                            process.update(|process| process.draft.network = n);
                        })
                    />
                    <div class="field">
                        <label for="pm-post-text">{t::YOUR_POST}</label>
                        <textarea
                            id="pm-post-text"
                            rows="7"
                            maxlength=MAX_DRAFT.to_string()
                            aria-describedby="pm-post-count pm-post-note"
                            prop:value=move || draft.with(|d| d.text.clone())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                process.update(|process| process.draft.text = v);
                            }
                        ></textarea>
                    </div>
                    <p
                        id="pm-post-count"
                        class="pm-count"
                        class:pm-count-over=move || !check.with(|c| c.fits)
                    >
                        {move || check.with(|c| c.message.clone())}
                    </p>
                    <LiveSummary text=Signal::derive(move || check.with(|c| c.message.clone())) />
                    <p class="hint">
                        {move || check.with(|c| {
                            let n = c.first_line_chars;
                            if is_singular(n as u64) { t::first_line_one(n) } else { t::first_line_other(n) }
                        })}
                    </p>
                </div>
                <figure class="pm-post-preview">
                    <figcaption>{move || t::preview_on(network.get().label())}</figcaption>
                    <div class="pm-post-body">
                        {move || {
                            let text = draft.with(|d| d.text.clone());
                            if text.trim().is_empty() {
                                return view! { <p class="pm-post-empty">{t::POST_EMPTY}</p> }.into_any();
                            }
                            let max = check.with(|c| c.limit.max_chars);
                            let (fits, over) = split_at_limit(&text, max);
                            let (fits, over) = (fits.to_string(), over.to_string());
                            view! {
                                <p class="pm-post-text">
                                    {fits}
                                    {(!over.is_empty()).then(|| view! {
                                        <mark class="pm-over">
                                            <span class="visually-hidden">{t::OVER_FROM_HERE}</span>
                                            {over}
                                        </mark>
                                    })}
                                </p>
                            }
                                .into_any()
                        }}
                    </div>
                </figure>
            </div>
            <p id="pm-post-note" class="hint">{COUNTING_NOTE}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::LIMITS_REGION>
                <table class="pm-limits">
                    <caption>{t::limits_caption(LIMITS_AS_OF)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t::LABEL_PLATFORM}</th>
                            <th scope="col">{t::COLUMN_FIELD}</th>
                            <th scope="col">{t::COLUMN_MAXIMUM}</th>
                            <th scope="col">{t::YOUR_POST}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let text = draft.with(|d| d.text.clone());
                            check_post_everywhere(&text)
                                .into_iter()
                                .map(|c| {
                                    let field = if c.limit.note.is_empty() {
                                        c.limit.field.to_string()
                                    } else {
                                        format!("{} ({})", c.limit.field, c.limit.note)
                                    };
                                    let status = if c.fits {
                                        t::fits_left(group(c.remaining))
                                    } else {
                                        t::over_by(group(c.over_by))
                                    };
                                    view! {
                                        <tr class:pm-row-over=!c.fits>
                                            <th scope="row">{c.limit.network.label()}</th>
                                            <td>{field}</td>
                                            <td>{t::max_chars(group(c.limit.max_chars))}</td>
                                            <td>{if c.fits { "✓ " } else { "✗ " }}{status}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn group(n: usize) -> String {
    crate::domain::workbook::formulas::format_number(n as f64, 0).unwrap_or_else(|| n.to_string())
}
