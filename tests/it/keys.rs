//! `vpnmine keys` through the binary: every subcommand in every format, values the server's
//! validators accept, bad --count/--length refused with exit 2, and no platform needed (no
//! config, no endpoint, not even a reachable one).

use std::collections::HashSet;

use serde_json::Value;
use vpnmine::domain::client_config::x25519_public_key;
use vpnmine::domain::{
    validate_short_id, validate_uuid, validate_wireguard_key, validate_x25519_key,
};

use crate::common::Env;

fn string<'a>(json: &'a Value, key: &str) -> &'a str {
    json[key]
        .as_str()
        .unwrap_or_else(|| panic!("no {key} in {json}"))
}

#[test]
fn keys_reality_prints_a_matching_pair_the_validator_accepts() {
    let env = Env::new();
    let json = env.run(&["keys", "reality", "-o", "json"]).json();
    assert_eq!(json.as_object().unwrap().len(), 2, "{json}");
    let private = validate_x25519_key(string(&json, "privateKey")).unwrap();
    let public = validate_x25519_key(string(&json, "publicKey")).unwrap();
    assert_eq!(x25519_public_key(private), public);

    // Two runs, two different keys.
    let again = env.run(&["keys", "reality", "-o", "json"]).json();
    assert_ne!(again["privateKey"], json["privateKey"]);

    let table = env.run(&["keys", "reality"]).ok().to_string();
    assert!(
        table.contains("privateKey") && table.contains("publicKey"),
        "{table}"
    );
    let csv = env.run(&["keys", "reality", "-o", "csv"]).ok().to_string();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[0].contains("privateKey") && lines[0].contains("publicKey"));
}

#[test]
fn keys_wireguard_prints_a_pair_and_a_preshared_key() {
    let env = Env::new();
    let json = env.run(&["keys", "wireguard", "-o", "json"]).json();
    assert_eq!(json.as_object().unwrap().len(), 3, "{json}");
    for key in ["privateKey", "publicKey", "presharedKey"] {
        assert_eq!(string(&json, key).len(), 44, "{json}");
    }
    let private = validate_wireguard_key(string(&json, "privateKey")).unwrap();
    let public = validate_wireguard_key(string(&json, "publicKey")).unwrap();
    validate_wireguard_key(string(&json, "presharedKey")).unwrap();
    assert_eq!(x25519_public_key(private), public);
    // A REALITY validator refuses WireGuard's format, so the two cannot be mixed up.
    assert!(validate_x25519_key(string(&json, "privateKey")).is_err());

    let table = env.run(&["keys", "wireguard"]).ok().to_string();
    assert!(table.contains("presharedKey"), "{table}");
}

#[test]
fn keys_uuid_gives_distinct_v4_uuids_as_a_json_array_or_bare_lines() {
    let env = Env::new();
    let json = env
        .run(&["keys", "uuid", "--count", "3", "-o", "json"])
        .json();
    let uuids: Vec<&str> = json
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {json}"))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(uuids.len(), 3);
    for uuid in &uuids {
        assert_eq!(validate_uuid(uuid).unwrap().get_version_num(), 4);
    }
    assert_eq!(uuids.iter().collect::<HashSet<_>>().len(), 3);

    // One by default; --plain is one bare value a line, for scripts.
    let one = env.run(&["keys", "uuid", "-o", "json"]).json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    let plain = env
        .run(&["keys", "uuid", "--count", "5", "--plain"])
        .ok()
        .to_string();
    let lines: Vec<&str> = plain.lines().collect();
    assert_eq!(lines.len(), 5, "{plain}");
    for line in &lines {
        validate_uuid(line).unwrap();
    }
    // The table has a header; CSV a header and a row per UUID.
    let table = env.run(&["keys", "uuid", "--count", "2"]).ok().to_string();
    assert!(table.contains("UUID"), "{table}");
    let csv = env
        .run(&["keys", "uuid", "--count", "2", "-o", "csv"])
        .ok()
        .to_string();
    assert_eq!(csv.lines().count(), 3, "{csv}");

    let many = env
        .run(&["keys", "uuid", "--count", "10000", "--plain"])
        .ok()
        .to_string();
    assert_eq!(many.lines().collect::<HashSet<_>>().len(), 10_000);
}

#[test]
fn keys_short_id_has_the_length_asked_for() {
    let env = Env::new();
    let json = env.run(&["keys", "short-id", "-o", "json"]).json();
    let id = json[0].as_str().unwrap_or_else(|| panic!("{json}"));
    assert_eq!(id.len(), 16);
    validate_short_id(id).unwrap();
    for length in ["2", "8", "16"] {
        let plain = env
            .run(&["keys", "short-id", "--length", length, "--plain"])
            .ok()
            .to_string();
        let id = plain.trim_end_matches('\n');
        assert_eq!(id.len().to_string(), length, "{plain:?}");
        assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
        validate_short_id(id).unwrap();
    }
}

#[test]
fn bad_counts_and_lengths_are_usage_errors() {
    let env = Env::new();
    for count in ["0", "10001", "-1", "many", ""] {
        env.run(&["keys", "uuid", &format!("--count={count}")])
            .fails(2, "--count");
    }
    for length in ["0", "1", "3", "15", "17", "18", "-2", "x"] {
        env.run(&["keys", "short-id", &format!("--length={length}")])
            .fails(2, "--length");
    }
    let odd = env.run(&["keys", "short-id", "--length", "7"]);
    odd.fails(2, "even");
    assert!(odd.stdout.is_empty(), "{}", odd.stdout);
    env.run(&["keys", "uuid", "--plain", "-o", "json"])
        .fails(2, "--plain");
    env.run(&["keys", "short-id", "--plain", "-o", "csv"])
        .fails(2, "--plain");
    env.run(&["keys", "rsa"]).fails(2, "rsa");
}

#[test]
fn keys_need_no_config_and_no_platform() {
    let env = Env::new();
    // A config file that cannot be read and an endpoint nobody listens on: neither is touched.
    let config = env.home.path().join("config/vpnmine");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "this is [not toml").unwrap();
    for args in [
        &["keys", "reality"][..],
        &["keys", "wireguard"],
        &["keys", "uuid"],
        &["keys", "short-id"],
    ] {
        let mut cmd = env.command();
        cmd.args(args)
            .args(["-o", "json"])
            .env("VPNMINE_ENDPOINT", "http://127.0.0.1:9/graphql")
            .env("VPNMINE_PROFILE", "nobody");
        let run = crate::common::Run::from(cmd.output().unwrap());
        run.json();
    }
    // Nothing was created under the data directory: no embedded database, no credentials.
    assert!(!env.home.path().join("data").exists());
}
