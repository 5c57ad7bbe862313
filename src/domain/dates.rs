//! Date and time arguments (`--from`, `--to`, `--duration`, `--interval`)
//! and the time windows they describe.
//!
//! Everything takes `now` as a parameter instead of reading the clock, so the
//! same input always gives the same answer and tests need no clock tricks.
//! All times are UTC: a date or a date-time without an offset means UTC,
//! because the server stores UTC and operators span time zones.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

/// The accepted forms, quoted in every error about an instant.
const ACCEPTED_INSTANTS: &str = "an RFC 3339 time (2026-11-01T10:00:00Z, \
     2026-11-01T12:00:00+02:00), a date (2026-11-01, midnight UTC), now, today, yesterday, \
     or an offset from now: -7d, 7d or 24h (that long ago), +2h (that long ahead), \
     1d12h (units s, m, h, d, w)";

/// The accepted forms, quoted in every error about a duration.
const ACCEPTED_DURATIONS: &str =
    "a positive duration such as 30s, 5m, 1h30m or 2d (units s, m, h, d, w, and no sign)";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("could not read \"{input}\" as a time: expected {ACCEPTED_INSTANTS}")]
    InvalidInstant { input: String },

    #[error("\"{input}\" is not a real calendar date or time: expected {ACCEPTED_INSTANTS}")]
    NoSuchDate { input: String },

    #[error(
        "\"{input}\" is too far from now to represent: expected an offset of less than \
         about 250,000 years"
    )]
    OutOfRange { input: String },

    #[error("could not read \"{input}\" as a duration ({reason}): expected {ACCEPTED_DURATIONS}")]
    InvalidDuration { input: String, reason: String },

    #[error(
        "the time range is empty (from {} is not before to {}): expected from to be earlier than to",
        .from.to_rfc3339_opts(SecondsFormat::AutoSi, true),
        .to.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    )]
    EmptyRange {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    },

    #[error(
        "unknown interval \"{input}\": expected one of 1m, 5m, 1h, 1d \
         (or minute, five_minutes, hour, day)"
    )]
    InvalidInterval { input: String },
}

/// Parses a point in time given on the command line, relative to `now`.
///
/// A bare offset such as `7d` means the past, since `--from 7d` ("since a
/// week ago") is by far the common case; `+` is needed to look ahead.
pub fn parse_instant(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, DateError> {
    let text = input.trim();
    let invalid = || DateError::InvalidInstant {
        input: input.to_string(),
    };
    let no_such_date = || DateError::NoSuchDate {
        input: input.to_string(),
    };
    let out_of_range = || DateError::OutOfRange {
        input: input.to_string(),
    };
    if text.is_empty() {
        return Err(invalid());
    }

    match text.to_ascii_lowercase().as_str() {
        "now" => return Ok(now),
        "today" => return Ok(start_of_day(now)),
        "yesterday" => {
            return start_of_day(now)
                .checked_sub_signed(Duration::days(1))
                .ok_or_else(out_of_range);
        }
        _ => {}
    }

    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Ok(time.with_timezone(&Utc));
    }
    if looks_like_date(text) {
        return match text.get(10..) {
            None | Some("") => NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(|date| date.and_time(chrono::NaiveTime::MIN).and_utc())
                .map_err(|_| no_such_date()),
            // A date-time without an offset: accepted as UTC rather than
            // refused, matching how a plain date is read.
            Some(_) => parse_naive_date_time(text)
                .map(|time| time.and_utc())
                .ok_or_else(|| {
                    if has_offset_suffix(text) {
                        // It had the shape of RFC 3339 and still failed.
                        no_such_date()
                    } else {
                        invalid()
                    }
                }),
        };
    }

    let (ahead, body) = match text.as_bytes()[0] {
        b'+' => (true, &text[1..]),
        b'-' => (false, &text[1..]),
        _ => (false, text),
    };
    let seconds = match parse_unit_sum(body) {
        Ok(seconds) => seconds,
        Err(UnitSumError::Overflow) => return Err(out_of_range()),
        Err(_) => return Err(invalid()),
    };
    let offset = i64::try_from(seconds)
        .ok()
        .and_then(Duration::try_seconds)
        .ok_or_else(out_of_range)?;
    let moved = if ahead {
        now.checked_add_signed(offset)
    } else {
        now.checked_sub_signed(offset)
    };
    moved.ok_or_else(out_of_range)
}

/// Parses a length of time such as `30s`, `5m`, `1h30m`. Zero and signed
/// values are refused: a flag asking for a duration never means "nothing".
pub fn parse_duration(input: &str) -> Result<std::time::Duration, DateError> {
    let text = input.trim();
    let invalid = |reason: &str| DateError::InvalidDuration {
        input: input.to_string(),
        reason: reason.to_string(),
    };
    if text.is_empty() {
        return Err(invalid("it is empty"));
    }
    if text.starts_with(['+', '-']) {
        return Err(invalid("a duration has no sign"));
    }
    match parse_unit_sum(text) {
        Ok(0) => Err(invalid("it is zero")),
        Ok(seconds) => Ok(std::time::Duration::from_secs(seconds)),
        Err(UnitSumError::Overflow) => Err(invalid("it is too long")),
        Err(UnitSumError::MissingUnit) => Err(invalid("a number has no unit after it")),
        Err(UnitSumError::UnknownUnit(unit)) => Err(invalid(&format!("{unit:?} is not a unit"))),
        Err(UnitSumError::MissingNumber) => Err(invalid("a unit has no number before it")),
        Err(UnitSumError::Unexpected(c)) => Err(invalid(&format!("{c:?} is not expected there"))),
    }
}

#[derive(Debug, PartialEq, Eq)]
enum UnitSumError {
    MissingNumber,
    MissingUnit,
    UnknownUnit(char),
    Unexpected(char),
    Overflow,
}

/// Reads one or more `<digits><unit>` groups (`1d12h`) and returns the total
/// in seconds. Only lowercase units are read, so `M` can never be mistaken
/// for months.
fn parse_unit_sum(text: &str) -> Result<u64, UnitSumError> {
    if text.is_empty() {
        return Err(UnitSumError::MissingNumber);
    }
    let mut total: u64 = 0;
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut number: u64 = 0;
        let mut digits = 0;
        while let Some(digit) = chars.peek().and_then(|c| c.to_digit(10)) {
            number = number
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(digit)))
                .ok_or(UnitSumError::Overflow)?;
            digits += 1;
            chars.next();
        }
        if digits == 0 {
            return Err(match chars.peek() {
                Some(&c) if !"smhdw".contains(c) => UnitSumError::Unexpected(c),
                _ => UnitSumError::MissingNumber,
            });
        }
        let unit_seconds: u64 = match chars.next() {
            None => return Err(UnitSumError::MissingUnit),
            Some('s') => 1,
            Some('m') => 60,
            Some('h') => 3_600,
            Some('d') => 86_400,
            Some('w') => 604_800,
            Some(other) => return Err(UnitSumError::UnknownUnit(other)),
        };
        total = number
            .checked_mul(unit_seconds)
            .and_then(|seconds| total.checked_add(seconds))
            .ok_or(UnitSumError::Overflow)?;
    }
    Ok(total)
}

fn start_of_day(time: DateTime<Utc>) -> DateTime<Utc> {
    time.date_naive().and_time(chrono::NaiveTime::MIN).and_utc()
}

/// `YYYY-MM-DD` at the start, checked by shape so that offsets such as
/// `-7d` are never handed to the date parser.
fn looks_like_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 10
        && bytes[..10]
            .iter()
            .enumerate()
            .all(|(index, byte)| match index {
                4 | 7 => *byte == b'-',
                _ => byte.is_ascii_digit(),
            })
}

fn has_offset_suffix(text: &str) -> bool {
    text.ends_with(['z', 'Z']) || text.get(10..).is_some_and(|rest| rest.contains(['+', '-']))
}

fn parse_naive_date_time(text: &str) -> Option<NaiveDateTime> {
    const FORMATS: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ];
    FORMATS
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
}

/// A half-open window `[from, to)`. Build it with [`TimeRange::new`] or
/// [`TimeRange::parse`], which guarantee `from < to`; the fields are public
/// for reading, and code that builds one by hand must keep that order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct TimeRange {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

impl TimeRange {
    pub fn new(from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Self, DateError> {
        if from >= to {
            return Err(DateError::EmptyRange { from, to });
        }
        Ok(TimeRange { from, to })
    }

    /// Builds a range from optional `--from` / `--to` arguments. `to`
    /// defaults to `now` and `from` to `to - default_span`. Relative inputs
    /// are relative to `now` in both flags (so `--from 2d --to 1d` is the day
    /// before yesterday's 24 hours), which is what people expect when typing.
    pub fn parse(
        from: Option<&str>,
        to: Option<&str>,
        default_span: Duration,
        now: DateTime<Utc>,
    ) -> Result<Self, DateError> {
        let to = match to {
            Some(text) => parse_instant(text, now)?,
            None => now,
        };
        let from = match from {
            Some(text) => parse_instant(text, now)?,
            // An absurdly long default span means "since the beginning".
            None => to
                .checked_sub_signed(default_span)
                .unwrap_or(DateTime::<Utc>::MIN_UTC),
        };
        TimeRange::new(from, to)
    }

    pub fn duration(&self) -> Duration {
        self.to.signed_duration_since(self.from)
    }

    pub fn contains(&self, time: DateTime<Utc>) -> bool {
        self.from <= time && time < self.to
    }
}

impl fmt::Display for TimeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} .. {}",
            self.from.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            self.to.to_rfc3339_opts(SecondsFormat::AutoSi, true)
        )
    }
}

/// Bucket width for metrics charts and aggregates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Interval {
    Minute,
    FiveMinutes,
    Hour,
    Day,
}

impl Interval {
    /// Every interval, finest first.
    pub const ALL: [Interval; 4] = [
        Interval::Minute,
        Interval::FiveMinutes,
        Interval::Hour,
        Interval::Day,
    ];

    /// Charts and tables stay readable, and queries cheap, up to about this
    /// many buckets.
    pub const MAX_POINTS: i64 = 500;

    pub const fn seconds(self) -> i64 {
        match self {
            Interval::Minute => 60,
            Interval::FiveMinutes => 300,
            Interval::Hour => 3_600,
            Interval::Day => 86_400,
        }
    }

    pub fn duration(self) -> Duration {
        Duration::seconds(self.seconds())
    }

    /// The short form used on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Interval::Minute => "1m",
            Interval::FiveMinutes => "5m",
            Interval::Hour => "1h",
            Interval::Day => "1d",
        }
    }

    /// How many buckets of this width cover the range (partial ones count).
    pub fn points(self, range: &TimeRange) -> i64 {
        let span = range.duration().num_seconds().max(0);
        // Ceiling division without overflow: span is non-negative.
        span / self.seconds() + i64::from(span % self.seconds() != 0)
    }

    /// The finest interval that keeps the range within [`Self::MAX_POINTS`]
    /// buckets. Ranges over ~500 days still get `Day`, the coarsest bucket,
    /// and so more points.
    pub fn auto(range: &TimeRange) -> Interval {
        Self::finest_within(range, Self::MAX_POINTS)
    }

    /// Most points a terminal chart shows: about two per column of a wide terminal (braille
    /// dots); more are drawn on top of each other.
    pub const CHART_POINTS: i64 = 200;

    /// The interval a `--chart` asks for: the finest within [`Self::CHART_POINTS`], and no
    /// finer than five minutes, below which hourly samples leave most buckets empty.
    pub fn for_chart(range: &TimeRange) -> Interval {
        Self::finest_within(range, Self::CHART_POINTS).max(Interval::FiveMinutes)
    }

    /// The finest interval that keeps the range within `max_points` buckets; `Day` when
    /// none does.
    fn finest_within(range: &TimeRange, max_points: i64) -> Interval {
        Interval::ALL
            .into_iter()
            .find(|interval| interval.points(range) <= max_points)
            .unwrap_or(Interval::Day)
    }

    /// The start of the bucket holding `time`, aligned to the Unix epoch so
    /// buckets from different queries line up.
    pub fn bucket_start(self, time: DateTime<Utc>) -> DateTime<Utc> {
        let timestamp = time.timestamp();
        let aligned = timestamp - timestamp.rem_euclid(self.seconds());
        DateTime::from_timestamp(aligned, 0).unwrap_or(time)
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Interval {
    type Err = DateError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        // The long names match the GraphQL enum (FIVE_MINUTES) lowercased.
        match input.trim().to_ascii_lowercase().as_str() {
            "1m" | "1min" | "minute" => Ok(Interval::Minute),
            "5m" | "5min" | "five_minutes" | "five-minutes" => Ok(Interval::FiveMinutes),
            "1h" | "hour" => Ok(Interval::Hour),
            "1d" | "day" => Ok(Interval::Day),
            _ => Err(DateError::InvalidInterval {
                input: input.to_string(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 15, 13, 45, 30).unwrap()
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
    }

    fn instant(input: &str) -> Result<DateTime<Utc>, DateError> {
        parse_instant(input, now())
    }

    // --- parse_instant ---

    #[test]
    fn rfc3339_with_z_and_offsets() {
        assert_eq!(
            instant("2026-11-01T10:00:00Z"),
            Ok(utc(2026, 11, 1, 10, 0, 0))
        );
        assert_eq!(
            instant("2026-11-01T12:00:00+02:00"),
            Ok(utc(2026, 11, 1, 10, 0, 0))
        );
        assert_eq!(
            instant("2026-11-01T05:30:00-04:30"),
            Ok(utc(2026, 11, 1, 10, 0, 0))
        );
        assert_eq!(
            instant("2026-11-01t10:00:00z"),
            Ok(utc(2026, 11, 1, 10, 0, 0))
        );
        let fractional = instant("2026-11-01T10:00:00.250Z").unwrap();
        assert_eq!(fractional.timestamp_subsec_millis(), 250);
    }

    #[test]
    fn plain_date_is_midnight_utc() {
        assert_eq!(instant("2026-11-01"), Ok(utc(2026, 11, 1, 0, 0, 0)));
        assert_eq!(instant("  2024-02-29\n"), Ok(utc(2024, 2, 29, 0, 0, 0)));
    }

    #[test]
    fn date_time_without_offset_is_utc() {
        assert_eq!(
            instant("2026-11-01T10:00:00"),
            Ok(utc(2026, 11, 1, 10, 0, 0))
        );
        assert_eq!(
            instant("2026-11-01 10:00:00"),
            Ok(utc(2026, 11, 1, 10, 0, 0))
        );
        assert_eq!(instant("2026-11-01T10:00"), Ok(utc(2026, 11, 1, 10, 0, 0)));
        assert_eq!(instant("2026-11-01 10:00"), Ok(utc(2026, 11, 1, 10, 0, 0)));
    }

    #[test]
    fn impossible_dates_say_so() {
        for input in [
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "2026-11-01T25:00:00Z",
        ] {
            let err = instant(input).unwrap_err();
            assert_eq!(
                err,
                DateError::NoSuchDate {
                    input: input.to_string()
                },
                "{input}"
            );
            assert!(err.to_string().contains("not a real calendar date"));
        }
    }

    #[test]
    fn keywords() {
        assert_eq!(instant("now"), Ok(now()));
        assert_eq!(instant("NOW"), Ok(now()));
        assert_eq!(instant("today"), Ok(utc(2026, 11, 15, 0, 0, 0)));
        assert_eq!(instant(" Today "), Ok(utc(2026, 11, 15, 0, 0, 0)));
        assert_eq!(instant("yesterday"), Ok(utc(2026, 11, 14, 0, 0, 0)));
        let new_year = utc(2027, 1, 1, 0, 0, 0);
        assert_eq!(
            parse_instant("yesterday", new_year),
            Ok(utc(2026, 12, 31, 0, 0, 0))
        );
        assert_eq!(parse_instant("today", new_year), Ok(new_year));
    }

    #[test]
    fn bare_and_negative_offsets_point_to_the_past() {
        let week_ago = now() - Duration::days(7);
        assert_eq!(instant("-7d"), Ok(week_ago));
        assert_eq!(instant("7d"), Ok(week_ago));
        assert_eq!(instant("1w"), Ok(week_ago));
        assert_eq!(instant("24h"), Ok(now() - Duration::hours(24)));
        assert_eq!(instant("90s"), Ok(now() - Duration::seconds(90)));
        assert_eq!(instant("15m"), Ok(now() - Duration::minutes(15)));
    }

    #[test]
    fn plus_offsets_point_to_the_future() {
        assert_eq!(instant("+2h"), Ok(now() + Duration::hours(2)));
        assert_eq!(instant("+1d12h"), Ok(now() + Duration::hours(36)));
    }

    #[test]
    fn combined_offsets() {
        assert_eq!(instant("1d12h"), Ok(now() - Duration::hours(36)));
        assert_eq!(instant("-1d12h"), Ok(now() - Duration::hours(36)));
        assert_eq!(instant("1h30m15s"), Ok(now() - Duration::seconds(5415)));
        assert_eq!(instant("0s"), Ok(now()));
    }

    #[test]
    fn invalid_instants_quote_input_and_list_forms() {
        for input in [
            "",
            "   ",
            "7",
            "-",
            "+",
            "d",
            "7x",
            "7D",
            "7M",
            "1.5h",
            "--7d",
            "7d-",
            "1d 12h",
            "next week",
            "2026/11/01",
            "01-11-2026",
            "2026-11-01Tfoo",
            "2026-11-01x",
            "1700000000",
            "ṡ",
        ] {
            let err = instant(input).unwrap_err();
            assert_eq!(
                err,
                DateError::InvalidInstant {
                    input: input.to_string()
                },
                "{input:?}"
            );
            let message = err.to_string();
            assert!(message.contains(&format!("\"{input}\"")), "{message}");
            for form in [
                "RFC 3339",
                "2026-11-01",
                "now",
                "today",
                "yesterday",
                "-7d",
                "+2h",
            ] {
                assert!(message.contains(form), "{form} missing from {message}");
            }
        }
    }

    #[test]
    fn huge_offsets_are_out_of_range_not_panics() {
        for input in [
            "999999999w",
            "+999999999w",
            "99999999999999999999s",
            "18446744073709551615s",
        ] {
            assert_eq!(
                instant(input),
                Err(DateError::OutOfRange {
                    input: input.to_string()
                }),
                "{input}"
            );
        }
        let near_min = DateTime::<Utc>::MIN_UTC + Duration::hours(1);
        assert!(matches!(
            parse_instant("yesterday", near_min),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_instant("+2h", DateTime::<Utc>::MAX_UTC),
            Err(DateError::OutOfRange { .. })
        ));
    }

    // --- parse_duration ---

    #[test]
    fn durations() {
        let secs = |s| std::time::Duration::from_secs(s);
        assert_eq!(parse_duration("30s"), Ok(secs(30)));
        assert_eq!(parse_duration("5m"), Ok(secs(300)));
        assert_eq!(parse_duration("1h30m"), Ok(secs(5400)));
        assert_eq!(parse_duration(" 2d "), Ok(secs(172_800)));
        assert_eq!(parse_duration("1w1s"), Ok(secs(604_801)));
        assert_eq!(parse_duration("90m"), Ok(secs(5400)));
    }

    #[test]
    fn duration_rejections_give_reasons() {
        let cases = [
            ("", "it is empty"),
            ("0s", "it is zero"),
            ("0h0m", "it is zero"),
            ("-5m", "no sign"),
            ("+5m", "no sign"),
            ("30", "no unit"),
            ("1h30", "no unit"),
            ("5x", "'x' is not a unit"),
            ("5M", "'M' is not a unit"),
            ("h", "no number"),
            ("1h m", "' ' is not expected there"),
            ("1.5h", "'.' is not a unit"),
            ("-", "no sign"),
            ("99999999999999999999s", "too long"),
            ("40000000000000w", "too long"),
        ];
        for (input, reason) in cases {
            let message = parse_duration(input).unwrap_err().to_string();
            assert!(message.contains(reason), "{input:?}: {message}");
            assert!(message.contains(&format!("\"{input}\"")), "{message}");
            assert!(message.contains("1h30m"), "{message}");
        }
    }

    // --- TimeRange ---

    #[test]
    fn range_new_requires_from_before_to() {
        let a = utc(2026, 11, 1, 0, 0, 0);
        let b = utc(2026, 11, 2, 0, 0, 0);
        let range = TimeRange::new(a, b).unwrap();
        assert_eq!(range.duration(), Duration::days(1));
        assert!(range.contains(a));
        assert!(!range.contains(b));
        assert_eq!(
            TimeRange::new(a, a),
            Err(DateError::EmptyRange { from: a, to: a })
        );
        let err = TimeRange::new(b, a).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the time range is empty (from 2026-11-02T00:00:00Z is not before to \
             2026-11-01T00:00:00Z): expected from to be earlier than to"
        );
        assert_eq!(
            range.to_string(),
            "2026-11-01T00:00:00Z .. 2026-11-02T00:00:00Z"
        );
    }

    #[test]
    fn range_parse_defaults() {
        let span = Duration::hours(24);
        let range = TimeRange::parse(None, None, span, now()).unwrap();
        assert_eq!(range.to, now());
        assert_eq!(range.from, now() - span);

        let range = TimeRange::parse(None, Some("2026-11-01"), span, now()).unwrap();
        assert_eq!(range.from, utc(2026, 10, 31, 0, 0, 0));

        let range = TimeRange::parse(Some("7d"), None, span, now()).unwrap();
        assert_eq!(range.from, now() - Duration::days(7));
        assert_eq!(range.to, now());

        let range = TimeRange::parse(Some("2d"), Some("1d"), span, now()).unwrap();
        assert_eq!(range.duration(), Duration::days(1));
        assert_eq!(range.to, now() - Duration::days(1));
    }

    #[test]
    fn range_parse_errors() {
        let span = Duration::hours(1);
        assert!(matches!(
            TimeRange::parse(Some("1d"), Some("2d"), span, now()),
            Err(DateError::EmptyRange { .. })
        ));
        assert!(matches!(
            TimeRange::parse(Some("bogus"), None, span, now()),
            Err(DateError::InvalidInstant { .. })
        ));
        assert!(matches!(
            TimeRange::parse(None, Some("bogus"), span, now()),
            Err(DateError::InvalidInstant { .. })
        ));
        assert!(matches!(
            TimeRange::parse(None, None, Duration::zero(), now()),
            Err(DateError::EmptyRange { .. })
        ));
        assert!(matches!(
            TimeRange::parse(None, None, Duration::hours(-1), now()),
            Err(DateError::EmptyRange { .. })
        ));
    }

    #[test]
    fn range_parse_saturates_huge_default_span() {
        let range = TimeRange::parse(None, None, Duration::MAX, now()).unwrap();
        assert_eq!(range.from, DateTime::<Utc>::MIN_UTC);
        assert_eq!(Interval::auto(&range), Interval::Day);
    }

    // --- Interval ---

    #[test]
    fn interval_from_str() {
        let cases = [
            ("1m", Interval::Minute),
            ("minute", Interval::Minute),
            ("1MIN", Interval::Minute),
            ("5m", Interval::FiveMinutes),
            ("FIVE_MINUTES", Interval::FiveMinutes),
            ("1h", Interval::Hour),
            (" Hour ", Interval::Hour),
            ("1d", Interval::Day),
            ("day", Interval::Day),
        ];
        for (input, expected) in cases {
            assert_eq!(input.parse::<Interval>(), Ok(expected), "{input}");
        }
        for interval in Interval::ALL {
            assert_eq!(interval.to_string().parse::<Interval>(), Ok(interval));
        }
        for bad in ["", "2m", "1w", "week", "60s", "m"] {
            let message = bad.parse::<Interval>().unwrap_err().to_string();
            assert!(message.contains(&format!("\"{bad}\"")), "{message}");
            assert!(message.contains("1m, 5m, 1h, 1d"), "{message}");
        }
    }

    #[test]
    fn interval_seconds() {
        let seconds: Vec<i64> = Interval::ALL.iter().map(|i| i.seconds()).collect();
        assert_eq!(seconds, [60, 300, 3600, 86400]);
        assert_eq!(Interval::Hour.duration(), Duration::hours(1));
    }

    fn range_of(span: Duration) -> TimeRange {
        TimeRange::new(now() - span, now()).unwrap()
    }

    #[test]
    fn charts_ask_for_at_most_200_points_of_five_minutes_or_more() {
        let cases = [
            (Duration::minutes(30), Interval::FiveMinutes),
            (Duration::hours(16), Interval::FiveMinutes),
            (Duration::hours(17), Interval::Hour),
            (Duration::hours(24), Interval::Hour),
            (Duration::days(8), Interval::Hour),
            (Duration::days(9), Interval::Day),
            (Duration::days(3000), Interval::Day),
        ];
        for (span, interval) in cases {
            assert_eq!(Interval::for_chart(&range_of(span)), interval, "{span}");
        }
    }

    #[test]
    fn interval_auto_picks_finest_within_500_points() {
        assert_eq!(
            Interval::auto(&range_of(Duration::seconds(1))),
            Interval::Minute
        );
        assert_eq!(
            Interval::auto(&range_of(Duration::minutes(500))),
            Interval::Minute
        );
        assert_eq!(
            Interval::auto(&range_of(Duration::minutes(501))),
            Interval::FiveMinutes
        );
        assert_eq!(
            Interval::auto(&range_of(Duration::hours(24))),
            Interval::FiveMinutes
        );
        assert_eq!(
            Interval::auto(&range_of(Duration::minutes(2500))),
            Interval::FiveMinutes
        );
        assert_eq!(
            Interval::auto(&range_of(Duration::minutes(2501))),
            Interval::Hour
        );
        assert_eq!(Interval::auto(&range_of(Duration::days(7))), Interval::Hour);
        assert_eq!(
            Interval::auto(&range_of(Duration::hours(500))),
            Interval::Hour
        );
        assert_eq!(Interval::auto(&range_of(Duration::days(30))), Interval::Day);
        assert_eq!(
            Interval::auto(&range_of(Duration::days(3650))),
            Interval::Day
        );
        for days in [1, 2, 7, 20, 21, 90, 365] {
            let range = range_of(Duration::days(days));
            let points = Interval::auto(&range).points(&range);
            assert!((1..=500).contains(&points), "{days}d gave {points} points");
        }
    }

    #[test]
    fn interval_auto_tolerates_reversed_hand_built_range() {
        let reversed = TimeRange {
            from: now(),
            to: now() - Duration::days(3),
        };
        assert_eq!(Interval::Minute.points(&reversed), 0);
        assert_eq!(Interval::auto(&reversed), Interval::Minute);
    }

    #[test]
    fn interval_points_counts_partial_buckets() {
        let range = range_of(Duration::seconds(61));
        assert_eq!(Interval::Minute.points(&range), 2);
        assert_eq!(Interval::Day.points(&range), 1);
    }

    #[test]
    fn bucket_start_aligns_to_epoch() {
        let t = utc(2026, 11, 15, 13, 47, 59);
        assert_eq!(
            Interval::Minute.bucket_start(t),
            utc(2026, 11, 15, 13, 47, 0)
        );
        assert_eq!(
            Interval::FiveMinutes.bucket_start(t),
            utc(2026, 11, 15, 13, 45, 0)
        );
        assert_eq!(Interval::Hour.bucket_start(t), utc(2026, 11, 15, 13, 0, 0));
        assert_eq!(Interval::Day.bucket_start(t), utc(2026, 11, 15, 0, 0, 0));
        let aligned = utc(2026, 11, 15, 13, 45, 0);
        assert_eq!(Interval::FiveMinutes.bucket_start(aligned), aligned);
        // Before 1970 the floor must still go down, not toward zero.
        let old = utc(1969, 12, 31, 23, 59, 30);
        assert_eq!(
            Interval::Minute.bucket_start(old),
            utc(1969, 12, 31, 23, 59, 0)
        );
        let _ = Interval::Day.bucket_start(DateTime::<Utc>::MIN_UTC);
        let _ = Interval::Day.bucket_start(DateTime::<Utc>::MAX_UTC);
    }
}
