//! The terminal seam: whether stdin, stdout and stderr are terminals, decided once in `main`
//! and handed to every command (in `GlobalArgs::terminal`) and to the renderer.
//!
//! Nothing else in the crate asks the streams; a test keeps it so. Asking once means one
//! answer for the whole run, and one place where tests can override it:
//! `VPNMINE_FORCE_TTY` = `1` (all three are terminals), `0` (none is), or a comma-separated
//! list of `stdin`, `stdout`, `stderr` (those are, the others are not).
//!
//! The override decides layout (bordered tables, progress bars) and whether a command may
//! prompt. The prompts themselves (dialoguer) still need a real terminal to read keys from,
//! so tests of prompts run the binary on a pseudo-terminal.

use std::io::IsTerminal;

use indicatif::ProgressDrawTarget;

use crate::error::CliError;
use crate::output::Target;

/// The environment variable that overrides what the real streams say.
pub const FORCE_TTY_ENV: &str = "VPNMINE_FORCE_TTY";

/// How often a progress bar may redraw, per second (indicatif's own default for stderr).
const PROGRESS_HZ: u8 = 20;

/// Which standard streams are terminals, and what the stdout terminal allows.
///
/// The default is "nothing is a terminal": the safe answer, under which nothing waits for
/// input and nothing draws.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    /// Width of the stdout terminal in columns (falling back to `$COLUMNS`); `None`: unknown.
    pub width: Option<u16>,
    /// Height of the stdout terminal in rows (falling back to `$LINES`); `None`: unknown.
    pub height: Option<u16>,
    /// The environment allows ANSI styling: `NO_COLOR` unset or empty, `TERM` not `dumb`.
    pub color: bool,
    /// `TERM=dumb`: the terminal cannot move the cursor, so a progress bar would print a new
    /// line per redraw instead of one line that updates.
    pub dumb: bool,
}

impl Terminal {
    /// Asks the real streams, unless `VPNMINE_FORCE_TTY` says otherwise. A malformed override
    /// is a usage error rather than silently ignored: a test that sets it means it.
    pub fn detect() -> Result<Self, CliError> {
        let forced = std::env::var(FORCE_TTY_ENV).unwrap_or_default();
        let (stdin, stdout, stderr) = match parse_override(&forced) {
            Ok(Some(streams)) => streams,
            Ok(None) => (
                std::io::stdin().is_terminal(),
                std::io::stdout().is_terminal(),
                std::io::stderr().is_terminal(),
            ),
            Err(message) => return Err(CliError::usage(message)),
        };
        Ok(Terminal {
            stdin,
            stdout,
            stderr,
            width: stdout.then(stdout_width).flatten(),
            height: stdout.then(stdout_height).flatten(),
            color: !no_color() && !dumb(),
            dumb: dumb(),
        })
    }

    /// A prompt can be shown (stderr) and answered (stdin). Without this, commands refuse and
    /// name the flag that replaces the prompt.
    pub fn interactive(&self) -> bool {
        self.stdin && self.stderr
    }

    /// How `main` and the commands render to stdout: bordered, fitted and (unless `no_color`)
    /// styled on a terminal; plain aligned text otherwise.
    pub fn stdout_target(&self, no_color: bool) -> Target {
        if !self.stdout {
            return Target::piped();
        }
        Target::terminal(self.width, self.color && !no_color)
    }

    /// Progress bars and spinners can be drawn: stderr is a terminal that moves its cursor.
    pub fn draws_progress(&self) -> bool {
        self.stderr && !self.dumb
    }

    /// Where progress bars and spinners draw: stderr when [`Self::draws_progress`], nowhere
    /// otherwise.
    ///
    /// indicatif's own stderr target asks the stream again and would hide a bar the override
    /// asked for, so the decision made here is final: stderr is wrapped as a plain terminal.
    pub fn progress_target(&self) -> ProgressDrawTarget {
        if !self.draws_progress() {
            return ProgressDrawTarget::hidden();
        }
        ProgressDrawTarget::term_like_with_hz(
            Box::new(console::Term::buffered_stderr()),
            PROGRESS_HZ,
        )
    }
}

/// `None`: no override (empty or unset). `Some((stdin, stdout, stderr))`: what to pretend.
fn parse_override(value: &str) -> Result<Option<(bool, bool, bool)>, String> {
    let value = value.trim();
    match value.to_ascii_lowercase().as_str() {
        "" => return Ok(None),
        "1" | "true" | "yes" | "all" => return Ok(Some((true, true, true))),
        "0" | "false" | "no" | "none" => return Ok(Some((false, false, false))),
        _ => {}
    }
    let mut streams = (false, false, false);
    for name in value.split(',').map(str::trim) {
        match name.to_ascii_lowercase().as_str() {
            "stdin" => streams.0 = true,
            "stdout" => streams.1 = true,
            "stderr" => streams.2 = true,
            _ => {
                return Err(format!(
                    "{FORCE_TTY_ENV}: unknown stream {name:?} in {value:?}; expected 1, 0 or a \
                     comma-separated list of stdin, stdout, stderr"
                ));
            }
        }
    }
    Ok(Some(streams))
}

/// The real stdout terminal's width, else `$COLUMNS` (a forced terminal has no size of its
/// own, and a resized one may not report it).
fn stdout_width() -> Option<u16> {
    console::Term::stdout()
        .size_checked()
        .map(|(_rows, columns)| columns)
        .filter(|w| *w > 0)
        .or_else(|| env_size("COLUMNS"))
}

/// The real stdout terminal's height, else `$LINES`, as for the width.
fn stdout_height() -> Option<u16> {
    console::Term::stdout()
        .size_checked()
        .map(|(rows, _columns)| rows)
        .filter(|h| *h > 0)
        .or_else(|| env_size("LINES"))
}

/// A positive size from the environment variable `name` (`COLUMNS`, `LINES`).
fn env_size(name: &str) -> Option<u16> {
    std::env::var(name)
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|n| *n > 0)
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn dumb() -> bool {
    std::env::var_os("TERM").is_some_and(|t| t == "dumb")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_names_all_none_or_each_stream() {
        assert_eq!(parse_override(""), Ok(None));
        assert_eq!(parse_override("  "), Ok(None));
        assert_eq!(parse_override("1"), Ok(Some((true, true, true))));
        assert_eq!(parse_override("ALL"), Ok(Some((true, true, true))));
        assert_eq!(parse_override("0"), Ok(Some((false, false, false))));
        assert_eq!(parse_override("stdout"), Ok(Some((false, true, false))));
        assert_eq!(
            parse_override("stderr, stdin"),
            Ok(Some((true, false, true)))
        );
    }

    #[test]
    fn override_rejects_unknown_streams() {
        let error = parse_override("stdout,tty").unwrap_err();
        assert!(error.contains("\"tty\""), "{error}");
        assert!(error.contains(FORCE_TTY_ENV), "{error}");
        assert!(parse_override("2").is_err());
    }

    #[test]
    fn stdout_target_follows_stdout_and_colour() {
        let piped = Terminal {
            stderr: true,
            width: Some(80),
            color: true,
            ..Terminal::default()
        };
        assert!(!piped.stdout_target(false).tty);

        let tty = Terminal {
            stdout: true,
            ..piped
        };
        let target = tty.stdout_target(false);
        assert!(target.tty && target.color);
        assert_eq!(target.width, Some(80));
        assert!(!tty.stdout_target(true).color, "--no-color wins");
    }

    #[test]
    fn prompts_need_stdin_and_stderr() {
        let both = Terminal {
            stdin: true,
            stderr: true,
            ..Terminal::default()
        };
        assert!(both.interactive());
        assert!(
            !Terminal {
                stdin: false,
                ..both
            }
            .interactive()
        );
        assert!(
            !Terminal {
                stderr: false,
                ..both
            }
            .interactive()
        );
    }

    #[test]
    fn progress_draws_only_on_a_terminal_stderr() {
        assert!(Terminal::default().progress_target().is_hidden());
        let stderr = Terminal {
            stderr: true,
            ..Terminal::default()
        };
        // Drawn even when the real stderr is a pipe (as under `cargo test`): the seam decides.
        assert!(!stderr.progress_target().is_hidden());
        let dumb = Terminal {
            dumb: true,
            ..stderr
        };
        assert!(dumb.progress_target().is_hidden());
    }

    /// The seam is the only place that asks the streams.
    #[test]
    fn nothing_else_asks_whether_a_stream_is_a_terminal() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offenders = Vec::new();
        visit_rust_files(&root, &mut |path, text| {
            let is_seam = path.ends_with("terminal.rs") && path.parent() == Some(&root);
            if !is_seam && (text.contains("is_terminal()") || text.contains("is_term()")) {
                offenders.push(path.display().to_string());
            }
        });
        assert!(
            offenders.is_empty(),
            "ask `Terminal` (GlobalArgs::terminal) instead: {offenders:?}"
        );
    }

    fn visit_rust_files(dir: &std::path::Path, f: &mut dyn FnMut(&std::path::Path, &str)) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                visit_rust_files(&path, f);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read a source file");
                f(&path, &text);
            }
        }
    }
}
