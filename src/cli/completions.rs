//! `vpnmine completions SHELL`: completion scripts, also committed under completions/.

use clap::Args;
use clap_complete::Shell;

use crate::error::CliError;

#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  vpnmine completions bash > ~/.local/share/bash-completion/completions/vpnmine"
)]
pub struct CompletionsArgs {
    pub shell: Shell,
}

/// The shells completions are generated for, and the file each goes to under completions/.
pub const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "vpnmine.bash"),
    (Shell::Zsh, "_vpnmine"),
    (Shell::Fish, "vpnmine.fish"),
    (Shell::PowerShell, "_vpnmine.ps1"),
    (Shell::Elvish, "vpnmine.elv"),
];

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(
        shell,
        &mut super::Cli::command_with_conventions(),
        "vpnmine",
        &mut out,
    );
    out
}

pub fn run(args: CompletionsArgs) -> Result<(), CliError> {
    use std::io::Write;
    std::io::stdout()
        .write_all(&script(args.shell))
        .map_err(|e| CliError::failed(format!("cannot write the script: {e}")))
}
