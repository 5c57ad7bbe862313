//! Paginated lists and progress bars: one page, or every page with `--all`, with a progress
//! bar on stderr only when it is a terminal.
//!
//! `--all` walks pages of [`LARGEST_PAGE`] rows unless `--size` says otherwise, keeps a few
//! pages asked for ahead of the one it writes (the platform works on them meanwhile, side by
//! side), and writes CSV and JSON in order as the pages arrive ([`ListStream`]): a table needs
//! every row for its widths, and `--jq` the whole array, so those are collected first.

use std::collections::BTreeMap;
use std::future::Future;
use std::task::Poll;

use clap::Args;
use futures_util::StreamExt as _;
use futures_util::stream::FuturesUnordered;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

use super::GlobalArgs;
use crate::domain::LARGEST_PAGE;
use crate::error::CliError;
use crate::output::{Column, ListStream, Output};

/// `--page`, `--size` and `--all` of a paginated list.
#[derive(Debug, Args)]
pub struct PageArgs {
    /// Page to show, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(i64).range(1..=i64::from(i32::MAX)))]
    pub page: i64,
    /// Items per page (1-500) [default: 20; with --all, 500].
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=i64::from(LARGEST_PAGE)))]
    pub size: Option<i64>,
    /// Follow every page (ignores --page); a progress bar shows on a terminal.
    #[arg(long, conflicts_with = "page")]
    pub all: bool,
}

/// Items on one page when `--size` is not given: a screenful.
const DEFAULT_SIZE: i64 = 20;

impl PageArgs {
    /// The page size asked for: `--size`, else a screenful for one page and the largest page
    /// for `--all` (the fewer requests, the sooner the list is whole).
    fn size(&self) -> i64 {
        self.size.unwrap_or(if self.all {
            i64::from(LARGEST_PAGE)
        } else {
            DEFAULT_SIZE
        })
    }
}

/// One fetched page.
pub struct Page {
    pub items: Vec<Value>,
    /// Items on every page together (`pageInfo.totalItems`).
    pub total_items: i64,
    pub total_pages: i64,
    pub has_next: bool,
}

impl Page {
    /// A page of a paginated answer: its items as JSON values and its page info.
    pub fn of<T: serde::Serialize>(
        items: &[T],
        total_items: i64,
        total_pages: i64,
        has_next: bool,
    ) -> Self {
        Self {
            items: items
                .iter()
                .map(|item| serde_json::to_value(item).unwrap_or(Value::Null))
                .collect(),
            total_items,
            total_pages,
            has_next,
        }
    }
}

/// What a single page left out, for a person reading a table on a terminal: `Showing 20 of
/// 300 servers; --all for every page` (gh's "Showing N of M"). `None` when the page holds
/// everything.
pub fn not_shown(what: &str, page: &Page, page_number: i64) -> Option<String> {
    let shown = i64::try_from(page.items.len()).unwrap_or(i64::MAX);
    if shown >= page.total_items {
        return None;
    }
    let which = if page_number > 1 {
        format!(" (page {page_number} of {})", page.total_pages.max(1))
    } else {
        String::new()
    };
    Some(format!(
        "Showing {shown} of {} {what}{which}; --all for every page",
        page.total_items
    ))
}

/// Whether the "Showing N of M" line is for this run: a table on a terminal's stderr, where
/// a person reads it. Pipes and `-o json`/`csv` are for programs, which get the data only.
fn tells_what_is_not_shown(global: &GlobalArgs) -> bool {
    !global.quiet && global.terminal.stderr && global.output == crate::output::Format::Table
}

/// A progress bar of `len` steps on stderr when it is a terminal (see
/// [`crate::terminal::Terminal::draws_progress`]) and not `--quiet`; a hidden one otherwise,
/// so callers never check.
pub fn progress(global: &GlobalArgs, len: u64, template: &str) -> ProgressBar {
    if global.quiet || !global.terminal.draws_progress() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), global.terminal.progress_target());
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// A spinner with `message` on stderr while one long request runs, under the same conditions
/// as [`progress`].
pub fn spinner(global: &GlobalArgs, message: &str) -> ProgressBar {
    if global.quiet || !global.terminal.draws_progress() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, global.terminal.progress_target())
        .with_style(ProgressStyle::default_spinner())
        .with_message(message.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// The page asked for as a list with `columns`, fetched by `fetch(page, size)`, or with
/// `--all` every page: in a view that can be written as it arrives (CSV, JSON), each page
/// goes to stdout as it comes and `None` is returned, as the command has said everything
/// itself; else the whole list, to render.
pub async fn list<F, Fut>(
    args: &PageArgs,
    global: &GlobalArgs,
    what: &str,
    columns: Vec<Column>,
    mut fetch: F,
) -> Result<Option<Output>, CliError>
where
    F: FnMut(i64, i64) -> Fut,
    Fut: Future<Output = Result<Page, CliError>>,
{
    if !args.all {
        let items = one_page(args, global, what, fetch).await?;
        return Ok(Some(Output::list(columns, items)));
    }
    // Nothing is written before the first page is in: a refused request leaves stdout empty.
    let first = fetch(1, args.size()).await?;
    let out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let bar = pages_bar(global, what, &first);
    let Some(mut stream) = ListStream::start(columns.clone(), &global.view()?, out)? else {
        let mut items = Vec::new();
        walk(bar, args.size(), first, fetch, |page| {
            items.extend(page);
            Ok(())
        })
        .await?;
        return Ok(Some(Output::list(columns, items)));
    };
    // A closed pipe (`| head`) is the reader's choice, not an error: the walk stops there.
    let mut closed = false;
    let written = walk(bar, args.size(), first, fetch, |page| {
        stream.rows(&page).map_err(|e| {
            closed = e.is_broken_pipe();
            e.into()
        })
    })
    .await;
    match written {
        Ok(()) => match stream.finish() {
            Err(e) if !e.is_broken_pipe() => Err(e.into()),
            _ => Ok(None),
        },
        Err(_) if closed => Ok(None),
        Err(e) => Err(e),
    }
}

/// The page `--page` asks for, with the "Showing N of M" line when a person reads it.
async fn one_page<F, Fut>(
    args: &PageArgs,
    global: &GlobalArgs,
    what: &str,
    mut fetch: F,
) -> Result<Vec<Value>, CliError>
where
    F: FnMut(i64, i64) -> Fut,
    Fut: Future<Output = Result<Page, CliError>>,
{
    let fetched = fetch(args.page, args.size()).await?;
    if tells_what_is_not_shown(global)
        && let Some(line) = not_shown(what, &fetched, args.page)
    {
        eprintln!("{line}");
    }
    Ok(fetched.items)
}

/// The progress bar of `--all`: pages of `what`, as many as the first page says there are.
fn pages_bar(global: &GlobalArgs, what: &str, first: &Page) -> ProgressBar {
    let bar = progress(
        global,
        u64::try_from(first.total_pages).unwrap_or(0).max(1),
        "{msg} {wide_bar} {pos}/{len} pages",
    );
    bar.set_message(what.to_string());
    bar
}

/// Pages of `--all` asked for at once. The platform answers them side by side (one page is
/// mostly its own work, and it has more than one core), and they are still written in order.
/// Measured on two cores: 10,200 servers in pages of 500 took about half as long with two
/// requests in flight as with one, and a third shortened it again, less.
const PAGES_IN_FLIGHT: usize = 3;

/// Hands every page from `first` on to `take`, in order, moving `bar` along. Up to
/// [`PAGES_IN_FLIGHT`] pages are asked for ahead of the one being taken, as many as the page
/// answered last says there are; when the list grew meanwhile, the walk goes on while pages
/// say there is a next one.
async fn walk<F, Fut>(
    bar: ProgressBar,
    size: i64,
    first: Page,
    mut fetch: F,
    mut take: impl FnMut(Vec<Value>) -> Result<(), CliError>,
) -> Result<(), CliError>
where
    F: FnMut(i64, i64) -> Fut,
    Fut: Future<Output = Result<Page, CliError>>,
{
    let mut page = 1;
    let mut asked = 1;
    let mut ahead = FuturesUnordered::new();
    let mut arrived = BTreeMap::new();
    let mut fetched = first;
    let walked = loop {
        bar.set_position(u64::try_from(page).unwrap_or(0));
        let items = std::mem::take(&mut fetched.items);
        if !fetched.has_next {
            break take(items);
        }
        // `ahead` and `arrived` hold pages `page + 1 ..= asked` between them; one more at
        // least, since this page says there is a next.
        let last = fetched.total_pages.max(page + 1);
        while ahead.len() + arrived.len() < PAGES_IN_FLIGHT && asked < last {
            asked += 1;
            let answer = fetch(asked, size);
            let number = asked;
            ahead.push(async move { (number, answer.await) });
        }
        // Every poll drives all the pages in flight, so that a page just asked for goes out
        // at once even when the one wanted has already arrived.
        let wanted = page + 1;
        let next = std::future::poll_fn(|cx| {
            while let Poll::Ready(Some((number, answer))) = ahead.poll_next_unpin(cx) {
                arrived.insert(number, answer);
            }
            match arrived.remove(&wanted) {
                Some(answer) => Poll::Ready(Some(answer)),
                None if ahead.is_empty() => Poll::Ready(None),
                None => Poll::Pending,
            }
        });
        let (next, taken) = tokio::join!(next, async { take(items) });
        if let Err(e) = taken {
            break Err(e);
        }
        match next {
            Some(Ok(next)) => fetched = next,
            Some(Err(e)) => break Err(e),
            None => {
                break Err(CliError::failed(format!(
                    "page {wanted} was never asked for"
                )));
            }
        }
        page += 1;
    };
    if walked.is_ok() {
        bar.finish_and_clear();
    } else {
        bar.abandon();
    }
    walked
}

/// [`list`] for a list operation whose answer has `items` and `pageInfo`: the page loop
/// every such command shares, with the list's columns. `$module` is the operation's generated module (its `Variables`
/// and `PaginationInput` types differ per operation), `$field` the answer's root field, and
/// `|$pagination| $variables` builds the variables around the page asked for.
macro_rules! list_pages {
    ($client:expr, $args:expr, $global:expr, $what:expr, $columns:expr,
     $op:ident in $module:ident . $field:ident, |$pagination:ident| $variables:expr) => {
        $crate::cli::pages::list($args, $global, $what, $columns, |page, size| {
            let $pagination = Some($module::PaginationInput {
                page,
                size,
                sort: None,
            });
            let variables: $module::Variables = $variables;
            let client = &$client;
            async move {
                let result = client.run::<$op>(variables).await?.$field;
                Ok($crate::cli::pages::Page::of(
                    &result.items,
                    result.page_info.total_items,
                    result.page_info.total_pages,
                    result.page_info.has_next,
                ))
            }
        })
    };
}
pub(crate) use list_pages;

#[cfg(test)]
mod tests {
    use super::*;

    fn page(shown: usize, total_items: i64, total_pages: i64) -> Page {
        Page {
            items: vec![Value::Null; shown],
            total_items,
            total_pages,
            has_next: false,
        }
    }

    #[test]
    fn a_page_that_holds_less_than_everything_says_so() {
        assert_eq!(
            not_shown("servers", &page(20, 300, 15), 1).as_deref(),
            Some("Showing 20 of 300 servers; --all for every page")
        );
        assert_eq!(
            not_shown("servers", &page(20, 300, 15), 3).as_deref(),
            Some("Showing 20 of 300 servers (page 3 of 15); --all for every page")
        );
        // Past the last page: nothing shown, still worth a word.
        assert_eq!(
            not_shown("accounts", &page(0, 4, 1), 9).as_deref(),
            Some("Showing 0 of 4 accounts (page 9 of 1); --all for every page")
        );
    }

    /// A walk over pages of one item each that records what happens, in order. `pages(n)` is
    /// how many pages there are when page `n` is answered (the list may grow or shrink during
    /// the walk); page `failing` fails.
    fn walk_over(
        pages: impl Fn(i64) -> i64,
        failing: Option<i64>,
    ) -> (Result<(), CliError>, Vec<String>) {
        let events = std::cell::RefCell::new(Vec::new());
        let log = &events;
        let pages = &pages;
        // A request goes out when its future is first polled, as reqwest's do, and its answer
        // comes a moment later. The tests' orderings hold whichever answer comes first.
        let fetch = move |page: i64, size: i64| async move {
            log.borrow_mut().push(format!("ask {page}"));
            {
                tokio::time::sleep(std::time::Duration::from_millis(1)).await;
                log.borrow_mut().push(format!("got {page}"));
                if failing == Some(page) {
                    return Err(CliError::failed(format!("page {page} failed")));
                }
                assert_eq!(size, 7);
                let total = pages(page);
                Ok(Page {
                    items: vec![Value::from(page)],
                    total_items: total,
                    total_pages: total,
                    has_next: page < total,
                })
            }
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        let result = runtime.block_on(async move {
            let first = fetch(1, 7).await?;
            walk(ProgressBar::hidden(), 7, first, fetch, |items| {
                log.borrow_mut().push(format!("take {}", items[0]));
                Ok(())
            })
            .await
        });
        (result, events.into_inner())
    }

    /// The events of `events` that start with `kind`, in order.
    fn only<'a>(events: &'a [String], kind: &str) -> Vec<&'a str> {
        events
            .iter()
            .filter(|e| e.starts_with(kind))
            .map(String::as_str)
            .collect()
    }

    fn position(events: &[String], event: &str) -> usize {
        events
            .iter()
            .position(|e| e == event)
            .unwrap_or_else(|| panic!("no {event:?} in {events:?}"))
    }

    #[test]
    fn every_page_is_taken_in_order_while_the_next_ones_are_asked_for() {
        let (result, events) = walk_over(|_| 6, None);
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(
            only(&events, "take"),
            ["take 1", "take 2", "take 3", "take 4", "take 5", "take 6"]
        );
        assert_eq!(
            only(&events, "ask"),
            ["ask 1", "ask 2", "ask 3", "ask 4", "ask 5", "ask 6"]
        );
        // Pages 2-4 go out before page 1 is written, and never more than three are ahead:
        // page 5 goes out once page 2 is in, and before page 2 is written.
        for ahead in ["ask 2", "ask 3", "ask 4"] {
            assert!(
                position(&events, ahead) < position(&events, "take 1"),
                "{events:?}"
            );
        }
        assert!(
            position(&events, "ask 5") > position(&events, "got 2"),
            "{events:?}"
        );
        assert!(
            position(&events, "ask 5") < position(&events, "take 2"),
            "{events:?}"
        );
        assert!(
            position(&events, "ask 6") > position(&events, "got 3"),
            "{events:?}"
        );
    }

    #[test]
    fn a_single_page_walk_asks_for_nothing_more() {
        let (result, events) = walk_over(|_| 1, None);
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(events, ["ask 1", "got 1", "take 1"]);
    }

    #[test]
    fn a_list_that_grows_during_the_walk_is_followed_to_its_new_end() {
        // Two pages when the walk starts, five once page 2 is answered.
        let (result, events) = walk_over(|page| if page < 2 { 2 } else { 5 }, None);
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(
            only(&events, "take"),
            ["take 1", "take 2", "take 3", "take 4", "take 5"]
        );
        assert!(!events.iter().any(|e| e == "ask 6"), "{events:?}");
    }

    #[test]
    fn a_list_that_shrinks_during_the_walk_ends_where_a_page_says_so() {
        // Six pages when the walk starts, three once page 2 is answered.
        let (result, events) = walk_over(|page| if page < 2 { 6 } else { 3 }, None);
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(only(&events, "take"), ["take 1", "take 2", "take 3"]);
    }

    #[test]
    fn a_failing_page_stops_the_walk_after_the_pages_before_it() {
        let (result, events) = walk_over(|_| 6, Some(3));
        assert_eq!(result.unwrap_err().message, "page 3 failed");
        assert_eq!(only(&events, "take"), ["take 1", "take 2"]);
        // The pages in flight are dropped when the failure comes up, in page order, and no page
        // is asked for after that.
        assert!(!events.iter().any(|e| e == "ask 6"), "{events:?}");
    }

    #[test]
    fn all_asks_for_the_largest_page_unless_told() {
        let args = |all: bool, size: Option<i64>| PageArgs { page: 1, size, all };
        assert_eq!(args(true, None).size(), i64::from(LARGEST_PAGE));
        assert_eq!(args(false, None).size(), DEFAULT_SIZE);
        assert_eq!(args(true, Some(7)).size(), 7);
    }

    #[test]
    fn a_page_that_holds_everything_says_nothing() {
        assert_eq!(not_shown("servers", &page(5, 5, 1), 1), None);
        assert_eq!(not_shown("servers", &page(0, 0, 0), 1), None);
    }
}
