//! vpnmine: the operator and admin toolkit for the VPN Mining Platform.
//!
//! - `cli`: the command line, one module per noun; commands return [`output::Output`].
//! - `client`: the only place that talks GraphQL (typed operations, transport, embedded backend).
//! - `config`: the client's config file (profiles) and which endpoint and profile are in force.
//! - `output`: the only place that renders (table, JSON, CSV).
//! - `domain`: pure rules shared by client and server (validators, dates, reward formula).
//! - `server`: the bundled backend (transport, resolvers, store); only with the `server`
//!   feature (the default), which slim builds for nodes leave out.
//! - `operation_table`: the operation → command table.
//! - `endpoint`: where the platform is (`local` or a URL), shared by `config` and `client`.
//! - `terminal`: which standard streams are terminals, decided once for the whole run.

pub mod cli;
pub mod client;
pub mod config;
pub mod domain;
pub mod endpoint;
pub mod error;
pub mod operation_table;
pub mod output;
pub mod paths;
#[cfg(feature = "server")]
pub mod server;
pub mod terminal;

#[cfg(test)]
mod layout_tests {
    //! The house rules of the source tree that a reader relies on (issue #11, point 15).

    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    fn src() -> (PathBuf, Vec<PathBuf>) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&root, &mut files);
        (root, files)
    }

    /// A name may stand in several folders only as one noun's layers: its command
    /// (`cli/`), its resolvers (`server/api/`), its store (`server/store/`), or the crate root.
    /// Anywhere else, two files of one name hold different things and mislead.
    #[test]
    fn a_module_name_repeats_only_across_a_nouns_layers() {
        const LAYERS: [&str; 4] = ["", "cli", "server/api", "server/store"];
        let (root, files) = src();
        let mut folders: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for file in &files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            if name == "mod.rs" {
                continue;
            }
            let folder = file.parent().unwrap().strip_prefix(&root).unwrap();
            folders
                .entry(name)
                .or_default()
                .push(folder.to_string_lossy().replace('\\', "/"));
        }
        let misleading: Vec<_> = folders
            .iter()
            .filter(|(_, places)| places.len() > 1)
            .filter(|(_, places)| places.iter().any(|p| !LAYERS.contains(&p.as_str())))
            .collect();
        assert!(misleading.is_empty(), "rename one of each: {misleading:?}");
    }

    /// The client side never reaches into the server, except to start the bundled backend;
    /// and the config file does not import the client that reads it.
    #[test]
    fn the_client_side_imports_no_server_internals_and_config_no_client() {
        let (root, files) = src();
        let starts_the_backend = [root.join("cli/server.rs"), root.join("client/embedded.rs")];
        let mut offenders = Vec::new();
        for file in &files {
            let relative = file.strip_prefix(&root).unwrap();
            let client_side = relative.starts_with("cli") || relative.starts_with("client");
            let text = std::fs::read_to_string(file).unwrap();
            if client_side && !starts_the_backend.contains(file) && text.contains("crate::server") {
                offenders.push(relative.display().to_string());
            }
            if relative == Path::new("config.rs") && text.contains("crate::client") {
                offenders.push("config.rs imports the client".into());
            }
        }
        assert!(offenders.is_empty(), "{offenders:?}");
    }
}
