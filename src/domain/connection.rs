//! Rules of recorded VPN connections: what an agent's event ids and a user's rating comment
//! may be, and the session figures derived from a connection's byte counts.

/// Longest event id an agent may give a connection, in characters.
pub const MAX_EVENT_ID_CHARS: usize = 128;
/// Longest rating comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 500;
/// Largest byte count accepted: 2^53 - 1, exact in JSON numbers and JavaScript.
pub const MAX_BYTES: u64 = (1 << 53) - 1;

/// An agent's id for a connection: 1-128 printable ASCII characters without spaces (VPN cores
/// name connections with UUIDs, counters or `user@host:port` strings).
pub fn validate_event_id(id: &str) -> Result<(), String> {
    if id.is_empty() || id.chars().count() > MAX_EVENT_ID_CHARS {
        return Err(format!(
            "must be 1-{MAX_EVENT_ID_CHARS} characters, got {}",
            id.chars().count()
        ));
    }
    if !id.chars().all(|c| c.is_ascii_graphic()) {
        return Err("must be printable ASCII without spaces".into());
    }
    Ok(())
}

/// A rating's comment, trimmed: at most 500 characters, no control characters except line
/// breaks and tabs (a comment is shown in terminals and exports). Empty means none.
pub fn normalize_comment(comment: &str) -> Result<Option<String>, String> {
    let trimmed = comment.trim();
    let chars = trimmed.chars().count();
    if chars > MAX_COMMENT_CHARS {
        return Err(format!(
            "must be at most {MAX_COMMENT_CHARS} characters, got {chars}"
        ));
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Err("must not contain control characters".into());
    }
    Ok((!trimmed.is_empty()).then(|| trimmed.to_string()))
}

/// The stars of a rating: 1 to 5.
pub fn validate_stars(stars: i64) -> Result<(), String> {
    if (1..=5).contains(&stars) {
        Ok(())
    } else {
        Err(format!("must be 1 to 5, got {stars}"))
    }
}

/// What the session rows hold for a connection that moved `bytes_in` (into the server, from
/// the user) and `bytes_out` (to the user) over `seconds`: gigabytes in total (10^9 bytes, as
/// the seed counts them) and the average upload and download speeds in Mbit/s.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SessionFigures {
    pub data_gb: f64,
    pub upload_mbps: f64,
    pub download_mbps: f64,
}

pub fn session_figures(bytes_in: u64, bytes_out: u64, seconds: i64) -> SessionFigures {
    // A connection that ended within its first second averaged over one.
    let seconds = seconds.max(1) as f64;
    let mbps = |bytes: u64| bytes as f64 * 8.0 / 1_000_000.0 / seconds;
    SessionFigures {
        data_gb: (bytes_in as f64 + bytes_out as f64) / 1_000_000_000.0,
        upload_mbps: mbps(bytes_in),
        download_mbps: mbps(bytes_out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_are_short_printable_words() {
        assert!(validate_event_id("abc-123@host:443").is_ok());
        assert!(validate_event_id(&"x".repeat(MAX_EVENT_ID_CHARS)).is_ok());
        for bad in ["", "a b", "tab\there", "é"] {
            assert!(validate_event_id(bad).is_err(), "{bad:?}");
        }
        assert!(validate_event_id(&"x".repeat(MAX_EVENT_ID_CHARS + 1)).is_err());
    }

    #[test]
    fn comments_are_trimmed_bounded_and_printable() {
        assert_eq!(
            normalize_comment("  fast  ").unwrap().as_deref(),
            Some("fast")
        );
        assert_eq!(normalize_comment("   ").unwrap(), None);
        assert_eq!(
            normalize_comment("line one\nline two").unwrap().as_deref(),
            Some("line one\nline two")
        );
        assert!(normalize_comment(&"é".repeat(MAX_COMMENT_CHARS)).is_ok());
        assert!(normalize_comment(&"é".repeat(MAX_COMMENT_CHARS + 1)).is_err());
        assert!(normalize_comment("bell\u{7}").is_err());
        assert!(normalize_comment("esc\u{1b}[31m").is_err());
    }

    #[test]
    fn stars_are_one_to_five() {
        assert!((1..=5).all(|s| validate_stars(s).is_ok()));
        for bad in [0, 6, -1, i64::MAX] {
            assert!(validate_stars(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn figures_follow_the_seeds_units() {
        // 1 GB in and 2 GB out over 1000 s: 8 and 16 Mbit/s.
        let f = session_figures(1_000_000_000, 2_000_000_000, 1_000);
        assert_eq!(f.data_gb, 3.0);
        assert_eq!(f.upload_mbps, 8.0);
        assert_eq!(f.download_mbps, 16.0);
        // No time at all counts as one second; nothing moved is zero.
        let f = session_figures(125_000, 0, 0);
        assert_eq!((f.upload_mbps, f.download_mbps), (1.0, 0.0));
        assert_eq!(session_figures(0, 0, 60).data_gb, 0.0);
        // The largest counts stay finite.
        assert!(session_figures(MAX_BYTES, MAX_BYTES, 1).data_gb.is_finite());
    }
}
