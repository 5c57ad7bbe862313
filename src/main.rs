//! Parse, run, render, exit code. Nothing else.

use std::io::Write;
use std::process::ExitCode;

use vpnmine::cli::{self, Cli};
use vpnmine::error::CliError;
use vpnmine::output::{self, Format};
use vpnmine::terminal::Terminal;

/// The server's allocator (see Cargo.toml); the slim build keeps the system's.
#[cfg(feature = "server")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut cli = Cli::parse_args();
    let verbose = cli.global.verbose > 0;
    let view = match cli.global.view() {
        Ok(view) => view,
        Err(error) => return report(&error, cli.global.output, verbose),
    };
    // `--jq` makes the run a JSON one: commands that stream or report write JSON too.
    let format = view.format;
    cli.global.output = format;
    cli.global.terminal = match Terminal::detect() {
        Ok(terminal) => terminal,
        Err(error) => return report(&error, format, verbose),
    };
    let target = cli.global.terminal.stdout_target(cli.global.no_color);
    let result = cli::run_to_end(cli);
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(out)) => {
            match output::show(&out, &view, &target, &mut std::io::stdout().lock()) {
                Ok(()) => ExitCode::SUCCESS,
                // A closed pipe (`| head`) is the reader's choice, not an error.
                Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
                Err(e) => report(&e.into(), format, verbose),
            }
        }
        Err(error) => {
            if let Some(out) = &error.output {
                match output::show(out, &view, &target, &mut std::io::stdout().lock()) {
                    Ok(()) => {}
                    Err(e) if e.is_broken_pipe() => {}
                    Err(e) => return report(&e.into(), format, verbose),
                }
            }
            report(&error, format, verbose)
        }
    }
}

fn report(error: &CliError, format: Format, verbose: bool) -> ExitCode {
    let mut stderr = std::io::stderr().lock();
    let _ = if format == Format::Json {
        let body = serde_json::json!({ "error": error, "exitCode": error.exit_code() });
        writeln!(stderr, "{body}")
    } else if verbose {
        writeln!(stderr, "error: {}", error.verbose_text())
    } else {
        writeln!(stderr, "error: {error}")
    };
    ExitCode::from(error.exit_code())
}
