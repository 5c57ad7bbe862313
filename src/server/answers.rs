//! Answers to read-only requests, kept briefly so that identical requests of one caller share
//! one execution: a dashboard open in many tabs or polled by a script, or a listing's first
//! page fetched by many anonymous clients. The caller is part of the key, so different accounts
//! never share an answer; anonymous callers, who all see the same data, share theirs.
//!
//! An answer is served again only while nothing it may depend on can have changed: the
//! store's generation (moved by every mutation and heartbeat) is the one it was computed under,
//! and it is younger than [`FRESH_FOR`], since statuses and default windows follow the clock.
//! Only answers without errors are kept, and only for queries whose every root field is a plain
//! read of stored data ([`ALWAYS_RUN`] lists the others). Requests that arrive while an
//! answer is being computed wait for it instead of computing it again, so that a popular
//! answer going stale costs one execution, not one per waiting connection.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_graphql::parser::types::{OperationType, Selection};
use axum::body::Bytes;

/// How long an answer may be served again at most.
pub const FRESH_FOR: Duration = Duration::from_secs(1);
/// Answers kept at once; beyond that, stale ones go, then all.
const MAX_ENTRIES: usize = 1024;
/// Larger answers are not kept.
const MAX_BODY_BYTES: usize = 64 * 1024;
/// Requests with larger keys (a query of up to a 1 MiB body, with its variables) run unshared:
/// nobody polls a document that size.
const MAX_KEY_BYTES: usize = 32 * 1024;
/// The bytes of keys and answers kept at once; beyond that, stale ones go, then all. Keys
/// count: 1,024 keys of 32 KiB alone would hold twice this.
const MAX_BYTES: usize = 16 * 1024 * 1024;
/// Root fields answered afresh every time: `exportDetailedStats` writes a file and signs a
/// URL; `systemHealth` reports the process's own live counters, which every request moves.
const ALWAYS_RUN: &[&str] = &["exportDetailedStats", "streamDetailedStats", "systemHealth"];

/// What a request is, read from its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    /// A query whose answer may be shared.
    Read,
    Mutation,
    /// Anything else runs every time: a query of [`ALWAYS_RUN`] fields or with root
    /// fragments, a subscription, or a document the schema will refuse.
    Other,
}

/// Parses the request's document once: the schema then executes the parsed document.
pub fn classify(request: &mut async_graphql::Request) -> RequestKind {
    let operation_name = request.operation_name.clone();
    let Ok(document) = request.parsed_query() else {
        return RequestKind::Other;
    };
    let chosen: Vec<_> = document
        .operations
        .iter()
        .filter(|(name, _)| {
            operation_name.is_none() || name.map(|n| n.as_str()) == operation_name.as_deref()
        })
        .collect();
    if chosen
        .iter()
        .any(|(_, op)| op.node.ty == OperationType::Mutation)
    {
        return RequestKind::Mutation;
    }
    let [(_, operation)] = chosen.as_slice() else {
        return RequestKind::Other;
    };
    if operation.node.ty != OperationType::Query {
        return RequestKind::Other;
    }
    // Fragments at the root could hide any field: only plain fields are judged.
    let plain_reads = operation.node.selection_set.node.items.iter().all(|item| {
        matches!(&item.node, Selection::Field(field)
            if !ALWAYS_RUN.contains(&field.node.name.node.as_str()))
    });
    if plain_reads {
        RequestKind::Read
    } else {
        RequestKind::Other
    }
}

/// Who asks, how, and what: requests with equal keys get equal answers.
pub fn key(caller: &str, media: &str, request: &async_graphql::Request) -> String {
    let variables = serde_json::to_string(&request.variables).unwrap_or_default();
    format!(
        "{caller}\n{media}\n{}\n{}\n{variables}",
        request.operation_name.as_deref().unwrap_or_default(),
        request.query
    )
}

/// An answer, or the slot it will land in while the first asker computes it. `None` inside:
/// it turned out not to be shareable (it had errors), so each asker computes its own.
type Slot = Arc<tokio::sync::OnceCell<Option<Bytes>>>;

struct Entry {
    generation: u64,
    stored: Instant,
    slot: Slot,
    /// Its key's bytes, and its answer's once kept.
    bytes: usize,
}

impl Entry {
    fn fresh(&self, generation: u64) -> bool {
        self.generation == generation && self.stored.elapsed() < FRESH_FOR
    }
}

#[derive(Default)]
pub struct Answers {
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    entries: HashMap<String, Entry>,
    /// The bytes of every entry's key and answer.
    bytes: usize,
    /// When stale answers were last dropped.
    purged: Option<Instant>,
}

impl Kept {
    fn retain(&mut self, keep: impl Fn(&Entry) -> bool) {
        let mut dropped = 0;
        self.entries.retain(|_, entry| {
            let kept = keep(entry);
            if !kept {
                dropped += entry.bytes;
            }
            kept
        });
        self.bytes -= dropped;
    }

    /// Makes room for an entry of `bytes` when the bounds require it: stale answers go, and if
    /// that is not enough, all.
    fn make_room(&mut self, key: &str, bytes: usize, generation: u64) {
        let due = self.purged.is_none_or(|at| at.elapsed() >= FRESH_FOR);
        let full = |kept: &Self| {
            (kept.entries.len() >= MAX_ENTRIES && !kept.entries.contains_key(key))
                || kept.bytes + bytes > MAX_BYTES
        };
        if due || full(self) {
            self.retain(|e| e.fresh(generation));
            self.purged = Some(Instant::now());
            if full(self) {
                self.retain(|_| false);
            }
        }
    }
}

impl Answers {
    /// The answer for `key` under `generation`: a kept one less than [`FRESH_FOR`] old, the
    /// one another request is computing, or else `compute`'s, which is then kept when it
    /// says so (`(body, shareable)`).
    pub async fn get_or_compute<F>(&self, key: String, generation: u64, compute: F) -> Bytes
    where
        F: Future<Output = (Bytes, bool)>,
    {
        if key.len() > MAX_KEY_BYTES {
            return compute.await.0;
        }
        let slot = self.slot(&key, generation);
        let mut compute = Some(compute);
        let mut own = None;
        let shared = slot
            .get_or_init(|| async {
                let (body, shareable) = match compute.take() {
                    Some(compute) => compute.await,
                    None => (Bytes::new(), false),
                };
                own = Some(body.clone());
                let kept = (shareable && body.len() <= MAX_BODY_BYTES).then_some(body);
                if let Some(body) = &kept {
                    self.count_answer(&key, &slot, body.len());
                }
                kept
            })
            .await
            .clone();
        match (shared, own, compute) {
            (Some(body), _, _) => body,
            (None, Some(body), _) => body,
            // Another request computed it and it was not shareable: compute our own.
            (None, None, Some(compute)) => compute.await.0,
            // Not reachable: either this request ran the init (`own` is set) or `compute`
            // is untouched; an empty body rather than a panic if that ever changed.
            (None, None, None) => Bytes::new(),
        }
    }

    fn slot(&self, key: &str, generation: u64) -> Slot {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(entry) = kept.entries.get(key).filter(|e| e.fresh(generation)) {
            return Arc::clone(&entry.slot);
        }
        // The largest answer is reserved room too, so that counting it later cannot
        // overshoot the bound by more than one answer.
        kept.make_room(key, key.len() + MAX_BODY_BYTES, generation);
        let slot = Slot::default();
        let entry = Entry {
            generation,
            stored: Instant::now(),
            slot: Arc::clone(&slot),
            bytes: key.len(),
        };
        kept.bytes += entry.bytes;
        if let Some(replaced) = kept.entries.insert(key.to_string(), entry) {
            kept.bytes -= replaced.bytes;
        }
        slot
    }

    /// Adds a kept answer's bytes to its entry, if the entry is still the one it went into.
    fn count_answer(&self, key: &str, slot: &Slot, bytes: usize) {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let Some(entry) = kept.entries.get_mut(key) else {
            return;
        };
        if Arc::ptr_eq(&entry.slot, slot) {
            entry.bytes += bytes;
            kept.bytes += bytes;
        }
    }

    /// The bytes of keys and answers kept now.
    pub fn bytes(&self) -> usize {
        self.kept.lock().unwrap_or_else(|e| e.into_inner()).bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(query: &str, operation: Option<&str>) -> RequestKind {
        let mut request = async_graphql::Request::new(query);
        if let Some(name) = operation {
            request = request.operation_name(name);
        }
        classify(&mut request)
    }

    #[test]
    fn only_plain_queries_of_reads_are_shared() {
        assert_eq!(
            kind("{ miningServers { items { id } } }", None),
            RequestKind::Read
        );
        assert_eq!(
            kind(
                "query A { me { id } } mutation B { revokeToken(token: \"x\") }",
                Some("A")
            ),
            RequestKind::Read
        );
        assert_eq!(
            kind(
                "query A { me { id } } mutation B { revokeToken(token: \"x\") }",
                Some("B")
            ),
            RequestKind::Mutation
        );
        assert_eq!(
            kind("mutation { startMining(serverId: \"s\") { id } }", None),
            RequestKind::Mutation
        );
        assert_eq!(
            kind(
                "{ exportDetailedStats(from: \"x\", to: \"y\") { url } }",
                None
            ),
            RequestKind::Other
        );
        assert_eq!(
            kind("{ ...F } fragment F on Query { me { id } }", None),
            RequestKind::Other
        );
        assert_eq!(
            kind("subscription { metricUpdates { timestamp } }", None),
            RequestKind::Other
        );
        assert_eq!(kind("{ nope", None), RequestKind::Other);
        // Two operations and no name: the schema refuses it, so it is not judged here.
        assert_eq!(
            kind("query A { me { id } } query B { me { id } }", None),
            RequestKind::Other
        );
    }

    async fn answer(answers: &Answers, key: &str, generation: u64, body: &'static str) -> Bytes {
        answers
            .get_or_compute(key.into(), generation, async {
                (Bytes::from_static(body.as_bytes()), true)
            })
            .await
    }

    #[tokio::test]
    async fn answers_last_until_the_generation_moves_or_they_age() {
        let answers = Answers::default();
        assert_eq!(answer(&answers, "k", 7, "first").await, "first");
        assert_eq!(answer(&answers, "k", 7, "second").await, "first", "shared");
        assert_eq!(
            answer(&answers, "k", 8, "third").await,
            "third",
            "a write happened"
        );
        assert_eq!(answer(&answers, "other", 8, "fourth").await, "fourth");
        answers
            .kept
            .lock()
            .unwrap()
            .entries
            .get_mut("k")
            .unwrap()
            .stored -= FRESH_FOR;
        assert_eq!(answer(&answers, "k", 8, "fifth").await, "fifth", "too old");
    }

    #[tokio::test]
    async fn unshareable_answers_are_computed_by_each_asker() {
        let answers = Answers::default();
        let errors =
            |text: &'static str| async move { (Bytes::from_static(text.as_bytes()), false) };
        assert_eq!(
            answers.get_or_compute("k".into(), 1, errors("a")).await,
            "a"
        );
        assert_eq!(
            answers.get_or_compute("k".into(), 1, errors("b")).await,
            "b"
        );
        let big = Bytes::from(vec![b' '; MAX_BODY_BYTES + 1]);
        let first = answers
            .get_or_compute("big".into(), 1, async { (big.clone(), true) })
            .await;
        assert_eq!(first.len(), big.len());
        assert_eq!(
            answer(&answers, "big", 1, "small").await,
            "small",
            "too big to keep"
        );
    }

    #[tokio::test]
    async fn concurrent_askers_share_one_computation() {
        let answers = Arc::new(Answers::default());
        let runs = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..32 {
            let (answers, runs) = (Arc::clone(&answers), Arc::clone(&runs));
            tasks.push(tokio::spawn(async move {
                answers
                    .get_or_compute("k".into(), 1, async {
                        runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        (Bytes::from_static(b"answer"), true)
                    })
                    .await
            }));
        }
        for task in tasks {
            assert_eq!(task.await.unwrap(), "answer");
        }
        assert_eq!(runs.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn memory_stays_bounded() {
        let answers = Answers::default();
        for n in 0..(MAX_ENTRIES * 3) {
            answer(&answers, &format!("k{n}"), 1, "{}").await;
        }
        assert!(answers.kept.lock().unwrap().entries.len() <= MAX_ENTRIES);
        // Stale answers go at the next insert once FRESH_FOR has passed, full or not.
        for entry in answers.kept.lock().unwrap().entries.values_mut() {
            entry.stored -= FRESH_FOR;
        }
        answers.kept.lock().unwrap().purged = None;
        answer(&answers, "new", 1, "{}").await;
        assert_eq!(answers.kept.lock().unwrap().entries.len(), 1);
        assert_eq!(answers.bytes(), "new".len() + "{}".len());
    }

    /// The bytes a kept entry really holds: its key and its answer.
    fn held(answers: &Answers) -> usize {
        let kept = answers.kept.lock().unwrap();
        kept.entries
            .iter()
            .map(|(key, entry)| {
                key.len() + entry.slot.get().cloned().flatten().map_or(0, |b| b.len())
            })
            .sum()
    }

    #[tokio::test]
    async fn key_bytes_count_in_the_memory_bound() {
        let answers = Answers::default();
        // Keys just under the size that is never kept, with small answers: entries alone
        // stay far below MAX_ENTRIES, so only counting the keys' bytes bounds them.
        let key_bytes = MAX_KEY_BYTES - 16;
        let mut body = Vec::new();
        for n in 0..(MAX_BYTES / key_bytes) * 2 {
            let key = format!("{n:>width$}", width = key_bytes);
            answers
                .get_or_compute(key, 1, async { (Bytes::from_static(b"{}"), true) })
                .await;
            body.push(answers.bytes());
            assert_eq!(answers.bytes(), held(&answers), "the count is what is held");
            assert!(
                answers.bytes() <= MAX_BYTES,
                "{} > {MAX_BYTES}",
                answers.bytes()
            );
        }
        assert!(
            body.iter().any(|&b| b > MAX_BYTES / 2),
            "keys were counted: {body:?}"
        );
        assert!(answers.kept.lock().unwrap().entries.len() < MAX_ENTRIES);

        // A key too large to keep: the request runs, and nothing is kept for it.
        let before = answers.bytes();
        let huge = "q".repeat(MAX_KEY_BYTES + 1);
        let first = answers
            .get_or_compute(huge.clone(), 1, async {
                (Bytes::from_static(b"one"), true)
            })
            .await;
        let second = answers
            .get_or_compute(huge, 1, async { (Bytes::from_static(b"two"), true) })
            .await;
        assert_eq!((first, second), ("one".into(), "two".into()));
        assert_eq!(answers.bytes(), before);
    }
}
