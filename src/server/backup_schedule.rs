//! The server's own backups: the folder they go to (`--backup-dir`), backups taken on a
//! schedule while serving (`--backup-every`, pruned to `--backup-keep`), and the outcome of
//! the last scheduled one, which `systemHealth` reports as its "backups" component.
//!
//! Scheduled backups are named `vpnmine-<UTC time>.vpnbak`, so that names sort by time and
//! pruning removes the oldest; files of other names in the folder are never touched.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::domain::backup_manifest::{self, Manifest};
use crate::server::backup_files::{self, BackupError, DEFAULT_LEVEL};
use crate::server::store::IN_MEMORY;

/// When to take backups and how many to keep.
#[derive(Debug, Clone, Copy)]
pub struct Schedule {
    pub every: Duration,
    pub keep: usize,
}

/// The last scheduled backup's outcome.
#[derive(Debug, Clone)]
pub struct LastRun {
    /// When it finished, unix seconds.
    pub at: i64,
    pub file: Option<PathBuf>,
    /// Why it failed; `None` when it succeeded.
    pub error: Option<String>,
}

#[derive(Debug)]
struct Inner {
    /// The SQLite database file (or `:memory:`); `None` when the database is on PostgreSQL,
    /// which pg_dump backs up.
    db: Option<String>,
    dir: PathBuf,
    schedule: Option<Schedule>,
    /// When the schedule started (unix seconds): a first backup is due one interval later.
    started: i64,
    last: Mutex<Option<LastRun>>,
    /// One backup at a time, scheduled or asked for.
    running: tokio::sync::Mutex<()>,
}

/// The server's backups; cheap to clone.
#[derive(Debug, Clone)]
pub struct Backups {
    inner: Arc<Inner>,
}

/// A backup file found in the folder.
#[derive(Debug, Clone)]
pub struct Listed {
    pub file: PathBuf,
    pub size: u64,
    /// When it was last modified, unix seconds.
    pub modified: i64,
    /// Its manifest, or why it could not be read.
    pub manifest: Result<Manifest, String>,
}

impl Backups {
    /// `backups` beside the database file (the temporary directory's `vpnmine-backups` for
    /// `:memory:`, which cannot be backed up anyway).
    pub fn default_dir(db: &str) -> PathBuf {
        if db == IN_MEMORY {
            return std::env::temp_dir().join("vpnmine-backups");
        }
        match Path::new(db).parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.join("backups"),
            _ => PathBuf::from("backups"),
        }
    }

    pub fn new(db: Option<&str>, dir: PathBuf, schedule: Option<Schedule>, now: i64) -> Self {
        Self {
            inner: Arc::new(Inner {
                db: db.map(str::to_string),
                dir,
                schedule,
                started: now,
                last: Mutex::new(None),
                running: tokio::sync::Mutex::new(()),
            }),
        }
    }

    /// The server's database is a SQLite file (or in memory), which it backs up itself; not
    /// when it is on PostgreSQL.
    pub fn of_a_file(&self) -> bool {
        self.inner.db.is_some()
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    pub fn schedule(&self) -> Option<Schedule> {
        self.inner.schedule
    }

    /// When the schedule started, unix seconds.
    pub fn started(&self) -> i64 {
        self.inner.started
    }

    pub fn last_run(&self) -> Option<LastRun> {
        self.inner.last.lock().expect("not poisoned").clone()
    }

    /// Takes a backup into the folder now: its file and manifest.
    pub async fn create(&self, now: i64) -> Result<(PathBuf, Manifest), BackupError> {
        let Some(db) = &self.inner.db else {
            return Err(BackupError::OnPostgres);
        };
        if db == IN_MEMORY {
            return Err(BackupError::NoDatabase(PathBuf::from(IN_MEMORY)));
        }
        let _turn = self.inner.running.lock().await;
        std::fs::create_dir_all(&self.inner.dir).map_err(|source| BackupError::Io {
            path: self.inner.dir.clone(),
            source,
        })?;
        let file = self.inner.dir.join(backup_manifest::scheduled_name(now));
        let manifest = backup_files::create(Path::new(db), &file, DEFAULT_LEVEL, now).await?;
        Ok((file, manifest))
    }

    /// The backups in the folder, newest first (by name); none on PostgreSQL.
    pub async fn list(&self) -> Vec<Listed> {
        // A PostgreSQL server has no folder of its own: pg_dump keeps its backups.
        if !self.of_a_file() {
            return Vec::new();
        }
        let dir = self.inner.dir.clone();
        tokio::task::spawn_blocking(move || list_dir(&dir))
            .await
            .unwrap_or_default()
    }

    /// Removes the oldest scheduled backups beyond `keep`: the files removed.
    fn prune(&self, keep: usize) -> Vec<PathBuf> {
        let names: Vec<String> = std::fs::read_dir(&self.inner.dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let mut removed = Vec::new();
        for name in backup_manifest::beyond_keep(&names, keep) {
            let path = self.inner.dir.join(name);
            match std::fs::remove_file(&path) {
                Ok(()) => removed.push(path),
                Err(e) => {
                    tracing::warn!(file = %path.display(), error = %e, "cannot prune a backup")
                }
            }
        }
        removed
    }

    /// Takes backups on the schedule until the task is aborted.
    pub fn spawn_schedule(&self) -> Option<tokio::task::JoinHandle<()>> {
        let schedule = self.inner.schedule?;
        let backups = self.clone();
        Some(tokio::spawn(async move {
            let mut ticks = tokio::time::interval_at(
                tokio::time::Instant::now() + schedule.every,
                schedule.every,
            );
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                backups.scheduled_run(schedule.keep).await;
            }
        }))
    }

    async fn scheduled_run(&self, keep: usize) {
        let now = chrono::Utc::now().timestamp();
        let outcome = self.create(now).await;
        let at = chrono::Utc::now().timestamp();
        let last = match outcome {
            Ok((file, manifest)) => {
                tracing::info!(
                    file = %file.display(),
                    bytes = manifest.payload.size,
                    duration_ms = manifest.duration_ms,
                    "scheduled backup taken"
                );
                let removed = self.prune(keep);
                if !removed.is_empty() {
                    tracing::info!(removed = removed.len(), keep, "pruned old backups");
                }
                LastRun {
                    at,
                    file: Some(file),
                    error: None,
                }
            }
            Err(e) => {
                tracing::error!(error = %e, dir = %self.inner.dir.display(), "scheduled backup failed");
                LastRun {
                    at,
                    file: None,
                    error: Some(e.to_string()),
                }
            }
        };
        *self.inner.last.lock().expect("not poisoned") = Some(last);
    }
}

fn list_dir(dir: &Path) -> Vec<Listed> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Listed> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(backup_manifest::FILE_SUFFIX) && !name.starts_with('.')
        })
        .map(|e| {
            let file = e.path();
            let metadata = e.metadata().ok();
            let size = metadata.as_ref().map_or(0, |m| m.len());
            let modified = metadata
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
            // The reason alone: the folder is known, and the path is the caller's to show.
            let manifest = backup_files::read_manifest_of(&file).map_err(|e| match e {
                BackupError::Damaged { problems, .. } => problems.join("; "),
                other => other.to_string(),
            });
            Listed {
                file,
                size,
                modified,
                manifest,
            }
        })
        .collect();
    found.sort_by(|a, b| b.file.cmp(&a.file));
    found
}
