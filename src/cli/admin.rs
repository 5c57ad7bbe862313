//! `vpnmine admin ...`: the admin views — dashboard, system health, security, audit — the
//! withdrawals admins decide on, and the database's maintenance; `admin backup` is in
//! `cli::backups`. Admins only.

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::GlobalArgs;
use super::analytics::{RangeArgs, object, take_list, time_range};
use super::pages::{self, PageArgs};
use super::wallet::{IdArg, StatusArg, status_of, withdrawal_columns, withdrawal_record};
use crate::client::operations::{
    AdminDashboard, ApproveWithdrawal, AuditLog, MaintenanceStatus, PayWithdrawal,
    RejectWithdrawal, RunMaintenance, SecurityMetrics, SystemHealth, TokenEconomy, Withdrawals,
    admin_dashboard, approve_withdrawal, audit_log, maintenance_status, pay_withdrawal,
    reject_withdrawal, run_maintenance, security_metrics, system_health, token_economy,
    withdrawals,
};
use crate::error::CliError;
use crate::output::{Column, Output, Section};

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// The network at a glance: overview, top servers, top users, token metrics and the token
    /// economy.
    #[command(after_help = "Examples:
  vpnmine admin dashboard
  vpnmine admin dashboard -o json | jq .networkOverview.totalServers")]
    Dashboard,
    /// The platform's health: overall status, each component, and service counters.
    #[command(after_help = "Examples:
  vpnmine admin health
  vpnmine admin health -o json | jq -r '.status.status'")]
    Health,
    /// Authentication counts, security incidents and protocol vulnerabilities in a window.
    #[command(after_help = "Examples:
  vpnmine admin security                             # the last 24 hours
  vpnmine admin security --from -7d -o json | jq '.securityIncidents | length'")]
    Security(RangeArgs),
    /// The audit log: every mutation made on the platform (but agents' heartbeats and logins),
    /// newest first, with who made it, its target ids, request id and result.
    #[command(after_help = "Examples:
  vpnmine admin audit                                # the last 7 days, first page
  vpnmine admin audit --user operator --operation claimMiningRewards --all
  vpnmine admin audit --from 2026-01-01 --to 2026-02-01 --all -o csv > audit.csv")]
    Audit(AuditArgs),
    /// The token economy: supply, circulation, spending, payouts, fees, held and pending
    /// withdrawals, and today's emission against the daily budget.
    #[command(
        after_help = "All amounts are exact decimal strings. circulating = supply - spent - paidOut (fees
move tokens to the platform account, which circulates too). dailyBudget and budgetLeft are
empty when the server runs with --daily-emission off. The same figures are the dashboard's
token economy panel.

Examples:
  vpnmine admin economy
  vpnmine admin economy -o json | jq -r .budgetLeft
  vpnmine admin economy -o csv >> economy.csv          # one row per run, e.g. from cron"
    )]
    Economy,
    /// Withdrawals of every account: list them, approve, reject, or mark them paid.
    #[command(subcommand)]
    Withdrawals(WithdrawalsCommand),
    /// The server's own backups in its backup folder: take one now, or list them.
    #[command(subcommand)]
    Backup(super::backups::BackupCommand),
    /// The database's tables and sizes, the retentions, and what the retention pass (hourly
    /// while serving) rolls up and deletes; `run` runs a pass now.
    #[command(
        after_help = "Raw metric samples older than the server's --retain-raw are rolled up to one row per
server and hour (its sums and sample count): every query keeps the same totals. Login
attempts, audit rows and finished webhook deliveries older than their --retain-* go.

Examples:
  vpnmine admin maintenance                           # the same as `show`
  vpnmine admin maintenance show -o json | jq '.nextPass.rowsRemoved'
  vpnmine admin maintenance run"
    )]
    Maintenance(MaintenanceArgs),
}

#[derive(Debug, Args)]
pub struct MaintenanceArgs {
    #[command(subcommand)]
    pub command: Option<MaintenanceCommand>,
}

#[derive(Debug, Subcommand)]
pub enum MaintenanceCommand {
    /// Tables with rows and bytes, the retentions, and what the next pass would do (default).
    #[command(after_help = "Examples:
  vpnmine admin maintenance show
  vpnmine admin maintenance show -o csv")]
    Show,
    /// Run a retention pass now (audited), and show what it did.
    #[command(after_help = "Examples:
  vpnmine admin maintenance run
  vpnmine admin maintenance run -o json | jq .pass.rowsRemoved")]
    Run,
}

#[derive(Debug, Subcommand)]
pub enum WithdrawalsCommand {
    /// Withdrawals, newest first.
    #[command(after_help = "Examples:
  vpnmine admin withdrawals list --status pending
  vpnmine admin withdrawals list --account usr-1a2b3c --all -o csv > withdrawals.csv")]
    List(AdminWithdrawalsArgs),
    /// Approve a pending withdrawal (it stays held until paid or rejected).
    #[command(after_help = "Examples:
  vpnmine admin withdrawals approve wdr-0a1b2c3d")]
    Approve(IdArg),
    /// Reject a pending or approved withdrawal with a reason; its hold is released.
    #[command(after_help = "Examples:
  vpnmine admin withdrawals reject wdr-0a1b2c3d --reason \"destination is a contract\"")]
    Reject(RejectArgs),
    /// Mark an approved withdrawal paid under the transfer's reference: releases the hold,
    /// charges the fee and records the payout at once.
    #[command(
        after_help = "Safe to repeat: paying again with the same reference (after a crash or a timeout)
answers the paid withdrawal and changes nothing; a different reference is refused (exit 2).

Examples:
  vpnmine admin withdrawals pay wdr-0a1b2c3d --reference 0x9f86d081884c7d65..."
    )]
    Pay(PayArgs),
}

#[derive(Debug, Args)]
pub struct AdminWithdrawalsArgs {
    /// Only withdrawals in this state.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Only this account's withdrawals (a user id).
    #[arg(long, value_name = "USER_ID")]
    pub account: Option<String>,
    #[command(flatten)]
    pub pages: PageArgs,
}

#[derive(Debug, Args)]
pub struct RejectArgs {
    /// The withdrawal's id.
    #[arg(value_name = "ID")]
    pub id: String,
    /// Why (shown to the account; 1-256 characters).
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct PayArgs {
    /// The withdrawal's id.
    #[arg(value_name = "ID")]
    pub id: String,
    /// The payout's reference, e.g. the transaction hash (1-256 characters).
    #[arg(long, value_name = "REF")]
    pub reference: String,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Start of the window: RFC 3339, a date, now/today/yesterday, or an offset like -7d.
    #[arg(
        long,
        default_value = "-7d",
        value_name = "TIME",
        allow_hyphen_values = true
    )]
    pub from: String,
    /// End of the window (same forms as --from); must be after --from.
    #[arg(
        long,
        default_value = "now",
        value_name = "TIME",
        allow_hyphen_values = true
    )]
    pub to: String,
    /// Only mutations of this account (a user id or a username).
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only this mutation: its root field name, e.g. claimMiningRewards.
    #[arg(long, value_name = "FIELD")]
    pub operation: Option<String>,
    #[command(flatten)]
    pub pages: PageArgs,
}

pub async fn run(command: AdminCommand, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    match command {
        AdminCommand::Dashboard => dashboard(global).await.map(Some),
        AdminCommand::Health => health(global).await.map(Some),
        AdminCommand::Security(range) => security(range, global).await.map(Some),
        AdminCommand::Audit(args) => audit(args, global).await,
        AdminCommand::Economy => economy(global).await.map(Some),
        AdminCommand::Withdrawals(command) => withdrawals(command, global).await,
        AdminCommand::Backup(command) => super::backups::run(command, global).await.map(Some),
        AdminCommand::Maintenance(args) => maintenance(args, global).await.map(Some),
    }
}

async fn maintenance(args: MaintenanceArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    match args.command.unwrap_or(MaintenanceCommand::Show) {
        MaintenanceCommand::Show => {
            let data = client
                .run::<MaintenanceStatus>(maintenance_status::Variables)
                .await?;
            let mut all = object(&data.maintenance_status);
            let tables = take_list(&mut all, "tables");
            let retention = take_list(&mut all, "retention");
            let next = all.remove("nextPass").unwrap_or(Value::Null);
            // What is left: the file's bytes, free bytes, sizesMeasured and rolledUpBefore.
            Ok(Output::Sections(vec![
                Section::new("database", "Database", Output::Record(Value::Object(all))),
                Section::new(
                    "tables",
                    "Tables",
                    Output::list(
                        vec![
                            Column::new("TABLE", "name"),
                            Column::new("ROWS", "rows"),
                            Column::new("BYTES", "bytes"),
                        ],
                        tables,
                    ),
                ),
                Section::new(
                    "retention",
                    "Retention",
                    Output::list(
                        vec![
                            Column::new("KIND", "kind"),
                            Column::new("KEEP", "keep"),
                            Column::new("SECONDS", "seconds"),
                        ],
                        retention,
                    ),
                ),
                Section::new("nextPass", "Next pass", Output::Record(next)),
            ]))
        }
        MaintenanceCommand::Run => {
            let data = client
                .run::<RunMaintenance>(run_maintenance::Variables)
                .await?;
            Ok(Output::Record(Value::Object(object(&data.run_maintenance))))
        }
    }
}

async fn withdrawals(
    command: WithdrawalsCommand,
    global: &GlobalArgs,
) -> Result<Option<Output>, CliError> {
    let client = global.client().await?;
    match command {
        WithdrawalsCommand::List(args) => {
            let status = args.status.map(|s| status_of!(withdrawals, s));
            pages::list_pages!(
                client,
                &args.pages,
                global,
                "withdrawals",
                withdrawal_columns(),
                Withdrawals in withdrawals.withdrawals,
                |pagination| withdrawals::Variables {
                    status: status.clone(),
                    account_id: args.account.clone(),
                    pagination,
                }
            )
            .await
        }
        WithdrawalsCommand::Approve(args) => {
            let data = client
                .run::<ApproveWithdrawal>(approve_withdrawal::Variables { id: args.id })
                .await?;
            Ok(Some(withdrawal_record(&data.approve_withdrawal)))
        }
        WithdrawalsCommand::Reject(args) => {
            let data = client
                .run::<RejectWithdrawal>(reject_withdrawal::Variables {
                    id: args.id,
                    reason: args.reason,
                })
                .await?;
            Ok(Some(withdrawal_record(&data.reject_withdrawal)))
        }
        WithdrawalsCommand::Pay(args) => {
            let data = client
                .run::<PayWithdrawal>(pay_withdrawal::Variables {
                    id: args.id,
                    payout_reference: args.reference,
                })
                .await?;
            Ok(Some(withdrawal_record(&data.pay_withdrawal)))
        }
    }
}

async fn economy(global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client.run::<TokenEconomy>(token_economy::Variables).await?;
    Ok(Output::Record(Value::Object(object(&data.token_economy))))
}

async fn dashboard(global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client
        .run::<AdminDashboard>(admin_dashboard::Variables)
        .await?;
    let mut all = object(&data.admin_dashboard);
    let overview = all.remove("networkOverview").unwrap_or(Value::Null);
    let top_servers = take_list(&mut all, "topServers");
    let top_users = take_list(&mut all, "topUsers");
    let mut tokens = match all.remove("tokenMetrics") {
        Some(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let activity = take_list(&mut tokens, "recentActivity");
    let economy = tokens.remove("tokenEconomy").unwrap_or(Value::Null);
    Ok(Output::Sections(vec![
        Section::new(
            "networkOverview",
            "Network overview",
            Output::Record(overview),
        ),
        Section::new(
            "topServers",
            "Top servers (most active connections)",
            Output::list(
                vec![
                    Column::new("SERVER ID", "serverId"),
                    Column::new("NAME", "serverName"),
                    Column::new("LOCATION", "location"),
                    Column::new("CONNS", "activeConnections"),
                    Column::new("CPU%", "cpuUsage"),
                    Column::new("MEM%", "memoryUsage"),
                    Column::new("NET%", "networkUtilization"),
                    Column::amount("EARNINGS", "tokenEarnings"),
                ],
                top_servers,
            ),
        ),
        Section::new(
            "topUsers",
            "Top users (most data, last 30 days)",
            Output::list(
                vec![
                    Column::new("USER ID", "userId"),
                    Column::new("USERNAME", "username"),
                    Column::new("CONNS", "activeConnections"),
                    Column::new("GB", "dataTransferred"),
                    Column::amount("TOKENS SPENT", "tokensSpent"),
                    Column::new("LAST ACTIVE", "lastActive"),
                ],
                top_users,
            ),
        ),
        Section::new(
            "tokenMetrics",
            "Token metrics",
            Output::Record(Value::Object(tokens)),
        ),
        Section::new(
            "recentActivity",
            "Token activity (per day, oldest first)",
            Output::list(
                vec![
                    Column::new("DAY", "timestamp"),
                    Column::amount("EARNED", "earned"),
                    Column::amount("SPENT", "spent"),
                ],
                activity,
            ),
        ),
        Section::new(
            "tokenEconomy",
            "Token economy statistics",
            Output::Record(economy),
        ),
    ]))
}

async fn health(global: &GlobalArgs) -> Result<Output, CliError> {
    let client = global.client().await?;
    let data = client.run::<SystemHealth>(system_health::Variables).await?;
    let mut all = object(&data.system_health);
    let components = take_list(&mut all, "components");
    let metrics = all.remove("metrics").unwrap_or(Value::Null);
    // What is left: status and lastUpdate.
    Ok(Output::Sections(vec![
        Section::new(
            "status",
            "System health",
            Output::Record(Value::Object(all)),
        ),
        Section::new(
            "components",
            "Components",
            Output::list(
                vec![
                    Column::new("NAME", "name"),
                    Column::new("STATUS", "status"),
                    Column::new("MESSAGE", "message"),
                    Column::new("LAST CHECK", "lastCheck"),
                ],
                components,
            ),
        ),
        Section::new("metrics", "Metrics", Output::Record(metrics)),
    ]))
}

async fn security(range: RangeArgs, global: &GlobalArgs) -> Result<Output, CliError> {
    let range = time_range(&range.from, &range.to)?;
    let client = global.client().await?;
    let data = client
        .run::<SecurityMetrics>(security_metrics::Variables {
            from: Some(range.from),
            to: Some(range.to),
        })
        .await?;
    let mut all = object(&data.security_metrics);
    let incidents = take_list(&mut all, "securityIncidents");
    let vulnerabilities = take_list(&mut all, "protocolVulnerabilities");
    Ok(Output::Sections(vec![
        Section::new("summary", "Security", Output::Record(Value::Object(all))),
        Section::new(
            "securityIncidents",
            "Security incidents",
            Output::list(
                vec![
                    Column::new("TIME", "timestamp"),
                    Column::new("KIND", "kind"),
                    Column::new("SEVERITY", "severity"),
                    Column::new("MESSAGE", "message"),
                ],
                incidents,
            ),
        ),
        Section::new(
            "protocolVulnerabilities",
            "Protocol vulnerabilities",
            Output::list(
                vec![
                    Column::new("SERVER ID", "serverId"),
                    Column::new("PROTOCOL", "protocol"),
                    Column::new("SEVERITY", "severity"),
                    Column::new("ISSUE", "issue"),
                ],
                vulnerabilities,
            ),
        ),
    ]))
}

async fn audit(args: AuditArgs, global: &GlobalArgs) -> Result<Option<Output>, CliError> {
    let range = time_range(&args.from, &args.to)?;
    let filter = audit_log::AuditLogFilter {
        from: Some(range.from),
        to: Some(range.to),
        user: args.user,
        operation: args.operation,
    };
    let client = global.client().await?;
    let columns = vec![
        Column::new("TIME", "timestamp"),
        Column::new("USER", "username"),
        Column::new("USER ID", "userId"),
        Column::new("OPERATION", "operation"),
        Column::new("TARGETS", "targetIds"),
        Column::new("RESULT", "result"),
        Column::new("REQUEST ID", "requestId"),
    ];
    pages::list_pages!(
        client,
        &args.pages,
        global,
        "audit rows",
        columns,
        AuditLog in audit_log.audit_log,
        |pagination| audit_log::Variables {
            filter: Some(filter.clone()),
            pagination,
        }
    )
    .await
}
