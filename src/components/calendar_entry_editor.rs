//! Editing one planned post in place: its platform, pillar, format and note, changed in a small
//! form where the post was listed (`WeekCalendar::replace` in the domain). Nothing is saved until
//! "Save"; "Cancel" leaves the post as it was.

use leptos::prelude::*;

use crate::components::process_calendar::{format_options, network_options};
use crate::components::select_field::SelectField;
use crate::components::text_field::TextField;
use crate::content::text::ui_process as t;

use crate::browser::focus_later;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::process::{PostFormat, Weekday};
use crate::domain::workbook::WorkbookStoreFields;
use crate::domain::workbook::{from_slug, slug_of, Network};
use crate::state::use_app_state;

/// The id of the Edit button of a post, where focus returns after saving or cancelling.
pub fn edit_button_id(day: Weekday, index: usize) -> String {
    format!("pm-edit-{}-{index}", slug_of(&day))
}

#[component]
pub fn EntryEditor(
    day: Weekday,
    index: usize,
    /// Called with `true` after a save, `false` after a cancel.
    done: Callback<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let original =
        process.with_untracked(|p| p.calendar.day(day).get(index).cloned().unwrap_or_default());
    let platform = RwSignal::new(original.platform);
    let pillar = RwSignal::new(original.pillar.clone());
    let format = RwSignal::new(original.format);
    let note = RwSignal::new(original.note.clone());
    let pillar_names = move || process.with(|p| p.pillar_names());
    let id = |field: &str| format!("pm-edit-{}-{index}-{field}", slug_of(&day));
    let (platform_id, pillar_id, format_id, note_id) =
        (id("platform"), id("pillar"), id("format"), id("note"));
    let list_id = id("pillars");
    focus_later(platform_id.clone());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entry = crate::domain::workbook::process::CalendarEntry {
            platform: platform.get_untracked(),
            pillar: pillar.get_untracked().trim().to_string(),
            format: format.get_untracked(),
            note: note.get_untracked().trim().to_string(),
        };
        process.update(|p| {
            p.calendar.replace(day, index, entry);
        });
        done.run(true);
    };
    let legend = t::edit_post(day.label(), index + 1);
    view! {
        <form class="pm-edit" on:submit=save>
            <fieldset>
                <legend>{legend}</legend>
                <SelectField
                    id=platform_id
                    label=t::LABEL_PLATFORM
                    options=network_options(&state.progress.chosen_platforms().with_untracked(|c| Network::chosen_first(c)))
                    value=Signal::derive(move || platform.get().map_or("", Network::slug).to_string())
                    on_change=Callback::new(move |v: String| platform.set(from_slug::<Network>(&v)))
                />
                <TextField
                    id=pillar_id
                    label=t::LABEL_PILLAR
                    list=list_id.clone()
                    maxlength=200
                    value=pillar
                    on_input=Callback::new(move |v| pillar.set(v))
                />
                <datalist id=list_id>
                    {move || pillar_names().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
                </datalist>
                <SelectField
                    id=format_id
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
                    id=note_id
                    label=t::LABEL_NOTE
                    maxlength=2000
                    value=note
                    on_input=Callback::new(move |v| note.set(v))
                />
                <div class="pm-actions">
                    <button type="submit" class="button button-primary">{t::SAVE}</button>
                    <button type="button" class="button" on:click=move |_| done.run(false)>{t::CANCEL}</button>
                </div>
            </fieldset>
        </form>
    }
}
