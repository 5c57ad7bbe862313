//! What the binary shows on a terminal and not in a pipe: bordered tables, progress bars and
//! prompts. The layout is checked through the `VPNMINE_FORCE_TTY` seam (stdout and stderr
//! captured, so exact); prompts run on a real pseudo-terminal, because dialoguer reads keys
//! from the terminal itself.

use std::process::Command;

use crate::common::{Run, TestServer};

/// Box-drawing characters of comfy-table's rounded borders.
const BORDERS: [char; 3] = ['╭', '│', '╰'];
/// indicatif's default bar characters (filled, empty).
const BAR: [char; 2] = ['█', '░'];

/// `vpnmine --endpoint URL ARGS` with `env` set, stdout and stderr captured.
fn run_with(server: &TestServer, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut cmd = server.env.command();
    cmd.arg("--endpoint").arg(&server.url).args(args);
    // A known terminal type: TERM=dumb (some CI runners) turns bars off on purpose.
    cmd.env("TERM", "xterm").env_remove("COLUMNS");
    for (key, value) in env {
        cmd.env(key, value);
    }
    Run::from(cmd.output().expect("run vpnmine"))
}

fn has_borders(text: &str) -> bool {
    BORDERS.iter().all(|c| text.contains(*c))
}

fn has_bar(text: &str) -> bool {
    BAR.iter().any(|c| text.contains(*c))
}

#[test]
fn tables_have_borders_on_a_terminal_and_are_plain_text_in_a_pipe() {
    let server = TestServer::start(&[]);
    let list = ["servers", "list", "--size", "5"];

    let piped = run_with(&server, &[], &list);
    let text = piped.ok();
    assert!(!text.contains(BORDERS), "{text}");
    let header = text.lines().next().expect("a header");
    assert!(header.starts_with("ID "), "{header}");
    assert_eq!(text.lines().count(), 6, "a header and five rows: {text}");

    let forced = [("VPNMINE_FORCE_TTY", "stdout"), ("COLUMNS", "90")];
    let tty = run_with(&server, &forced, &list);
    let text = tty.ok();
    assert!(has_borders(text), "{text}");
    assert!(
        text.contains("\x1b[1m"),
        "bold headers on a terminal: {text}"
    );

    let uncoloured = [
        ("VPNMINE_FORCE_TTY", "stdout"),
        ("COLUMNS", "90"),
        ("NO_COLOR", "1"),
    ];
    let tty = run_with(&server, &uncoloured, &list);
    let text = tty.ok();
    assert!(has_borders(text) && !text.contains('\x1b'), "{text}");
    // Fitted to the terminal's width.
    for line in text.lines() {
        assert!(line.chars().count() <= 90, "wider than 90 columns: {line}");
    }
    // JSON is data, not layout: the same on a terminal.
    let json = run_with(
        &server,
        &forced,
        &["servers", "list", "--size", "5", "-o", "json"],
    );
    assert_eq!(json.json().as_array().map(Vec::len), Some(5));

    // `0` wins over whatever the streams are; a typo is a usage error naming the variable.
    let off = run_with(&server, &[("VPNMINE_FORCE_TTY", "0")], &list);
    assert!(!off.ok().contains(BORDERS));
    run_with(&server, &[("VPNMINE_FORCE_TTY", "stdot")], &list).fails(2, "VPNMINE_FORCE_TTY");
}

#[test]
fn following_every_page_draws_a_progress_bar_only_on_a_terminal_stderr() {
    let server = TestServer::start(&[]);
    let all = ["servers", "list", "--all", "--size", "100"];
    let stderr = [("VPNMINE_FORCE_TTY", "stderr")];

    let drawn = run_with(&server, &stderr, &all);
    let rows = drawn.ok().lines().count();
    assert!(
        drawn.stderr.contains("pages") && has_bar(&drawn.stderr),
        "no progress bar: {:?}",
        drawn.stderr
    );
    // The bar is on stderr only: stdout is the same plain table as in a pipe.
    let piped = run_with(&server, &[], &all);
    assert_eq!(piped.ok().lines().count(), rows);
    assert!(rows > 100, "more than one page of servers: {rows}");
    assert_eq!(piped.stderr, "", "nothing drawn into a pipe");

    let quiet = run_with(&server, &stderr, &["--quiet", "servers", "list", "--all"]);
    quiet.ok();
    assert_eq!(quiet.stderr, "", "--quiet draws nothing");

    let dumb = run_with(
        &server,
        &[("VPNMINE_FORCE_TTY", "stderr"), ("TERM", "dumb")],
        &all,
    );
    dumb.ok();
    assert_eq!(dumb.stderr, "", "a dumb terminal cannot redraw a bar");
}

#[test]
fn a_page_that_is_not_everything_says_so_on_a_terminal_stderr_only() {
    let server = TestServer::start(&[]);
    let total = run_with(&server, &[], &["servers", "list", "--all", "-o", "json"])
        .json()
        .as_array()
        .expect("a list")
        .len();
    assert!(total > 20, "the demo has more than one page: {total}");
    let stderr = [("VPNMINE_FORCE_TTY", "stderr")];

    let first = run_with(&server, &stderr, &["servers", "list"]);
    assert_eq!(first.ok().lines().count(), 21, "a header and a page");
    assert_eq!(
        first.stderr,
        format!("Showing 20 of {total} servers; --all for every page\n")
    );
    let third = run_with(
        &server,
        &stderr,
        &["servers", "list", "--page", "3", "--size", "7"],
    );
    third.ok();
    let pages = total.div_ceil(7);
    assert_eq!(
        third.stderr,
        format!("Showing 7 of {total} servers (page 3 of {pages}); --all for every page\n")
    );
    // The shared page loop says it for every paged list, in that list's words.
    let admin = server.admin_token();
    let mut users = server.env.command();
    users
        .env("VPNMINE_TOKEN", &admin)
        .env("VPNMINE_FORCE_TTY", "stderr")
        .args(["--endpoint", &server.url, "users", "list", "--size", "1"]);
    let users = Run::from(users.output().expect("run vpnmine"));
    users.ok();
    assert!(
        users.stderr.starts_with("Showing 1 of ") && users.stderr.contains(" accounts; --all"),
        "{}",
        users.stderr
    );

    // Nothing to add when the page is everything, or when a program reads.
    let everything = run_with(&server, &stderr, &["servers", "list", "--size", "500"]);
    everything.ok();
    assert_eq!(everything.stderr, "", "a page with everything");
    let piped = run_with(&server, &[], &["servers", "list"]);
    piped.ok();
    assert_eq!(piped.stderr, "", "stderr is not a terminal");
    for format in ["json", "csv"] {
        let data = run_with(&server, &stderr, &["servers", "list", "-o", format]);
        data.ok();
        assert_eq!(data.stderr, "", "-o {format} is for programs");
    }
    let quiet = run_with(&server, &stderr, &["--quiet", "servers", "list"]);
    quiet.ok();
    assert_eq!(quiet.stderr, "", "--quiet");
}

/// `stats export` on a terminal: the download's bytes and speed on stderr; none in a pipe.
#[test]
fn stats_export_shows_the_download_on_a_terminal_stderr() {
    let server = TestServer::start(&[]);
    let token = server.admin_token();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stats.csv");
    let args = ["stats", "export", "--out", out.to_str().unwrap()];
    let with_token = |extra: &[(&str, &str)]| {
        let mut env = vec![("VPNMINE_TOKEN", token.as_str())];
        env.extend_from_slice(extra);
        run_with(&server, &env, &args)
    };

    // The file is downloaded while it is written, so its size is not known yet: a spinner
    // with the bytes so far and the speed, not a bar towards a total.
    let drawn = with_token(&[("VPNMINE_FORCE_TTY", "stderr")]);
    drawn.ok();
    assert!(
        drawn.stderr.contains(" B/s") || drawn.stderr.contains("iB/s"),
        "no bytes and speed: {:?}",
        drawn.stderr
    );

    let piped = with_token(&[]);
    piped.ok();
    assert!(!piped.stderr.contains("B/s"), "{:?}", piped.stderr);
}

/// `metrics watch` on a terminal: the network line and only the busiest servers that fit
/// `$LINES`, then how many are not shown; piped, every server in NDJSON as before.
#[test]
fn metrics_watch_fits_the_terminal_height() {
    let server = TestServer::start(&["--simulate", "1s"]);
    let token = server.admin_token();
    let watch = ["metrics", "watch", "--count", "2"];
    let tty = [
        ("VPNMINE_TOKEN", token.as_str()),
        ("VPNMINE_FORCE_TTY", "stdout"),
        ("COLUMNS", "100"),
        ("LINES", "20"),
        ("NO_COLOR", "1"),
    ];
    let run = run_with(&server, &tty, &watch);
    let text = run.ok();
    // Each update redraws the screen from the top.
    let frames: Vec<&str> = text
        .split("\x1b[2J\x1b[H")
        .filter(|f| !f.is_empty())
        .collect();
    assert_eq!(frames.len(), 2, "{text}");
    for frame in frames {
        let lines: Vec<&str> = frame.lines().collect();
        assert!(
            lines[0].contains("connections") && lines[0].contains("tokens/h"),
            "{frame}"
        );
        let note_at = lines.iter().position(|l| l.contains("not shown"));
        assert!(
            note_at.is_some_and(|i| i < 19),
            "taller than the terminal: {frame}"
        );
        let rows: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|l| l.contains("srv-"))
            .collect();
        // 20 lines: title, blank, four lines of table, the note and the cursor's line; the
        // latest alerts (at most five, under a blank and a title) take rows when they came.
        if frame.contains("\nalerts:\n") {
            assert!((12 - 7..12).contains(&rows.len()), "{frame}");
        } else {
            assert_eq!(rows.len(), 12, "{frame}");
        }
        let cpu: Vec<f64> = rows
            .iter()
            .map(|r| {
                let cells: Vec<&str> = r.split(['│', '┆']).map(str::trim).collect();
                cells[2].parse().expect("a CPU cell")
            })
            .collect();
        assert!(
            cpu.windows(2).all(|w| w[0] >= w[1]),
            "busiest first: {frame}"
        );
        let note = lines
            .iter()
            .find(|l| l.contains("not shown"))
            .unwrap_or_else(|| panic!("no note: {frame}"));
        let hidden: usize = note
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .expect("N more servers not shown");
        assert!(hidden >= 200, "{note}");
    }
    // Taller: more rows. Piped: NDJSON with every server, unchanged.
    let mut tall = tty.to_vec();
    tall[3] = ("LINES", "40");
    let text = run_with(&server, &tall, &["metrics", "watch", "--count", "1"]);
    let rows = text.ok().lines().filter(|l| l.contains("srv-")).count();
    assert!((32 - 7..=32).contains(&rows), "{}", text.stdout);
    let piped = run_with(
        &server,
        &[("VPNMINE_TOKEN", token.as_str()), ("LINES", "20")],
        &watch,
    );
    for line in piped.ok().lines() {
        let update: serde_json::Value = serde_json::from_str(line).expect("NDJSON");
        assert!(update["serverMetrics"].as_array().map_or(0, Vec::len) > 200);
    }
}

#[cfg(target_os = "linux")]
mod on_a_real_terminal {
    use super::*;
    use crate::common::pty::Pty;

    /// `vpnmine --endpoint URL ARGS` on a pseudo-terminal, with the file credential store.
    fn spawn(server: &TestServer, env: &[(&str, &str)], args: &[&str]) -> Pty {
        let mut cmd: Command = server.env.command();
        cmd.env("VPNMINE_CREDENTIAL_STORE", "file")
            .env("TERM", "xterm")
            .env_remove("COLUMNS")
            .arg("--endpoint")
            .arg(&server.url)
            .args(args);
        for (key, value) in env {
            cmd.env(key, value);
        }
        Pty::spawn(cmd)
    }

    #[test]
    fn auth_login_asks_for_the_username_and_the_password_without_echoing_it() {
        let server = TestServer::start(&[]);
        let mut login = spawn(&server, &[], &["auth", "login"]);
        login.expect("Username");
        login.wait_for_key_reads();
        login.send("operator\r");
        login.expect("Password");
        login.wait_for_hidden_input();
        login.send("operator-demo-pass\r");
        let (code, screen) = login.finish();
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("as operator"), "{screen}");
        assert!(!screen.contains("operator-demo-pass"), "echoed: {screen}");

        // The session was stored: later runs use it.
        let status = run_with(
            &server,
            &[("VPNMINE_CREDENTIAL_STORE", "file")],
            &["auth", "status", "-o", "json"],
        );
        assert_eq!(status.json()["username"], "operator", "{}", status.stdout);
    }

    #[test]
    fn without_a_terminal_by_override_login_refuses_and_names_the_flags() {
        let server = TestServer::start(&[]);
        let refused = spawn(&server, &[("VPNMINE_FORCE_TTY", "0")], &["auth", "login"]);
        let (code, screen) = refused.finish();
        assert_eq!(code, 2, "{screen}");
        assert!(screen.contains("--with-token"), "{screen}");
        assert!(!screen.contains("Username"), "{screen}");
    }

    #[test]
    fn uuids_migrate_asks_before_changing_anything_and_shows_a_bordered_result() {
        let server = TestServer::start(&[]);
        let token = server.admin_token();
        let plan = server.run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"]);
        let details = plan.json()["details"].clone();
        let user = details[0]["userId"]
            .as_str()
            .expect("a user to migrate")
            .to_string();
        let migrate = ["uuids", "migrate", "--user", user.as_str()];
        let admin = [("VPNMINE_TOKEN", token.as_str())];

        let mut declined = spawn(&server, &admin, &migrate);
        declined.expect("Give 1 user(s) new UUIDs");
        declined.wait_for_key_reads();
        declined.send("n");
        let (code, screen) = declined.finish();
        assert_eq!(code, 1, "{screen}");
        assert!(
            screen.contains("cancelled: nothing was changed"),
            "{screen}"
        );
        let unchanged = server.run_as(&token, &["uuids", "migrate", "--dry-run", "-o", "json"]);
        assert_eq!(
            unchanged.json()["details"][0]["oldUuid"],
            details[0]["oldUuid"]
        );

        let mut accepted = spawn(&server, &admin, &migrate);
        accepted.expect("Give 1 user(s) new UUIDs");
        accepted.wait_for_key_reads();
        accepted.send("y");
        let (code, screen) = accepted.finish();
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("MIGRATED"), "{screen}");
        // A real terminal is detected as one: the result is a bordered table.
        assert!(has_borders(&screen), "{screen}");
    }
}
