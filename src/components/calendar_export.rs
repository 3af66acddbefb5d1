//! "Add the week to my calendar": the content calendar as an iCalendar file
//! (`domain::ical::week_to_ics`), every post repeating weekly from a first week the learner picks
//! (by default the next Monday in their own time zone).

use leptos::prelude::*;

use crate::components::text_field::TextField;
use crate::content::text::ui_progress as t;

use crate::domain::date::Date;
use crate::domain::ical;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

#[component]
pub fn CalendarExport() -> impl IntoView {
    let state = use_app_state();
    let workbook = state.progress.workbook();
    let posts = Memo::new(move |_| workbook.process().with(|p| p.calendar.total()));
    // Not stored: a saved start date would be in the past by the next visit.
    let start = RwSignal::new(crate::browser::today().next_monday().iso());
    let message = RwSignal::new(String::new());

    let download = move |_| {
        let Some(first_week) = Date::parse_iso(&start.get_untracked()) else {
            message.set(t::CALENDAR_NO_DATE.to_string());
            return;
        };
        let text = workbook.with_untracked(|wb| {
            ical::week_to_ics(
                &wb.process.calendar,
                first_week,
                &wb.plan.business_name,
                crate::browser::now_utc(),
            )
        });
        match crate::browser::download_text(ical::FILE_NAME, ical::MIME, &text) {
            Ok(()) => message.set(t::calendar_saved(ical::FILE_NAME, first_week.long())),
            Err(reason) => message.set(t::calendar_failed(reason)),
        }
    };

    view! {
        <div class="calendar-export">
            <TextField
                id="plan-ics-start"
                label=t::CALENDAR_START_LABEL
                input_type="date"
                value=start
                on_input=Callback::new(move |day| start.set(day))
                hint=t::CALENDAR_START_HINT
            />
            <button
                type="button"
                class="button"
                on:click=download
                prop:disabled=move || posts.get() == 0
            >
                {t::CALENDAR_DOWNLOAD}
            </button>
            {move || (posts.get() == 0).then(|| view! {
                <p class="hint">{t::CALENDAR_EMPTY}</p>
            })}
            <p class="plan-message" role="status">{move || message.get()}</p>
        </div>
    }
}
