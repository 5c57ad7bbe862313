//! Drawing `vpnmine top`: a pure function of the [`State`], so that tests render it on
//! ratatui's `TestBackend` at any size, and `--once` prints the same frame as text.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Sparkline, Table};

use super::state::{Link, Server, SortKey, State};

/// Lines of the header: the platform and the feed, the servers by status, the network.
const HEADER: u16 = 3;
/// Columns of the detail pane beside the table, on a wide terminal.
const SIDE_PANE: u16 = 40;
/// Rows of the detail pane under the table, on a tall but narrow terminal.
const BOTTOM_PANE: u16 = 9;

/// Where each part goes on a frame of `area`: header, table (with its title line), detail
/// pane (if there is room) and footer (if there is room).
pub struct Areas {
    pub header: Rect,
    pub title: Rect,
    pub table: Rect,
    pub detail: Option<Rect>,
    pub footer: Option<Rect>,
}

/// The layout for a frame of `area`. Small frames drop the footer, then the detail pane;
/// what is left of the header and table is cut, never a panic.
pub fn areas(area: Rect) -> Areas {
    let footer_rows = u16::from(area.height >= 8);
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(HEADER.min(area.height)),
        Constraint::Fill(1),
        Constraint::Length(footer_rows),
    ])
    .areas(area);
    let (list, detail) = if body.width >= 100 && body.height >= 8 {
        let [list, detail] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(SIDE_PANE)]).areas(body);
        (list, Some(detail))
    } else if body.height >= 18 {
        let [list, detail] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(BOTTOM_PANE)]).areas(body);
        (list, Some(detail))
    } else {
        (body, None)
    };
    let [title, table] =
        Layout::vertical([Constraint::Length(1.min(list.height)), Constraint::Fill(1)]).areas(list);
    Areas {
        header,
        title,
        table,
        detail,
        footer: (footer_rows > 0).then_some(footer),
    }
}

/// Rows of servers the table shows on a frame of `area` (its header row aside).
pub fn table_rows(area: Rect) -> usize {
    usize::from(areas(area).table.height.saturating_sub(1))
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, state: &State) {
    let areas = areas(frame.area());
    frame.render_widget(Paragraph::new(header(state)), areas.header);
    let visible = state.visible();
    let selected = state.selected_index(&visible);
    frame.render_widget(
        Paragraph::new(table_title(state, visible.len())).style(Style::new().bold()),
        areas.title,
    );
    draw_table(frame, state, &visible, selected, areas.table);
    if let Some(area) = areas.detail {
        draw_detail(frame, selected.map(|i| visible[i]), area);
    }
    if let Some(area) = areas.footer {
        frame.render_widget(Paragraph::new(footer(state)), area);
    }
}

/// The frame as plain text, one line per row, trailing blanks trimmed (`--once`).
pub fn to_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut text = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for x in area.left()..area.right() {
            line.push_str(buffer[(x, y)].symbol());
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

fn header(state: &State) -> Vec<Line<'static>> {
    let link = match &state.link {
        Link::Connecting => Span::styled("connecting…", Style::new().fg(Color::Yellow)),
        Link::Live => Span::styled("live", Style::new().fg(Color::Green)),
        Link::Reconnecting(why) => Span::styled(
            format!("reconnecting… ({why})"),
            Style::new().fg(Color::Yellow).bold(),
        ),
        Link::Snapshot => Span::raw("snapshot"),
    };
    let mut first = vec![
        Span::styled("vpnmine top", Style::new().bold()),
        Span::raw(format!("  {}  {}  ", state.endpoint, state.clock)),
        link,
    ];
    if let Some(error) = &state.list_error {
        first.push(Span::styled(
            format!("  server list: {error}"),
            Style::new().fg(Color::Red),
        ));
    }
    let (online, degraded, offline, other) = state.status_counts();
    let mut second = vec![
        Span::raw(format!("servers {}  ", state.servers.len())),
        Span::styled(format!("{online} online"), Style::new().fg(Color::Green)),
        Span::raw("  "),
        Span::styled(
            format!("{degraded} degraded"),
            Style::new().fg(Color::Yellow),
        ),
        Span::raw("  "),
        Span::styled(format!("{offline} offline"), Style::new().fg(Color::Red)),
    ];
    if other > 0 {
        second.push(Span::raw(format!("  {other} other")));
    }
    match &state.firing {
        Some(firing) if !firing.is_empty() => {
            second.push(Span::raw("  "));
            second.push(Span::styled(
                format!("alerts {} firing", firing.len()),
                Style::new().fg(Color::Red).bold(),
            ));
        }
        Some(_) => second.push(Span::raw("  alerts 0 firing")),
        None => {}
    }
    let totals = state.totals();
    let mut third = format!(
        "connections {}  throughput {}  tokens/h {:.2}",
        totals.connections,
        throughput(totals.throughput),
        totals.tokens_per_hour
    );
    if totals.latency > 0.0 {
        third.push_str(&format!("  latency {:.0} ms", totals.latency));
    }
    vec![Line::from(first), Line::from(second), Line::from(third)]
}

/// Mbit/s, or Gbit/s from a thousand.
fn throughput(mbits: f64) -> String {
    if mbits >= 1000.0 {
        format!("{:.2} Gbit/s", mbits / 1000.0)
    } else {
        format!("{mbits:.1} Mbit/s")
    }
}

fn table_title(state: &State, shown: usize) -> String {
    let mut title = format!(
        "servers {shown} of {}  sort {} {}",
        state.servers.len(),
        state.sort.label(),
        if state.ascending { "▲" } else { "▼" }
    );
    if let Some(protocol) = &state.protocol {
        title.push_str(&format!("  protocol {protocol}"));
    }
    if let Some(region) = &state.region {
        title.push_str(&format!("  region {region}"));
    }
    if !state.search.is_empty() || state.searching {
        title.push_str(&format!("  /{}", state.search));
    }
    title
}

/// A column of the server table.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Region,
    Status,
    Cpu,
    Memory,
    Connections,
    Latency,
    Balance,
    Protocols,
}

impl Column {
    /// Left to right.
    const ALL: [Column; 9] = [
        Column::Name,
        Column::Status,
        Column::Region,
        Column::Cpu,
        Column::Memory,
        Column::Connections,
        Column::Latency,
        Column::Balance,
        Column::Protocols,
    ];
    /// Dropped first when the terminal is narrow, first to last.
    const DROP_ORDER: [Column; 8] = [
        Column::Protocols,
        Column::Balance,
        Column::Region,
        Column::Latency,
        Column::Status,
        Column::Memory,
        Column::Connections,
        Column::Cpu,
    ];

    fn title(self) -> &'static str {
        match self {
            Column::Name => "NAME",
            Column::Region => "REGION",
            Column::Status => "STATUS",
            Column::Cpu => "CPU%",
            Column::Memory => "MEM%",
            Column::Connections => "CONNS",
            Column::Latency => "LAT ms",
            Column::Balance => "BALANCE",
            Column::Protocols => "PROTOCOLS",
        }
    }

    fn width(self) -> u16 {
        match self {
            Column::Name => 14,
            Column::Region => 12,
            Column::Status => 8,
            Column::Cpu | Column::Memory | Column::Connections => 6,
            // "LAT ms" and the sort marker.
            Column::Latency => 7,
            Column::Balance => 12,
            Column::Protocols => 26,
        }
    }

    fn sorts(self) -> Option<SortKey> {
        match self {
            Column::Cpu => Some(SortKey::Cpu),
            Column::Memory => Some(SortKey::Memory),
            Column::Connections => Some(SortKey::Connections),
            Column::Latency => Some(SortKey::Latency),
            Column::Balance => Some(SortKey::Balance),
            _ => None,
        }
    }

    fn numeric(self) -> bool {
        self.sorts().is_some()
    }

    fn cell(self, server: &Server) -> String {
        match self {
            Column::Name => server.name.clone(),
            Column::Region => server.region.clone(),
            Column::Status => status_word(&server.status).to_string(),
            Column::Cpu => format!("{:.1}", server.cpu),
            Column::Memory => format!("{:.1}", server.memory),
            Column::Connections => server.connections.to_string(),
            Column::Latency => server.latency.map_or("-".into(), |l| format!("{l:.0}")),
            Column::Balance => format!("{:.2}", server.balance.to_f64()),
            Column::Protocols => server.protocols.join(",").to_lowercase(),
        }
    }
}

/// The columns that fit `width`, dropping the least useful first (never the name nor the
/// sort key's).
fn columns(width: u16, sort: SortKey) -> Vec<Column> {
    let mut columns = Column::ALL.to_vec();
    let needed = |columns: &[Column]| -> u16 { columns.iter().map(|c| c.width() + 1).sum() };
    for drop in Column::DROP_ORDER {
        if needed(&columns) <= width {
            break;
        }
        if drop.sorts() != Some(sort) {
            columns.retain(|c| *c != drop);
        }
    }
    columns
}

fn draw_table(
    frame: &mut Frame,
    state: &State,
    visible: &[&Server],
    selected: Option<usize>,
    area: Rect,
) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    if visible.is_empty() {
        let empty = if state.servers.is_empty() {
            "no servers yet"
        } else {
            "no server matches (x clears the filters)"
        };
        frame.render_widget(Paragraph::new(empty), area);
        return;
    }
    let columns = columns(area.width, state.sort);
    let rows = usize::from(area.height.saturating_sub(1)).max(1);
    // The selected row stays on screen: the view scrolls just enough to show it.
    let offset = selected.map_or(0, |i| (i + 1).saturating_sub(rows));
    let header = Row::new(columns.iter().map(|c| {
        let marker = match c.sorts() {
            Some(key) if key == state.sort => {
                if state.ascending {
                    "▲"
                } else {
                    "▼"
                }
            }
            _ => "",
        };
        let title = format!("{}{marker}", c.title());
        align(title, *c)
    }))
    .style(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED));
    let body = visible
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .map(|(i, server)| {
            let style = if Some(i) == selected {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                status_style(&server.status)
            };
            Row::new(columns.iter().map(|c| align(c.cell(server), *c))).style(style)
        });
    let widths = columns.iter().map(|c| match c {
        Column::Name => Constraint::Min(c.width()),
        _ => Constraint::Length(c.width()),
    });
    frame.render_widget(
        Table::new(body, widths).header(header).column_spacing(1),
        area,
    );
}

/// Numbers right-aligned in their column.
fn align(text: String, column: Column) -> Line<'static> {
    let line = Line::from(text);
    if column.numeric() {
        line.right_aligned()
    } else {
        line
    }
}

/// A status in the table's eight columns.
fn status_word(status: &str) -> &str {
    match status {
        "ONLINE" => "online",
        "DEGRADED" => "degraded",
        "OFFLINE" => "offline",
        "MAINTENANCE" => "maint.",
        "DECOMMISSIONED" => "retired",
        other => other,
    }
}

fn status_style(status: &str) -> Style {
    match status {
        "DEGRADED" => Style::new().fg(Color::Yellow),
        "OFFLINE" => Style::new().fg(Color::Red),
        "MAINTENANCE" | "DECOMMISSIONED" => Style::new().fg(Color::DarkGray),
        _ => Style::new(),
    }
}

fn draw_detail(frame: &mut Frame, server: Option<&Server>, area: Rect) {
    let block = Block::new()
        .borders(Borders::ALL)
        .title(server.map_or(" no server ".to_string(), |s| format!(" {} ", s.name)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(server) = server else {
        return;
    };
    let [info, charts] =
        Layout::vertical([Constraint::Length(3), Constraint::Fill(1)]).areas(inner);
    let latency = server
        .latency
        .map_or("latency -".to_string(), |l| format!("latency {l:.0} ms"));
    let lines = vec![
        Line::from(format!("{}  {}", server.id, server.status.to_lowercase()))
            .style(status_style(&server.status)),
        Line::from(format!(
            "{}  {}",
            server.region,
            server.protocols.join(",").to_lowercase()
        )),
        Line::from(format!("{latency}  balance {:.2}", server.balance.to_f64())),
    ];
    frame.render_widget(Paragraph::new(lines), info);

    let history = &server.history;
    let series =
        |f: &dyn Fn(&super::state::Sample) -> u64| -> Vec<u64> { history.iter().map(f).collect() };
    let charts_of: [(String, Vec<u64>, Option<u64>); 4] = [
        (
            format!("cpu {:>5.1}%", server.cpu),
            series(&|s| s.cpu.round() as u64),
            Some(100),
        ),
        (
            format!("mem {:>5.1}%", server.memory),
            series(&|s| s.memory.round() as u64),
            Some(100),
        ),
        (
            format!("net {:>6}", short_rate(server.network)),
            series(&|s| s.network.round() as u64),
            None,
        ),
        (
            format!("conns {:>5}", server.connections),
            series(&|s| u64::from(s.connections)),
            None,
        ),
    ];
    // The charts share the pane's height: one line each at least, taller when there is room.
    let rows = Layout::vertical([Constraint::Fill(1); 4]).split(charts);
    for ((label, data, max), row) in charts_of.into_iter().zip(rows.iter()) {
        let [name, chart] =
            Layout::horizontal([Constraint::Length(12), Constraint::Fill(1)]).areas(*row);
        let [name, _] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(name);
        frame.render_widget(Paragraph::new(label), name);
        // The newest samples that fit.
        let keep = usize::from(chart.width);
        let data = &data[data.len().saturating_sub(keep)..];
        let mut sparkline = Sparkline::default()
            .data(data)
            .style(Style::new().fg(Color::Cyan));
        if let Some(max) = max {
            sparkline = sparkline.max(max);
        }
        frame.render_widget(sparkline, chart);
    }
}

/// A rate in Mbit/s in at most six characters.
fn short_rate(mbits: f64) -> String {
    if mbits >= 1000.0 {
        format!("{:.1}G", mbits / 1000.0)
    } else {
        format!("{mbits:.0}M")
    }
}

fn footer(state: &State) -> Line<'static> {
    if state.searching {
        return Line::from(vec![
            Span::styled(format!("/{}▏", state.search), Style::new().bold()),
            Span::raw("  Enter keeps, Esc clears"),
        ]);
    }
    Line::from(
        "q quit  ↑↓/jk select  sort: c cpu m mem n conns l latency b balance  \
         p protocol  r region  / search  x clear",
    )
    .style(Style::new().fg(Color::DarkGray))
}

#[cfg(test)]
mod frames;
