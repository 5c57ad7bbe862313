//! `vpnmine server` in a build without the `server` feature: it takes whatever follows (so
//! `vpnmine server --demo` and `vpnmine server init ...` get the same answer) and explains.

use clap::Args;

use super::GlobalArgs;
use crate::error::CliError;
use crate::output::Output;

#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct ServerArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<std::ffi::OsString>,
}

pub async fn run(_args: ServerArgs, _global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    Err(CliError::needs_server_feature("vpnmine server"))
}
