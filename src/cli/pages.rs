//! Paginated lists and progress bars: one page, or every page with `--all`, with a progress
//! bar on stderr only when it is a terminal.

use std::future::Future;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

use super::GlobalArgs;
use crate::error::CliError;

/// `--page`, `--size` and `--all` of a paginated list.
#[derive(Debug, Args)]
pub struct PageArgs {
    /// Page to show, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(i64).range(1..=i64::from(i32::MAX)))]
    pub page: i64,
    /// Items per page (1-500).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(i64).range(1..=500))]
    pub size: i64,
    /// Follow every page (ignores --page); a progress bar shows on a terminal.
    #[arg(long, conflicts_with = "page")]
    pub all: bool,
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

/// The page asked for, or with `--all` every page, fetched by `fetch(page, size)`.
pub async fn collect<F, Fut>(
    args: &PageArgs,
    global: &GlobalArgs,
    what: &str,
    mut fetch: F,
) -> Result<Vec<Value>, CliError>
where
    F: FnMut(i64, i64) -> Fut,
    Fut: Future<Output = Result<Page, CliError>>,
{
    let mut page = if args.all { 1 } else { args.page };
    let mut items = Vec::new();
    let mut bar: Option<ProgressBar> = None;
    loop {
        let mut fetched = fetch(page, args.size).await?;
        if !args.all {
            if tells_what_is_not_shown(global)
                && let Some(line) = not_shown(what, &fetched, page)
            {
                eprintln!("{line}");
            }
            return Ok(std::mem::take(&mut fetched.items));
        }
        items.extend(fetched.items);
        let bar = bar.get_or_insert_with(|| {
            let bar = progress(
                global,
                u64::try_from(fetched.total_pages).unwrap_or(0).max(1),
                "{msg} {wide_bar} {pos}/{len} pages",
            );
            bar.set_message(what.to_string());
            bar
        });
        bar.set_position(u64::try_from(page).unwrap_or(0));
        if !fetched.has_next {
            bar.finish_and_clear();
            return Ok(items);
        }
        page += 1;
    }
}

/// [`collect`] for a list operation whose answer has `items` and `pageInfo`: the page loop
/// every such command shares. `$module` is the operation's generated module (its `Variables`
/// and `PaginationInput` types differ per operation), `$field` the answer's root field, and
/// `|$pagination| $variables` builds the variables around the page asked for.
macro_rules! list_pages {
    ($client:expr, $args:expr, $global:expr, $what:expr,
     $op:ident in $module:ident . $field:ident, |$pagination:ident| $variables:expr) => {
        $crate::cli::pages::collect($args, $global, $what, |page, size| {
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

    #[test]
    fn a_page_that_holds_everything_says_nothing() {
        assert_eq!(not_shown("servers", &page(5, 5, 1), 1), None);
        assert_eq!(not_shown("servers", &page(0, 0, 0), 1), None);
    }
}
