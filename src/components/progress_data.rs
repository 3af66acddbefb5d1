//! Export, import and reset of everything the app keeps, with checks before anything changes.

use leptos::prelude::*;

use crate::browser::{download_text, focus_later, on_escape, read_file_text};
use crate::domain::store::{
    self, check_import, ImportPreview, ProgressData, BACKUP_KEY, MAX_IMPORT_BYTES,
};
use crate::state::{use_app_state, StorageStatus};
use crate::storage;

fn export_filename() -> String {
    format!(
        "social-media-course-progress-{}.json",
        store::iso_date(crate::state::today())
    )
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
            Ok(()) => message.set(Some((
                false,
                "Your progress was exported as a JSON file.".into(),
            ))),
            Err(e) => message.set(Some((true, format!("The export failed: {e}.")))),
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
                format!(
                    "This file is {}; a progress file is at most {} MB. Nothing was changed.",
                    crate::domain::wording::megabytes(file.size()),
                    MAX_IMPORT_BYTES / 1_000_000
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
                Err(e) => Err(format!("The file could not be read ({e}).")),
            };
            match result {
                Ok(p) => {
                    message.set(None);
                    preview.set(Some(p));
                    // Start at the top of what the import would do, not at its buttons.
                    focus_later("import-preview-title");
                }
                Err(reason) => message.set(Some((true, format!("{reason} Nothing was changed.")))),
            }
        });
    };

    let apply_import = move |merge: bool| {
        if let Some(p) = preview.get_untracked() {
            let (data, done) = if merge {
                (p.merged, "The file was merged into your progress.")
            } else {
                (p.data, "Your progress was replaced with the file.")
            };
            state.replace_all(data, "the import");
            preview.set(None);
            message.set(Some((
                false,
                format!("{done} What you had before can be restored below."),
            )));
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
            "the reset",
        );
        confirm_reset.set(false);
        message.set(Some((
            false,
            "Your progress was reset; your theme choice was kept. What you had can be restored below.".into(),
        )));
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
        Ok(()) => message.set(Some((
            false,
            "The earlier progress was restored. What it replaced can be restored in turn.".into(),
        ))),
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
            <h2 id="data-title">"Your data"</h2>
            <p>"Everything you do here stays in this browser. Export it to keep a copy or to move to another device."</p>
            <div class="button-row">
                <button type="button" class="button" on:click=export>"Export progress"</button>
                {move || backup().map(|text| view! {
                    <button type="button" class="button" on:click=move |_| {
                        let _ = download_text("social-media-course-backup.txt", "text/plain", &text);
                    }>"Download the backup of unreadable data"</button>
                })}
            </div>

            {move || blocked().then(|| view! {
                <div class="confirm" role="region" aria-labelledby="blocked-title">
                    <h3 id="blocked-title">"Your saved data needs a copy first"</h3>
                    <p>"Storage is full, so the course could not back up your saved data before repairing it. Download it, then let the course save again."</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| {
                            if let Some(text) = state.unsaved_original() {
                                let _ = download_text("social-media-course-saved-data.txt", "text/plain", &text);
                            }
                        }>"Download the saved data"</button>
                        <button type="button" class="button button-primary" on:click=move |_| {
                            state.release_original();
                            message.set(Some((false, "The course saves your progress again.".into())));
                        }>"I have a copy: save my progress again"</button>
                    </div>
                </div>
            })}

            {move || state.replaced.get().map(|r| view! {
                <div class="replaced" role="region" aria-labelledby="replaced-title">
                    <h3 id="replaced-title">"Progress you can get back"</h3>
                    <p>{format!("The progress replaced by {} is kept in this browser.", r.by)}</p>
                    <div class="button-row">
                        <button type="button" class="button" disabled=read_only on:click=restore>"Undo: restore that progress"</button>
                        <button type="button" class="button" on:click=move |_| {
                            let _ = download_text("social-media-course-replaced-progress.json", "application/json", &r.text);
                        }>"Download it"</button>
                    </div>
                </div>
            })}

            <div class="import">
                <label for="import-file">"Import progress from a file"</label>
                <input id="import-file" type="file" accept="application/json,.json" disabled=read_only on:change=choose_file />
            </div>

            {move || preview.get().map(|p| view! {
                <div class="import-preview" role="region" aria-labelledby="import-preview-title" on:keydown=move |ev| on_escape(&ev, cancel_import)>
                    <h3 id="import-preview-title">"Before you import"</h3>
                    <p id="import-sections-title">"Every part of your progress: what you have, what the file has, and what a merge keeps. Parts that would change are marked."</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Import preview, every part">
                    <table class="import-sections" aria-labelledby="import-sections-title">
                        <thead>
                            <tr>
                                <th scope="col">"Part"</th>
                                <th scope="col">"Now"</th>
                                <th scope="col">"In the file (replace)"</th>
                                <th scope="col">"After a merge"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {p.sections.iter().map(|row| view! {
                                <tr class:changed=row.now != row.file>
                                    <th scope="row">
                                        {row.section.clone()}
                                        {(row.now != row.file).then(|| view! { <span class="visually-hidden">" (would change)"</span> })}
                                    </th>
                                    <td>{row.now.clone()}</td>
                                    <td>{row.file.clone()}</td>
                                    <td>{row.merged.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                    <p>"What would change if you replace:"</p>
                    <ul>{p.summary.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                    {(!p.warnings.is_empty()).then(|| view! {
                        <p>"Some values in the file were adjusted:"</p>
                        <ul>{p.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul>
                    })}
                    <p>"Either way, what you have now is kept and can be restored afterwards."</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=move |_| apply_import(true)>"Merge the file into my progress"</button>
                        <button type="button" class="button" on:click=move |_| apply_import(false)>"Replace my progress with this file"</button>
                        <button type="button" class="button" on:click=move |_| cancel_import()>"Cancel"</button>
                    </div>
                </div>
            })}

            <div class="reset">
                <Show
                    when=move || confirm_reset.get()
                    fallback=move || view! {
                        <button type="button" id="reset-open" class="button" disabled=read_only on:click=ask_reset>"Reset progress…"</button>
                    }
                >
                    <div role="alertdialog" aria-labelledby="reset-title" aria-describedby="reset-text" class="confirm" on:keydown=move |ev| on_escape(&ev, cancel_reset)>
                        <h3 id="reset-title">"Reset all progress?"</h3>
                        <p id="reset-text">"This clears completed lessons, quiz scores, reviews, personas and your plan from this browser. A copy is kept so you can undo the reset."</p>
                        <div class="button-row">
                            <button type="button" class="button button-danger" on:click=reset>"Yes, reset everything"</button>
                            <button type="button" id="reset-cancel" class="button" on:click=move |_| cancel_reset()>"Cancel"</button>
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
