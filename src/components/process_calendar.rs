//! Content pillars and a one-week content calendar for the process map. Adding, removing,
//! counting and checking are `WeekCalendar` and `validate_pillars` in the domain.

use leptos::prelude::*;

use crate::components::number_field::NumberField;
use crate::components::select_field::{with_blank, SelectField, SelectOption};
use crate::components::text_field::TextField;

use crate::browser::focus_later;
use crate::components::calendar_entry_editor::{edit_button_id, EntryEditor};
use crate::content::text::ui_process as t;
use crate::domain::locale::is_singular;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::process::{
    validate_pillars, CalendarEntry, PostFormat, Weekday, MAX_ENTRIES_PER_DAY,
};
use crate::domain::workbook::WorkbookStoreFields;
use crate::domain::workbook::{from_slug, slug_of, Network};
use crate::state::use_app_state;

#[component]
pub fn Pillars() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    // Rows are re-created only when the number of pillars changes, so typing keeps focus.
    let count = Memo::new(move |_| process.with(|process| process.pillars.len()));
    let add = move |_| {
        let mut added = None;
        process.update(|process| {
            added = process.add_pillar().then(|| process.pillars.len() - 1);
        });
        if let Some(index) = added {
            focus_later(format!("pm-pillar-name-{index}"));
        }
    };
    let issues = move || process.with(|process| validate_pillars(&process.pillars));
    let total = move || {
        process.with(|process| {
            process
                .pillars
                .iter()
                .map(|x| u32::from(x.share))
                .sum::<u32>()
        })
    };
    view! {
        <section class="pm-section" aria-labelledby="pm-pillars-heading">
            <h2 id="pm-pillars-heading">{t::PILLARS_HEADING}</h2>
            <p>{t::PILLARS_INTRO}</p>
            <ul class="pm-pillars">
                {move || (0..count.get()).map(|i| view! { <PillarRow index=i /> }).collect_view()}
            </ul>
            <p>
                <button type="button" id="pm-pillar-add" class="button" on:click=add>{t::ADD_PILLAR}</button>
            </p>
            <div class="pm-issues">
                <p>{move || t::shares_total(total())}</p>
                {move || {
                    let issues = issues();
                    (!issues.is_empty()).then(|| view! {
                        <ul>{issues.into_iter().map(|i| view! { <li>{i.message}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
        </section>
    }
}

#[component]
fn PillarRow(index: usize) -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let n = index + 1;
    let name_id = format!("pm-pillar-name-{index}");
    let share_id = format!("pm-pillar-share-{index}");
    let read = move |f: fn(&crate::domain::workbook::process::Pillar) -> String| {
        process.with(|process| process.pillars.get(index).map(f).unwrap_or_default())
    };
    let remove = move |_| {
        process.update(|process| {
            if index < process.pillars.len() {
                process.pillars.remove(index);
            }
        });
        focus_later("pm-pillar-add".to_string());
    };
    view! {
        <li class="pm-pillar">
            <TextField
                id=name_id
                label=t::pillar_name(n)
                maxlength=200
                value=Signal::derive(move || read(|x| x.name.clone()))
                on_input=Callback::new(move |v| {
                    process.update(|process| {
                        if let Some(x) = process.pillars.get_mut(index) {
                            x.name = v;
                        }
                    });
                })
            />
            <NumberField
                id=share_id
                label=t::pillar_share(n)
                class="pm-share"
                max=100
                placeholder="0"
                value=Signal::derive(move || read(|x| if x.share == 0 { String::new() } else { x.share.to_string() }))
                on_input=Callback::new(move |v: String| {
                    // A blank or unreadable box counts as 0; the domain caps shares at 100.
                    let share = v.trim().parse::<u32>().map_or(0, |s| s.min(100) as u8);
                    process.update(|process| {
                        if let Some(x) = process.pillars.get_mut(index) {
                            x.share = share;
                        }
                    });
                })
            />
            <button type="button" class="button pm-remove" aria-label=t::remove_pillar(n) on:click=remove>
                {t::REMOVE}
            </button>
        </li>
    }
}

#[component]
pub fn ContentCalendar() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let day = RwSignal::new(Weekday::Mon);
    // The platforms chosen for the plan come first in the menu, the first one picked already.
    let menu = Memo::new(move |_| {
        state
            .progress
            .chosen_platforms()
            .with(|c| Network::chosen_first(c))
    });
    let first = state
        .progress
        .chosen_platforms()
        .with_untracked(|c| Network::chosen(c).first().copied());
    let platform = RwSignal::new(first);
    let pillar = RwSignal::new(String::new());
    let format = RwSignal::new(PostFormat::default());
    let note = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());

    let pillar_names = move || process.with(|process| process.pillar_names());
    let calendar = Memo::new(move |_| process.with(|process| process.calendar.clone()));

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = day.get_untracked();
        let entry = CalendarEntry {
            platform: platform.get_untracked(),
            pillar: pillar.get_untracked().trim().to_string(),
            format: format.get_untracked(),
            note: note.get_untracked().trim().to_string(),
        };
        let mut added = false;
        process.update(|process| added = process.calendar.add(d, entry));
        if added {
            let count = calendar.with_untracked(|c| c.day(d).len());
            message.set(t::added_to_day(d.label(), count));
            note.set(String::new());
        } else {
            message.set(t::day_full(d.label(), MAX_ENTRIES_PER_DAY));
        }
    };

    view! {
        <section class="pm-section" aria-labelledby="pm-cal-heading">
            <h2 id="pm-cal-heading">{t::CALENDAR_HEADING}</h2>
            <p>{t::CALENDAR_INTRO}</p>
            <form class="pm-cal-form" on:submit=add>
                <fieldset>
                    <legend>{t::ADD_POST}</legend>
                    <div class="pm-cal-fields">
                        <SelectField
                            id="pm-cal-day"
                            label=t::LABEL_DAY
                            options=Weekday::ALL.map(|d| SelectOption::new(slug_of(&d), d.label())).to_vec()
                            value=Signal::derive(move || slug_of(&day.get()))
                            on_change=Callback::new(move |v: String| {
                                if let Some(d) = from_slug::<Weekday>(&v) {
                                    day.set(d);
                                }
                            })
                        />
                        <SelectField
                            id="pm-cal-platform"
                            label=t::LABEL_PLATFORM
                            options=Signal::derive(move || network_options(&menu.get()))
                            value=Signal::derive(move || platform.get().map_or("", Network::slug).to_string())
                            on_change=Callback::new(move |v: String| platform.set(from_slug::<Network>(&v)))
                        />
                        <TextField
                            id="pm-cal-pillar"
                            label=t::LABEL_PILLAR
                            list="pm-pillar-options"
                            maxlength=200
                            value=pillar
                            on_input=Callback::new(move |v| pillar.set(v))
                        />
                        <datalist id="pm-pillar-options">
                            {move || pillar_names().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
                        </datalist>
                        <SelectField
                            id="pm-cal-format"
                            label=t::LABEL_FORMAT
                            options=format_options()
                            value=Signal::derive(move || slug_of(&format.get()))
                            on_change=Callback::new(move |v: String| {
                                if let Some(f) = from_slug::<PostFormat>(&v) {
                                    format.set(f);
                                }
                            })
                        />
                        <TextField
                            id="pm-cal-note"
                            label=t::LABEL_NOTE_LONG
                            class="pm-cal-note"
                            maxlength=2000
                            value=note
                            on_input=Callback::new(move |v| note.set(v))
                        />
                    </div>
                    <button type="submit" class="button button-primary">{t::ADD_TO_CALENDAR}</button>
                    <p class="pm-cal-message" role="status">{move || message.get()}</p>
                </fieldset>
            </form>
            <div class="pm-week">
                {Weekday::ALL.into_iter().map(|d| view! { <DayColumn day=d message=message /> }).collect_view()}
            </div>
            <CalendarSummary />
        </section>
    }
}

#[component]
fn DayColumn(day: Weekday, message: RwSignal<String>) -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let heading_id = format!("pm-day-{}", slug_of(&day));
    let entries = Memo::new(move |_| process.with(|process| process.calendar.day(day).to_vec()));
    // The post being edited in place, if any.
    let editing = RwSignal::new(None::<usize>);
    let remove = {
        let heading_id = heading_id.clone();
        move |index: usize| {
            editing.set(None);
            let mut removed = false;
            process.update(|process| removed = process.calendar.remove(day, index).is_some());
            if removed {
                message.set(t::removed_post(day.label(), index + 1));
                focus_later(heading_id.clone());
            }
        }
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="pm-day" aria-labelledby=labelled_by>
            <h3 id=heading_id tabindex="-1">
                {day.label()}
                <span class="pm-day-count">
                    {move || {
                        let n = entries.with(Vec::len);
                        if is_singular(n as u64) { t::day_count_one(n) } else { t::day_count_other(n) }
                    }}
                </span>
            </h3>
            {move || {
                let list = entries.get();
                if list.is_empty() {
                    return view! { <p class="pm-day-empty">{t::DAY_EMPTY}</p> }.into_any();
                }
                let remove = remove.clone();
                view! {
                    <ol class="pm-entries">
                        {list
                            .into_iter()
                            .enumerate()
                            .map(|(i, e)| {
                                let remove = remove.clone();
                                let platform = e.platform.map_or(t::NO_PLATFORM_YET, |n| n.label());
                                let pillar = if e.pillar.trim().is_empty() { t::NO_PILLAR_YET.to_string() } else { e.pillar.clone() };
                                if editing.get() == Some(i) {
                                    let done = Callback::new(move |saved: bool| {
                                        editing.set(None);
                                        if saved {
                                            message.set(t::saved_post(day.label(), i + 1));
                                        }
                                        focus_later(edit_button_id(day, i));
                                    });
                                    return view! { <li class="pm-entry"><EntryEditor day=day index=i done=done /></li> }.into_any();
                                }
                                view! {
                                    <li class="pm-entry">
                                        <p class="pm-entry-main">
                                            <strong>{platform}</strong> " · " {pillar} " · " {e.format.label()}
                                        </p>
                                        {(!e.note.trim().is_empty()).then(|| view! { <p class="pm-entry-note">{e.note.clone()}</p> })}
                                        <div class="pm-entry-actions">
                                            <button type="button" id=edit_button_id(day, i) class="button"
                                                aria-label=t::edit_post(day.label(), i + 1) on:click=move |_| editing.set(Some(i))>
                                                {t::EDIT}
                                            </button>
                                            <button type="button" class="button pm-remove"
                                                aria-label=t::remove_post(day.label(), i + 1) on:click=move |_| remove(i)>
                                                {t::REMOVE}
                                            </button>
                                        </div>
                                    </li>
                                }
                                    .into_any()
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}

/// Posts per platform and per pillar, and what is missing.
#[component]
fn CalendarSummary() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let calendar = Memo::new(move |_| process.with(|process| process.calendar.clone()));
    view! {
        <div class="pm-cal-summary">
            <h3>{t::SUMMARY_HEADING}</h3>
            {move || {
                let cal = calendar.get();
                if cal.is_empty() {
                    return view! { <p>{t::SUMMARY_EMPTY}</p> }.into_any();
                }
                let cadence = cal.cadence();
                let pillars = cal.posts_per_pillar();
                let issues = cal.validate();
                view! {
                    <p>{if is_singular(cal.total() as u64) { t::week_total_one(cal.total()) } else { t::week_total_other(cal.total()) }}</p>
                    {(!cadence.is_empty()).then(|| view! {
                        <p class="pm-summary-title">{t::CADENCE_TITLE}</p>
                        <ul>{cadence.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                    })}
                    {(!pillars.is_empty()).then(|| view! {
                        <p class="pm-summary-title">{t::PER_PILLAR_TITLE}</p>
                        <ul>{pillars.into_iter().map(|(name, n)| view! { <li>{t::pillar_posts(name, n)}</li> }).collect_view()}</ul>
                    })}
                    {(!issues.is_empty()).then(|| view! {
                        <p class="pm-summary-title">{t::SUMMARY_STILL_TO_DO}</p>
                        <ul>{issues.into_iter().map(|i| view! { <li>{i.message}</li> }).collect_view()}</ul>
                    })}
                }
                    .into_any()
            }}
        </div>
    }
}

/// The platforms a post can be planned for, after "Choose a platform" (none yet).
pub fn network_options(networks: &[Network]) -> Vec<SelectOption> {
    with_blank(
        t::CHOOSE_PLATFORM,
        networks
            .iter()
            .map(|n| SelectOption::new(n.slug(), n.label())),
    )
}

/// The formats a planned post can take.
pub fn format_options() -> Vec<SelectOption> {
    PostFormat::ALL
        .map(|f| SelectOption::new(slug_of(&f), f.label()))
        .to_vec()
}
