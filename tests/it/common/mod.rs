//! Helpers for the integration tests: the built binary in an isolated environment, and a
//! bundled server on 127.0.0.1:0 with an in-memory demo database.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

use tempfile::TempDir;

#[cfg(feature = "server")]
pub mod postgres;
#[cfg(target_os = "linux")]
pub mod pty;

/// The `vpnmine` binary with a private HOME/XDG tree and no VPNMINE_* variables, so tests never
/// touch the developer's files or each other's.
pub struct Env {
    pub home: TempDir,
}

impl Env {
    pub fn new() -> Self {
        Self {
            home: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn command(&self) -> Command {
        self.command_of(env!("CARGO_BIN_EXE_vpnmine"))
    }

    /// [`Env::command`] for another binary (the server of a slim build's tests).
    pub fn command_of(&self, binary: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(binary);
        let home = self.home.path();
        cmd.env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env_remove("VPNMINE_ENDPOINT")
            .env_remove("VPNMINE_TOKEN")
            .env_remove("VPNMINE_PROFILE")
            .env_remove("NO_COLOR")
            .env_remove("VPNMINE_FORCE_TTY")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs `vpnmine ARGS` to completion.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = self.command().args(args).output().expect("run vpnmine");
        Run::from(output)
    }

    /// Runs `cmd` to completion with `input` on its stdin.
    pub fn run_input(mut cmd: Command, input: &str) -> Run {
        use std::io::Write as _;
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn vpnmine");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
        Run::from(child.wait_with_output().expect("wait vpnmine"))
    }
}

/// What a finished run printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Self {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts success and returns stdout.
    pub fn ok(&self) -> &str {
        assert_eq!(self.code, 0, "expected success; stderr: {}", self.stderr);
        &self.stdout
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.ok())
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    /// Asserts the exit code and that stderr mentions `needle`, and that nothing panicked.
    pub fn fails(&self, code: i32, needle: &str) {
        assert_eq!(
            self.code, code,
            "exit code; stdout: {} stderr: {}",
            self.stdout, self.stderr
        );
        assert!(
            self.stderr.contains(needle),
            "stderr should mention {needle:?}: {}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
    }
}

/// The binary that runs `vpnmine server`: this build's own, or in a slim build (no `server`
/// feature, tests/slim) a full build's, named by VPNMINE_SERVER_BIN (.ci/run passes it).
pub fn server_binary() -> std::ffi::OsString {
    if cfg!(feature = "server") {
        return env!("CARGO_BIN_EXE_vpnmine").into();
    }
    std::env::var_os("VPNMINE_SERVER_BIN").unwrap_or_else(|| {
        panic!(
            "the slim tests need a full build's binary to serve them: \
             VPNMINE_SERVER_BIN=PATH (`cargo build` without --no-default-features, then \
             copy target/debug/vpnmine aside)"
        )
    })
}

/// The suite's servers run on PostgreSQL instead of SQLite in memory: in the `it_postgres`
/// test binary (the same suite, built a second time), or with `VPNMINE_TEST_ENGINE=postgres`.
pub fn on_postgres() -> bool {
    env!("CARGO_CRATE_NAME") == "it_postgres"
        || std::env::var("VPNMINE_TEST_ENGINE").is_ok_and(|engine| engine == "postgres")
}

/// A fresh PostgreSQL database's URL when [`on_postgres`]: the servers that would run on
/// `:memory:` run on it instead. Without PostgreSQL (and outside CI, where that fails the
/// test) the whole binary skips: it would only run the SQLite suite a second time.
#[cfg(feature = "server")]
pub fn engine_under_test() -> Option<String> {
    if !on_postgres() {
        return None;
    }
    let url = std::thread::spawn(|| {
        tokio::runtime::Runtime::new().unwrap().block_on(async {
            let pool = postgres::fresh_database().await?;
            Some(postgres::url_of(&pool).await)
        })
    })
    .join()
    .unwrap();
    if url.is_none() {
        // Straight to stderr: the harness would keep an `eprintln!`, and exit drops it.
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: the suite on PostgreSQL ends here, with success"
        );
        std::process::exit(0);
    }
    url
}

/// The slim build's tests run on the full server's SQLite.
#[cfg(not(feature = "server"))]
pub fn engine_under_test() -> Option<String> {
    None
}

/// A `vpnmine server` child process on a free loopback port, killed on drop.
pub struct TestServer {
    child: Child,
    pub url: String,
    pub env: Env,
}

impl TestServer {
    /// `vpnmine server --listen 127.0.0.1:0 --db :memory: --demo` plus `extra` arguments.
    pub fn start(extra: &[&str]) -> Self {
        Self::start_with_db(":memory:", extra)
    }

    /// `vpnmine server --listen 127.0.0.1:0 --db DB --demo` plus `extra` arguments.
    pub fn start_with_db(db: &str, extra: &[&str]) -> Self {
        let mut args = vec!["--demo"];
        args.extend_from_slice(extra);
        Self::start_without_demo(db, &args)
    }

    /// `vpnmine server --listen 127.0.0.1:0 --db DB` plus `extra` arguments: a database that
    /// has an admin already (`vpnmine server init`).
    pub fn start_without_demo(db: &str, extra: &[&str]) -> Self {
        match engine_under_test() {
            Some(url) if db == ":memory:" => Self::start_on(&["--database-url", &url], extra),
            _ => Self::start_on(&["--db", db], extra),
        }
    }

    /// `vpnmine server --listen 127.0.0.1:0 DATABASE` plus `extra` arguments, where
    /// `database` is `--db PATH` or `--database-url URL`.
    pub fn start_on(database: &[&str], extra: &[&str]) -> Self {
        let env = Env::new();
        let mut child = env
            .command_of(server_binary())
            .args(["server", "--listen", "127.0.0.1:0"])
            .args(database)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn server");
        let stdout = child.stdout.take().expect("server stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read server banner");
        let url = line
            .trim()
            .rsplit(' ')
            .next()
            .filter(|u| u.starts_with("http://"))
            .unwrap_or_else(|| panic!("unexpected banner: {line:?}"))
            .to_string();
        Self { child, url, env }
    }

    /// Runs `vpnmine --endpoint URL ARGS`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--endpoint", self.url.as_str()];
        all.extend_from_slice(args);
        self.env.run(&all)
    }

    /// Runs `vpnmine --endpoint URL ARGS` with `VPNMINE_TOKEN` set to `token` and `input` on
    /// stdin.
    pub fn run_as_input(&self, token: &str, args: &[&str], input: &str) -> Run {
        let mut cmd = self.env.command();
        cmd.env("VPNMINE_TOKEN", token)
            .arg("--endpoint")
            .arg(&self.url)
            .args(args);
        Env::run_input(cmd, input)
    }

    /// Runs `vpnmine --endpoint URL ARGS` with `VPNMINE_TOKEN` set to `token`.
    pub fn run_as(&self, token: &str, args: &[&str]) -> Run {
        let output = self
            .env
            .command()
            .env("VPNMINE_TOKEN", token)
            .arg("--endpoint")
            .arg(&self.url)
            .args(args)
            .output()
            .expect("run vpnmine");
        Run::from(output)
    }
}

impl TestServer {
    /// POSTs a GraphQL request, with a bearer token if given; returns the HTTP status and body.
    pub fn graphql(
        &self,
        query: &str,
        variables: serde_json::Value,
        token: Option<&str>,
    ) -> (u16, serde_json::Value) {
        let mut request = crate::common::http()
            .build()
            .unwrap()
            .post(&self.url)
            .json(&serde_json::json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().expect("POST /graphql");
        let status = response.status().as_u16();
        (status, response.json().expect("a JSON body"))
    }

    /// Logs in as a demo account and returns (access token, refresh token).
    pub fn login(&self, username: &str, password: &str) -> (String, String) {
        let (status, body) = self.graphql(
            "mutation($u: String!, $p: String!) { authenticate(username: $u, password: $p) { accessToken refreshToken } }",
            serde_json::json!({ "u": username, "p": password }),
            None,
        );
        assert_eq!(status, 200, "{body}");
        let auth = &body["data"]["authenticate"];
        (
            auth["accessToken"]
                .as_str()
                .expect("access token")
                .to_string(),
            auth["refreshToken"]
                .as_str()
                .expect("refresh token")
                .to_string(),
        )
    }

    /// The admin demo account's access token.
    pub fn admin_token(&self) -> String {
        self.login("admin", "admin-demo-pass").0
    }
}

/// An HTTP client for talking to the server directly. reqwest is built with rustls but no
/// crypto provider chosen (the binary installs ring), so tests install it too: a client built
/// without this works only after another test has installed it.
pub fn http() -> reqwest::blocking::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
}

/// An endpoint where nothing listens: a command that got as far as a request would exit 6.
pub const UNREACHABLE: &str = "http://127.0.0.1:1/graphql";

impl TestServer {
    /// The demo operator's access token and user id.
    pub fn operator(&self) -> (String, String) {
        let (token, _) = self.login("operator", "operator-demo-pass");
        let (_, me) = self.graphql("{ me { id } }", serde_json::json!({}), Some(&token));
        let id = me["data"]["me"]["id"].as_str().expect("me").to_string();
        (token, id)
    }

    /// Servers of `owner` (JSON items, every page) listed by the CLI, with `extra` flags.
    pub fn owned(&self, owner: &str, extra: &[&str]) -> Vec<serde_json::Value> {
        let mut args = vec!["servers", "list", "--owner", owner, "--all", "-o", "json"];
        args.extend_from_slice(extra);
        self.run(&args).json().as_array().expect("a list").clone()
    }

    /// A server that `owner` does not own.
    pub fn foreign(&self, owner: &str) -> String {
        let page = self.run(&["servers", "list", "-o", "json"]).json();
        page.as_array()
            .expect("a list")
            .iter()
            .find(|s| s["ownerId"] != owner)
            .and_then(|s| s["id"].as_str())
            .expect("a server of someone else")
            .to_string()
    }

    /// The first ONLINE server of the account `token` belongs to.
    pub fn own_online_server(&self, token: &str) -> String {
        let (_, me) = self.graphql("{ me { id } }", serde_json::json!({}), Some(token));
        let (_, page) = self.graphql(
            "query($o: ID) { miningServers(filters: {ownerId: $o, status: ONLINE}) { items { id } } }",
            serde_json::json!({"o": me["data"]["me"]["id"]}),
            None,
        );
        page["data"]["miningServers"]["items"][0]["id"]
            .as_str()
            .expect("an online server")
            .to_string()
    }
}

/// The `extensions.code` of the first error of a GraphQL response.
pub fn error_code(body: &serde_json::Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error code in {body}"))
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An exact amount from a response or a `-o json` row: the decimal string the `Tokens`
/// scalar carries. Anything else (a JSON number, null) fails the test, since a float could
/// already have lost the exact value.
pub fn tokens(value: &serde_json::Value) -> vpnmine::domain::money::Tokens {
    value
        .as_str()
        .unwrap_or_else(|| panic!("an amount is a decimal string, got {value}"))
        .parse()
        .unwrap_or_else(|e| panic!("{value}: {e}"))
}
