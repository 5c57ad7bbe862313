//! Frames of fixture data on ratatui's TestBackend, at several sizes.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::super::state::{Link, Server, State, fixture};
use super::*;

fn render(state: &State, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| draw(frame, state)).expect("a frame");
    to_text(terminal.backend().buffer())
}

fn press(state: &mut State, code: KeyCode) {
    state.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// The first server row: the line after the table's column titles.
fn top_row(frame: &str) -> &str {
    let mut lines = frame.lines().skip_while(|l| !l.starts_with("NAME"));
    lines.next().expect("column titles");
    lines.next().expect("a first row")
}

#[test]
fn the_header_shows_the_network() {
    let frame = render(&fixture(), 120, 40);
    let lines: Vec<&str> = frame.lines().collect();
    assert!(lines[0].starts_with("vpnmine top  http://127.0.0.1:8080/graphql  12:00:00  live"));
    assert_eq!(
        lines[1],
        "servers 4  2 online  1 degraded  1 offline  alerts 2 firing"
    );
    assert_eq!(
        lines[2],
        "connections 75  throughput 1.23 Gbit/s  tokens/h 12.50  latency 40 ms"
    );
    assert!(
        lines[3].starts_with("servers 4 of 4  sort cpu ▼"),
        "{frame}"
    );
    assert_eq!(lines.len(), 40);
}

#[test]
fn the_header_says_when_the_feed_is_lost_and_leaves_out_unseen_alerts() {
    let mut state = fixture();
    state.link = Link::Reconnecting("live connection lost; again in 4s".into());
    state.firing = None;
    state.list_error = Some("timed out".into());
    let frame = render(&state, 160, 30);
    let first = frame.lines().next().unwrap_or_default();
    assert!(
        first.contains("reconnecting… (live connection lost; again in 4s)"),
        "{first}"
    );
    assert!(first.contains("server list: timed out"), "{first}");
    assert!(!frame.contains("alerts"), "{frame}");
    state.link = Link::Connecting;
    state.totals = None;
    let frame = render(&state, 120, 30);
    assert!(frame.contains("connecting…"), "{frame}");
    // Before any update: the list's sums.
    assert!(
        frame.contains("connections 75  throughput 1.23 Gbit/s  tokens/h 0.00"),
        "{frame}"
    );
}

#[test]
fn the_table_is_sorted_by_the_chosen_key() {
    let mut state = fixture();
    let frame = render(&state, 160, 40);
    let titles = frame
        .lines()
        .find(|l| l.starts_with("NAME"))
        .unwrap_or_default();
    for title in [
        "STATUS",
        "REGION",
        "CPU%▼",
        "MEM%",
        "CONNS",
        "LAT ms",
        "BALANCE",
        "PROTOCOLS",
    ] {
        assert!(titles.contains(title), "{title}: {titles}");
    }
    let row = top_row(&frame);
    assert!(row.starts_with("bravo.example"), "{row}");
    assert!(
        row.contains("degraded") && row.contains("us-east") && row.contains("95.0"),
        "{row}"
    );
    assert!(row.contains("wireguard"), "{row}");
    // Beside the detail pane, the widest columns give way.
    let frame = render(&state, 120, 40);
    let titles = frame
        .lines()
        .find(|l| l.starts_with("NAME"))
        .unwrap_or_default();
    assert!(
        titles.contains("BALANCE") && !titles.contains("PROTOCOLS"),
        "{titles}"
    );
    for (key, first) in [
        ('m', "delta.example"),
        ('n', "bravo.example"),
        ('b', "alpha.example"),
        ('l', "bravo.example"),
    ] {
        press(&mut state, KeyCode::Char(key));
        let frame = render(&state, 120, 40);
        assert!(top_row(&frame).starts_with(first), "{key}: {frame}");
    }
    press(&mut state, KeyCode::Char('l'));
    let frame = render(&state, 120, 40);
    assert!(
        frame.contains("sort latency ▲") && frame.contains("LAT ms▲"),
        "{frame}"
    );
    assert!(top_row(&frame).starts_with("alpha.example"), "{frame}");
}

#[test]
fn filters_and_search_narrow_the_table_and_say_so() {
    let mut state = fixture();
    state.protocol = Some("VLESS".into());
    let frame = render(&state, 120, 40);
    assert!(
        frame.contains("servers 2 of 4  sort cpu ▼  protocol VLESS"),
        "{frame}"
    );
    assert!(frame.contains("alpha.example") && frame.contains("charlie.example"));
    assert!(!frame.contains("bravo.example") && !frame.contains("delta.example"));

    state.protocol = None;
    press(&mut state, KeyCode::Char('/'));
    for c in "delt".chars() {
        press(&mut state, KeyCode::Char(c));
    }
    let frame = render(&state, 120, 40);
    assert!(
        frame.contains("servers 1 of 4  sort cpu ▼  /delt"),
        "{frame}"
    );
    assert!(
        frame.contains("/delt▏  Enter keeps, Esc clears"),
        "the footer edits: {frame}"
    );
    assert!(top_row(&frame).starts_with("delta.example"));

    state.search = "nothing-like-it".into();
    let frame = render(&state, 120, 40);
    assert!(
        frame.contains("no server matches (x clears the filters)"),
        "{frame}"
    );
    let frame = render(&State::new("local"), 80, 24);
    assert!(frame.contains("no servers yet"), "{frame}");
}

#[test]
fn the_detail_pane_shows_the_selected_server() {
    let mut state = fixture();
    // Wide: beside the table.
    let frame = render(&state, 120, 40);
    assert!(frame.contains("┌ bravo.example ─"), "{frame}");
    let detail: Vec<&str> = frame
        .lines()
        .filter_map(|l| l.char_indices().nth(80).map(|(i, _)| &l[i..]))
        .collect();
    let detail = detail.join("\n");
    assert!(detail.contains("srv-b2  degraded"), "{detail}");
    assert!(detail.contains("us-east  wireguard"), "{detail}");
    assert!(detail.contains("latency 80 ms  balance 3.00"), "{detail}");
    // A climbing sparkline, the fixture's history, in the rows from "cpu" to "mem".
    let cpu: String = detail
        .lines()
        .skip_while(|l| !l.contains("cpu  95.0%"))
        .take_while(|l| !l.contains("mem  40.0%"))
        .collect();
    let bars: std::collections::BTreeSet<char> =
        cpu.chars().filter(|c| ('▁'..='█').contains(c)).collect();
    assert!(bars.len() >= 3 && bars.contains(&'█'), "{detail}");
    assert!(
        detail.contains("net   900M") && detail.contains("conns    50"),
        "{detail}"
    );

    press(&mut state, KeyCode::Char('j'));
    let frame = render(&state, 120, 40);
    assert!(frame.contains(" delta.example "), "{frame}");
    assert!(frame.contains("srv-d4  online"), "{frame}");

    // Narrow and tall: under the table.
    let frame = render(&state, 80, 30);
    let pane = frame
        .lines()
        .position(|l| l.contains("delta.example ─"))
        .expect("pane");
    assert!(pane > 6, "{frame}");
    assert!(frame.contains("ap-south  openconnect"), "{frame}");
}

#[test]
fn narrow_terminals_keep_the_name_and_the_sort_key() {
    let mut state = fixture();
    press(&mut state, KeyCode::Char('b'));
    let frame = render(&state, 40, 12);
    let titles = frame
        .lines()
        .find(|l| l.starts_with("NAME"))
        .unwrap_or_default();
    assert!(
        titles.contains("CPU%") && titles.contains("BALANCE▼"),
        "{frame}"
    );
    assert!(
        !titles.contains("PROTOCOLS") && !titles.contains("REGION"),
        "{frame}"
    );
    assert!(top_row(&frame).starts_with("alpha.example"), "{frame}");
    for line in frame.lines() {
        assert!(line.chars().count() <= 40, "{line}");
    }
    // No room for the detail pane.
    assert!(!frame.contains('┌'), "{frame}");
}

#[test]
fn every_size_draws_without_a_panic() {
    let state = fixture();
    for (width, height) in [
        (120, 40),
        (100, 30),
        (80, 24),
        (40, 12),
        (20, 5),
        (20, 4),
        (10, 3),
        (5, 2),
        (1, 1),
        (300, 100),
    ] {
        let frame = render(&state, width, height);
        assert_eq!(
            frame.lines().count(),
            usize::from(height),
            "{width}x{height}"
        );
        let first = frame.lines().next().unwrap_or_default();
        assert!(
            "vpnmine top".starts_with(first) || first.starts_with("vpnmine top"),
            "{first}"
        );
    }
    let frame = render(&state, 80, 24);
    assert!(frame.contains("q quit"), "{frame}");
    assert!(top_row(&frame).starts_with("bravo.example"), "{frame}");
    let frame = render(&state, 20, 5);
    assert_eq!(frame.lines().nth(1), Some("servers 4  2 online"));
}

#[test]
fn the_selected_row_stays_on_screen() {
    let mut state = fixture();
    state.set_servers(
        (0..200)
            .map(|i| Server {
                id: format!("srv-{i:03}"),
                name: format!("host-{i:03}"),
                status: "ONLINE".into(),
                cpu: f64::from(i) / 2.0,
                ..Server::default()
            })
            .collect(),
    );
    state.page = table_rows(Rect::new(0, 0, 80, 24));
    let frame = render(&state, 80, 24);
    assert!(top_row(&frame).starts_with("host-199"), "{frame}");
    press(&mut state, KeyCode::Char('G'));
    let frame = render(&state, 80, 24);
    assert!(
        frame.contains("host-000") && !frame.contains("host-199"),
        "{frame}"
    );
    press(&mut state, KeyCode::Char('g'));
    press(&mut state, KeyCode::PageDown);
    let frame = render(&state, 80, 24);
    let selected = state
        .selected_server()
        .map(|s| s.name.clone())
        .unwrap_or_default();
    assert_eq!(selected, format!("host-{:03}", 199 - state.page));
    assert!(frame.contains(&selected), "{frame}");
}
