//! `vpnmine users ...`: accounts, managed by admins (list, show, create, update, disable,
//! enable, delete, reset-password, import), and each user's dashboard.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::GlobalArgs;
use super::analytics::object;
use super::auth::{check_password_transport, new_password};
use super::pages::{self, PageArgs};
use crate::client::operations::{
    CreateUser, DeleteUser, DisableUser, EnableUser, ImportUsers, ResetUserPassword, UpdateUser,
    User, UserDashboard, Users, create_user, delete_user, disable_user, enable_user, import_users,
    reset_user_password, update_user, user, user_dashboard as ops, users,
};
use crate::error::CliError;
use crate::output::{Column, Output};

/// Rows per `importUsers` call: the server's most.
pub const IMPORT_BATCH: usize = 100;
/// Longest CSV cell sent, in characters: longer ones are refused before anything is sent.
const MAX_CELL_CHARS: usize = 1024;
/// Most data rows one import file may hold.
const MAX_IMPORT_FILE_ROWS: usize = 100_000;
/// Largest import file read.
const MAX_IMPORT_FILE_BYTES: u64 = 64 << 20;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List accounts (admins): filter by role, user type, status or a search text.
    #[command(after_help = "Deleted accounts are listed only with --status deleted.

Examples:
  vpnmine users list
  vpnmine users list --role operator --status active --all -o csv > operators.csv
  vpnmine users list --search ali -o json | jq -r '.[].id'")]
    List(ListArgs),
    /// Show one account (admins), deleted ones included.
    #[command(after_help = "Examples:
  vpnmine users show usr-1a2b3c4d
  vpnmine users show usr-1a2b3c4d -o json | jq -r .vpnUuid")]
    Show(UserIdArg),
    /// Create an account (admins) with a fresh VLESS client id.
    #[command(
        after_help = "Prompts for the password (twice) on a terminal; without one, pass
--password-stdin and the password as the first line of stdin. The server's password policy
applies (12 characters by default, not containing the username, not a common password).
Usernames are unique in any case, deleted accounts' included.

Examples:
  vpnmine users create olga --role operator --type premium
  printf '%s\\n' \"$PASSWORD\" | vpnmine users create bob --password-stdin -o json | jq -r .id"
    )]
    Create(CreateArgs),
    /// Change an account's role and/or user type (admins).
    #[command(
        after_help = "The last active admin cannot be demoted. User type admin is for the admin role only.

Examples:
  vpnmine users update usr-1a2b3c4d --role operator
  vpnmine users update usr-1a2b3c4d --type premium"
    )]
    Update(UpdateArgs),
    /// Disable an account (admins): it cannot log in, and its tokens are revoked at once.
    #[command(
        after_help = "Asks for confirmation on a terminal; without one, pass --yes.

Examples:
  vpnmine users disable usr-1a2b3c4d
  vpnmine users disable usr-1a2b3c4d --yes -o json | jq .revokedTokens"
    )]
    Disable(DestructiveArgs),
    /// Enable a disabled account again (admins).
    #[command(after_help = "Examples:
  vpnmine users enable usr-1a2b3c4d")]
    Enable(UserIdArg),
    /// Delete an account (admins): tokens revoked, login refused, ledger and history kept.
    #[command(
        after_help = "Deleting is soft and final: the account stays in the ledger, sessions and
audit log, its username stays reserved, and it cannot be enabled again. Asks for confirmation on
a terminal; without one, pass --yes.

Examples:
  vpnmine users delete usr-1a2b3c4d
  vpnmine users delete usr-1a2b3c4d --yes"
    )]
    Delete(DestructiveArgs),
    /// Set a new password for an account (admins); its sessions are logged out.
    #[command(
        name = "reset-password",
        after_help = "Prompts for the new password (twice) on a
terminal; without one, pass --password-stdin.

Examples:
  vpnmine users reset-password usr-1a2b3c4d
  printf '%s\\n' \"$NEW_PASSWORD\" | vpnmine users reset-password usr-1a2b3c4d --password-stdin"
    )]
    ResetPassword(ResetArgs),
    /// Create many accounts from a CSV file (admins), in batches written all or nothing.
    #[command(
        after_help = "The file has a header row naming its columns: username and role
(user, operator, admin) are required; user_type (free, premium, admin; default: admin for
admins, free otherwise) and password are optional. A row without a password gets a generated
one, shown once in the report. Rows are reported by their line in the file (the header is row 1).

Each batch of 100 rows is written all or nothing: one bad row leaves its batch unwritten. A
rerun is safe: accounts that exist with the same role and user type are UNCHANGED. Exits 2 when
any row failed, after printing the report.

Example file:
  username,role,user_type,password
  olga,operator,premium,
  bob,user,,a long passphrase here

Examples:
  vpnmine users import --from people.csv --dry-run
  vpnmine users import --from people.csv -o csv > report.csv"
    )]
    Import(ImportArgs),
    /// One user's dashboard: account, open session, statistics and mining. Your own, or
    /// anyone's with the admin role.
    #[command(after_help = "Examples:
  vpnmine users dashboard usr-user
  vpnmine users dashboard usr-operator -o json | jq .mining")]
    Dashboard(DashboardArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    User,
    Operator,
    Admin,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TypeArg {
    Free,
    Premium,
    Admin,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Active,
    Disabled,
    Deleted,
}

/// The schema's name of a value (USER, PREMIUM, DISABLED...).
fn api_name(value: impl ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_ascii_uppercase())
        .unwrap_or_default()
}

/// A schema enum of a generated operation, from its name: each operation has its own copy of
/// the schema's enums.
fn schema_enum<T: DeserializeOwned>(value: impl ValueEnum) -> Result<T, CliError> {
    serde_json::from_value(Value::String(api_name(value)))
        .map_err(|e| CliError::failed(format!("cannot encode an enum value: {e}")))
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,
    /// User type (rate-limit class).
    #[arg(long = "type", value_enum)]
    pub user_type: Option<TypeArg>,
    /// Omitted: active and disabled accounts.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// A part of the username (any case), or an exact id (up to 64 characters).
    #[arg(long)]
    pub search: Option<String>,
    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Args)]
pub struct UserIdArg {
    /// The account's id (e.g. usr-1a2b3c4d; `vpnmine users list` shows them).
    #[arg(value_name = "USER_ID")]
    pub user_id: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// 1-64 ASCII letters, digits and ._-@, starting with a letter or digit.
    #[arg(value_name = "USERNAME")]
    pub username: String,
    #[arg(long, value_enum, default_value = "user")]
    pub role: RoleArg,
    /// User type [default: admin for admins, free otherwise].
    #[arg(long = "type", value_enum)]
    pub user_type: Option<TypeArg>,
    /// Read the password from the first line of stdin.
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub id: UserIdArg,
    #[arg(long, value_enum, required_unless_present = "user_type")]
    pub role: Option<RoleArg>,
    #[arg(long = "type", value_enum)]
    pub user_type: Option<TypeArg>,
}

#[derive(Debug, Args)]
pub struct DestructiveArgs {
    #[command(flatten)]
    pub id: UserIdArg,
    /// Do not ask for confirmation (needed without a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    #[command(flatten)]
    pub id: UserIdArg,
    /// Read the new password from the first line of stdin.
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (header: username,role[,user_type][,password]).
    #[arg(long, value_name = "FILE.csv")]
    pub from: PathBuf,
    /// Check every row and report what would happen; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// The user's id (e.g. usr-user; `vpnmine auth status` shows yours).
    #[arg(value_name = "USER_ID")]
    pub user_id: String,
}

pub async fn run(command: UsersCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        UsersCommand::List(args) => list(args, global).await,
        UsersCommand::Show(args) => show(args, global).await.map(Some),
        UsersCommand::Create(args) => create(args, global).await.map(Some),
        UsersCommand::Update(args) => update(args, global).await.map(Some),
        UsersCommand::Disable(args) => disable(args, global).await.map(Some),
        UsersCommand::Enable(args) => enable(args, global).await.map(Some),
        UsersCommand::Delete(args) => delete(args, global).await.map(Some),
        UsersCommand::ResetPassword(args) => reset_password(args, global).await.map(Some),
        UsersCommand::Import(args) => import(args, global).await.map(Some),
        UsersCommand::Dashboard(args) => dashboard(args, global).await.map(Some),
    }
}

/// User ids are opaque: 1-128 characters of letters, digits and `-_.:@`.
fn validate_user_id(input: &str) -> Result<(), CliError> {
    let ok = !input.is_empty()
        && input.chars().count() <= 128
        && input
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:@".contains(c));
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(format!(
            "invalid USER_ID '{}': expected 1-128 letters, digits or -_.:@",
            input.escape_debug()
        )))
    }
}

async fn dashboard(args: DashboardArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.user_id)?;
    let client = global.client().await?;
    let data = client
        .run::<UserDashboard>(ops::Variables {
            user_id: args.user_id,
        })
        .await?;
    Ok(Output::Record(Value::Object(object(&data.user_dashboard))))
}

/// The columns of `users list`.
pub fn account_columns() -> Vec<Column> {
    vec![
        Column::new("ID", "id"),
        Column::new("USERNAME", "username"),
        Column::new("ROLE", "role"),
        Column::new("TYPE", "userType"),
        Column::new("STATUS", "status"),
        Column::new("CREATED", "createdAt"),
    ]
}

/// The columns of the `users import` report.
pub fn import_columns() -> Vec<Column> {
    vec![
        Column::new("ROW", "row"),
        Column::new("USERNAME", "username"),
        Column::new("ACTION", "action"),
        Column::new("USER ID", "userId"),
        Column::new("MESSAGE", "message"),
        Column::new("GENERATED PASSWORD", "generatedPassword"),
    ]
}

async fn list(args: ListArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    if args.search.as_ref().is_some_and(|s| s.chars().count() > 64) {
        return Err(CliError::usage("--search must be at most 64 characters"));
    }
    let filter = users::UserFilter {
        role: args.role.map(schema_enum).transpose()?,
        user_type: args.user_type.map(schema_enum).transpose()?,
        status: args.status.map(schema_enum).transpose()?,
        search: args.search,
    };
    let client = global.client().await?;
    pages::list_pages!(
        client,
        &args.pages,
        global,
        "accounts",
        account_columns(),
        Users in users.users,
        |pagination| users::Variables {
            filter: Some(filter.clone()),
            pagination,
        }
    )
    .await
}

async fn show(args: UserIdArg, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.user_id)?;
    let client = global.client().await?;
    let data = client
        .run::<User>(user::Variables { id: args.user_id })
        .await?;
    Ok(Output::Record(Value::Object(object(&data.user))))
}

async fn create(args: CreateArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let username = args.username.trim().to_string();
    crate::domain::password::validate_username(&username)
        .map_err(|e| CliError::usage(format!("USERNAME: {e}")))?;
    check_password_transport(&global.selection()?)?;
    let password = new_password(
        args.password_stdin,
        &global.terminal,
        &format!("Password for {username}"),
    )?;
    let input = create_user::CreateUserInput {
        username,
        password,
        role: schema_enum(args.role)?,
        user_type: args.user_type.map(schema_enum).transpose()?,
    };
    let client = global.client().await?;
    let data = client
        .run::<CreateUser>(create_user::Variables { input })
        .await?;
    Ok(Output::Record(Value::Object(object(&data.create_user))))
}

async fn update(args: UpdateArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.id.user_id)?;
    let input = update_user::UpdateUserInput {
        user_id: args.id.user_id,
        role: args.role.map(schema_enum).transpose()?,
        user_type: args.user_type.map(schema_enum).transpose()?,
    };
    let client = global.client().await?;
    let data = client
        .run::<UpdateUser>(update_user::Variables { input })
        .await?;
    Ok(Output::Record(Value::Object(object(&data.update_user))))
}

/// Asks before a destructive change on a terminal (unless --yes); refuses without one.
fn confirm_change(
    args: &DestructiveArgs,
    global: &GlobalArgs,
    verb: &str,
    what: &str,
) -> Result<(), CliError> {
    if args.yes {
        return Ok(());
    }
    super::confirm(
        &global.terminal,
        &format!("users {verb} {what}: pass --yes to confirm; no terminal to ask on"),
        &format!("{} {}? {what}", capitalise(verb), args.id.user_id),
    )
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An account and how many of its tokens a change revoked, as one record.
fn with_revoked(user: &impl serde::Serialize, revoked: i64) -> Output {
    let mut record = object(user);
    record.insert("revokedTokens".into(), json!(revoked));
    Output::Record(Value::Object(record))
}

async fn disable(args: DestructiveArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.id.user_id)?;
    confirm_change(
        &args,
        global,
        "disable",
        "It cannot log in and its sessions end now.",
    )?;
    let client = global.client().await?;
    let data = client
        .run::<DisableUser>(disable_user::Variables {
            user_id: args.id.user_id,
        })
        .await?
        .disable_user;
    Ok(with_revoked(&data.user, data.revoked_tokens))
}

async fn enable(args: UserIdArg, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.user_id)?;
    let client = global.client().await?;
    let data = client
        .run::<EnableUser>(enable_user::Variables {
            user_id: args.user_id,
        })
        .await?;
    Ok(Output::Record(Value::Object(object(&data.enable_user))))
}

async fn delete(args: DestructiveArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.id.user_id)?;
    confirm_change(
        &args,
        global,
        "delete",
        "This cannot be undone; its ledger and history are kept.",
    )?;
    let client = global.client().await?;
    let data = client
        .run::<DeleteUser>(delete_user::Variables {
            user_id: args.id.user_id,
        })
        .await?
        .delete_user;
    Ok(with_revoked(&data.user, data.revoked_tokens))
}

async fn reset_password(args: ResetArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    validate_user_id(&args.id.user_id)?;
    check_password_transport(&global.selection()?)?;
    let password = new_password(args.password_stdin, &global.terminal, "New password")?;
    let client = global.client().await?;
    let data = client
        .run::<ResetUserPassword>(reset_user_password::Variables {
            user_id: args.id.user_id,
            new_password: password,
        })
        .await?
        .reset_user_password;
    Ok(with_revoked(&data.user, data.revoked_tokens))
}

/// Reads the import file into rows, checking its header and the size of every cell before
/// anything is sent.
fn read_import_file(path: &std::path::Path) -> Result<Vec<import_users::ImportUserRow>, CliError> {
    let bad = |e: std::io::Error| CliError::usage(format!("--from {}: {e}", path.display()));
    let size = std::fs::metadata(path).map_err(bad)?.len();
    if size > MAX_IMPORT_FILE_BYTES {
        return Err(CliError::usage(format!(
            "--from {}: the file is larger than {MAX_IMPORT_FILE_BYTES} bytes: split it",
            path.display()
        )));
    }
    let text = std::fs::read(path).map_err(bad)?;
    parse_import(&text, &path.display().to_string())
}

/// The rows of an import file. Row numbers are the file's line numbers (the header is 1), as
/// a spreadsheet or an editor shows them, blank lines included.
fn parse_import(text: &[u8], name: &str) -> Result<Vec<import_users::ImportUserRow>, CliError> {
    let bad = |message: String| CliError::usage(format!("{name}: {message}"));
    // A record's position is where the reader resumed, before the line ends (and blank lines)
    // it skipped: its first line is the first one after them.
    let line_of = |byte: u64| {
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        while text.get(start).is_some_and(|b| *b == b'\r' || *b == b'\n') {
            start += 1;
        }
        1 + text[..start].iter().filter(|b| **b == b'\n').count()
    };
    let mut csv = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text);
    let header = csv
        .headers()
        .map_err(|e| bad(format!("cannot read the header row: {e}")))?
        .clone();
    let mut columns = [None; 4];
    const NAMES: [&str; 4] = ["username", "role", "user_type", "password"];
    for (i, title) in header.iter().enumerate() {
        let key = title.trim_start_matches('\u{feff}').to_ascii_lowercase();
        match NAMES.iter().position(|n| *n == key) {
            Some(at) if columns[at].is_none() => columns[at] = Some(i),
            Some(_) => {
                return Err(bad(format!(
                    "the column '{key}' appears twice in the header"
                )));
            }
            None => {
                return Err(bad(format!(
                    "unknown column '{}' in the header: expected username, role, user_type, password",
                    title.escape_debug()
                )));
            }
        }
    }
    let (Some(username), Some(role)) = (columns[0], columns[1]) else {
        return Err(bad(
            "the header must name the columns username and role".into()
        ));
    };
    let mut rows = Vec::new();
    for record in csv.records() {
        let record = record.map_err(|e| bad(format!("{e}")))?;
        let line = record.position().map_or(0, |p| line_of(p.byte()));
        if rows.len() >= MAX_IMPORT_FILE_ROWS {
            return Err(bad(format!(
                "more than {MAX_IMPORT_FILE_ROWS} rows: split the file"
            )));
        }
        if let Some(cell) = record.iter().find(|c| c.chars().count() > MAX_CELL_CHARS) {
            return Err(bad(format!(
                "row {line}: a cell of {} characters (at most {MAX_CELL_CHARS})",
                cell.chars().count()
            )));
        }
        let cell = |at: Option<usize>| at.and_then(|i| record.get(i)).map(str::to_string);
        rows.push(import_users::ImportUserRow {
            row: i64::try_from(line).unwrap_or(i64::MAX),
            username: cell(Some(username)).unwrap_or_default(),
            role: cell(Some(role)).unwrap_or_default(),
            user_type: cell(columns[2]).filter(|c| !c.is_empty()),
            password: cell(columns[3]).filter(|c| !c.is_empty()),
        });
    }
    if rows.is_empty() {
        return Err(bad("no rows under the header".into()));
    }
    Ok(rows)
}

async fn import(args: ImportArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let rows = read_import_file(&args.from)?;
    check_password_transport(&global.selection()?)?;
    let client = global.client().await?;
    let bar = pages::progress(global, rows.len() as u64, "{bar:30} {pos}/{len} rows {msg}");
    let (mut report, mut created, mut failed, mut generated) = (Vec::new(), 0, 0, 0);
    for batch in rows.chunks(IMPORT_BATCH) {
        let result = client
            .run::<ImportUsers>(import_users::Variables {
                rows: batch.to_vec(),
                dry_run: Some(args.dry_run),
            })
            .await
            .inspect_err(|_| bar.finish_and_clear())?
            .import_users;
        created += result.created;
        failed += result.failed;
        generated += result
            .rows
            .iter()
            .filter(|r| r.generated_password.is_some())
            .count();
        report.extend(
            result
                .rows
                .iter()
                .map(|r| serde_json::to_value(r).unwrap_or(Value::Null)),
        );
        bar.inc(batch.len() as u64);
    }
    bar.finish_and_clear();
    if !global.quiet {
        let verb = if args.dry_run { "checked" } else { "imported" };
        eprintln!(
            "{} row(s) {verb}: {created} created, {failed} failed.",
            rows.len()
        );
        if generated > 0 {
            eprintln!(
                "The report holds {generated} generated password(s): they are shown only now."
            );
        }
    }
    let output = Output::list(import_columns(), report);
    if failed > 0 {
        return Err(CliError::usage(format!(
            "{failed} row(s) failed; their batches were not written: fix them and run the import again (existing accounts are UNCHANGED)"
        ))
        .with_output(output));
    }
    Ok(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value at a dotted `path` of `value`.
    fn at<'a>(value: &'a Value, path: &str) -> &'a Value {
        path.split('.').fold(value, |v, key| &v[key])
    }

    /// Output columns name fields of the typed answers: a renamed field would render as null.
    #[test]
    fn every_column_resolves_in_a_typed_answer() {
        let account = json!({
            "id": "usr-1", "username": "olga", "role": "OPERATOR", "userType": "PREMIUM",
            "status": "ACTIVE", "vpnUuid": "6ba85179-e30d-4fc2-9a1b-0123456789ab",
            "createdAt": "2026-01-01T00:00:00Z", "disabledAt": null, "deletedAt": null,
        });
        let typed: users::UsersUsersItems = serde_json::from_value(account).unwrap();
        let typed = serde_json::to_value(typed).unwrap();
        for column in account_columns() {
            assert!(!at(&typed, column.path).is_null(), "{}", column.path);
        }
        let report = json!({
            "row": 2, "username": "olga", "action": "CREATED", "message": "m",
            "userId": "usr-1", "generatedPassword": "p",
        });
        let typed: import_users::ImportUsersImportUsersRows =
            serde_json::from_value(report).unwrap();
        let typed = serde_json::to_value(typed).unwrap();
        for column in import_columns() {
            assert!(!at(&typed, column.path).is_null(), "{}", column.path);
        }
    }

    #[test]
    fn import_files_need_a_known_header_and_keep_line_numbers() {
        let rows = parse_import(
            "Username,ROLE,password\r\nolga,operator,a long passphrase\r\n\r\nbob,user,\r\n"
                .as_bytes(),
            "f.csv",
        )
        .unwrap();
        let got: Vec<(i64, &str, &str, Option<&str>)> = rows
            .iter()
            .map(|r| {
                (
                    r.row,
                    r.username.as_str(),
                    r.role.as_str(),
                    r.password.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (2, "olga", "operator", Some("a long passphrase")),
                (4, "bob", "user", None)
            ]
        );
        let long = format!("username,role\n{},user\n", "a".repeat(MAX_CELL_CHARS + 1));
        for (text, needle) in [
            ("username,email\nolga,o@x\n", "unknown column 'email'"),
            ("username,user_type\nolga,free\n", "username and role"),
            ("username,role,role\nolga,user,user\n", "twice"),
            ("username,role\n", "no rows"),
            ("username,role\nolga,user,extra\n", "f.csv"),
            (long.as_str(), "row 2"),
        ] {
            let e = parse_import(text.as_bytes(), "f.csv").unwrap_err();
            assert_eq!(e.kind, crate::error::ErrorKind::Usage, "{text}");
            assert!(e.message.contains(needle), "{text}: {e}");
        }
    }

    #[test]
    fn user_ids_are_checked_before_any_request() {
        for good in ["usr-user", "usr_1.a:b@c", "0f3c"] {
            assert!(validate_user_id(good).is_ok(), "{good}");
        }
        let long = "a".repeat(129);
        for bad in ["", "usr user", "usr/1", "über", "a\u{7}", long.as_str()] {
            let e = validate_user_id(bad).unwrap_err();
            assert!(e.message.contains("USER_ID"), "{bad}: {e}");
        }
    }
}
