//! App state in context: the learner's progress as a field-level store, whether it can be kept,
//! and the one path by which it reaches storage.
//!
//! Each page and tool reads and writes its own slice of the store
//! (`state.progress.workbook().smart()`), so a keystroke in one tool wakes only that tool's
//! readers. Saving is off the keystroke path: a change schedules one write `SAVE_DELAY` later
//! (later changes join it), and a pending write is flushed when the page is hidden or closed.
//!
//! Every write first reads what storage holds now. If another tab wrote since this one last
//! synced, its data is taken in first: a newer app version makes this tab read-only; unreadable
//! text is backed up; a higher generation (a reset, an import or an undo in that tab) is adopted
//! as it is; the same generation is merged section by section (`store::merge`).

use std::time::Duration;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::content::text::ui_shell as t;
use crate::domain::store::{
    self, Loaded, ProgressData, ProgressDataStoreFields, BACKUP_KEY, REPLACED_KEY, STORAGE_KEY,
};
use crate::domain::theme::ThemeChoice;
use crate::storage::{self, SaveError};

/// How long after the last change a save waits, so typing is never slowed by saving.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Whether and how progress is being kept on this device.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageStatus {
    Saved,
    /// localStorage cannot be used; progress lives in memory for this visit.
    MemoryOnly {
        reason: String,
    },
    /// A newer version of the app wrote the stored data; we only read, never write over it.
    ReadOnlyNewer {
        version: u32,
    },
    /// The quota is full: progress is kept in memory, and every change tries to save again.
    QuotaFull,
    /// The stored text could not be read; it was copied to the backup key and we started fresh.
    RecoveredCorrupt {
        reason: String,
    },
    /// Some stored values were unusable (hand-edited, out of range, unknown) and were set aside;
    /// the original text was backed up first.
    Repaired {
        warnings: Vec<String>,
    },
    /// The stored text needs a repair, but no backup could be made (storage is full): nothing is
    /// written over it until the learner has downloaded it (`AppState::release_original`).
    BackupBlocked {
        reason: String,
    },
}

impl StorageStatus {
    fn may_write(&self) -> bool {
        matches!(
            self,
            StorageStatus::Saved
                | StorageStatus::QuotaFull
                | StorageStatus::RecoveredCorrupt { .. }
                | StorageStatus::Repaired { .. }
        )
    }
}

/// Progress that a reset, an import or another tab replaced, kept so the learner can put it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    /// What replaced it, for the learner: "the reset", "the import", …
    pub by: String,
    /// The replaced progress, in the export format.
    pub text: String,
}

/// What this tab knows of storage: the text it last read or wrote there, that text's data (the
/// base of a three-way merge) and generation, and the save waiting to run.
struct Sync {
    text: Option<String>,
    base: ProgressData,
    /// The last few stored texts this tab read or wrote, by revision, with their data: the base
    /// for merging a write that another tab made on a stale read (`store::merge_base`).
    known: Vec<(u64, ProgressData)>,
    generation: u64,
    pending: Option<TimeoutHandle>,
    /// Stored text that needs a repair and could not be backed up: kept here to download.
    unsaved_original: Option<String>,
}

impl Sync {
    /// How many stored versions a tab keeps as merge bases: enough for the writes that can
    /// cross between tabs within one save delay.
    const KNOWN: usize = 8;

    fn remember(&mut self, text: &str, data: &ProgressData) {
        let revision = store::revision(text);
        if self.known.iter().any(|(r, _)| *r == revision) {
            return;
        }
        if self.known.len() == Self::KNOWN {
            self.known.remove(0);
        }
        self.known.push((revision, data.clone()));
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub progress: Store<ProgressData>,
    pub status: RwSignal<StorageStatus>,
    /// A new version of the app has taken over in the background; a reload shows it.
    pub new_version: RwSignal<bool>,
    /// The progress last replaced (by a reset, an import, an undo or another tab's reset).
    pub replaced: RwSignal<Option<Replaced>>,
    /// A one-off message about the learner's data (another tab replaced it, …).
    pub data_message: RwSignal<Option<String>>,
    sync: StoredValue<Sync, LocalStorage>,
}

impl AppState {
    /// Loads what is stored, decides whether we may write, and starts saving.
    pub fn init() -> Self {
        let start = load_initial();
        let state = AppState {
            progress: Store::new(start.data.clone()),
            status: RwSignal::new(start.status),
            new_version: RwSignal::new(false),
            replaced: RwSignal::new(storage::load(REPLACED_KEY).ok().flatten().map(|text| {
                Replaced {
                    by: t::REPLACED_BY_EARLIER.into(),
                    text,
                }
            })),
            data_message: RwSignal::new(None),
            sync: StoredValue::new_local(Sync {
                known: start
                    .raw
                    .as_deref()
                    .map(|raw| vec![(store::revision(raw), start.data.clone())])
                    .unwrap_or_default(),
                text: start.raw,
                base: start.data,
                generation: start.generation,
                pending: None,
                unsaved_original: start.unsaved_original,
            }),
        };
        state.start_saving();
        state.follow_other_tabs();
        state.flush_when_leaving();
        state
    }

    /// The theme choice (its own field, so its readers wake only when it changes).
    pub fn theme(&self) -> ThemeChoice {
        self.progress.theme().get()
    }

    /// Changes the progress as a whole. Prefer a field (`state.progress.workbook().smart()`),
    /// which wakes only that field's readers.
    pub fn update(&self, f: impl FnOnce(&mut ProgressData)) {
        self.progress.update(f);
    }

    fn start_saving(self) {
        // Every run schedules a save, the first too: a page may change the progress while it
        // renders (a lesson marks itself opened) before this effect first runs. A save that
        // finds nothing new writes nothing.
        Effect::new(move |_| {
            self.progress.track();
            self.schedule_save();
        });
    }

    fn schedule_save(self) {
        self.cancel_pending_save();
        let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.sync.update_value(|s| s.pending = handle);
    }

    fn cancel_pending_save(self) {
        self.sync.update_value(|s| {
            if let Some(handle) = s.pending.take() {
                handle.clear();
            }
        });
    }

    /// Writes the progress now if it changed, after taking in what another tab stored.
    pub fn save_now(self) {
        self.save(false);
    }

    /// `force`: write even if this tab has no change of its own (a reset or an import, whose
    /// new generation must reach storage).
    fn save(self, force: bool) {
        self.cancel_pending_save();
        if self
            .status
            .with_untracked(|s| matches!(s, StorageStatus::MemoryOnly { .. }))
        {
            return;
        }
        let stored = match storage::load(STORAGE_KEY) {
            Ok(stored) => stored,
            Err(reason) => {
                self.status.set(StorageStatus::MemoryOnly { reason });
                return;
            }
        };
        let changed_here = force || self.has_unsaved_changes();
        let changed_there = self.sync.with_value(|s| s.text != stored);
        if !changed_here && !changed_there {
            return;
        }
        if changed_there {
            self.take_in(stored.as_deref());
        }
        // A tab with nothing of its own to add only reads: it never rewrites (or silently
        // repairs) what another tab stored.
        if !changed_here || !self.status.with_untracked(StorageStatus::may_write) {
            return;
        }
        let generation = self.sync.with_value(|s| s.generation);
        // Names the text this write builds on, so a tab whose own write this one overtakes can
        // merge from the right base.
        let parent = stored.as_deref().map(store::revision);
        let text = self
            .progress
            .with_untracked(|p| store::encode_stored(p, generation, parent));
        if stored.as_deref() == Some(text.as_str()) {
            self.synced(text);
            return;
        }
        match storage::save(STORAGE_KEY, &text) {
            Ok(()) => {
                self.synced(text);
                if self.status.get_untracked() == StorageStatus::QuotaFull {
                    self.status.set(StorageStatus::Saved);
                }
            }
            Err(SaveError::QuotaExceeded) => self.status.set(StorageStatus::QuotaFull),
            Err(SaveError::Other(reason)) => self.status.set(StorageStatus::MemoryOnly { reason }),
        }
    }

    /// Whether this tab changed the progress since it last read or wrote storage.
    fn has_unsaved_changes(self) -> bool {
        self.progress
            .with_untracked(|p| self.sync.with_value(|s| *p != s.base))
    }

    fn synced(self, text: String) {
        let base = self.progress.get_untracked();
        self.sync.update_value(|s| {
            s.remember(&text, &base);
            s.text = Some(text);
            s.base = base;
        });
    }

    /// Takes in text another tab (or another app version) stored since this tab last synced.
    fn take_in(self, stored: Option<&str>) {
        let Some(text) = stored else {
            // Removed from outside (site data cleared): this tab's next change writes it back.
            return;
        };
        if self
            .status
            .with_untracked(|s| matches!(s, StorageStatus::BackupBlocked { .. }))
        {
            return;
        }
        let loaded = store::decode(Some(text));
        if let Loaded::Newer { version } = loaded {
            self.status.set(StorageStatus::ReadOnlyNewer { version });
            return;
        }
        if loaded.needs_backup() && !self.back_up(text) {
            return;
        }
        let theirs_generation = store::generation_of(text);
        match loaded {
            Loaded::Corrupt { reason } => {
                // Backed up above, so this tab's next write may replace it.
                self.sync.update_value(|s| s.text = Some(text.to_owned()));
                self.status.set(StorageStatus::RecoveredCorrupt { reason });
            }
            other => {
                let warnings = other.warnings().to_vec();
                let Some(theirs) = other.into_data() else {
                    return;
                };
                if !warnings.is_empty() {
                    // Backed up above; the learner is told what was set aside.
                    self.status.set(StorageStatus::Repaired { warnings });
                }
                let (generation, base) = self.sync.with_value(|s| (s.generation, s.base.clone()));
                if theirs_generation > generation {
                    // Another tab reset, imported or undid: adopt it as it is, never merge.
                    let ours = self.progress.with_untracked(store::encode);
                    let changed = self.progress.with_untracked(|p| *p != theirs);
                    self.sync.update_value(|s| s.generation = theirs_generation);
                    if changed {
                        self.replaced.set(Some(Replaced {
                            by: t::REPLACED_BY_OTHER_TAB.into(),
                            text: ours,
                        }));
                        self.progress.set(theirs.clone());
                        self.data_message.set(Some(t::REPLACED_IN_OTHER_TAB.into()));
                    }
                } else if theirs_generation == generation {
                    let merged = self.sync.with_value(|s| {
                        let base = store::merge_base(text, &s.known, &base);
                        self.progress
                            .with_untracked(|ours| store::merge(base, ours, &theirs))
                    });
                    if self.progress.with_untracked(|ours| *ours != merged) {
                        self.progress.set(merged);
                    }
                }
                // A lower generation is a tab that has not seen our reset yet: ours is written.
                self.sync.update_value(|s| {
                    s.remember(text, &theirs);
                    s.text = Some(text.to_owned());
                    s.base = theirs;
                });
            }
        }
    }

    /// Copies `text` to the backup key; false (and the write is held back) when it cannot.
    fn back_up(self, text: &str) -> bool {
        match storage::save(BACKUP_KEY, text) {
            Ok(()) => true,
            Err(e) => {
                self.sync
                    .update_value(|s| s.unsaved_original = Some(text.to_owned()));
                self.status.set(StorageStatus::BackupBlocked {
                    reason: backup_failure(&e),
                });
                false
            }
        }
    }

    /// The stored text that could not be backed up, for the learner to download.
    pub fn unsaved_original(&self) -> Option<String> {
        self.sync.with_value(|s| s.unsaved_original.clone())
    }

    /// After the learner has downloaded the original: the course may write over it.
    pub fn release_original(self) {
        self.sync.update_value(|s| {
            s.unsaved_original = None;
            // What is stored is the original; our data replaces it now.
            s.text = storage::load(STORAGE_KEY).ok().flatten();
        });
        self.status.set(StorageStatus::Saved);
        self.save(true);
    }

    /// Replaces the whole progress (reset, import, undo), keeping what it replaces so the learner
    /// can restore it, and tells the other tabs to adopt it rather than merge.
    pub fn replace_all(self, new: ProgressData, by: &str) {
        let old = self.progress.with_untracked(store::encode);
        // Kept in storage too when there is room, so it survives a reload; in memory regardless.
        let _ = storage::save(REPLACED_KEY, &old);
        self.replaced.set(Some(Replaced {
            by: by.to_owned(),
            text: old,
        }));
        let stored = storage::load(STORAGE_KEY).ok().flatten();
        let stored_generation = stored.as_deref().map_or(0, store::generation_of);
        self.sync.update_value(|s| {
            s.generation = s.generation.max(stored_generation) + 1;
            // Nothing of the old progress is merged back into the new one.
            s.text = stored;
            s.base = new.clone();
        });
        self.progress.set(new);
        self.save(true);
    }

    /// Puts back the progress last replaced; what it replaces can be restored in turn.
    pub fn restore_replaced(self) -> Result<(), String> {
        let Some(replaced) = self.replaced.get_untracked() else {
            return Err(t::NOTHING_TO_RESTORE.into());
        };
        let data = store::decode(Some(&replaced.text))
            .into_data()
            .ok_or(t::KEPT_COPY_UNREADABLE)?;
        self.replace_all(data, t::REPLACED_BY_RESTORING);
        Ok(())
    }

    fn follow_other_tabs(self) {
        storage::on_external_change(STORAGE_KEY, move |_| {
            if self.status.with_untracked(StorageStatus::may_write)
                || self
                    .status
                    .with_untracked(|s| matches!(s, StorageStatus::ReadOnlyNewer { .. }))
            {
                self.save_now();
            }
        });
    }

    fn flush_when_leaving(self) {
        // Saves this tab's changes, scheduled or not: the change may be so recent that the
        // effect which schedules its save has not run yet. A tab with nothing of its own to save
        // writes nothing as it goes.
        let flush = move |_| {
            if self.has_unsaved_changes() {
                self.save_now();
            }
        };
        // Handles live as long as the page.
        std::mem::forget(window_event_listener_untyped("pagehide", flush));
        std::mem::forget(window_event_listener_untyped("visibilitychange", flush));
    }
}

fn backup_failure(e: &SaveError) -> String {
    match e {
        SaveError::QuotaExceeded => t::STORAGE_FULL.into(),
        SaveError::Other(reason) => reason.clone(),
    }
}

struct Start {
    data: ProgressData,
    status: StorageStatus,
    raw: Option<String>,
    generation: u64,
    unsaved_original: Option<String>,
}

fn load_initial() -> Start {
    let memory_only = |reason: String| Start {
        data: ProgressData::default(),
        status: StorageStatus::MemoryOnly { reason },
        raw: None,
        generation: 0,
        unsaved_original: None,
    };
    if let Err(reason) = storage::probe() {
        return memory_only(reason);
    }
    let raw = match storage::load(STORAGE_KEY) {
        Ok(raw) => raw,
        Err(reason) => return memory_only(reason),
    };
    let loaded = store::decode(raw.as_deref());
    let generation = raw.as_deref().map_or(0, store::generation_of);
    // Keep the original text before anything can write over it.
    let backup = match raw.as_deref() {
        Some(text) if loaded.needs_backup() => storage::save(BACKUP_KEY, text).err(),
        _ => None,
    };
    let start = |data: ProgressData, status| Start {
        data,
        status,
        raw: raw.clone(),
        generation,
        unsaved_original: None,
    };
    if let Some(e) = backup {
        // Nothing is written over the original until the learner has a copy of it.
        return Start {
            unsaved_original: raw.clone(),
            ..start(
                loaded.into_data().unwrap_or_default(),
                StorageStatus::BackupBlocked {
                    reason: backup_failure(&e),
                },
            )
        };
    }
    match loaded {
        Loaded::Fresh => start(ProgressData::default(), StorageStatus::Saved),
        Loaded::Newer { version } => start(
            ProgressData::default(),
            StorageStatus::ReadOnlyNewer { version },
        ),
        Loaded::Corrupt { reason } => start(
            ProgressData::default(),
            StorageStatus::RecoveredCorrupt { reason },
        ),
        other => {
            let warnings = other.warnings().to_vec();
            let status = if warnings.is_empty() {
                StorageStatus::Saved
            } else {
                StorageStatus::Repaired { warnings }
            };
            start(other.into_data().unwrap_or_default(), status)
        }
    }
}

/// Today as a day number (days since 1970-01-01), the unit of the review schedule: the learner's
/// own calendar day, so "due today" turns over at their midnight, not at UTC's.
pub fn today() -> u32 {
    u32::try_from(crate::browser::today().days()).unwrap_or(0)
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
