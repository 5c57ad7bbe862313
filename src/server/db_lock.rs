//! Who has a database file open: every process that opens a database file through the store
//! holds a *shared* lock on `PATH.lock` beside it for as long as it has it open, and
//! `vpnmine server restore` takes the *exclusive* lock, so that a restore never replaces a
//! database under a running server, and no server starts on one being replaced.
//!
//! The lock is an advisory `flock` on a separate file, not on the database itself: SQLite locks
//! the database with POSIX record locks, which a process loses when it closes *any* descriptor
//! of that file, so a second descriptor of our own on it could drop SQLite's locks. The `.lock`
//! file also outlives the rename a restore makes, where a lock on the old inode would not.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// The lock file of the database at `db`: `PATH.lock`.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Someone holds the lock the other way: a restore (for shared), a server (for exclusive).
    #[error("{path} is locked")]
    Held { path: PathBuf },
    #[error("cannot lock {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn open(db: &Path) -> Result<(File, PathBuf), LockError> {
    let path = lock_path(db);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| LockError::Io {
            path: path.clone(),
            source,
        })?;
    Ok((file, path))
}

fn taken(result: Result<(), TryLockError>, path: PathBuf) -> Result<(), LockError> {
    match result {
        Ok(()) => Ok(()),
        Err(TryLockError::WouldBlock) => Err(LockError::Held { path }),
        Err(TryLockError::Error(source)) => Err(LockError::Io { path, source }),
    }
}

/// The shared lock a process holds while it has the database at `db` open; released when
/// the returned file is dropped (or the process dies).
pub fn shared(db: &Path) -> Result<File, LockError> {
    let (file, path) = open(db)?;
    taken(file.try_lock_shared(), path)?;
    Ok(file)
}

/// The exclusive lock a restore holds: refused while any process holds the shared one.
pub fn exclusive(db: &Path) -> Result<File, LockError> {
    let (file, path) = open(db)?;
    taken(file.try_lock(), path)?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_holders_keep_the_exclusive_lock_out_and_back() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("v.db");
        let first = shared(&db).unwrap();
        let second = shared(&db).unwrap();
        assert!(matches!(exclusive(&db), Err(LockError::Held { .. })));
        drop(first);
        assert!(matches!(exclusive(&db), Err(LockError::Held { .. })));
        drop(second);
        let restoring = exclusive(&db).unwrap();
        assert!(matches!(shared(&db), Err(LockError::Held { .. })));
        drop(restoring);
        shared(&db).unwrap();
        assert_eq!(lock_path(&db), dir.path().join("v.db.lock"));
    }
}
