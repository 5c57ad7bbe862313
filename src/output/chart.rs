//! `--chart`: line charts of a time series, drawn as text for a terminal.
//!
//! ratatui's `Chart` widget draws each panel into an in-memory buffer the width of the
//! terminal; the buffer is then written out line by line like any other output, so a chart
//! scrolls with the shell's history instead of taking over the screen. Only the table
//! renderer on a terminal draws: a pipe, a file, `-o json` and `-o csv` get the chart's data.

use super::value;
use super::{Chart, Panel, Target};
use chrono::{DateTime, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line as TextLine, Span};
use ratatui::widgets::{Axis, Block, Chart as Plot, Dataset, GraphType, Widget};

/// Rows of one panel: a border, a title, 8 rows of plot, the time labels.
const PANEL_HEIGHT: u16 = 12;
/// Below this width the axes' labels leave no room for the plot.
const MIN_WIDTH: u16 = 40;
/// Used when the terminal does not say how wide it is.
const DEFAULT_WIDTH: u16 = 80;
/// Wider than this, a chart stops being easier to read.
const MAX_WIDTH: u16 = 160;
/// The colours of a panel's lines, in order.
const LINE_COLORS: [Color; 4] = [Color::Cyan, Color::Yellow, Color::Magenta, Color::Green];
/// The markers of a panel's lines, in order, with the glyph that names each in the title:
/// lines differ by shape as well as colour, so that they can be told apart without colour.
const LINE_MARKERS: [(Marker, &str); 4] = [
    (Marker::Braille, "⠿"),
    (Marker::Dot, "•"),
    (Marker::Block, "█"),
    (Marker::Bar, "▄"),
];

pub(super) fn render(chart: &Chart, target: &Target) -> String {
    let times: Vec<Option<f64>> = chart
        .points
        .iter()
        .map(|point| {
            let text = value::lookup(point, chart.time).as_str()?;
            let time = DateTime::parse_from_rfc3339(text).ok()?;
            Some(time.timestamp() as f64)
        })
        .collect();
    let (Some(first), Some(last)) = (
        times.iter().flatten().copied().reduce(f64::min),
        times.iter().flatten().copied().reduce(f64::max),
    ) else {
        return "No samples in this window.\n".to_string();
    };
    let width = target
        .width
        .unwrap_or(DEFAULT_WIDTH)
        .clamp(MIN_WIDTH, MAX_WIDTH);
    let mut out = String::new();
    for panel in &chart.panels {
        let series: Vec<Vec<(f64, f64)>> = panel
            .lines
            .iter()
            .map(|line| {
                chart
                    .points
                    .iter()
                    .zip(&times)
                    .filter_map(|(point, time)| {
                        Some((
                            time.as_ref().copied()?,
                            value::lookup(point, line.path).as_f64()?,
                        ))
                    })
                    .collect()
            })
            .collect();
        let buffer = draw_panel(panel, &series, [first, last], width);
        out.push_str(&buffer_text(&buffer, target.color));
    }
    out
}

/// One panel: its lines over the whole window, from 0 to a round number above the highest.
fn draw_panel(panel: &Panel, series: &[Vec<(f64, f64)>], window: [f64; 2], width: u16) -> Buffer {
    let highest = series
        .iter()
        .flatten()
        .map(|&(_, y)| y)
        .fold(0.0_f64, f64::max);
    let top = round_up(highest);
    // A window of one point still needs a width to draw in.
    let window = if window[1] > window[0] {
        window
    } else {
        [window[0] - 1.0, window[0] + 1.0]
    };
    let styles = || LINE_COLORS.iter().zip(LINE_MARKERS).cycle();
    let datasets = panel
        .lines
        .iter()
        .zip(series)
        .zip(styles())
        .map(|((_, points), (color, (marker, _)))| {
            Dataset::default()
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(Style::default().fg(*color))
                .data(points)
        })
        .collect();
    // The legend is in the title: ratatui's legend box would hide part of the lines.
    let mut title = vec![Span::raw(format!(" {} ({})", panel.title, panel.unit))];
    if panel.lines.len() > 1 {
        for (i, (line, (color, (_, glyph)))) in panel.lines.iter().zip(styles()).enumerate() {
            title.push(Span::raw(if i == 0 { ": " } else { ", " }));
            title.push(Span::styled(
                format!("{} {glyph}", line.label),
                Style::default().fg(*color),
            ));
        }
    }
    title.push(Span::raw(" "));
    let x_labels = [
        time_label(window[0]),
        time_label((window[0] + window[1]) / 2.0),
        time_label(window[1]),
    ];
    let y_labels = [0.0, top / 2.0, top].map(|y| amount_label(y, top));
    let area = Rect::new(0, 0, width, PANEL_HEIGHT);
    let mut buffer = Buffer::empty(area);
    Plot::new(datasets)
        .block(Block::bordered().title(TextLine::from(title)))
        .x_axis(Axis::default().bounds(window).labels(x_labels))
        .y_axis(Axis::default().bounds([0.0, top]).labels(y_labels))
        .legend_position(None)
        .render(area, &mut buffer);
    buffer
}

/// The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value` (and 1 for
/// nothing at all), so that the axis reads in round numbers.
fn round_up(value: f64) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return 1.0;
    }
    let power = 10_f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|step| step * power)
        .find(|&candidate| candidate >= value)
        .unwrap_or(10.0 * power)
}

fn amount_label(y: f64, top: f64) -> String {
    if top >= 10.0 {
        format!("{y:.0}")
    } else {
        format!("{y:.2}")
    }
}

fn time_label(seconds: f64) -> String {
    DateTime::<Utc>::from_timestamp(seconds as i64, 0)
        .map(|time| time.format("%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

/// The buffer as lines of text, each without trailing blanks; in colour when `color`.
fn buffer_text(buffer: &Buffer, color: bool) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut current = Color::Reset;
        for x in area.left()..area.right() {
            let cell = &buffer[(x, y)];
            if color && cell.fg != current && !cell.symbol().trim().is_empty() {
                line.push_str(sgr(cell.fg));
                current = cell.fg;
            }
            line.push_str(cell.symbol());
        }
        let mut line = line.trim_end().to_string();
        if color && current != Color::Reset {
            line.push_str(sgr(Color::Reset));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The ANSI escape that sets the foreground to `color` (the colours this module uses).
fn sgr(color: Color) -> &'static str {
    match color {
        Color::Cyan => "\x1b[36m",
        Color::Yellow => "\x1b[33m",
        Color::Magenta => "\x1b[35m",
        Color::Green => "\x1b[32m",
        _ => "\x1b[39m",
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Line, Output};
    use super::*;
    use serde_json::{Value, json};

    fn cpu_chart(points: Vec<Value>) -> Chart {
        Chart {
            time: "timestamp",
            panels: vec![
                Panel {
                    title: "CPU",
                    unit: "%",
                    lines: vec![Line::new("cpu", "cpu")],
                },
                Panel {
                    title: "Network",
                    unit: "Mbit/s",
                    lines: vec![Line::new("in", "in"), Line::new("out", "out")],
                },
            ],
            data: Box::new(Output::list(vec![], points.clone())),
            points,
        }
    }

    fn hours(n: i64) -> Vec<Value> {
        (0..n)
            .map(|h| {
                json!({
                    "timestamp": format!("2026-11-30T{h:02}:00:00Z"),
                    "cpu": 10.0 + h as f64 * 3.0,
                    "in": 100.0, "out": 40.0 + h as f64,
                })
            })
            .collect()
    }

    #[test]
    fn panels_have_titles_units_axes_and_legends() {
        let text = render(&cpu_chart(hours(12)), &Target::terminal(Some(80), false));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2 * PANEL_HEIGHT as usize, "{text}");
        assert!(lines[0].contains("CPU (%)"), "{text}");
        assert!(lines[12].contains("Network (Mbit/s)"), "{text}");
        // Round axis tops: CPU peaks at 43 -> 50; the network at 100 -> 100.
        assert!(text.contains("50") && text.contains("100"), "{text}");
        // The window's first, middle and last times, under each panel.
        assert_eq!(text.matches("11-30 00:00").count(), 2, "{text}");
        assert_eq!(text.matches("11-30 11:00").count(), 2, "{text}");
        assert!(lines[12].contains("in ⠿, out •"), "{text}");
        // The lines themselves, in braille.
        assert!(
            text.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
            "{text}"
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{text}");
        assert!(!text.contains('\x1b'), "no colour was asked for: {text:?}");
    }

    #[test]
    fn colour_only_when_allowed() {
        let text = render(&cpu_chart(hours(3)), &Target::terminal(Some(60), true));
        assert!(
            text.contains("\x1b[36m") && text.contains("\x1b[39m"),
            "{text:?}"
        );
    }

    #[test]
    fn any_width_and_odd_data_draw_without_a_panic() {
        for width in [None, Some(1), Some(20), Some(40), Some(500)] {
            let target = Target::terminal(width, false);
            render(&cpu_chart(hours(1)), &target);
            render(&cpu_chart(hours(30)), &target);
        }
        let odd = vec![
            json!({"timestamp": "not a time", "cpu": 5}),
            json!({"timestamp": "2026-11-30T00:00:00Z", "cpu": null, "in": -3.0}),
            json!({"timestamp": "2026-11-30T01:00:00Z", "cpu": 1e300}),
        ];
        render(&cpu_chart(odd), &Target::terminal(Some(80), false));
    }

    #[test]
    fn no_points_say_so() {
        let text = render(&cpu_chart(vec![]), &Target::terminal(Some(80), false));
        assert_eq!(text, "No samples in this window.\n");
    }

    #[test]
    fn axis_tops_are_round() {
        let cases = [
            (0.0, 1.0),
            (0.3, 0.5),
            (1.0, 1.0),
            (43.0, 50.0),
            (100.0, 100.0),
            (101.0, 200.0),
            (2400.0, 2500.0),
            (f64::NAN, 1.0),
        ];
        for (value, top) in cases {
            assert_eq!(round_up(value), top, "{value}");
        }
    }
}
