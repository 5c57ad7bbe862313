//! `vpnmine auth ...`: logging in and out, the session in force, and its tokens.
//!
//! Credentials are stored per profile (see `crate::client::credentials`); the automatic
//! refresh of an expired access token lives in the client and needs nothing here.

use std::io::Read;

use chrono::Utc;
use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::{Value, json};

use super::GlobalArgs;
use crate::client::credentials::{self, CredentialStore, Credentials};
use crate::client::operations::{
    Authenticate, ChangePassword, Me, MySessions, RevokeOtherSessions, RevokeSession, RevokeToken,
    UserSessions, authenticate, change_password, me, my_sessions, revoke_other_sessions,
    revoke_session, revoke_token, user_sessions,
};
use crate::client::{Client, ConnectOptions, Endpoint};
use crate::config::Selection;
use crate::error::{CliError, ErrorKind};
use crate::output::{Column, Format, Output};
use crate::terminal::Terminal;

/// Longest token or password read from stdin.
const MAX_STDIN: u64 = 64 * 1024;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Log in to the platform and store the session for the profile in force.
    #[command(
        after_help = "On a terminal, prompts for what is missing. Without one, pass the secret on stdin:
--password-stdin (with --username) logs in with a password and gets a refresh token, so the
session renews itself; --with-token stores an access token as is.

Examples:
  vpnmine --endpoint https://vpn.example.com/graphql auth login
  printf '%s\\n' \"$PASSWORD\" | vpnmine auth login --username operator --password-stdin
  vpnmine auth token | ssh other-host vpnmine auth login --with-token
  vpnmine --profile staging auth login -u admin"
    )]
    Login(LoginArgs),
    /// Show the session in force: endpoint, profile, user, role, where the token is kept.
    #[command(after_help = "Exits with 4 when not logged in.

Examples:
  vpnmine auth status
  vpnmine --profile staging auth status -o json | jq -r .username")]
    Status,
    /// Log out: revoke the session on the platform and delete the stored credentials.
    #[command(
        after_help = "The local credentials are deleted even when the platform cannot be reached.

Examples:
  vpnmine auth logout
  vpnmine --profile staging auth logout"
    )]
    Logout,
    /// Print the access token, for scripts (refreshed first if it has expired).
    #[command(
        after_help = "Anyone holding the token can act as you until it expires: do not share it.

Examples:
  export VPNMINE_TOKEN=$(vpnmine auth token)
  curl -H \"Authorization: Bearer $(vpnmine auth token)\" https://vpn.example.com/graphql"
    )]
    Token,
    /// Exchange the refresh token for a new pair now, and store it.
    #[command(
        after_help = "Expired access tokens are refreshed automatically; this forces a rotation
(the old refresh token stops working).

Examples:
  vpnmine auth refresh
  vpnmine auth refresh -o json | jq -r .expiresAt"
    )]
    Refresh,
    /// List your sessions (logins), or revoke them; admins: any account's with --user.
    #[command(
        after_help = "A session is one login, kept across refreshes of its tokens. Revoking one signs
that client out at once.

Examples:
  vpnmine auth sessions
  vpnmine auth sessions revoke ses-0123456789abcdef0123456789abcdef
  vpnmine auth sessions revoke --others
  vpnmine auth sessions list --user usr-alice -o json | jq -r '.[].id'
  vpnmine auth sessions revoke --others --user usr-alice    # admins: all of alice's sessions"
    )]
    Sessions(SessionsArgs),
    /// Change your password: the current one is required; your other sessions are logged out.
    #[command(
        after_help = "On a terminal, prompts for the current password and the new one (twice).
Without one, pass --password-stdin with the current password on the first line of stdin and the
new one on the second. The platform's password policy applies (12 characters by default, not
containing the username, not a common password). A wrong current password counts towards the
login lockout (exit 4).

Examples:
  vpnmine auth passwd
  printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | vpnmine auth passwd --password-stdin"
    )]
    Passwd(PasswdArgs),
}

#[derive(Debug, Args)]
pub struct SessionsArgs {
    #[command(subcommand)]
    pub command: Option<SessionsCommand>,
    /// Another account's sessions (admins): with `list` and `revoke --others`.
    #[arg(long, value_name = "USER_ID", global = true)]
    pub user: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// List active sessions, newest first (the default); `current` marks this one.
    List,
    /// Revoke a session by id, or every session but this one with --others.
    Revoke(RevokeSessionArgs),
}

#[derive(Debug, Args)]
pub struct RevokeSessionArgs {
    /// The session to revoke (from `auth sessions`).
    #[arg(
        value_name = "ID",
        required_unless_present = "others",
        conflicts_with = "others"
    )]
    pub id: Option<String>,
    /// Revoke all your other sessions (with --user: all of that account's).
    #[arg(long)]
    pub others: bool,
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Read the current password (first line) and the new one (second line) from stdin.
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Account name (prompted for on a terminal when omitted).
    #[arg(short, long)]
    pub username: Option<String>,
    /// Read an access token from stdin and store it as is (it cannot be refreshed).
    #[arg(long, conflicts_with_all = ["username", "password_stdin"])]
    pub with_token: bool,
    /// Read the password from stdin (its first line), for scripted logins; needs --username.
    #[arg(long, requires = "username")]
    pub password_stdin: bool,
}

pub async fn run(command: AuthCommand, global: &GlobalArgs) -> Result<Output, CliError> {
    match command {
        AuthCommand::Login(args) => login(args, global).await,
        AuthCommand::Status => status(global).await,
        AuthCommand::Logout => logout(global).await,
        AuthCommand::Token => token(global).await,
        AuthCommand::Refresh => refresh(global).await,
        AuthCommand::Sessions(args) => sessions(args, global).await,
        AuthCommand::Passwd(args) => passwd(args, global).await,
    }
}

/// A schema enum (Role, UserType) as the API spells it.
fn enum_text(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn local_needs_no_login(what: &str) -> CliError {
    CliError::usage(format!(
        "{what}: the embedded backend (--endpoint local) needs no login"
    ))
    .with_hint("name a platform with --endpoint URL or --profile NAME")
}

/// A wrong password is AUTH_001, like a missing login, but logging in again is not what to do:
/// `hint` replaces the table's (a lockout's retry time stays).
fn wrong_password(error: CliError, hint: &str) -> CliError {
    let generic = crate::error::platform_hint(Some("AUTH_001"), ErrorKind::Auth);
    if error.kind == ErrorKind::Auth && error.hint.as_deref() == generic {
        error.with_hint(hint)
    } else {
        error
    }
}

pub(crate) fn not_logged_in(selection: &Selection) -> CliError {
    CliError::new(
        ErrorKind::Auth,
        format!(
            "not logged in to {} (profile '{}')",
            selection.endpoint_text(),
            selection.profile
        ),
    )
    .with_hint("run `vpnmine auth login`")
}

fn options(global: &GlobalArgs, selection: &Selection, token: Option<String>) -> ConnectOptions {
    ConnectOptions {
        endpoint: selection.endpoint.clone(),
        token,
        timeout: std::time::Duration::from_secs(global.timeout),
        allow_insecure_http: selection.allow_insecure_http,
    }
}

/// The secret of a scripted login, read from stdin: a token (whole input) or a password
/// (first line).
pub(crate) fn read_stdin(
    first_line_only: bool,
    what: &str,
    flag: &str,
) -> Result<String, CliError> {
    let mut text = String::new();
    std::io::stdin()
        .take(MAX_STDIN)
        .read_to_string(&mut text)
        .map_err(|e| CliError::usage(format!("{flag}: cannot read the {what} from stdin: {e}")))?;
    let secret = if first_line_only {
        text.lines().next().unwrap_or_default().to_string()
    } else {
        text.trim().to_string()
    };
    if secret.trim().is_empty() {
        return Err(CliError::usage(format!("{flag}: no {what} on stdin")));
    }
    Ok(secret)
}

/// Reads the first `count` lines of stdin (secrets, one a line: `auth passwd` reads the current
/// password and the new one). Each must be non-empty.
pub(crate) fn read_stdin_lines(
    count: usize,
    what: &str,
    flag: &str,
) -> Result<Vec<String>, CliError> {
    let mut text = String::new();
    std::io::stdin()
        .take(MAX_STDIN)
        .read_to_string(&mut text)
        .map_err(|e| CliError::usage(format!("{flag}: cannot read the {what} from stdin: {e}")))?;
    let lines: Vec<String> = text.lines().take(count).map(str::to_string).collect();
    if lines.len() < count || lines.iter().any(|l| l.trim().is_empty()) {
        return Err(CliError::usage(format!(
            "{flag}: expected {what} on stdin, one a line"
        )));
    }
    Ok(lines)
}

/// A new password: the first line of stdin with `--password-stdin`, else asked twice on a
/// terminal; without one, refused naming the flag.
pub(crate) fn new_password(
    password_stdin: bool,
    terminal: &Terminal,
    prompt: &str,
) -> Result<String, CliError> {
    if password_stdin {
        return read_stdin(true, "password", "--password-stdin");
    }
    if !terminal.interactive() {
        return Err(
            CliError::usage("cannot prompt for a password without a terminal")
                .with_hint("pass --password-stdin and the password as the first line of stdin"),
        );
    }
    dialoguer::Password::new()
        .with_prompt(prompt)
        .with_confirmation("Repeat the password", "the passwords do not match")
        .interact()
        .map_err(prompt_failed)
}

fn prompt_failed(e: dialoguer::Error) -> CliError {
    CliError::failed(format!("cannot read from the terminal: {e}"))
}

/// How the user proves who they are.
enum Secret {
    Token(String),
    Password { username: String, password: String },
}

fn gather_secret(args: &LoginArgs, terminal: &Terminal) -> Result<Secret, CliError> {
    let interactive = terminal.interactive();
    if args.with_token {
        let token = if interactive {
            dialoguer::Password::new()
                .with_prompt("Paste an access token")
                .interact()
                .map_err(prompt_failed)?
        } else {
            read_stdin(false, "token", "--with-token")?
        };
        let token = token.trim().to_string();
        if token.is_empty() || token.chars().any(char::is_whitespace) {
            return Err(CliError::usage(
                "--with-token: expected one token without spaces",
            ));
        }
        return Ok(Secret::Token(token));
    }
    if args.password_stdin {
        let username = args.username.clone().unwrap_or_default();
        let password = read_stdin(true, "password", "--password-stdin")?;
        return Ok(Secret::Password { username, password });
    }
    if !interactive {
        return Err(CliError::usage(
            "cannot prompt for a password without a terminal",
        )
        .with_hint(
            "pass --with-token (an access token on stdin) or --username USER --password-stdin (the password on stdin)",
        ));
    }
    let username = match &args.username {
        Some(u) => u.clone(),
        None => dialoguer::Input::<String>::new()
            .with_prompt("Username")
            .interact_text()
            .map_err(prompt_failed)?,
    };
    let password = dialoguer::Password::new()
        .with_prompt("Password")
        .interact()
        .map_err(prompt_failed)?;
    Ok(Secret::Password { username, password })
}

/// A password is a secret like a token: never over plain http to another machine unless
/// the user said so.
pub(crate) fn check_password_transport(selection: &Selection) -> Result<(), CliError> {
    if let Endpoint::Remote(url) = &selection.endpoint {
        let loopback = match url.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        if url.scheme() == "http" && !loopback && !selection.allow_insecure_http {
            return Err(CliError::usage(format!(
                "refusing to send a password over plain http to {}",
                url.host_str().unwrap_or_default()
            ))
            .with_hint("use https, or pass --allow-insecure-http if you trust the network"));
        }
    }
    Ok(())
}

async fn passwd(args: PasswdArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let selection = global.selection()?;
    if selection.endpoint == Endpoint::Local {
        return Err(local_needs_no_login("no password to change"));
    }
    check_password_transport(&selection)?;
    let (current, new) = if args.password_stdin {
        let mut lines =
            read_stdin_lines(2, "the current and the new password", "--password-stdin")?;
        let new = lines.pop().unwrap_or_default();
        (lines.pop().unwrap_or_default(), new)
    } else if global.terminal.interactive() {
        let current = dialoguer::Password::new()
            .with_prompt("Current password")
            .interact()
            .map_err(prompt_failed)?;
        (
            current,
            new_password(false, &global.terminal, "New password")?,
        )
    } else {
        return Err(
            CliError::usage("cannot prompt for passwords without a terminal").with_hint(
                "pass --password-stdin: the current password on the first line, the new one on the second",
            ),
        );
    };
    let client = global.client().await?;
    let data = client
        .run::<ChangePassword>(change_password::Variables {
            current_password: current,
            new_password: new,
        })
        .await
        .map_err(|e| wrong_password(e, "check the current password"))?;
    Ok(Output::Record(Value::Object(super::analytics::object(
        &data.change_password,
    ))))
}

async fn login(args: LoginArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let selection = global.selection()?;
    if selection.endpoint == Endpoint::Local {
        return Err(local_needs_no_login("nothing to log in to"));
    }
    if let Some(username) = &args.username
        && username.trim().is_empty()
    {
        return Err(CliError::usage("--username must not be empty"));
    }
    let store = CredentialStore::from_config(&selection.config)?;
    if !args.with_token {
        check_password_transport(&selection)?;
    }
    let secret = gather_secret(&args, &global.terminal)?;
    let endpoint = selection.endpoint_text();
    let (credentials, user) = match secret {
        Secret::Token(token) => {
            let client = Client::connect(options(global, &selection, Some(token.clone()))).await?;
            let user = client.run::<Me>(me::Variables {}).await?.me;
            let credentials = Credentials {
                endpoint: endpoint.clone(),
                access_token: token,
                refresh_token: None,
                expires_at: None,
                username: Some(user.username.clone()),
            };
            let user = json!({
                "id": user.id,
                "username": user.username,
                "role": enum_text(&user.role),
                "userType": enum_text(&user.user_type),
            });
            (credentials, user)
        }
        Secret::Password { username, password } => {
            let client = Client::connect(options(global, &selection, None)).await?;
            let payload = client
                .run_anonymous::<Authenticate>(authenticate::Variables {
                    username: username.trim().to_string(),
                    password,
                    client_name: Some(client_name(&selection.profile)),
                })
                .await
                .map_err(|e| wrong_password(e, "check the username and the password"))?
                .authenticate;
            let credentials = Credentials {
                endpoint: endpoint.clone(),
                access_token: payload.access_token,
                refresh_token: Some(payload.refresh_token),
                expires_at: Some(Utc::now() + chrono::Duration::seconds(payload.expires_in.max(0))),
                username: Some(payload.user.username.clone()),
            };
            let user = json!({
                "id": payload.user.id,
                "username": payload.user.username,
                "role": enum_text(&payload.user.role),
                "userType": enum_text(&payload.user.user_type),
            });
            (credentials, user)
        }
    };
    store.save(&selection.profile, &credentials, true).await?;
    if global.output == Format::Json {
        return Ok(Output::Record(user));
    }
    Ok(Output::message(format!(
        "Logged in to {endpoint} as {} ({})",
        user["username"].as_str().unwrap_or_default(),
        user["role"].as_str().unwrap_or_default()
    )))
}

/// The stored session of the selected profile for the selected endpoint, ignoring
/// `VPNMINE_TOKEN`.
async fn stored_client(
    global: &GlobalArgs,
    selection: &Selection,
) -> Result<Option<Client>, CliError> {
    let Some(session) = global.stored_session(selection).await? else {
        return Ok(None);
    };
    let token = session.credentials.access_token.clone();
    let client = Client::connect(options(global, selection, Some(token))).await?;
    Ok(Some(client.with_session(session)))
}

async fn status(global: &GlobalArgs) -> Result<Output, CliError> {
    let (client, selection, location) = global.connect().await?;
    let Some(location) = location else {
        let mut error = not_logged_in(&selection);
        if let Some(other) = other_endpoint(&selection).await {
            error = error.with_hint(format!(
                "profile '{}' holds credentials for {other}; run `vpnmine auth login` for this endpoint",
                selection.profile
            ));
        }
        return Err(error);
    };
    Ok(Output::Record(
        session_status(&client, &selection, location).await?,
    ))
}

/// The session in force as `auth status` shows it (and `doctor` checks it): who the token
/// belongs to, with which role, where it is kept and when it expires. The platform is asked
/// (`me`), so a refused token is an error (AUTH_001, exit 4).
pub(crate) async fn session_status(
    client: &Client,
    selection: &Selection,
    location: credentials::Location,
) -> Result<Value, CliError> {
    let user = client.run::<Me>(me::Variables {}).await?.me;
    // After an automatic refresh the session (and where it is kept) may have changed.
    let (expires_at, refreshable, location) = match client.session().await {
        Some((credentials, location)) => (
            credentials.expires_at.map(|t| t.to_rfc3339()),
            credentials.refresh_token.is_some(),
            location,
        ),
        None => (None, false, location),
    };
    Ok(json!({
        "endpoint": selection.endpoint_text(),
        "profile": selection.profile,
        "username": user.username,
        "id": user.id,
        "role": enum_text(&user.role),
        "userType": enum_text(&user.user_type),
        "tokenSource": location.to_string(),
        "expiresAt": expires_at,
        "refreshable": refreshable,
    }))
}

/// The endpoint a profile's stored credentials are for, when it is not the selected one.
async fn other_endpoint(selection: &Selection) -> Option<String> {
    let store = CredentialStore::from_config(&selection.config).ok()?;
    let (credentials, _) = store.load(&selection.profile).await.ok()??;
    (credentials.endpoint != selection.endpoint_text()).then_some(credentials.endpoint)
}

async fn logout(global: &GlobalArgs) -> Result<Output, CliError> {
    let selection = global.selection()?;
    if selection.endpoint == Endpoint::Local {
        return Err(local_needs_no_login("nothing to log out of"));
    }
    let store = CredentialStore::from_config(&selection.config)?;
    let Some((stored, _)) = store.load(&selection.profile).await? else {
        if credentials::env_token().is_some() {
            return Err(CliError::usage(format!(
                "no stored session for profile '{}'; the token in force comes from {}",
                selection.profile,
                credentials::TOKEN_ENV
            ))
            .with_hint(format!("unset {}", credentials::TOKEN_ENV)));
        }
        return Ok(Output::message(format!(
            "Not logged in to {} (profile '{}'); nothing to do",
            selection.endpoint_text(),
            selection.profile
        )));
    };
    // Revoke where the tokens were issued; the refresh token takes its access token with it.
    let revoked = revoke(global, &selection, &stored).await;
    store.delete(&selection.profile).await?;
    if let Err(e) = revoked {
        eprintln!(
            "warning: could not revoke the session on the platform ({}); the local credentials are deleted anyway",
            e.message
        );
    }
    Ok(Output::message(format!(
        "Logged out of {}{}",
        stored.endpoint,
        stored
            .username
            .as_deref()
            .map(|u| format!(" ({u})"))
            .unwrap_or_default()
    )))
}

async fn revoke(
    global: &GlobalArgs,
    selection: &Selection,
    stored: &Credentials,
) -> Result<(), CliError> {
    let endpoint = Endpoint::parse(&stored.endpoint)?;
    let allow = selection.allow_insecure_http && endpoint == selection.endpoint;
    let client = Client::connect(ConnectOptions {
        endpoint,
        token: None,
        timeout: std::time::Duration::from_secs(global.timeout),
        allow_insecure_http: allow,
    })
    .await?;
    let token = stored
        .refresh_token
        .clone()
        .unwrap_or_else(|| stored.access_token.clone());
    match client
        .run_anonymous::<RevokeToken>(revoke_token::Variables { token: Some(token) })
        .await
    {
        Ok(_) => Ok(()),
        // Unknown, expired or already revoked: nothing left to revoke.
        Err(e) if matches!(e.kind, ErrorKind::Auth | ErrorKind::NotFound) => Ok(()),
        Err(e) => Err(e),
    }
}

async fn token(global: &GlobalArgs) -> Result<Output, CliError> {
    let selection = global.selection()?;
    if selection.endpoint == Endpoint::Local {
        return Err(CliError::usage(
            "the embedded backend (--endpoint local) uses a new one-time token on every run: there is no token to print",
        )
        .with_hint("name a platform with --endpoint URL or --profile NAME"));
    }
    let (token, expires_at) = match credentials::env_token() {
        Some(token) => (token, None),
        None => {
            let client = stored_client(global, &selection)
                .await?
                .ok_or_else(|| not_logged_in(&selection))?;
            let (mut credentials, _) = client
                .session()
                .await
                .ok_or_else(|| not_logged_in(&selection))?;
            if credentials.is_expired(Utc::now()) && credentials.refresh_token.is_some() {
                credentials = client.refresh_session().await?;
            }
            (credentials.access_token, credentials.expires_at)
        }
    };
    if global.terminal.stdout {
        eprintln!("warning: this token lets anyone act as you until it expires; do not share it");
    }
    if global.output == Format::Json {
        return Ok(Output::Record(json!({
            "token": token,
            "expiresAt": expires_at.map(|t| t.to_rfc3339()),
        })));
    }
    Ok(Output::Message(token))
}

async fn refresh(global: &GlobalArgs) -> Result<Output, CliError> {
    let selection = global.selection()?;
    if selection.endpoint == Endpoint::Local {
        return Err(local_needs_no_login("nothing to refresh"));
    }
    let client = stored_client(global, &selection)
        .await?
        .ok_or_else(|| not_logged_in(&selection))?;
    let credentials = client.refresh_session().await?;
    let expires_at = credentials.expires_at.map(|t| t.to_rfc3339());
    let username = credentials.username.clone().unwrap_or_default();
    if global.output == Format::Json {
        return Ok(Output::Record(json!({
            "endpoint": credentials.endpoint,
            "profile": selection.profile,
            "username": username,
            "expiresAt": expires_at,
        })));
    }
    Ok(Output::message(format!(
        "Refreshed the session of {username} at {}; the new access token expires at {}",
        credentials.endpoint,
        expires_at.as_deref().unwrap_or("an unknown time")
    )))
}

/// How this CLI names the sessions it opens, so that `auth sessions` tells them apart.
fn client_name(profile: &str) -> String {
    let name = format!(
        "vpnmine-cli/{} (profile {profile})",
        env!("CARGO_PKG_VERSION")
    );
    // The server takes at most 100 characters; a long profile name is cut, not refused.
    name.chars().take(100).collect()
}

fn session_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("CURRENT", "current"),
        Column::new("CLIENT", "clientName"),
        Column::new("CREATED", "createdAt"),
        Column::new("LAST USED", "lastUsedAt"),
        Column::new("EXPIRES", "expiresAt"),
    ]
}

async fn sessions(args: SessionsArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let command = args.command.unwrap_or(SessionsCommand::List);
    if let Some(user) = &args.user
        && user.trim().is_empty()
    {
        return Err(CliError::usage("--user must not be empty"));
    }
    let client = global.client().await?;
    match command {
        SessionsCommand::List => {
            let items = match args.user {
                Some(user_id) => {
                    let data = client
                        .run::<UserSessions>(user_sessions::Variables { user_id })
                        .await?;
                    serde_json::to_value(data.user_sessions)
                }
                None => {
                    let data = client.run::<MySessions>(my_sessions::Variables {}).await?;
                    serde_json::to_value(data.my_sessions)
                }
            };
            let items = match items {
                Ok(Value::Array(items)) => items,
                _ => Vec::new(),
            };
            Ok(Output::List {
                columns: session_columns(),
                items,
            })
        }
        SessionsCommand::Revoke(revoke) if revoke.others => {
            let revoked = client
                .run::<RevokeOtherSessions>(revoke_other_sessions::Variables {
                    user_id: args.user.clone(),
                })
                .await?
                .revoke_other_sessions
                .revoked;
            if global.output == Format::Json {
                return Ok(Output::Record(json!({ "revoked": revoked })));
            }
            Ok(Output::message(match &args.user {
                Some(user) => format!("Revoked {revoked} session(s) of {user}"),
                None => format!("Revoked {revoked} other session(s); this one stays"),
            }))
        }
        SessionsCommand::Revoke(revoke) => {
            if args.user.is_some() {
                return Err(CliError::usage(
                    "--user goes with `list` and `revoke --others`; a session id names its account",
                ));
            }
            let id = revoke.id.unwrap_or_default();
            if id.trim().is_empty() {
                return Err(CliError::usage("the session id must not be empty"));
            }
            let session = client
                .run::<RevokeSession>(revoke_session::Variables { id })
                .await?
                .revoke_session;
            if global.output == Format::Json {
                return Ok(Output::Record(
                    serde_json::to_value(session).unwrap_or(Value::Null),
                ));
            }
            Ok(Output::message(format!(
                "Revoked session {}{}",
                session.id,
                if session.current {
                    " (this one: log in again)"
                } else {
                    ""
                }
            )))
        }
    }
}
