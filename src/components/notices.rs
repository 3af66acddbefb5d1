//! Polite notices about how progress is being kept.

use leptos::prelude::*;

use crate::app::href;
use crate::domain::route::Route;
use crate::state::{use_app_state, StorageStatus};

fn message(status: &StorageStatus) -> Option<String> {
    match status {
        StorageStatus::Saved => None,
        StorageStatus::MemoryOnly { reason } => Some(format!(
            "Progress will not be kept on this device: this browser does not let the course use its storage ({reason}). You can still use everything during this visit, and export your progress before you leave."
        )),
        StorageStatus::ReadOnlyNewer { version } => Some(format!(
            "Your saved progress was written by a newer version of this course (data version {version}). To keep it safe, this version only reads and will not save changes. Reload to get the newest version."
        )),
        StorageStatus::QuotaFull => Some(
            "This browser's storage is full, so your latest progress is kept only until you close the page. Export your progress to keep a copy.".into(),
        ),
        StorageStatus::RecoveredCorrupt { reason } => Some(format!(
            "Your saved progress could not be read ({reason}). A copy of it was kept as a backup, and the course started fresh."
        )),
        StorageStatus::BackupBlocked { reason } => Some(format!(
            "Your saved progress needs a repair, but no backup of it could be made ({reason}). Nothing will be saved over it until you have a copy: on My progress, download the saved data, then let the course save again."
        )),
        StorageStatus::Repaired { warnings } => Some(format!(
            "Some saved values could not be used and were reset (a backup of the original was kept): {}",
            warnings.join("; ")
        )),
    }
}

#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = use_app_state();
    let text = move || state.status.with(message);
    view! {
        <Show when=move || state.new_version.get()>
            <div class="notice notice-info" role="status">
                <p>
                    "A new version of the course is available. "
                    <button type="button" class="button" on:click=|_| crate::service_worker::reload()>"Reload"</button>
                </p>
            </div>
        </Show>
        {move || state.data_message.get().map(|text| view! {
            <div class="notice notice-info" role="status">
                <p>{text}</p>
                <p>
                    <button type="button" class="button" on:click=move |_| state.data_message.set(None)>"Dismiss"</button>
                </p>
            </div>
        })}
        <Show when=move || text().is_some()>
            <div class="notice" role="status">
                <p>{text}</p>
                <p>
                    <a href=href(&Route::Progress)>"Go to My progress to export or manage your data"</a>
                </p>
            </div>
        </Show>
    }
}
