//! Export, import and reset of everything the app keeps, with checks before anything changes.

use leptos::prelude::*;

use crate::browser::{download_text, focus_later, on_escape, read_file_text};
use crate::content::text::ui_progress as t;
use crate::domain::store::{
    self, check_import, ImportPreview, ProgressData, BACKUP_KEY, MAX_IMPORT_BYTES,
};
use crate::state::{use_app_state, StorageStatus};
use crate::storage;

fn export_filename() -> String {
    t::export_file_name(store::iso_date(crate::state::today()))
}

#[component]
pub fn ProgressDataPanel() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<(bool, String)>);
    let preview = RwSignal::new(None::<ImportPreview>);
    let confirm_reset = RwSignal::new(false);
    let read_only = move || matches!(state.status.get(), StorageStatus::ReadOnlyNewer { .. });

    let export = move |_| {
        let text = state.progress.with(store::encode);
        match download_text(&export_filename(), "application/json", &text) {
            Ok(()) => message.set(Some((false, t::EXPORTED.into()))),
            Err(e) => message.set(Some((true, t::export_failed(e)))),
        }
    };

    let choose_file = move |ev: leptos::ev::Event| {
        preview.set(None);
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES as f64 {
            message.set(Some((
                true,
                t::file_too_big(
                    crate::domain::wording::megabytes(file.size()),
                    MAX_IMPORT_BYTES / 1_000_000,
                ),
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let result = match read_file_text(file).await {
                Ok(text) => state
                    .progress
                    .with_untracked(|current| check_import(&text, current))
                    .map_err(|e| e.message()),
                Err(e) => Err(t::read_failed(e)),
            };
            match result {
                Ok(p) => {
                    message.set(None);
                    preview.set(Some(p));
                    // Start at the top of what the import would do, not at its buttons.
                    focus_later("import-preview-title");
                }
                Err(reason) => message.set(Some((true, t::not_changed(reason)))),
            }
        });
    };

    let apply_import = move |merge: bool| {
        if let Some(p) = preview.get_untracked() {
            let (data, done) = if merge {
                (p.merged, t::MERGED)
            } else {
                (p.data, t::REPLACED)
            };
            state.replace_all(data, t::BY_IMPORT);
            preview.set(None);
            message.set(Some((false, done.into())));
            // The buttons are gone; the message (announced by its live region) and the undo
            // follow the section's heading.
            focus_later("data-title");
        }
    };
    // Cancel or Escape: nothing changes, and focus goes back to the file picker.
    let cancel_import = move || {
        preview.set(None);
        focus_later("import-file");
    };

    let reset = move |_| {
        let theme = state.progress.with_untracked(|p| p.theme);
        state.replace_all(
            ProgressData {
                theme,
                ..Default::default()
            },
            t::BY_RESET,
        );
        confirm_reset.set(false);
        message.set(Some((false, t::RESET_DONE.into())));
        focus_later("data-title");
    };
    // The confirmation opens on its safe choice; Cancel or Escape returns to the button that
    // opened it.
    let ask_reset = move |_| {
        confirm_reset.set(true);
        focus_later("reset-cancel");
    };
    let cancel_reset = move || {
        confirm_reset.set(false);
        focus_later("reset-open");
    };

    let restore = move |_| match state.restore_replaced() {
        Ok(()) => message.set(Some((false, t::RESTORED.into()))),
        Err(reason) => message.set(Some((true, reason))),
    };

    let backup = move || {
        matches!(
            state.status.get(),
            StorageStatus::RecoveredCorrupt { .. } | StorageStatus::Repaired { .. }
        )
        .then(|| storage::load(BACKUP_KEY).ok().flatten())
        .flatten()
    };
    let blocked = move || matches!(state.status.get(), StorageStatus::BackupBlocked { .. });

    view! {
        <section class="data-panel" aria-labelledby="data-title">
            <h2 id="data-title">{t::DATA_TITLE}</h2>
            <p>{t::DATA_INTRO}</p>
            <div class="button-row">
                <button type="button" class="button" on:click=export>{t::EXPORT}</button>
                {move || backup().map(|text| view! {
                    <button type="button" class="button" on:click=move |_| {
                        let _ = download_text(t::BACKUP_FILE_NAME, "text/plain", &text);
                    }>{t::DOWNLOAD_BACKUP}</button>
                })}
            </div>

            {move || blocked().then(|| view! {
                <div class="confirm" role="region" aria-labelledby="blocked-title">
                    <h3 id="blocked-title">{t::BLOCKED_TITLE}</h3>
                    <p>{t::BLOCKED_TEXT}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| {
                            if let Some(text) = state.unsaved_original() {
                                let _ = download_text(t::SAVED_DATA_FILE_NAME, "text/plain", &text);
                            }
                        }>{t::DOWNLOAD_SAVED_DATA}</button>
                        <button type="button" class="button button-primary" on:click=move |_| {
                            state.release_original();
                            message.set(Some((false, t::SAVES_AGAIN.into())));
                        }>{t::SAVE_AGAIN}</button>
                    </div>
                </div>
            })}

            {move || state.replaced.get().map(|r| view! {
                <div class="replaced" role="region" aria-labelledby="replaced-title">
                    <h3 id="replaced-title">{t::REPLACED_TITLE}</h3>
                    <p>{t::replaced_by(&r.by)}</p>
                    <div class="button-row">
                        <button type="button" class="button" disabled=read_only on:click=restore>{t::UNDO_RESTORE}</button>
                        <button type="button" class="button" on:click=move |_| {
                            let _ = download_text(t::REPLACED_FILE_NAME, "application/json", &r.text);
                        }>{t::DOWNLOAD_IT}</button>
                    </div>
                </div>
            })}

            <div class="import">
                <label for="import-file">{t::IMPORT_LABEL}</label>
                <input id="import-file" type="file" accept="application/json,.json" disabled=read_only on:change=choose_file />
            </div>

            {move || preview.get().map(|p| view! {
                <div class="import-preview" role="region" aria-labelledby="import-preview-title" on:keydown=move |ev| on_escape(&ev, cancel_import)>
                    <h3 id="import-preview-title">{t::PREVIEW_TITLE}</h3>
                    <p id="import-sections-title">{t::PREVIEW_INTRO}</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t::PREVIEW_TABLE>
                    <table class="import-sections" aria-labelledby="import-sections-title">
                        <thead>
                            <tr>
                                <th scope="col">{t::COLUMN_PART}</th>
                                <th scope="col">{t::COLUMN_NOW}</th>
                                <th scope="col">{t::COLUMN_IN_FILE}</th>
                                <th scope="col">{t::COLUMN_AFTER_MERGE}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {p.sections.iter().map(|row| view! {
                                <tr class:changed=row.now != row.file>
                                    <th scope="row">
                                        {row.section.clone()}
                                        {(row.now != row.file).then(|| view! { <span class="visually-hidden">{t::WOULD_CHANGE}</span> })}
                                    </th>
                                    <td>{row.now.clone()}</td>
                                    <td>{row.file.clone()}</td>
                                    <td>{row.merged.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                    <p>{t::WHAT_WOULD_CHANGE}</p>
                    <ul>{p.summary.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                    {(!p.warnings.is_empty()).then(|| view! {
                        <p>{t::VALUES_ADJUSTED}</p>
                        <ul>{p.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul>
                    })}
                    <p>{t::KEPT_EITHER_WAY}</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=move |_| apply_import(true)>{t::MERGE_FILE}</button>
                        <button type="button" class="button" on:click=move |_| apply_import(false)>{t::REPLACE_WITH_FILE}</button>
                        <button type="button" class="button" on:click=move |_| cancel_import()>{t::CANCEL}</button>
                    </div>
                </div>
            })}

            <div class="reset">
                <Show
                    when=move || confirm_reset.get()
                    fallback=move || view! {
                        <button type="button" id="reset-open" class="button" disabled=read_only on:click=ask_reset>{t::RESET_OPEN}</button>
                    }
                >
                    <div role="alertdialog" aria-labelledby="reset-title" aria-describedby="reset-text" class="confirm" on:keydown=move |ev| on_escape(&ev, cancel_reset)>
                        <h3 id="reset-title">{t::RESET_TITLE}</h3>
                        <p id="reset-text">{t::RESET_TEXT}</p>
                        <div class="button-row">
                            <button type="button" class="button button-danger" on:click=reset>{t::RESET_CONFIRM}</button>
                            <button type="button" id="reset-cancel" class="button" on:click=move |_| cancel_reset()>{t::CANCEL}</button>
                        </div>
                    </div>
                </Show>
            </div>

            <div aria-live="polite">
                {move || message.get().map(|(is_error, text)| view! {
                    <p class=if is_error { "message message-error" } else { "message" } role=if is_error { "alert" } else { "status" }>{text}</p>
                })}
            </div>
        </section>
    }
}
