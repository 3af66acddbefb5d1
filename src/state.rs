//! App state in context: the learner's progress, whether it can be kept, and one save effect.

use leptos::prelude::*;

use crate::domain::store::{self, Loaded, ProgressData, BACKUP_KEY, STORAGE_KEY};
use crate::domain::theme::ThemeChoice;
use crate::storage::{self, SaveError};

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
    /// The quota is full: progress is kept in memory until it can be saved.
    QuotaFull,
    /// The stored text could not be read; it was copied to the backup key and we started fresh.
    RecoveredCorrupt {
        reason: String,
    },
    /// Some stored values were unusable (hand-edited, out of range, unknown) and were reset; the
    /// original text was backed up first.
    Repaired {
        warnings: Vec<String>,
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

#[derive(Clone, Copy)]
pub struct AppState {
    pub progress: RwSignal<ProgressData>,
    pub status: RwSignal<StorageStatus>,
    /// A new version of the app has taken over in the background; a reload shows it.
    pub new_version: RwSignal<bool>,
    /// The theme choice alone, so its readers do not re-run on every other save.
    pub theme: Memo<ThemeChoice>,
}

impl AppState {
    /// Loads what is stored, decides whether we may write, and starts the save effect.
    pub fn init() -> Self {
        let (data, status) = load_initial();
        let progress = RwSignal::new(data);
        let state = AppState {
            progress,
            theme: Memo::new(move |_| progress.with(|p| p.theme)),
            status: RwSignal::new(status),
            new_version: RwSignal::new(false),
        };
        state.start_saving();
        state.follow_other_tabs();
        state
    }

    fn start_saving(self) {
        // What storage holds now; a save is needed only when the encoded state differs. (Skipping
        // just the effect's first run would lose changes made while the first page rendered.)
        let last_saved = StoredValue::new(self.progress.with_untracked(store::encode));
        Effect::new(move |_| {
            let text = self.progress.with(store::encode);
            if last_saved.with_value(|saved| *saved == text) {
                return;
            }
            let status = self.status.get_untracked();
            if !status.may_write() {
                return;
            }
            match storage::save(STORAGE_KEY, &text) {
                Ok(()) => {
                    last_saved.set_value(text);
                    if status == StorageStatus::QuotaFull {
                        self.status.set(StorageStatus::Saved);
                    }
                }
                Err(SaveError::QuotaExceeded) => self.status.set(StorageStatus::QuotaFull),
                Err(SaveError::Other(reason)) => {
                    self.status.set(StorageStatus::MemoryOnly { reason })
                }
            }
        });
    }

    fn follow_other_tabs(self) {
        if !self.status.get_untracked().may_write() {
            return;
        }
        storage::on_external_change(STORAGE_KEY, move |text| {
            let Some(theirs) = store::decode(text.as_deref()).into_data() else {
                return;
            };
            let merged = self
                .progress
                .with_untracked(|ours| store::merge(ours, &theirs));
            if self.progress.with_untracked(|ours| *ours != merged) {
                self.progress.set(merged);
            }
        });
    }

    pub fn update(&self, f: impl FnOnce(&mut ProgressData)) {
        self.progress.update(f);
    }
}

fn load_initial() -> (ProgressData, StorageStatus) {
    if let Err(reason) = storage::probe() {
        return (
            ProgressData::default(),
            StorageStatus::MemoryOnly { reason },
        );
    }
    let raw = match storage::load(STORAGE_KEY) {
        Ok(raw) => raw,
        Err(reason) => {
            return (
                ProgressData::default(),
                StorageStatus::MemoryOnly { reason },
            )
        }
    };
    let loaded = store::decode(raw.as_deref());
    // Keep the original text before anything can write over it.
    let backed_up = !loaded.needs_backup()
        || raw
            .as_deref()
            .is_none_or(|text| storage::save(BACKUP_KEY, text).is_ok());
    match loaded {
        Loaded::Fresh => (ProgressData::default(), StorageStatus::Saved),
        Loaded::Newer { version } => (
            ProgressData::default(),
            StorageStatus::ReadOnlyNewer { version },
        ),
        Loaded::Corrupt { reason } if backed_up => (
            ProgressData::default(),
            StorageStatus::RecoveredCorrupt { reason },
        ),
        Loaded::Corrupt { reason } => (
            ProgressData::default(),
            StorageStatus::MemoryOnly {
                reason: format!(
                    "the stored progress is unreadable ({reason}) and could not be backed up"
                ),
            },
        ),
        other => {
            let warnings = other.warnings().to_vec();
            let data = other.into_data().unwrap_or_default();
            let status = if !backed_up {
                StorageStatus::MemoryOnly {
                    reason: "saved progress needed repair and could not be backed up first".into(),
                }
            } else if warnings.is_empty() {
                StorageStatus::Saved
            } else {
                StorageStatus::Repaired { warnings }
            };
            (data, status)
        }
    }
}

/// Today as a day number (days since 1970-01-01, UTC), the unit of the review schedule.
pub fn today() -> u32 {
    (js_sys::Date::now() / 86_400_000.0).floor().max(0.0) as u32
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
