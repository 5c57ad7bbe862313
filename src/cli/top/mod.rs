//! `vpnmine top`: a full-screen live view of the network, fed by the server list (fetched
//! again on an interval) and the platform's subscriptions (metric updates and alert events).
//!
//! The data lives in a [`state::State`]; keys change it ([`state::State::on_key`]) and
//! [`view::draw`] draws it, so both are tested without a terminal. This module connects
//! them to the platform and to the screen.

mod state;
mod view;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use crossterm::event::{Event, EventStream};
use futures_util::StreamExt;
use graphql_client::GraphQLQuery;
use ratatui::backend::{Backend as _, ClearType, TestBackend};
use ratatui::layout::Rect;
use serde_json::Value;
use tokio::sync::mpsc;

use self::state::{Action, Link, Sample, Server, SortKey, State};
use super::GlobalArgs;
use super::args::ProtocolArg;
use super::metrics::{self, follow_with};
use crate::client::operations::{
    AlertEvents, Alerts, MetricUpdates, ServerMetrics, alert_events, alerts, metric_updates,
    server_metrics,
};
use crate::client::{Client, Endpoint, embedded};
use crate::domain::protocol::ProtocolType;
use crate::error::CliError;
use crate::output::Format;

/// Pages of firing alerts read at most (the header shows their number).
const ALERT_PAGES: i64 = 20;
/// How often new data is drawn, at most: keys are drawn at once.
const REDRAW: Duration = Duration::from_secs(1);
/// The past a selected server's charts start with, when the updates have brought few samples.
const PAST: chrono::TimeDelta = chrono::TimeDelta::hours(1);
/// Below this many samples, the selected server's past is fetched (once per server).
const FEW_SAMPLES: usize = 5;
/// How long `--once` waits for a live update before drawing the server list alone.
const ONCE_WAIT: Duration = Duration::from_secs(3);
/// The frame of `--once` when neither `--size` nor the terminal says.
const ONCE_SIZE: (u16, u16) = (100, 30);

#[derive(Debug, Args)]
#[command(
    after_help = "Keys: q, Esc or Ctrl-C quit; arrows or j/k select; c, m, n, l, b sort by \
CPU, memory, connections, latency, balance (again: reverse); p and r cycle the protocol and \
region filters; / searches by name; x clears the filters; Ctrl-L repaints.

Examples:
  vpnmine top
  vpnmine top --sort connections --region eu-west
  vpnmine top --once --size 100x30 > network.txt   # one frame as text, no terminal needed"
)]
pub struct TopArgs {
    /// Sort the table by this, largest first (keys c, m, n, l, b).
    #[arg(long, value_enum, default_value_t = SortKey::Cpu)]
    pub sort: SortKey,
    /// Only servers offering this protocol (key p).
    #[arg(long, value_enum)]
    pub protocol: Option<ProtocolArg>,
    /// Only servers in this region, e.g. eu-west (key r).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Only servers whose name or id contains this (key /).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// How often the server list is fetched again (live figures arrive as they happen).
    #[arg(long, default_value = "15s", value_parser = parse_refresh)]
    pub refresh: Duration,
    /// Print one frame as plain text and exit: no terminal needed.
    #[arg(long)]
    pub once: bool,
    /// The frame's size for --once, COLSxROWS [default: the terminal's, else 100x30].
    #[arg(long, requires = "once", value_name = "COLSxROWS", value_parser = parse_size)]
    pub size: Option<(u16, u16)>,
}

fn parse_refresh(input: &str) -> Result<Duration, String> {
    let every = crate::domain::dates::parse_duration(input).map_err(|e| e.to_string())?;
    if every < Duration::from_secs(1) {
        return Err("the refresh interval is at least 1s".into());
    }
    Ok(every)
}

/// `COLSxROWS`, each 1 to 1000.
fn parse_size(input: &str) -> Result<(u16, u16), String> {
    let bad = || format!("expected COLSxROWS such as 100x30, got {input:?}");
    let (cols, rows) = input.trim().split_once(['x', 'X']).ok_or_else(bad)?;
    let number = |text: &str| {
        text.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
    };
    Ok((number(cols).ok_or_else(bad)?, number(rows).ok_or_else(bad)?))
}

pub async fn run(args: TopArgs, global: &GlobalArgs) -> Result<(), CliError> {
    let hint = "for a stream of updates use `vpnmine metrics watch -o json`; for one frame as \
                text, `vpnmine top --once`";
    if global.output != Format::Table {
        return Err(
            CliError::usage("`vpnmine top` draws a screen: it has no -o json or csv")
                .with_hint(hint),
        );
    }
    if !args.once && !global.terminal.stdout {
        return Err(
            CliError::usage("`vpnmine top` draws on a terminal, and stdout is not one")
                .with_hint(hint),
        );
    }
    if Endpoint::parse(&global.endpoint)? == Endpoint::Local {
        // The local platform has no real agents: let its demo agents report every second.
        embedded::simulate_agents(Duration::from_secs(1));
    }
    let client = global.client().await?;
    let mut state = initial_state(&args, global);
    if args.once {
        state.set_servers(fetch_servers(&client, None).await?);
        state.firing = fetch_firing(&client).await;
        return once(&client, state, args.size, global).await;
    }
    // One page before the screen opens: a platform that refuses or cannot be reached says so
    // on a normal terminal, with its exit code. The rest (21 pages on a 10,000-server network)
    // comes in once the screen is up.
    state.set_servers(fetch_servers(&client, Some(1)).await?);
    interactive(Arc::new(client), state, args.refresh).await
}

fn initial_state(args: &TopArgs, global: &GlobalArgs) -> State {
    let mut state = State::new(global.endpoint.clone());
    state.sort = args.sort;
    state.protocol = args
        .protocol
        .map(|p| ProtocolType::from(p).as_str().to_string());
    state.region = args.region.clone();
    state.search = args.search.clone().unwrap_or_default();
    state
}

/// Every server, or the first `pages` pages, as the view holds them.
async fn fetch_servers(client: &Client, pages: Option<i64>) -> Result<Vec<Server>, CliError> {
    let servers = super::servers::every_server(client, pages).await?;
    Ok(servers
        .iter()
        .filter_map(|item| serde_json::to_value(item).ok())
        .filter_map(|item| Server::from_api(&item))
        .collect())
}

/// The ids of the firing alerts; `None` when the caller may not see alerts (or they could not
/// be read: the header then leaves them out rather than show a wrong zero).
async fn fetch_firing(client: &Client) -> Option<HashSet<String>> {
    let mut firing = HashSet::new();
    for page in 1..=ALERT_PAGES {
        let result = client
            .run::<Alerts>(alerts::Variables {
                filter: Some(alerts::AlertFilter {
                    active: Some(true),
                    severity: None,
                    rule_id: None,
                    server_id: None,
                    from: None,
                    to: None,
                }),
                pagination: Some(alerts::PaginationInput {
                    page,
                    size: i64::from(crate::domain::LARGEST_PAGE),
                    sort: None,
                }),
            })
            .await
            .ok()?
            .alerts;
        firing.extend(result.items.into_iter().map(|alert| alert.id));
        if !result.page_info.has_next {
            break;
        }
    }
    Some(firing)
}

/// The body (query, operation name) and the variables of a subscription, as `follow_with`
/// takes them: `{}` when it has no variables (graphql_client encodes those as null).
fn subscription<Q: GraphQLQuery>(variables: Q::Variables) -> ((&'static str, &'static str), Value)
where
    Q::Variables: serde::Serialize,
{
    let body = Q::build_query(variables);
    let variables = match serde_json::to_value(&body.variables) {
        Ok(Value::Null) | Err(_) => Value::Object(serde_json::Map::new()),
        Ok(variables) => variables,
    };
    ((body.query, body.operation_name), variables)
}

/// `--once`: the list, the first live update if one comes soon, drawn once as text.
async fn once(
    client: &Client,
    mut state: State,
    size: Option<(u16, u16)>,
    global: &GlobalArgs,
) -> Result<(), CliError> {
    let ((query, name), variables) = subscription::<MetricUpdates>(metric_updates::Variables {});
    let first = async {
        let mut live = client.subscribe(query, name, variables).await.ok()?;
        let update = live.next().await.ok();
        live.close().await;
        update
    };
    if let Ok(Some(update)) = tokio::time::timeout(ONCE_WAIT, first).await {
        state.apply_update(&update["metricUpdates"]);
    }
    state.link = Link::Snapshot;
    state.clock = clock();
    let terminal = global.terminal;
    let (cols, rows) = size
        .or(terminal.width.zip(terminal.height))
        .unwrap_or(ONCE_SIZE);
    let text = render_text(&mut state, cols, rows);
    metrics::write_line(text.trim_end_matches('\n')).map(|_| ())
}

/// One frame of `cols` x `rows` as text.
fn render_text(state: &mut State, cols: u16, rows: u16) -> String {
    // Drawing into memory cannot fail (its error type is `Infallible`).
    let Ok(mut terminal) = ratatui::Terminal::new(TestBackend::new(cols, rows));
    state.page = view::table_rows(Rect::new(0, 0, cols, rows));
    let Ok(_) = terminal.draw(|frame| view::draw(frame, state));
    view::to_text(terminal.backend().buffer())
}

fn clock() -> String {
    chrono::Local::now().format("%H:%M:%S").to_string()
}

/// What the feeds hand to the screen.
enum Feed {
    Servers(Result<Vec<Server>, CliError>),
    Firing(Option<HashSet<String>>),
    Update(Value),
    Alert(Value),
    Link(Link),
    /// A server's past figures, oldest first.
    History(String, Vec<Sample>),
    /// The platform refused the metric updates: nothing will come.
    Refused(CliError),
}

/// The full-screen view until a quit key, a signal or an error. The terminal is restored on
/// every way out: here on return, and by ratatui's panic hook on a panic.
async fn interactive(
    client: Arc<Client>,
    mut state: State,
    refresh: Duration,
) -> Result<(), CliError> {
    let (tx, rx) = mpsc::unbounded_channel();
    let tasks = [
        tokio::spawn(list_feed(client.clone(), tx.clone(), refresh)),
        tokio::spawn(metrics_feed(client.clone(), tx.clone())),
        tokio::spawn(alerts_feed(client.clone(), tx.clone())),
    ];
    let feeds = Feeds {
        client,
        tx,
        asked: HashSet::new(),
    };
    let result = match ratatui::try_init() {
        Ok(mut terminal) => {
            let result = screen(&mut terminal, &mut state, rx, feeds).await;
            // Shows the cursor again.
            drop(terminal);
            result
        }
        Err(e) => Err(CliError::failed(format!("cannot open the screen: {e}"))),
    };
    ratatui::restore();
    for task in tasks {
        task.abort();
    }
    result
}

/// What the screen asks for itself: the past of the servers it shows.
struct Feeds {
    client: Arc<Client>,
    tx: mpsc::UnboundedSender<Feed>,
    /// Servers whose past was asked for (once each).
    asked: HashSet<String>,
}

impl Feeds {
    /// Fetches the selected server's past when its charts have few samples.
    fn past_of_selected(&mut self, state: &State) {
        let Some((id, samples)) = state.selected_history() else {
            return;
        };
        if samples < FEW_SAMPLES && self.asked.insert(id.clone()) {
            tokio::spawn(past(self.client.clone(), id, self.tx.clone()));
        }
    }
}

async fn screen(
    terminal: &mut ratatui::DefaultTerminal,
    state: &mut State,
    mut feed: mpsc::UnboundedReceiver<Feed>,
    mut feeds: Feeds,
) -> Result<(), CliError> {
    let mut keys = EventStream::new();
    let mut redraw = tokio::time::interval(REDRAW);
    redraw.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut dirty = true;
    let terminated = terminated();
    tokio::pin!(terminated);
    loop {
        let mut draw_now = false;
        tokio::select! {
            event = keys.next() => match event {
                Some(Ok(Event::Key(key))) => match state.on_key(key) {
                    Action::Quit => return Ok(()),
                    Action::Redraw => draw_now = true,
                    Action::Repaint => {
                        repaint(terminal)?;
                        draw_now = true;
                    }
                    Action::None => {}
                },
                Some(Ok(Event::Resize(..))) => draw_now = true,
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(CliError::failed(format!("cannot read keys: {e}"))),
                // The terminal went away.
                None => return Ok(()),
            },
            Some(item) = feed.recv() => {
                apply(state, item)?;
                dirty = true;
            }
            _ = redraw.tick() => draw_now = dirty,
            () = &mut terminated => return Ok(()),
        }
        if draw_now {
            feeds.past_of_selected(state);
            draw(terminal, state)?;
            dirty = false;
        }
    }
}

fn apply(state: &mut State, feed: Feed) -> Result<(), CliError> {
    match feed {
        Feed::Servers(Ok(servers)) => state.set_servers(servers),
        Feed::Servers(Err(error)) => state.list_error = Some(error.message),
        Feed::Firing(firing) => state.firing = firing,
        Feed::Update(update) => state.apply_update(&update),
        Feed::Alert(event) => state.apply_alert(&event),
        Feed::Link(link) => {
            // An update says "live" itself; "connected" without one yet is not news.
            if link != Link::Live {
                state.link = link;
            }
        }
        Feed::History(id, past) => state.seed_history(&id, past),
        Feed::Refused(error) => return Err(error),
    }
    Ok(())
}

/// Clears the screen and forgets what is on it, so that the next draw sends every cell.
/// (`Terminal::clear` would ask the terminal where its cursor is, and wait for the answer.)
fn repaint(terminal: &mut ratatui::DefaultTerminal) -> Result<(), CliError> {
    let failed = |e: std::io::Error| CliError::failed(format!("cannot draw: {e}"));
    terminal
        .backend_mut()
        .clear_region(ClearType::All)
        .map_err(failed)?;
    // A blank frame: what ratatui remembers of the screen is now blank, as the screen is.
    terminal
        .draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))
        .map_err(failed)?;
    Ok(())
}

fn draw(terminal: &mut ratatui::DefaultTerminal, state: &mut State) -> Result<(), CliError> {
    let failed = |e: std::io::Error| CliError::failed(format!("cannot draw: {e}"));
    let size = terminal.size().map_err(failed)?;
    state.page = view::table_rows(Rect::new(0, 0, size.width, size.height));
    state.clock = clock();
    terminal
        .draw(|frame| view::draw(frame, state))
        .map_err(failed)?;
    Ok(())
}

/// SIGINT or SIGTERM from outside (in raw mode, Ctrl-C on the keyboard is a key).
async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The server list and the firing alerts, now and again every `refresh`.
async fn list_feed(client: Arc<Client>, tx: mpsc::UnboundedSender<Feed>, refresh: Duration) {
    loop {
        let servers = fetch_servers(&client, None).await;
        let firing = fetch_firing(&client).await;
        if tx.send(Feed::Servers(servers)).is_err() || tx.send(Feed::Firing(firing)).is_err() {
            return;
        }
        tokio::time::sleep(refresh).await;
    }
}

/// A server's last hour from `serverMetrics`, a sample a minute. Not for everyone (its owner
/// and admins): a refusal leaves the charts to the updates.
async fn past(client: Arc<Client>, id: String, tx: mpsc::UnboundedSender<Feed>) {
    let to = chrono::Utc::now();
    let answer = client
        .run::<ServerMetrics>(server_metrics::Variables {
            server_id: id.clone(),
            time_range: server_metrics::TimeRangeInput {
                from: to - PAST,
                to,
                interval: Some(server_metrics::MetricInterval::MINUTE),
            },
        })
        .await;
    let Ok(answer) = answer else {
        return;
    };
    let mut points = answer.server_metrics;
    points.sort_by_key(|point| point.timestamp);
    let samples = points
        .iter()
        .map(|point| {
            let metrics = &point.metrics;
            Sample {
                cpu: metrics.cpu.usage as f32,
                memory: metrics.memory.used as f32,
                network: (metrics.network.incoming + metrics.network.outgoing) as f32,
                connections: u32::try_from(metrics.network.connections.max(0)).unwrap_or(0),
            }
        })
        .collect();
    let _ = tx.send(Feed::History(id, samples));
}

/// Metric updates, reconnecting on its own; the link's state goes to the header.
async fn metrics_feed(client: Arc<Client>, tx: mpsc::UnboundedSender<Feed>) {
    let (body, variables) = subscription::<MetricUpdates>(metric_updates::Variables {});
    let on_link = |link: metrics::Link<'_>| {
        let link = match link {
            metrics::Link::Up => Link::Live,
            metrics::Link::Down { error, retry_in } => Link::Reconnecting(format!(
                "{}; again in {}s",
                error.message,
                retry_in.as_secs()
            )),
        };
        let _ = tx.send(Feed::Link(link));
    };
    let on_item = |update: &Value| Ok(tx.send(Feed::Update(update.clone())).is_ok());
    let followed = follow_with(&client, body, variables, "metricUpdates", on_link, on_item).await;
    if let Err(error) = followed {
        let _ = tx.send(Feed::Refused(error));
    }
}

/// Alert events for the header's count. A caller who may not see alerts is refused them, and
/// the header leaves alerts out.
async fn alerts_feed(client: Arc<Client>, tx: mpsc::UnboundedSender<Feed>) {
    let (body, variables) =
        subscription::<AlertEvents>(alert_events::Variables { min_severity: None });
    let on_item = |event: &Value| Ok(tx.send(Feed::Alert(event.clone())).is_ok());
    // A refusal ends the events; the list's refresh still counts the firing alerts.
    let _ = follow_with(&client, body, variables, "alertEvents", |_| {}, on_item).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_cols_by_rows() {
        assert_eq!(parse_size("100x30"), Ok((100, 30)));
        assert_eq!(parse_size(" 80X24 "), Ok((80, 24)));
        assert_eq!(parse_size("1x1"), Ok((1, 1)));
        for bad in ["100", "0x10", "10x0", "x", "100x", "axb", "1001x10", "-1x5"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refresh_is_at_least_a_second() {
        assert_eq!(parse_refresh("15s"), Ok(Duration::from_secs(15)));
        assert!(parse_refresh("0s").is_err());
    }
}
