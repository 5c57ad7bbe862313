//! The one error type commands return, and the exit codes it maps to (documented in the README).

use std::fmt;

/// Exit codes of the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// 1: anything else that failed.
    Failed,
    /// 2: usage or invalid input (including the server's VAL_001).
    Usage,
    /// 3: not found (RSC_001).
    NotFound,
    /// 4: authentication or permission (AUTH_001).
    Auth,
    /// 5: rate limited or refused for now (RTE_001, cooldown, below threshold).
    Refused,
    /// 6: platform unreachable or timed out.
    Unreachable,
    /// 7: the data is damaged: a backup that fails verification (checksum, integrity, foreign
    /// keys, row counts), which restore refuses.
    Damaged,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            Self::Failed => 1,
            Self::Usage => 2,
            Self::NotFound => 3,
            Self::Auth => 4,
            Self::Refused => 5,
            Self::Unreachable => 6,
            Self::Damaged => 7,
        }
    }

    /// The kind a platform error code (`extensions.code`) maps to.
    pub fn from_api_code(code: &str) -> Self {
        match code {
            "AUTH_001" => Self::Auth,
            "VAL_001" => Self::Usage,
            "RSC_001" => Self::NotFound,
            "RTE_001" => Self::Refused,
            _ => Self::Failed,
        }
    }
}

/// What to do next about a failure the platform answered with, by the platform's error code
/// (`extensions.code`, or the code an HTTP status stands for: 401/403 are AUTH_001, 429 is
/// RTE_001) and the exit kind. The one table: the client builds every error from the
/// platform's answer through [`CliError::from_platform`], so the same condition gets the same
/// hint whether it came as an HTTP status, a GraphQL error or a subscription's refusal.
/// Commands that know better replace the hint with their own.
const PLATFORM_HINTS: &[(Option<&str>, ErrorKind, &str)] = &[
    (
        Some("AUTH_001"),
        ErrorKind::Auth,
        "run `vpnmine auth login` (`vpnmine auth status` shows the account in use)",
    ),
    (
        Some("VAL_001"),
        ErrorKind::Usage,
        "check the values given; `--help` says what each one accepts",
    ),
    (
        Some("RSC_001"),
        ErrorKind::NotFound,
        "check the id; the `list` command of the same noun shows the ones you may see",
    ),
    (
        Some("RTE_001"),
        ErrorKind::Refused,
        "wait a moment, then run the command again",
    ),
    (
        Some("SRV_001"),
        ErrorKind::Failed,
        "the platform failed on its side: try again later, and quote the request id (-v) to its operators",
    ),
    // Errors without a code come from GraphQL validation of the document itself.
    (
        None,
        ErrorKind::Usage,
        "the platform refused the operation itself: its schema may differ from this client's; compare `vpnmine api schema`",
    ),
    (
        None,
        ErrorKind::Unreachable,
        "check --endpoint and your network, or try `--endpoint local`",
    ),
];

/// The hint [`PLATFORM_HINTS`] has for `code` and `kind`; a code it does not know (or an
/// error without one) gets the hint for its kind alone, if any.
pub fn platform_hint(code: Option<&str>, kind: ErrorKind) -> Option<&'static str> {
    let row = |wanted: Option<&str>| {
        PLATFORM_HINTS
            .iter()
            .find(|(c, k, _)| *c == wanted && *k == kind)
            .map(|(_, _, hint)| *hint)
    };
    code.and_then(|code| row(Some(code))).or_else(|| row(None))
}

/// A failure a user sees: what went wrong, the platform's code if any, and what to do.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    /// The platform's error code (AUTH_001 ...), when the server sent one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The id of the request that failed, for the platform team to find it in their logs:
    /// the server's (`extensions.requestId`), else the one the CLI sent it with.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// What the command produced before it failed (an import's per-row report): `main`
    /// renders it on stdout, then reports the error, so that commands never print.
    #[serde(skip)]
    pub output: Option<std::sync::Arc<crate::output::Output>>,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            code: None,
            hint: None,
            request_id: None,
            output: None,
        }
    }

    /// An error the platform answered with: its code (if it sent one) and the hint of
    /// [`PLATFORM_HINTS`] for it. `implied` is the code the answer stands for when it carried
    /// none (an HTTP 401 is AUTH_001); it picks the hint but is not shown as the platform's.
    pub fn from_platform(
        kind: ErrorKind,
        message: impl Into<String>,
        code: Option<String>,
        implied: Option<&str>,
    ) -> Self {
        let hint = platform_hint(code.as_deref().or(implied), kind);
        Self {
            code,
            hint: hint.map(str::to_string),
            ..Self::new(kind, message)
        }
    }

    /// This error, with the output to render before it is reported.
    pub fn with_output(mut self, output: crate::output::Output) -> Self {
        self.output = Some(std::sync::Arc::new(output));
        self
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failed, message)
    }

    /// What a build without the `server` feature says when asked for the bundled backend:
    /// a usage error, since the same request works with a full build.
    #[cfg(not(feature = "server"))]
    pub fn needs_server_feature(what: &str) -> Self {
        Self::usage(format!(
            "{what} needs the bundled server, and this vpnmine was built without the `server` feature"
        ))
        .with_hint(
            "reinstall with the default features (`cargo install --path .`, without \
             --no-default-features), or use --endpoint URL to reach a running platform",
        )
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// The error as `-v` shows it: also the request id, which an operator can quote to the
    /// platform team.
    pub fn verbose_text(&self) -> String {
        match &self.request_id {
            Some(id) => format!("{self}\nrequest id: {id}"),
            None => self.to_string(),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{} [{code}]", self.message)?,
            None => write!(f, "{}", self.message)?,
        }
        if let Some(hint) = &self.hint {
            write!(f, "\nhint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CliError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_codes_map_to_documented_exit_codes() {
        let cases = [
            ("AUTH_001", 4),
            ("VAL_001", 2),
            ("RSC_001", 3),
            ("RTE_001", 5),
            ("SRV_001", 1),
            ("SOMETHING_ELSE", 1),
        ];
        for (code, exit) in cases {
            assert_eq!(ErrorKind::from_api_code(code).exit_code(), exit, "{code}");
        }
    }

    #[test]
    fn every_platform_code_has_one_hint_for_its_kind() {
        for code in ["AUTH_001", "VAL_001", "RSC_001", "RTE_001", "SRV_001"] {
            let kind = ErrorKind::from_api_code(code);
            let hint = platform_hint(Some(code), kind).unwrap_or_else(|| panic!("{code}"));
            assert!(!hint.is_empty(), "{code}");
            let rows = PLATFORM_HINTS
                .iter()
                .filter(|(c, k, _)| *c == Some(code) && *k == kind)
                .count();
            assert_eq!(rows, 1, "{code}: one row, so one hint");
        }
        // The table's rows agree with the mapping of codes to kinds.
        for (code, kind, _) in PLATFORM_HINTS {
            if let Some(code) = code {
                assert_eq!(ErrorKind::from_api_code(code), *kind, "{code}");
            }
        }
        assert!(
            platform_hint(Some("AUTH_001"), ErrorKind::Auth)
                .unwrap()
                .contains("vpnmine auth login")
        );
    }

    #[test]
    fn unknown_codes_fall_back_to_the_hint_of_their_kind() {
        let unreachable = platform_hint(None, ErrorKind::Unreachable).unwrap();
        assert_eq!(
            platform_hint(Some("NET_042"), ErrorKind::Unreachable),
            Some(unreachable)
        );
        // No row for the kind: no hint rather than a wrong one.
        assert_eq!(platform_hint(Some("XYZ_001"), ErrorKind::Failed), None);
        assert_eq!(platform_hint(None, ErrorKind::Auth), None);
    }

    #[test]
    fn an_implied_code_picks_the_hint_but_is_not_shown() {
        let from_status = CliError::from_platform(
            ErrorKind::Auth,
            "the platform refused the credentials (HTTP 401)",
            None,
            Some("AUTH_001"),
        );
        let from_graphql = CliError::from_platform(
            ErrorKind::Auth,
            "authentication required",
            Some("AUTH_001".into()),
            None,
        );
        assert_eq!(from_status.code, None);
        assert_eq!(from_graphql.code.as_deref(), Some("AUTH_001"));
        assert!(from_status.hint.is_some());
        assert_eq!(from_status.hint, from_graphql.hint);
    }

    #[test]
    fn display_shows_code_and_hint() {
        let e = CliError::new(ErrorKind::Auth, "not logged in")
            .with_code("AUTH_001")
            .with_hint("run `vpnmine auth login`");
        assert_eq!(
            e.to_string(),
            "not logged in [AUTH_001]\nhint: run `vpnmine auth login`"
        );
    }

    #[test]
    fn the_request_id_shows_verbosely_and_in_json() {
        let mut e = CliError::new(ErrorKind::Auth, "not logged in").with_code("AUTH_001");
        assert_eq!(e.verbose_text(), e.to_string(), "no id, nothing to add");
        e.request_id = Some("req-1".into());
        assert_eq!(e.to_string(), "not logged in [AUTH_001]");
        assert_eq!(
            e.verbose_text(),
            "not logged in [AUTH_001]\nrequest id: req-1"
        );
        assert_eq!(serde_json::to_value(&e).unwrap()["requestId"], "req-1");
    }
}
