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
    pub total_pages: i64,
    pub has_next: bool,
}

impl Page {
    /// A page of a paginated answer: its items as JSON values and its page info.
    pub fn of<T: serde::Serialize>(items: &[T], total_pages: i64, has_next: bool) -> Self {
        Self {
            items: items
                .iter()
                .map(|item| serde_json::to_value(item).unwrap_or(Value::Null))
                .collect(),
            total_pages,
            has_next,
        }
    }
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
        let fetched = fetch(page, args.size).await?;
        items.extend(fetched.items);
        if !args.all {
            return Ok(items);
        }
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
                    result.page_info.total_pages,
                    result.page_info.has_next,
                ))
            }
        })
    };
}
pub(crate) use list_pages;
