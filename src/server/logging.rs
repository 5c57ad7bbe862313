//! The server's log on stderr: text for people at a terminal, or one JSON object per line in the
//! platform's `LogEntry` shape for log collectors.
//!
//! The JSON shape is the platform doc's, nested: `timestamp`, `level`, `service`, `message`,
//! `context` and `metadata`. Nested rather than flat because the platform's log pipeline and
//! dashboards already read `context.requestId` and `metadata.environment`; our lines then ingest
//! unchanged. `context` carries the request's fields (`requestId`, `userId`, `serverId`,
//! `operation`) from the spans the event is in, and the event's own fields (`status`,
//! `duration` in milliseconds, `error`, ...). `target` (the emitting module) is added at the top
//! level: the doc's keys are all there, and nothing else is renamed.

use std::fmt;

use serde_json::{Map, Value};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::{EnvFilter, dynamic_filter_fn};
use tracing_subscriber::fmt::format::{JsonFields, Writer};
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields, FormattedFields};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::util::SubscriberInitExt as _;

/// The span that migrations and the demo seed run in (see [`quiet_bulk_sql`]).
pub const BULK_SQL_SPAN: &str = "bulk_sql";

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogStyle {
    /// Human-readable lines, coloured when `ansi`.
    Text { ansi: bool },
    /// One platform `LogEntry` JSON object per line.
    Json,
}

/// Installs the process's log subscriber: `filter` chooses what is logged, `style` how.
/// Does nothing when a subscriber is already set (tests running servers in-process).
pub fn init(style: LogStyle, filter: EnvFilter) {
    let registry = tracing_subscriber::registry()
        .with(filter)
        .with(quiet_bulk_sql());
    let _ = match style {
        LogStyle::Text { ansi } => registry
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(ansi)
                    .with_writer(std::io::stderr),
            )
            .try_init(),
        LogStyle::Json => registry
            .with(
                tracing_subscriber::fmt::layer()
                    .fmt_fields(JsonFields::new())
                    .event_format(LogEntryFormat::from_env())
                    .with_writer(std::io::stderr),
            )
            .try_init(),
    };
}

/// Drops sqlx's slow-statement warnings about bulk SQL (migrations, the demo seed): inserting
/// thousands of rows or rebuilding a table is expected to take seconds, and each warning carries
/// the statement's whole SQL (many kilobytes). Slow statements of requests still warn; sqlx's
/// statement log (DEBUG) is left alone.
fn quiet_bulk_sql<S>() -> impl Layer<S>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    dynamic_filter_fn(|meta, cx| {
        let bulk_sql = meta.target() == "sqlx::query"
            && *meta.level() == Level::WARN
            && cx
                .lookup_current()
                .is_some_and(|span| span.scope().any(|s| s.name() == BULK_SQL_SPAN));
        !bulk_sql
    })
    .with_callsite_filter(|meta| {
        // Only sqlx's events need a look at the current span; the rest pass at no cost.
        if meta.target() == "sqlx::query" {
            tracing::subscriber::Interest::sometimes()
        } else {
            tracing::subscriber::Interest::always()
        }
    })
}

/// Formats events as the platform's `LogEntry`.
struct LogEntryFormat {
    metadata: Value,
}

impl LogEntryFormat {
    /// `metadata.environment` and `metadata.region` come from `VPNMINE_ENVIRONMENT` and
    /// `VPNMINE_REGION` (default `development` and `local`), `metadata.version` is ours.
    fn from_env() -> Self {
        let var = |name: &str, default: &str| {
            std::env::var(name)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| default.to_string())
        };
        Self {
            metadata: serde_json::json!({
                "environment": var("VPNMINE_ENVIRONMENT", "development"),
                "version": env!("CARGO_PKG_VERSION"),
                "region": var("VPNMINE_REGION", "local"),
            }),
        }
    }
}

/// The platform's levels: it has no TRACE, so TRACE is written as DEBUG.
fn level_name(level: Level) -> &'static str {
    match level {
        Level::ERROR => "ERROR",
        Level::WARN => "WARN",
        Level::INFO => "INFO",
        _ => "DEBUG",
    }
}

/// The JSON object `JsonFields` wrote, or nothing if it is not one.
fn json_object(text: &str) -> Map<String, Value> {
    match serde_json::from_str(text) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

impl<S> FormatEvent<S, JsonFields> for LogEntryFormat
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn format_event(
        &self,
        ctx: &FmtContext<'_, S, JsonFields>,
        mut writer: Writer<'_>,
        event: &Event<'_>,
    ) -> fmt::Result {
        // Outer spans first, so that an inner span's field wins over an outer one's.
        let mut context = Map::new();
        if let Some(scope) = ctx.event_scope() {
            for span in scope.from_root() {
                if let Some(fields) = span.extensions().get::<FormattedFields<JsonFields>>() {
                    context.extend(json_object(&fields.fields));
                }
            }
        }
        let mut own = String::new();
        ctx.format_fields(Writer::new(&mut own), event)?;
        let mut own = json_object(&own);
        let message = own.remove("message").unwrap_or_default();
        context.extend(own);
        let meta = event.metadata();
        let entry = serde_json::json!({
            "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "level": level_name(*meta.level()),
            "service": "vpnmine",
            "message": message,
            "context": context,
            "metadata": self.metadata,
            "target": meta.target(),
        });
        writeln!(writer, "{entry}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    /// A writer the test can read back.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn json_lines(emit: impl FnOnce()) -> Vec<Value> {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::registry().with(quiet_bulk_sql()).with(
            tracing_subscriber::fmt::layer()
                .fmt_fields(JsonFields::new())
                .event_format(LogEntryFormat::from_env())
                .with_writer(move || writer.clone()),
        );
        tracing::subscriber::with_default(subscriber, emit);
        let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        text.lines()
            .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
            .collect()
    }

    #[test]
    fn events_become_log_entries_with_their_spans_fields_in_the_context() {
        let lines = json_lines(|| {
            let span =
                tracing::info_span!("request", requestId = "r-1", userId = tracing::field::Empty);
            let _entered = span.enter();
            span.record("userId", "usr-9");
            tracing::info!(status = "ok", duration = 1.5, "request");
            tracing::trace!("fine detail");
        });
        assert_eq!(lines.len(), 2, "{lines:?}");
        let entry = &lines[0];
        assert_eq!(entry["level"], "INFO");
        assert_eq!(entry["service"], "vpnmine");
        assert_eq!(entry["message"], "request");
        assert_eq!(entry["context"]["requestId"], "r-1");
        assert_eq!(entry["context"]["userId"], "usr-9");
        assert_eq!(entry["context"]["status"], "ok");
        assert_eq!(entry["context"]["duration"], 1.5);
        assert_eq!(entry["metadata"]["version"], env!("CARGO_PKG_VERSION"));
        assert!(entry["metadata"]["environment"].is_string());
        assert!(entry["metadata"]["region"].is_string());
        chrono::DateTime::parse_from_rfc3339(entry["timestamp"].as_str().unwrap()).unwrap();
        assert_eq!(lines[1]["level"], "DEBUG", "the platform has no TRACE");
    }

    #[test]
    fn slow_bulk_statements_are_not_warned_about() {
        let lines = json_lines(|| {
            let warn_slow = || tracing::warn!(target: "sqlx::query", statement = "INSERT ...", "slow statement");
            tracing::info_span!(BULK_SQL_SPAN).in_scope(warn_slow);
            warn_slow();
        });
        assert_eq!(lines.len(), 1, "only the one outside bulk SQL: {lines:?}");
    }
}
