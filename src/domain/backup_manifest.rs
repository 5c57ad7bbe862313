//! The manifest of a database backup and the frame that carries it: what a backup file says
//! about itself, and the pure checks of a backup against it.
//!
//! # The backup file
//!
//! A backup is one zstd stream: the compressed SQLite database (the *payload*), then one
//! zstd *skippable frame* that holds the manifest. Any zstd decoder ignores skippable frames,
//! so `zstd -d FILE -o vpnmine.db` recovers the database with no vpnmine at hand.
//!
//! ```text
//! [ zstd frames: the database, compressed                                 ]  payload
//! [ 0x184D2A5B (u32 LE) | frame size (u32 LE) | manifest JSON | JSON length (u32 LE) | "VPNMBAK1" ]
//! ```
//!
//! The manifest comes last so that a backup is written in one pass (its checksums are known
//! only at the end), and it is found from the end of the file: the last 12 bytes are the JSON's
//! length and the magic. A truncated file loses them and is refused as such.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The version of the file layout and manifest this binary writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The magic of the skippable frame that holds the manifest (zstd reserves 0x184D2A50-5F).
pub const FRAME_MAGIC: u32 = 0x184D_2A5B;

/// The last 8 bytes of every backup file.
pub const TRAILER_MAGIC: &[u8; 8] = b"VPNMBAK1";

/// Bytes after the manifest JSON: its length (u32 LE) and [`TRAILER_MAGIC`].
pub const TRAILER_LEN: usize = 12;

/// Bytes before the manifest JSON: the frame's magic and size.
const FRAME_HEADER_LEN: usize = 8;

/// A manifest larger than this is not one we wrote (hundreds of tables fit in a few KiB).
pub const MAX_MANIFEST_LEN: usize = 1 << 20;

/// What a backup file says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// [`FORMAT_VERSION`] when written.
    pub format: u32,
    /// The latest migration applied to the database.
    pub schema_version: i64,
    /// When the snapshot was taken, unix seconds.
    pub created_at: i64,
    /// How long taking the backup took, in milliseconds.
    pub duration_ms: u64,
    /// The database file as restored: its size and SHA-256.
    pub database: Digest,
    /// The compressed bytes before the manifest frame.
    pub payload: Payload,
    /// Rows per table, every table of the database.
    pub tables: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Digest {
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Payload {
    pub size: u64,
    pub sha256: String,
    /// Always "zstd" in format 1.
    pub compression: String,
    pub level: i32,
}

/// Why a file's manifest could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    #[error("the file is {0} bytes, too short to be a backup (truncated?)")]
    TooShort(u64),
    #[error("the file does not end with a vpnmine backup manifest (truncated, or not a backup)")]
    NoTrailer,
    #[error("the manifest frame is damaged: {0}")]
    BadFrame(String),
    #[error("the manifest is not valid: {0}")]
    BadManifest(String),
    #[error(
        "backup format {found} is newer than this vpnmine reads ({FORMAT_VERSION}); upgrade vpnmine"
    )]
    NewerFormat { found: u32 },
}

/// Where the parts of a backup file of `file_len` bytes lie, from its last 12 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Bytes of compressed database at the start of the file.
    pub payload_len: u64,
    /// The manifest frame: from `payload_len` to the end of the file.
    pub frame_len: u64,
}

/// The layout of a file from its length and its last [`TRAILER_LEN`] bytes.
pub fn locate(file_len: u64, tail: &[u8]) -> Result<Layout, FrameError> {
    let smallest = (FRAME_HEADER_LEN + TRAILER_LEN) as u64;
    if file_len < smallest || tail.len() != TRAILER_LEN {
        return Err(FrameError::TooShort(file_len));
    }
    if &tail[4..] != TRAILER_MAGIC {
        return Err(FrameError::NoTrailer);
    }
    let json_len = u32::from_le_bytes(tail[..4].try_into().expect("4 bytes")) as usize;
    if json_len > MAX_MANIFEST_LEN {
        return Err(FrameError::BadFrame(format!(
            "it claims a {json_len}-byte manifest"
        )));
    }
    let frame_len = (FRAME_HEADER_LEN + json_len + TRAILER_LEN) as u64;
    if frame_len > file_len {
        return Err(FrameError::BadFrame(format!(
            "it claims a {json_len}-byte manifest in a {file_len}-byte file"
        )));
    }
    Ok(Layout {
        payload_len: file_len - frame_len,
        frame_len,
    })
}

/// The manifest from the whole frame ([`Layout::frame_len`] bytes at [`Layout::payload_len`]).
pub fn decode_frame(frame: &[u8]) -> Result<Manifest, FrameError> {
    if frame.len() < FRAME_HEADER_LEN + TRAILER_LEN {
        return Err(FrameError::BadFrame("too short".into()));
    }
    let magic = u32::from_le_bytes(frame[..4].try_into().expect("4 bytes"));
    if magic != FRAME_MAGIC {
        return Err(FrameError::BadFrame(format!(
            "its magic is {magic:#010x}, not {FRAME_MAGIC:#010x}"
        )));
    }
    let size = u32::from_le_bytes(frame[4..8].try_into().expect("4 bytes")) as usize;
    if size != frame.len() - FRAME_HEADER_LEN {
        return Err(FrameError::BadFrame(format!(
            "its size field says {size} bytes, the frame has {}",
            frame.len() - FRAME_HEADER_LEN
        )));
    }
    let json = &frame[FRAME_HEADER_LEN..frame.len() - TRAILER_LEN];
    let manifest: Manifest =
        serde_json::from_slice(json).map_err(|e| FrameError::BadManifest(e.to_string()))?;
    if manifest.format > FORMAT_VERSION {
        return Err(FrameError::NewerFormat {
            found: manifest.format,
        });
    }
    if manifest.payload.compression != "zstd" {
        return Err(FrameError::BadManifest(format!(
            "unknown compression '{}'",
            manifest.payload.compression
        )));
    }
    Ok(manifest)
}

/// The manifest frame to append after the payload.
pub fn encode_frame(manifest: &Manifest) -> Vec<u8> {
    let json = serde_json::to_vec(manifest).expect("a manifest serialises");
    let json_len = u32::try_from(json.len()).expect("a manifest is small");
    let size = u32::try_from(json.len() + TRAILER_LEN).expect("a manifest is small");
    let mut frame = Vec::with_capacity(FRAME_HEADER_LEN + json.len() + TRAILER_LEN);
    frame.extend_from_slice(&FRAME_MAGIC.to_le_bytes());
    frame.extend_from_slice(&size.to_le_bytes());
    frame.extend_from_slice(&json);
    frame.extend_from_slice(&json_len.to_le_bytes());
    frame.extend_from_slice(TRAILER_MAGIC);
    frame
}

/// One table whose rows differ from what the manifest says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowCountMismatch {
    pub table: String,
    /// `None`: the manifest does not name the table.
    pub expected: Option<u64>,
    /// `None`: the database has no such table.
    pub found: Option<u64>,
}

impl std::fmt::Display for RowCountMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.expected, self.found) {
            (Some(e), Some(n)) => write!(f, "{}: {n} rows, the manifest says {e}", self.table),
            (Some(e), None) => write!(f, "{}: missing, the manifest says {e} rows", self.table),
            (None, Some(n)) => write!(f, "{}: {n} rows, not in the manifest", self.table),
            (None, None) => write!(f, "{}", self.table),
        }
    }
}

/// The tables whose row counts differ between the manifest and the restored database.
pub fn compare_row_counts(
    expected: &BTreeMap<String, u64>,
    found: &BTreeMap<String, u64>,
) -> Vec<RowCountMismatch> {
    let names: std::collections::BTreeSet<&String> = expected.keys().chain(found.keys()).collect();
    names
        .into_iter()
        .filter_map(|table| {
            let (e, n) = (expected.get(table).copied(), found.get(table).copied());
            (e != n).then(|| RowCountMismatch {
                table: table.clone(),
                expected: e,
                found: n,
            })
        })
        .collect()
}

/// The ending of backup files' names.
pub const FILE_SUFFIX: &str = ".vpnbak";

/// The prefix of the names of the server's own backups (scheduled or asked for by the API).
const SCHEDULED_PREFIX: &str = "vpnmine-";

/// The name of a backup the server takes at `now` (unix seconds): `vpnmine-<UTC time>.vpnbak`,
/// so that names sort by time.
pub fn scheduled_name(now: i64) -> String {
    let stamp = chrono::DateTime::from_timestamp(now, 0)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ");
    format!("{SCHEDULED_PREFIX}{stamp}{FILE_SUFFIX}")
}

/// Of the file names in a backup folder, the server's own backups to remove so that `keep` of
/// them remain: the oldest (their names sort by time). Other files are never named.
pub fn beyond_keep(names: &[String], keep: usize) -> Vec<String> {
    let mut ours: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with(SCHEDULED_PREFIX) && n.ends_with(FILE_SUFFIX))
        .collect();
    ours.sort();
    let excess = ours.len().saturating_sub(keep);
    ours.into_iter().take(excess).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        Manifest {
            format: FORMAT_VERSION,
            schema_version: 15,
            created_at: 1_700_000_000,
            duration_ms: 12,
            database: Digest {
                size: 4096,
                sha256: "ab".repeat(32),
            },
            payload: Payload {
                size: 100,
                sha256: "cd".repeat(32),
                compression: "zstd".into(),
                level: 1,
            },
            tables: BTreeMap::from([("users".into(), 3), ("servers".into(), 2)]),
        }
    }

    fn file_with(payload_len: usize, manifest: &Manifest) -> Vec<u8> {
        let mut file = vec![7u8; payload_len];
        file.extend(encode_frame(manifest));
        file
    }

    #[test]
    fn a_frame_round_trips_and_is_found_from_the_end() {
        let m = manifest();
        let file = file_with(100, &m);
        let layout = locate(file.len() as u64, &file[file.len() - TRAILER_LEN..]).unwrap();
        assert_eq!(layout.payload_len, 100);
        assert_eq!(layout.payload_len + layout.frame_len, file.len() as u64);
        assert_eq!(decode_frame(&file[100..]).unwrap(), m);
    }

    #[test]
    fn the_frame_is_a_zstd_skippable_frame() {
        let frame = encode_frame(&manifest());
        let magic = u32::from_le_bytes(frame[..4].try_into().unwrap());
        assert_eq!(magic & 0xFFFF_FFF0, 0x184D_2A50, "zstd's skippable range");
        let size = u32::from_le_bytes(frame[4..8].try_into().unwrap()) as usize;
        assert_eq!(size, frame.len() - 8);
    }

    #[test]
    fn a_truncated_file_has_no_trailer() {
        let file = file_with(100, &manifest());
        let cut = &file[..file.len() - 5];
        let tail = &cut[cut.len() - TRAILER_LEN..];
        assert_eq!(locate(cut.len() as u64, tail), Err(FrameError::NoTrailer));
        assert_eq!(locate(3, &file[..3]), Err(FrameError::TooShort(3)));
    }

    #[test]
    fn a_trailer_claiming_more_than_the_file_is_refused() {
        let mut tail = (5000u32).to_le_bytes().to_vec();
        tail.extend_from_slice(TRAILER_MAGIC);
        assert!(matches!(locate(100, &tail), Err(FrameError::BadFrame(_))));
        let mut huge = (u32::MAX).to_le_bytes().to_vec();
        huge.extend_from_slice(TRAILER_MAGIC);
        assert!(matches!(
            locate(u64::MAX, &huge),
            Err(FrameError::BadFrame(_))
        ));
    }

    #[test]
    fn a_damaged_or_newer_manifest_is_refused() {
        let mut frame = encode_frame(&manifest());
        frame[12] ^= 0xff;
        assert!(matches!(
            decode_frame(&frame),
            Err(FrameError::BadManifest(_))
        ));
        let mut frame = encode_frame(&manifest());
        frame[0] ^= 1;
        assert!(matches!(decode_frame(&frame), Err(FrameError::BadFrame(_))));
        let newer = Manifest {
            format: FORMAT_VERSION + 1,
            ..manifest()
        };
        assert_eq!(
            decode_frame(&encode_frame(&newer)),
            Err(FrameError::NewerFormat {
                found: FORMAT_VERSION + 1
            })
        );
    }

    #[test]
    fn pruning_keeps_the_newest_of_our_own_backups_only() {
        let names: Vec<String> = [
            scheduled_name(1_700_000_300),
            "notes.txt".into(),
            scheduled_name(1_700_000_100),
            "manual.vpnbak".into(),
            scheduled_name(1_700_000_200),
            ".vpnmine-20231114T221320Z.vpnbak.partial".into(),
        ]
        .into();
        assert_eq!(
            scheduled_name(1_700_000_100),
            "vpnmine-20231114T221500Z.vpnbak"
        );
        assert_eq!(beyond_keep(&names, 2), [scheduled_name(1_700_000_100)]);
        assert_eq!(
            beyond_keep(&names, 0),
            [
                scheduled_name(1_700_000_100),
                scheduled_name(1_700_000_200),
                scheduled_name(1_700_000_300)
            ]
        );
        assert!(beyond_keep(&names, 3).is_empty());
    }

    #[test]
    fn row_counts_name_every_table_that_differs() {
        let expected = BTreeMap::from([("a".into(), 1), ("b".into(), 2), ("c".into(), 3)]);
        let found = BTreeMap::from([("a".into(), 1), ("b".into(), 5), ("d".into(), 0)]);
        let diff = compare_row_counts(&expected, &found);
        let text: Vec<String> = diff.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "b: 5 rows, the manifest says 2",
                "c: missing, the manifest says 3 rows",
                "d: 0 rows, not in the manifest",
            ]
        );
        assert!(compare_row_counts(&expected, &expected).is_empty());
    }
}
