//! What `vpnmine top` shows, as data: the servers and their recent figures, the network's
//! totals, the firing alerts, the view's choices (sort, filters, search, selection), and the
//! key handling that changes them. Nothing here draws or talks to the platform, so tests build
//! a [`State`] from fixture data.

use std::collections::{HashMap, HashSet, VecDeque};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde_json::Value;

use crate::domain::money::Tokens;

/// Samples of each server's figures kept for its sparklines (one per heartbeat received).
pub const HISTORY: usize = 60;

/// What the server table is sorted by, busiest (largest) first unless reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortKey {
    Cpu,
    Memory,
    Connections,
    Latency,
    Balance,
}

impl SortKey {
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Cpu => "cpu",
            SortKey::Memory => "memory",
            SortKey::Connections => "connections",
            SortKey::Latency => "latency",
            SortKey::Balance => "balance",
        }
    }
}

/// One sample of a server's live figures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Sample {
    pub cpu: f32,
    pub memory: f32,
    /// Mbit/s.
    pub network: f32,
    pub connections: u32,
}

/// One server as the table and the detail pane show it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Server {
    pub id: String,
    pub name: String,
    pub region: String,
    /// ONLINE, DEGRADED, OFFLINE, MAINTENANCE or DECOMMISSIONED.
    pub status: String,
    /// Enabled protocols, upper case as the API names them (VLESS, REALITY...).
    pub protocols: Vec<String>,
    pub cpu: f64,
    pub memory: f64,
    /// Mbit/s, in + out.
    pub network: f64,
    pub connections: i64,
    /// Milliseconds; `None` until the server has reported.
    pub latency: Option<f64>,
    pub balance: Tokens,
    /// Oldest first, at most [`HISTORY`].
    pub history: VecDeque<Sample>,
}

impl Server {
    /// A server from one item of `miningServers` (the `ServerFields` of graphql/servers.graphql,
    /// as JSON).
    pub fn from_api(item: &Value) -> Option<Server> {
        let text = |key: &str| item[key].as_str().unwrap_or_default().to_string();
        let metrics = &item["metrics"];
        let number = |key: &str| metrics[key].as_f64().unwrap_or(0.0);
        Some(Server {
            id: item["id"].as_str()?.to_string(),
            name: text("hostName"),
            region: text("location"),
            status: text("status"),
            protocols: item["protocols"]
                .as_array()
                .map(|all| {
                    all.iter()
                        .filter(|p| p["enabled"].as_bool() != Some(false))
                        .filter_map(|p| p["type"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            cpu: number("cpuUsage"),
            memory: number("memoryUsage"),
            network: number("networkSpeed"),
            connections: item["activeConnections"].as_i64().unwrap_or(0),
            latency: metrics["latencyMs"].as_f64(),
            balance: item["tokenBalance"]
                .as_str()
                .and_then(|t| t.parse().ok())
                .unwrap_or_default(),
            history: VecDeque::new(),
        })
    }

    fn sample(&self) -> Sample {
        Sample {
            cpu: self.cpu as f32,
            memory: self.memory as f32,
            network: self.network as f32,
            connections: u32::try_from(self.connections.max(0)).unwrap_or(u32::MAX),
        }
    }

    fn record(&mut self) {
        if self.history.len() == HISTORY {
            self.history.pop_front();
        }
        let sample = self.sample();
        self.history.push_back(sample);
    }
}

/// The network's figures from the latest `metricUpdates` item.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub connections: i64,
    /// Mbit/s.
    pub throughput: f64,
    pub tokens_per_hour: f64,
    pub latency: f64,
}

/// Whether the live feed is flowing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Link {
    /// Not connected yet.
    #[default]
    Connecting,
    Live,
    /// Lost; the next attempt is under way or scheduled. The reason, for the header.
    Reconnecting(String),
    /// `top --once`: a single frame, whatever the feed did.
    Snapshot,
}

/// What a key asks of the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Redraw: something changed.
    Redraw,
    /// Nothing changed.
    None,
    /// Clear the screen and draw it all again (Ctrl-L, after something else wrote on it).
    Repaint,
    Quit,
}

/// Everything `top` shows.
#[derive(Debug, Clone)]
pub struct State {
    /// The platform, for the header.
    pub endpoint: String,
    /// By id.
    pub servers: HashMap<String, Server>,
    /// `None` until the first `metricUpdates` item: the header then sums the server list.
    pub totals: Option<Totals>,
    /// Ids of firing alerts; `None` when the caller may not see alerts.
    pub firing: Option<HashSet<String>>,
    pub link: Link,
    /// The last error of the server list refresh, shown until the next success.
    pub list_error: Option<String>,
    pub sort: SortKey,
    /// Smallest first instead of largest.
    pub ascending: bool,
    pub protocol: Option<String>,
    pub region: Option<String>,
    /// Case-insensitive part of the name (or id) the table is narrowed to.
    pub search: String,
    /// `/` was pressed: keys edit the search until Enter or Esc.
    pub searching: bool,
    /// The selected server's id: the selection follows the server when the order changes.
    pub selected: Option<String>,
    /// Table rows on screen, for PageUp/PageDown (set by the loop from the frame's size).
    pub page: usize,
    /// When the data was last refreshed, as shown in the header (HH:MM:SS).
    pub clock: String,
}

impl State {
    pub fn new(endpoint: impl Into<String>) -> Self {
        State {
            endpoint: endpoint.into(),
            servers: HashMap::new(),
            totals: None,
            firing: None,
            link: Link::default(),
            list_error: None,
            sort: SortKey::Cpu,
            ascending: false,
            protocol: None,
            region: None,
            search: String::new(),
            searching: false,
            selected: None,
            page: 10,
            clock: String::new(),
        }
    }

    /// A fresh server list: names, statuses, protocols and balances come from it; each
    /// server's history is kept. Servers no longer listed are dropped.
    pub fn set_servers(&mut self, servers: Vec<Server>) {
        let mut previous = std::mem::take(&mut self.servers);
        for mut server in servers {
            if let Some(old) = previous.remove(&server.id) {
                server.history = old.history;
            }
            if server.history.is_empty() {
                server.record();
            }
            self.servers.insert(server.id.clone(), server);
        }
        self.list_error = None;
    }

    /// One `metricUpdates` item: the network's totals and the servers that reported since the
    /// previous one.
    pub fn apply_update(&mut self, update: &Value) {
        let network = &update["networkMetrics"];
        self.totals = Some(Totals {
            connections: update["activeConnections"].as_i64().unwrap_or(0),
            throughput: network["totalBandwidth"].as_f64().unwrap_or(0.0),
            tokens_per_hour: network["currentTokenRate"].as_f64().unwrap_or(0.0),
            latency: network["averageLatency"].as_f64().unwrap_or(0.0),
        });
        for row in update["serverMetrics"].as_array().into_iter().flatten() {
            let Some(server) = row["serverId"]
                .as_str()
                .and_then(|id| self.servers.get_mut(id))
            else {
                // Not in the list yet: the next refresh brings its name and region.
                continue;
            };
            let number = |key: &str, old: f64| row[key].as_f64().unwrap_or(old);
            server.cpu = number("cpuUsage", server.cpu);
            server.memory = number("memoryUsage", server.memory);
            server.network = number("networkSpeed", server.network);
            server.connections = row["activeMiners"].as_i64().unwrap_or(server.connections);
            server.record();
        }
        self.link = Link::Live;
    }

    /// One `alertEvents` item: FIRING adds the alert, RESOLVED removes it.
    pub fn apply_alert(&mut self, event: &Value) {
        let (Some(id), Some(firing)) = (event["alertId"].as_str(), self.firing.as_mut()) else {
            return;
        };
        match event["event"].as_str() {
            Some("FIRING") => {
                firing.insert(id.to_string());
            }
            Some("RESOLVED") => {
                firing.remove(id);
            }
            _ => {}
        }
    }

    /// Servers by status, for the header: (online, degraded, offline, other).
    pub fn status_counts(&self) -> (usize, usize, usize, usize) {
        let mut counts = (0, 0, 0, 0);
        for server in self.servers.values() {
            match server.status.as_str() {
                "ONLINE" => counts.0 += 1,
                "DEGRADED" => counts.1 += 1,
                "OFFLINE" => counts.2 += 1,
                _ => counts.3 += 1,
            }
        }
        counts
    }

    /// The header's network figures: the live totals, or before the first update, the sums
    /// of the server list.
    pub fn totals(&self) -> Totals {
        self.totals.unwrap_or_else(|| Totals {
            connections: self.servers.values().map(|s| s.connections).sum(),
            throughput: self.servers.values().map(|s| s.network).sum(),
            tokens_per_hour: 0.0,
            latency: 0.0,
        })
    }

    /// The servers the table shows, in order: filtered by protocol, region and search, sorted
    /// by the sort key (ties by name, then id, so rows stay put between redraws).
    pub fn visible(&self) -> Vec<&Server> {
        let needle = self.search.to_lowercase();
        let mut rows: Vec<&Server> = self
            .servers
            .values()
            .filter(|s| {
                self.protocol
                    .as_ref()
                    .is_none_or(|p| s.protocols.iter().any(|q| q == p))
            })
            .filter(|s| self.region.as_ref().is_none_or(|r| &s.region == r))
            .filter(|s| {
                needle.is_empty()
                    || s.name.to_lowercase().contains(&needle)
                    || s.id.to_lowercase().contains(&needle)
            })
            .collect();
        let key = |s: &Server| match self.sort {
            SortKey::Cpu => s.cpu,
            SortKey::Memory => s.memory,
            SortKey::Connections => s.connections as f64,
            // Never reported: last, whichever the direction.
            SortKey::Latency => s.latency.unwrap_or(f64::NAN),
            SortKey::Balance => s.balance.to_f64(),
        };
        rows.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            let order = match (ka.is_nan(), kb.is_nan()) {
                (true, true) => std::cmp::Ordering::Equal,
                (true, false) => std::cmp::Ordering::Greater,
                (false, true) => std::cmp::Ordering::Less,
                _ if self.ascending => ka.total_cmp(&kb),
                _ => kb.total_cmp(&ka),
            };
            order
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        rows
    }

    /// The selected row's index in `visible`: the selected server, else the first row.
    pub fn selected_index(&self, visible: &[&Server]) -> Option<usize> {
        if visible.is_empty() {
            return None;
        }
        let found = self
            .selected
            .as_ref()
            .and_then(|id| visible.iter().position(|s| &s.id == id));
        Some(found.unwrap_or(0))
    }

    /// The server the detail pane shows.
    #[cfg(test)]
    pub fn selected_server(&self) -> Option<&Server> {
        let visible = self.visible();
        self.selected_index(&visible).map(|i| visible[i])
    }

    /// The id of the server the detail pane shows, and how many samples its charts have.
    pub fn selected_history(&self) -> Option<(String, usize)> {
        let visible = self.visible();
        self.selected_index(&visible)
            .map(|i| (visible[i].id.clone(), visible[i].history.len()))
    }

    /// Samples of a server's past (from `serverMetrics`, oldest first), for charts that have
    /// few updates yet: they go before the samples the updates brought.
    pub fn seed_history(&mut self, id: &str, past: Vec<Sample>) {
        let Some(server) = self.servers.get_mut(id) else {
            return;
        };
        let mut history: VecDeque<Sample> = past.into();
        history.append(&mut server.history);
        while history.len() > HISTORY {
            history.pop_front();
        }
        server.history = history;
    }

    /// Regions present, sorted: the values `r` cycles through.
    fn regions(&self) -> Vec<String> {
        let mut all: Vec<String> = self.servers.values().map(|s| s.region.clone()).collect();
        all.sort();
        all.dedup();
        all
    }

    /// Protocols present, sorted: the values `p` cycles through.
    fn protocols(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .servers
            .values()
            .flat_map(|s| s.protocols.iter().cloned())
            .collect();
        all.sort();
        all.dedup();
        all
    }

    fn move_selection(&mut self, by: isize) {
        let visible = self.visible();
        let Some(current) = self.selected_index(&visible) else {
            return;
        };
        let last = visible.len() - 1;
        let next = current.saturating_add_signed(by).min(last);
        self.selected = Some(visible[next].id.clone());
    }

    fn select_at(&mut self, end: bool) {
        let visible = self.visible();
        let row = if end { visible.last() } else { visible.first() };
        self.selected = row.map(|s| s.id.clone());
    }

    /// Applies one key press.
    pub fn on_key(&mut self, key: KeyEvent) -> Action {
        if key.kind == KeyEventKind::Release {
            return Action::None;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return match key.code {
                KeyCode::Char('c') | KeyCode::Char('d') => Action::Quit,
                KeyCode::Char('l') => Action::Repaint,
                _ => Action::None,
            };
        }
        if self.searching {
            match key.code {
                KeyCode::Enter => self.searching = false,
                KeyCode::Esc => {
                    self.searching = false;
                    self.search.clear();
                }
                KeyCode::Backspace => {
                    self.search.pop();
                }
                KeyCode::Char(c) => self.search.push(c),
                _ => return Action::None,
            }
            return Action::Redraw;
        }
        let page = isize::try_from(self.page.max(1)).unwrap_or(10);
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => return Action::Quit,
            KeyCode::Down | KeyCode::Char('j') => self.move_selection(1),
            KeyCode::Up | KeyCode::Char('k') => self.move_selection(-1),
            KeyCode::PageDown => self.move_selection(page),
            KeyCode::PageUp => self.move_selection(-page),
            KeyCode::Home | KeyCode::Char('g') => self.select_at(false),
            KeyCode::End | KeyCode::Char('G') => self.select_at(true),
            KeyCode::Char(c @ ('c' | 'm' | 'n' | 'l' | 'b')) => {
                let sort = match c {
                    'c' => SortKey::Cpu,
                    'm' => SortKey::Memory,
                    'n' => SortKey::Connections,
                    'l' => SortKey::Latency,
                    _ => SortKey::Balance,
                };
                // The same key again turns the order around.
                self.ascending = sort == self.sort && !self.ascending;
                self.sort = sort;
            }
            KeyCode::Char('p') => self.protocol = next_of(&self.protocols(), &self.protocol),
            KeyCode::Char('r') => self.region = next_of(&self.regions(), &self.region),
            KeyCode::Char('/') => {
                self.searching = true;
                self.search.clear();
            }
            KeyCode::Char('x') => {
                self.protocol = None;
                self.region = None;
                self.search.clear();
            }
            _ => return Action::None,
        }
        Action::Redraw
    }
}

/// The value after `current` in `all`, then none (no filter), then the first again.
fn next_of(all: &[String], current: &Option<String>) -> Option<String> {
    match current {
        None => all.first().cloned(),
        Some(value) => all
            .iter()
            .position(|v| v == value)
            .and_then(|i| all.get(i + 1))
            .cloned(),
    }
}

/// Four servers of every status, with live totals and two firing alerts.
#[cfg(test)]
pub fn fixture() -> State {
    let server = |id: &str, name: &str, region: &str, status: &str, protocols: &[&str]| Server {
        id: id.into(),
        name: name.into(),
        region: region.into(),
        status: status.into(),
        protocols: protocols.iter().map(|p| p.to_string()).collect(),
        ..Server::default()
    };
    let mut servers = vec![
        Server {
            cpu: 20.0,
            memory: 30.0,
            network: 100.0,
            connections: 5,
            latency: Some(12.0),
            balance: Tokens::whole(100).expect("tokens"),
            ..server(
                "srv-a1",
                "alpha.example",
                "eu-west",
                "ONLINE",
                &["VLESS", "REALITY"],
            )
        },
        Server {
            cpu: 95.0,
            memory: 40.0,
            network: 900.0,
            connections: 50,
            latency: Some(80.0),
            balance: Tokens::whole(3).expect("tokens"),
            ..server(
                "srv-b2",
                "bravo.example",
                "us-east",
                "DEGRADED",
                &["WIREGUARD"],
            )
        },
        Server {
            memory: 10.0,
            latency: None,
            balance: Tokens::whole(50).expect("tokens"),
            ..server(
                "srv-c3",
                "charlie.example",
                "eu-west",
                "OFFLINE",
                &["VLESS"],
            )
        },
        Server {
            cpu: 50.0,
            memory: 91.0,
            network: 234.5,
            connections: 20,
            latency: Some(30.0),
            balance: Tokens::whole(10).expect("tokens"),
            ..server(
                "srv-d4",
                "delta.example",
                "ap-south",
                "ONLINE",
                &["OPENCONNECT"],
            )
        },
    ];
    // A history for the sparklines: bravo climbing.
    for (i, cpu) in [10.0, 30.0, 50.0, 70.0, 90.0, 95.0].into_iter().enumerate() {
        servers[1].history.push_back(Sample {
            cpu,
            memory: 40.0,
            network: 100.0 * i as f32,
            connections: 10 * i as u32,
        });
    }
    let mut state = State::new("http://127.0.0.1:8080/graphql");
    state.set_servers(servers);
    state.totals = Some(Totals {
        connections: 75,
        throughput: 1234.5,
        tokens_per_hour: 12.5,
        latency: 40.0,
    });
    state.firing = Some(["alt-1".to_string(), "alt-2".to_string()].into());
    state.link = Link::Live;
    state.clock = "12:00:00".into();
    state
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn press(state: &mut State, code: KeyCode) -> Action {
        state.on_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn typed(state: &mut State, text: &str) {
        for c in text.chars() {
            press(state, KeyCode::Char(c));
        }
    }

    fn order(state: &State) -> Vec<&str> {
        state.visible().iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn quit_keys_quit_and_unknown_keys_do_nothing() {
        let mut state = fixture();
        assert_eq!(press(&mut state, KeyCode::Char('q')), Action::Quit);
        assert_eq!(press(&mut state, KeyCode::Esc), Action::Quit);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(state.on_key(ctrl_c), Action::Quit);
        let ctrl_l = KeyEvent::new(KeyCode::Char('l'), KeyModifiers::CONTROL);
        assert_eq!(state.on_key(ctrl_l), Action::Repaint);
        assert_eq!(state.sort, SortKey::Cpu, "not the latency key");
        assert_eq!(press(&mut state, KeyCode::Char('z')), Action::None);
        assert_eq!(press(&mut state, KeyCode::F(5)), Action::None);
        // A release (terminals that report them) is not a second press.
        let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(state.on_key(release), Action::None);
    }

    #[test]
    fn sort_keys_choose_the_order_and_again_reverse_it() {
        let mut state = fixture();
        assert_eq!(order(&state)[0], "bravo.example", "cpu by default");
        assert_eq!(press(&mut state, KeyCode::Char('m')), Action::Redraw);
        assert_eq!((state.sort, state.ascending), (SortKey::Memory, false));
        assert_eq!(order(&state)[0], "delta.example");
        press(&mut state, KeyCode::Char('n'));
        assert_eq!(
            order(&state),
            [
                "bravo.example",
                "delta.example",
                "alpha.example",
                "charlie.example"
            ]
        );
        press(&mut state, KeyCode::Char('b'));
        assert_eq!(order(&state)[0], "alpha.example");
        press(&mut state, KeyCode::Char('b'));
        assert!(state.ascending);
        assert_eq!(order(&state)[0], "bravo.example", "smallest balance first");
        press(&mut state, KeyCode::Char('l'));
        assert!(!state.ascending, "a new key starts largest first");
        // A server that never reported a latency is last either way.
        assert_eq!(order(&state).last(), Some(&"charlie.example"));
        press(&mut state, KeyCode::Char('l'));
        assert_eq!(order(&state)[0], "alpha.example");
        assert_eq!(order(&state).last(), Some(&"charlie.example"));
    }

    #[test]
    fn selection_moves_within_the_rows_and_follows_its_server() {
        let mut state = fixture();
        let selected = |s: &State| s.selected_server().map(|s| s.name.clone());
        assert_eq!(selected(&state).as_deref(), Some("bravo.example"));
        press(&mut state, KeyCode::Down);
        press(&mut state, KeyCode::Char('j'));
        assert_eq!(selected(&state).as_deref(), Some("alpha.example"));
        press(&mut state, KeyCode::Char('k'));
        assert_eq!(selected(&state).as_deref(), Some("delta.example"));
        press(&mut state, KeyCode::End);
        assert_eq!(selected(&state).as_deref(), Some("charlie.example"));
        press(&mut state, KeyCode::Down);
        assert_eq!(
            selected(&state).as_deref(),
            Some("charlie.example"),
            "stops at the end"
        );
        press(&mut state, KeyCode::PageUp);
        assert_eq!(selected(&state).as_deref(), Some("bravo.example"));
        press(&mut state, KeyCode::Up);
        assert_eq!(
            selected(&state).as_deref(),
            Some("bravo.example"),
            "stops at the top"
        );
        press(&mut state, KeyCode::Char('G'));
        // Another order: the selection stays on its server.
        press(&mut state, KeyCode::Char('b'));
        assert_eq!(selected(&state).as_deref(), Some("charlie.example"));
        assert_eq!(state.selected_index(&state.visible()), Some(1));
    }

    #[test]
    fn filters_cycle_through_what_is_there_and_x_clears_them() {
        let mut state = fixture();
        press(&mut state, KeyCode::Char('p'));
        assert_eq!(state.protocol.as_deref(), Some("OPENCONNECT"));
        assert_eq!(order(&state), ["delta.example"]);
        press(&mut state, KeyCode::Char('p'));
        assert_eq!(state.protocol.as_deref(), Some("REALITY"));
        press(&mut state, KeyCode::Char('p'));
        press(&mut state, KeyCode::Char('p'));
        assert_eq!(state.protocol.as_deref(), Some("WIREGUARD"));
        press(&mut state, KeyCode::Char('p'));
        assert_eq!(state.protocol, None, "after the last: every protocol");
        press(&mut state, KeyCode::Char('r'));
        press(&mut state, KeyCode::Char('r'));
        assert_eq!(state.region.as_deref(), Some("eu-west"));
        assert_eq!(order(&state), ["alpha.example", "charlie.example"]);
        press(&mut state, KeyCode::Char('x'));
        assert_eq!((state.protocol.clone(), state.region.clone()), (None, None));
        assert_eq!(order(&state).len(), 4);
    }

    #[test]
    fn slash_searches_until_enter_and_esc_clears() {
        let mut state = fixture();
        press(&mut state, KeyCode::Char('/'));
        assert!(state.searching);
        // Keys are text while searching: q does not quit, c does not sort.
        typed(&mut state, "CHq");
        assert_eq!(press(&mut state, KeyCode::Backspace), Action::Redraw);
        assert_eq!(state.search, "CH");
        assert_eq!(state.sort, SortKey::Cpu);
        assert_eq!(order(&state), ["charlie.example"], "case-insensitive");
        press(&mut state, KeyCode::Enter);
        assert!(!state.searching);
        assert_eq!(order(&state), ["charlie.example"], "kept after Enter");
        press(&mut state, KeyCode::Char('/'));
        typed(&mut state, "srv-d");
        assert_eq!(order(&state), ["delta.example"], "ids match too");
        assert_eq!(
            press(&mut state, KeyCode::Esc),
            Action::Redraw,
            "Esc leaves the search"
        );
        assert_eq!((state.searching, state.search.as_str()), (false, ""));
        assert_eq!(order(&state).len(), 4);
    }

    #[test]
    fn updates_move_the_figures_and_the_history() {
        let mut state = fixture();
        state.totals = None;
        // Before any update, the header sums the list.
        assert_eq!(state.totals().connections, 75);
        assert!((state.totals().throughput - 1234.5).abs() < 1e-9);
        let before = state.servers["srv-a1"].history.len();
        state.apply_update(&json!({
            "activeConnections": 80,
            "serverMetrics": [
                { "serverId": "srv-a1", "cpuUsage": 99.5, "memoryUsage": 12.0,
                  "networkSpeed": 5.0, "activeMiners": 7 },
                { "serverId": "srv-new", "cpuUsage": 1.0 }
            ],
            "networkMetrics": { "totalBandwidth": 42.0, "currentTokenRate": 3.25,
                                "averageLatency": 20.0 }
        }));
        let alpha = &state.servers["srv-a1"];
        assert_eq!((alpha.cpu, alpha.connections), (99.5, 7));
        assert_eq!(alpha.history.len(), before + 1);
        assert_eq!(alpha.history.back().map(|s| s.cpu), Some(99.5));
        assert!(
            !state.servers.contains_key("srv-new"),
            "unknown until the list has it"
        );
        assert_eq!(state.totals().connections, 80);
        assert_eq!(state.totals().tokens_per_hour, 3.25);
        assert_eq!(order(&state)[0], "alpha.example");
        // The history is capped, and survives a refresh of the list.
        for _ in 0..HISTORY + 5 {
            state.apply_update(&json!({ "serverMetrics": [{ "serverId": "srv-a1" }] }));
        }
        assert_eq!(state.servers["srv-a1"].history.len(), HISTORY);
        let fresh: Vec<Server> = state
            .servers
            .values()
            .map(|s| Server {
                history: VecDeque::new(),
                ..s.clone()
            })
            .collect();
        state.set_servers(fresh);
        assert_eq!(state.servers["srv-a1"].history.len(), HISTORY);
    }

    #[test]
    fn the_past_goes_before_the_updates() {
        let mut state = fixture();
        let (id, samples) = state.selected_history().expect("a selection");
        assert_eq!((id.as_str(), samples), ("srv-b2", 6));
        let past = |cpu: f32| Sample {
            cpu,
            ..Sample::default()
        };
        state.seed_history("srv-a1", vec![past(1.0), past(2.0)]);
        let cpus: Vec<f32> = state.servers["srv-a1"]
            .history
            .iter()
            .map(|s| s.cpu)
            .collect();
        assert_eq!(cpus, [1.0, 2.0, 20.0]);
        state.seed_history("srv-b2", (0..HISTORY).map(|i| past(i as f32)).collect());
        let history = &state.servers["srv-b2"].history;
        assert_eq!(history.len(), HISTORY, "capped, the oldest dropped");
        assert_eq!(history.back().map(|s| s.cpu), Some(95.0));
        state.seed_history("srv-gone", vec![past(1.0)]);
    }

    #[test]
    fn alert_events_count_what_fires() {
        let mut state = fixture();
        state.apply_alert(&json!({ "event": "FIRING", "alertId": "alt-3" }));
        state.apply_alert(&json!({ "event": "RESOLVED", "alertId": "alt-1" }));
        state.apply_alert(&json!({ "event": "FIRING", "alertId": "alt-3" }));
        let firing = state.firing.clone().unwrap_or_default();
        assert_eq!(firing, ["alt-2".to_string(), "alt-3".to_string()].into());
        // A caller who may not see alerts keeps seeing none.
        state.firing = None;
        state.apply_alert(&json!({ "event": "FIRING", "alertId": "alt-4" }));
        assert_eq!(state.firing, None);
    }

    #[test]
    fn servers_come_from_the_api_items() {
        let item = json!({
            "id": "srv-1", "hostName": "a.example", "location": "eu-west", "status": "ONLINE",
            "activeConnections": 4, "tokenBalance": "12.500000",
            "protocols": [{ "type": "VLESS", "enabled": true },
                          { "type": "WIREGUARD", "enabled": false }],
            "metrics": { "cpuUsage": 1.5, "memoryUsage": 2.5, "networkSpeed": 3.5,
                         "latencyMs": 9.0 }
        });
        let server = Server::from_api(&item).expect("a server");
        assert_eq!(
            server.protocols,
            ["VLESS"],
            "disabled protocols are left out"
        );
        assert_eq!((server.cpu, server.memory, server.network), (1.5, 2.5, 3.5));
        assert_eq!((server.connections, server.latency), (4, Some(9.0)));
        assert_eq!(server.balance.to_string(), "12.5");
        let never = Server::from_api(&json!({ "id": "srv-2", "metrics": null })).expect("a server");
        assert_eq!(never.latency, None);
        assert!(Server::from_api(&json!({})).is_none());
    }
}
