//! Polite notices about how progress is being kept.

use leptos::prelude::*;

use crate::app::href;
use crate::content::text::ui_progress as t;
use crate::domain::route::Route;
use crate::state::{use_app_state, StorageStatus};

fn message(status: &StorageStatus) -> Option<String> {
    match status {
        StorageStatus::Saved => None,
        StorageStatus::MemoryOnly { reason } => Some(t::memory_only(reason)),
        StorageStatus::ReadOnlyNewer { version } => Some(t::read_only_newer(version)),
        StorageStatus::QuotaFull => Some(t::QUOTA_FULL.into()),
        StorageStatus::RecoveredCorrupt { reason } => Some(t::recovered_corrupt(reason)),
        StorageStatus::BackupBlocked { reason } => Some(t::backup_blocked(reason)),
        StorageStatus::Repaired { warnings } => {
            Some(t::repaired(warnings.join(t::WARNING_SEPARATOR)))
        }
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
                    {t::NEW_VERSION}
                    <button type="button" class="button" on:click=|_| crate::service_worker::reload()>{t::RELOAD}</button>
                </p>
            </div>
        </Show>
        {move || state.data_message.get().map(|text| view! {
            <div class="notice notice-info" role="status">
                <p>{text}</p>
                <p>
                    <button type="button" class="button" on:click=move |_| state.data_message.set(None)>{t::DISMISS}</button>
                </p>
            </div>
        })}
        <Show when=move || text().is_some()>
            <div class="notice" role="status">
                <p>{text}</p>
                <p>
                    <a href=href(&Route::Progress)>{t::GO_TO_DATA}</a>
                </p>
            </div>
        </Show>
    }
}
