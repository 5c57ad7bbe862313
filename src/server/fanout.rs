//! One execution per identical subscription. A thousand dashboards of one account watching
//! `metricUpdates` ask for the same updates: executing the selection once per update and
//! handing every socket a copy costs a clone per subscriber instead of an execution (with its
//! per-field extension hooks), which is what kept 1,000 subscribers from keeping up on two
//! cores.
//!
//! Subscriptions are identical when their document, operation name, variables and extensions
//! are, and they run as the same account with the same role: the subscription resolvers decide
//! what to show from nothing else. Each subscriber keeps what is its own: the guard admitted
//! it, its token is re-checked (`socket::until_token_lost`), it counts in
//! `activeSubscriptions`, and one that falls behind skips updates without slowing the others.
//!
//! An execution stops taking new subscribers once it answers with an error (a refused
//! subscription ends after its error; a later subscriber gets a fresh execution and its own
//! answer), and it is stopped when its last subscriber leaves.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};

use async_graphql::futures_util::StreamExt as _;
use async_graphql::futures_util::stream::{self, BoxStream};
use async_graphql::{Request, Response};
use tokio::sync::broadcast::{self, error::RecvError};

use super::api::Viewer;

/// Answers kept for a subscriber that falls behind before it skips the oldest (as the broker).
const CAPACITY: usize = super::broker::CAPACITY;

/// What makes two subscriptions' answers the same.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    query: String,
    operation: Option<String>,
    variables: String,
    extensions: String,
    viewer: String,
}

impl Key {
    pub fn new(request: &Request, viewer: &Viewer) -> Self {
        // Everything the resolvers may look at: the account's id, name, role and type.
        let viewer = format!("{viewer:?}");
        Self {
            query: request.query.clone(),
            operation: request.operation_name.clone(),
            variables: serde_json::to_string(&request.variables).unwrap_or_default(),
            extensions: serde_json::to_string(&request.extensions).unwrap_or_default(),
            viewer,
        }
    }
}

/// The running executions by key, each with its number: an execution removes only its own
/// entry, and nobody upgrades a reference under the lock but to keep it (dropping the last
/// one there would run `Execution::drop`, which takes the lock).
type Running = Arc<Mutex<HashMap<Key, (u64, Weak<Execution>)>>>;

/// The executions running now, by what they answer.
#[derive(Default, Clone)]
pub struct Fanout {
    running: Running,
    started: Arc<std::sync::atomic::AtomicU64>,
}

/// One running execution; its subscribers hold it, and it stops when the last one leaves.
struct Execution {
    /// Weak: the driver holds the only sender, so its end reaches every subscriber.
    answers: broadcast::WeakSender<Arc<Response>>,
    driver: tokio::task::AbortHandle,
    number: u64,
    key: Key,
    running: Running,
}

impl Drop for Execution {
    fn drop(&mut self) {
        self.driver.abort();
        forget(&mut lock(&self.running), &self.key, self.number);
    }
}

impl Fanout {
    /// The answers of the execution running for `key`, or of one that `start` begins now.
    pub fn subscribe(
        &self,
        key: Key,
        start: impl FnOnce() -> BoxStream<'static, Response>,
    ) -> BoxStream<'static, Response> {
        // An execution found to have ended is dropped after the lock is released: if it is the
        // last reference, its `drop` takes the lock.
        let (execution, receiver, ended) = {
            let mut running = lock(&self.running);
            let found = running.get(&key).and_then(|(_, e)| e.upgrade());
            let receiver = found
                .as_ref()
                .and_then(|e| Some(e.answers.upgrade()?.subscribe()));
            match (found, receiver) {
                (Some(execution), Some(receiver)) => (execution, receiver, None),
                (ended, _) => {
                    let number = self
                        .started
                        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let (answers, receiver) = broadcast::channel(CAPACITY);
                    let driver = tokio::spawn(drive(
                        start(),
                        answers.clone(),
                        (key.clone(), number),
                        Arc::clone(&self.running),
                    ))
                    .abort_handle();
                    let execution = Arc::new(Execution {
                        answers: answers.downgrade(),
                        driver,
                        number,
                        key: key.clone(),
                        running: Arc::clone(&self.running),
                    });
                    running.insert(key, (number, Arc::downgrade(&execution)));
                    (execution, receiver, ended)
                }
            }
        };
        drop(ended);
        stream::unfold(
            (execution, receiver),
            |(execution, mut receiver)| async move {
                loop {
                    match receiver.recv().await {
                        Ok(answer) => return Some((copy(&answer), (execution, receiver))),
                        Err(RecvError::Lagged(_)) => continue,
                        Err(RecvError::Closed) => return None,
                    }
                }
            },
        )
        .boxed()
    }

    /// Executions running now (for tests).
    #[cfg(test)]
    fn executions(&self) -> usize {
        lock(&self.running)
            .values()
            .filter(|(_, e)| e.strong_count() > 0)
            .count()
    }
}

/// Runs one execution, handing each answer to its subscribers. Answers are sent under the
/// lock that subscribers join under, so a subscriber receives every answer after it joined;
/// after an error nobody joins any more.
async fn drive(
    mut answers: BoxStream<'static, Response>,
    subscribers: broadcast::Sender<Arc<Response>>,
    (key, number): (Key, u64),
    running: Running,
) {
    while let Some(answer) = answers.next().await {
        let mut running = lock(&running);
        if answer.is_err() {
            forget(&mut running, &key, number);
        }
        let _ = subscribers.send(Arc::new(answer));
    }
    forget(&mut lock(&running), &key, number);
}

/// Takes execution `number` off the list for new subscribers (a newer one may hold the key).
fn forget(running: &mut HashMap<Key, (u64, Weak<Execution>)>, key: &Key, number: u64) {
    if running.get(key).is_some_and(|(n, _)| *n == number) {
        running.remove(key);
    }
}

fn lock(running: &Running) -> std::sync::MutexGuard<'_, HashMap<Key, (u64, Weak<Execution>)>> {
    running.lock().unwrap_or_else(|e| e.into_inner())
}

/// `Response` is not `Clone`; its parts are.
fn copy(answer: &Response) -> Response {
    let mut copy = Response::new(answer.data.clone());
    copy.extensions = answer.extensions.clone();
    copy.cache_control = answer.cache_control;
    copy.errors = answer.errors.clone();
    copy.http_headers = answer.http_headers.clone();
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::Value;
    use tokio::sync::mpsc;

    fn key(query: &str) -> Key {
        Key::new(&Request::new(query), &Viewer::Anonymous)
    }

    /// An execution whose answers the test sends; counts how often it was started.
    fn source(
        started: &Arc<std::sync::atomic::AtomicUsize>,
    ) -> (
        mpsc::UnboundedSender<Response>,
        impl FnOnce() -> BoxStream<'static, Response> + use<>,
    ) {
        let (send, receive) = mpsc::unbounded_channel();
        let started = Arc::clone(started);
        let start = move || {
            started.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            tokio_stream_of(receive)
        };
        (send, start)
    }

    fn tokio_stream_of(
        mut receive: mpsc::UnboundedReceiver<Response>,
    ) -> BoxStream<'static, Response> {
        stream::poll_fn(move |cx| receive.poll_recv(cx)).boxed()
    }

    fn answer(n: i32) -> Response {
        Response::new(Value::from(n))
    }

    #[tokio::test]
    async fn identical_subscriptions_share_one_execution_and_each_gets_every_answer() {
        let fanout = Fanout::default();
        let started = Arc::default();
        let (send, start) = source(&started);
        let mut first = fanout.subscribe(key("subscription { a }"), start);
        let (_unused, start_again) = source(&started);
        let mut second = fanout.subscribe(key("subscription { a }"), start_again);
        assert_eq!(started.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert_eq!(fanout.executions(), 1);
        send.send(answer(1)).unwrap();
        send.send(answer(2)).unwrap();
        for subscriber in [&mut first, &mut second] {
            assert_eq!(subscriber.next().await.unwrap().data, Value::from(1));
            assert_eq!(subscriber.next().await.unwrap().data, Value::from(2));
        }
        drop(send);
        assert!(first.next().await.is_none(), "the end reaches everyone");
        assert!(second.next().await.is_none());
    }

    #[tokio::test]
    async fn different_documents_or_viewers_run_apart() {
        let fanout = Fanout::default();
        let started = Arc::default();
        let (_a, start_a) = source(&started);
        let (_b, start_b) = source(&started);
        let (_c, start_c) = source(&started);
        let _one = fanout.subscribe(key("subscription { a }"), start_a);
        let _other = fanout.subscribe(key("subscription { b }"), start_b);
        let admin = Viewer::User(crate::server::api::Account {
            id: "usr-1".into(),
            username: "root".into(),
            role: crate::server::api::types::Role::Admin,
            user_type: crate::server::api::types::UserType::Admin,
        });
        let as_admin = Key::new(&Request::new("subscription { a }"), &admin);
        let _third = fanout.subscribe(as_admin, start_c);
        assert_eq!(started.load(std::sync::atomic::Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn the_last_subscriber_leaving_stops_the_execution() {
        let fanout = Fanout::default();
        let started = Arc::default();
        let (send, start) = source(&started);
        let first = fanout.subscribe(key("subscription { a }"), start);
        drop(first);
        assert_eq!(fanout.executions(), 0);
        tokio::task::yield_now().await;
        assert!(send.is_closed(), "the execution's stream was dropped");
        let (_again, start) = source(&started);
        let _next = fanout.subscribe(key("subscription { a }"), start);
        assert_eq!(started.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn after_an_error_a_new_subscriber_gets_its_own_execution() {
        let fanout = Fanout::default();
        let started = Arc::default();
        let (send, start) = source(&started);
        let mut first = fanout.subscribe(key("subscription { a }"), start);
        let error = async_graphql::ServerError::new("refused", None);
        send.send(Response::from_errors(vec![error])).unwrap();
        assert!(first.next().await.unwrap().is_err());
        let (again, start) = source(&started);
        let mut second = fanout.subscribe(key("subscription { a }"), start);
        assert_eq!(started.load(std::sync::atomic::Ordering::SeqCst), 2);
        again.send(answer(7)).unwrap();
        assert_eq!(second.next().await.unwrap().data, Value::from(7));
    }
}
