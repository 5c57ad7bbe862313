//! `vpnmine top` against the bundled server: one frame as text (`--once`), the refusal in a
//! pipe, and the full screen on a pseudo-terminal (keys, quitting, the terminal restored).
//! Frames of fixture data at many sizes are unit tests (src/cli/top/view/tests.rs).

use crate::common::TestServer;

/// Columns of the table, beside the detail pane, in a frame 160 wide.
const TABLE_WIDTH: usize = 120;

/// The server rows of a `--once` frame: the lines after the column titles, cut to the table.
fn rows(frame: &str) -> Vec<Vec<String>> {
    frame
        .lines()
        .skip_while(|l| !l.starts_with("NAME"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty() && !l.starts_with("q quit"))
        .map(|l| {
            l.chars()
                .take(TABLE_WIDTH)
                .collect::<String>()
                .split_whitespace()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

#[test]
fn once_prints_one_frame_of_the_live_network() {
    let server = TestServer::start(&["--simulate", "1s"]);
    let admin = server.admin_token();
    let run = server.run_as(&admin, &["top", "--once", "--size", "100x30"]);
    let frame = run.ok();
    let lines: Vec<&str> = frame.lines().collect();
    assert_eq!(lines.len(), 30, "{frame}");
    assert!(lines.iter().all(|l| l.chars().count() <= 100), "{frame}");
    assert!(
        lines[0].starts_with("vpnmine top  http://127.0.0.1:"),
        "{frame}"
    );
    assert!(lines[0].ends_with("snapshot"), "{frame}");
    assert!(lines[1].starts_with("servers 300  "), "{frame}");
    for word in ["online", "degraded", "offline", "alerts"] {
        assert!(lines[1].contains(word), "{word}: {frame}");
    }
    // A live update arrived: the network's token rate is in the header.
    assert!(lines[2].starts_with("connections "), "{frame}");
    assert!(!lines[2].contains("tokens/h 0.00"), "{frame}");
    assert!(
        lines[3].starts_with("servers 300 of 300  sort cpu ▼"),
        "{frame}"
    );
    assert!(lines[29].starts_with("q quit"), "{frame}");
    // Busiest CPU first.
    let cpu: Vec<f64> = rows(frame)
        .iter()
        .map(|r| {
            r.iter()
                .find_map(|c| c.parse::<f64>().ok())
                .expect("a CPU cell")
        })
        .collect();
    assert!(cpu.len() >= 20, "{frame}");
    assert!(cpu.windows(2).all(|w| w[0] >= w[1]), "{cpu:?}");
}

#[test]
fn once_sorts_and_filters_as_the_flags_say() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    let run = server.run_as(
        &admin,
        &[
            "top",
            "--once",
            "--size",
            "160x40",
            "--sort",
            "connections",
            "--protocol",
            "vless",
        ],
    );
    let frame = run.ok();
    let title = frame.lines().nth(3).unwrap_or_default();
    assert!(
        title.contains("sort connections ▼  protocol VLESS"),
        "{frame}"
    );
    let shown: usize = title
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("servers N of M");
    assert!(shown > 0 && shown < 300, "{title}");
    let titles: Vec<&str> = frame
        .lines()
        .find(|l| l.starts_with("NAME"))
        .map(|l| l.split_whitespace().collect())
        .unwrap_or_default();
    assert_eq!(
        &titles[..9],
        [
            "NAME", "STATUS", "REGION", "CPU%", "MEM%", "CONNS▼", "LAT", "ms", "BALANCE"
        ],
        "{frame}"
    );
    let rows = rows(frame);
    assert!(!rows.is_empty(), "{frame}");
    // Every row offers VLESS; connections never increase down the table.
    assert!(
        rows.iter()
            .all(|r| r.last().is_some_and(|p| p.contains("vless"))),
        "{frame}"
    );
    let connections: Vec<i64> = rows.iter().map(|r| r[5].parse().expect("CONNS")).collect();
    assert!(
        connections.windows(2).all(|w| w[0] >= w[1]),
        "{connections:?}"
    );

    // Searching by name, and a region that has no server.
    let name = rows[0][0].clone();
    let run = server.run_as(&admin, &["top", "--once", "--search", &name]);
    assert!(run.ok().contains("servers 1 of 300"), "{}", run.stdout);
    let run = server.run_as(&admin, &["top", "--once", "--region", "nowhere"]);
    assert!(run.ok().contains("no server matches"), "{}", run.stdout);
}

#[test]
fn top_refuses_a_pipe_and_json_and_names_what_to_use() {
    let server = TestServer::start(&[]);
    let admin = server.admin_token();
    server
        .run_as(&admin, &["top"])
        .fails(2, "metrics watch -o json");
    server
        .run_as(&admin, &["top", "--once", "-o", "json"])
        .fails(2, "metrics watch -o json");
    server
        .run_as(&admin, &["top", "--size", "80x24"])
        .fails(2, "--once");
    server
        .run_as(&admin, &["top", "--once", "--size", "80"])
        .fails(2, "COLSxROWS");
    server
        .run_as(&admin, &["top", "--refresh", "0s"])
        .fails(2, "--refresh");
    // Without a login the list is public, but alerts are not: the header leaves them out.
    let anonymous = server.run(&["top", "--once"]);
    assert!(
        anonymous.ok().contains("servers 300  "),
        "{}",
        anonymous.stdout
    );
    assert!(!anonymous.stdout.contains("alerts"), "{}", anonymous.stdout);
}

#[cfg(target_os = "linux")]
mod on_a_terminal {
    use crate::common::TestServer;
    use crate::common::pty::Pty;

    const ENTER_ALTERNATE: &str = "\x1b[?1049h";
    const LEAVE_ALTERNATE: &str = "\x1b[?1049l";

    fn top(server: &TestServer, token: &str) -> Pty {
        let mut cmd = server.env.command();
        cmd.env("VPNMINE_TOKEN", token).env("TERM", "xterm").args([
            "--endpoint",
            &server.url,
            "top",
            "--refresh",
            "2s",
        ]);
        Pty::spawn(cmd)
    }

    #[test]
    fn keys_drive_the_screen_and_q_restores_the_terminal() {
        let server = TestServer::start(&["--simulate", "1s"]);
        let admin = server.admin_token();
        let mut pty = top(&server, &admin);
        pty.expect(ENTER_ALTERNATE);
        pty.expect("servers 300");
        pty.expect("live");
        pty.wait_for_key_reads();
        // Redraws send only the cells that changed: Ctrl-L repaints the whole screen, so
        // that a word the keys brought shows in one piece.
        pty.send("n\x0c");
        pty.expect("CONNS▼");
        pty.send("/zzz-no-such-host\r\x0c");
        pty.expect("/zzz-no-such-host");
        pty.expect("matches");
        pty.send("x");
        pty.send("q");
        let (code, screen) = pty.finish();
        assert_eq!(code, 0, "{screen}");
        let left = screen
            .rfind(LEAVE_ALTERNATE)
            .expect("left the alternate screen");
        assert!(
            left > screen.rfind(ENTER_ALTERNATE).unwrap_or(0),
            "{screen}"
        );
        assert!(!screen.contains("panicked"), "{screen}");
    }

    #[test]
    fn ctrl_c_quits_and_a_lost_platform_shows_reconnecting() {
        let server = TestServer::start(&["--simulate", "1s"]);
        let admin = server.admin_token();
        let mut pty = top(&server, &admin);
        pty.expect("live");
        pty.wait_for_key_reads();
        drop(server);
        pty.expect("reconnecting");
        pty.send("\x03");
        let (code, screen) = pty.finish();
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains(LEAVE_ALTERNATE), "{screen}");
    }
}
