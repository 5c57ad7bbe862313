use std::io::{self, Write};

use serde_json::{Value, json};

use super::*;

const PIPED: Target = Target::piped();
const TTY: Target = Target::terminal(None, false);

fn r(output: &Output, format: Format, target: &Target) -> String {
    render_to_string(output, format, target).expect("render")
}

fn servers() -> Vec<Value> {
    vec![
        json!({"name": "alpha", "metrics": {"cpuUsage": 12.346, "sessions": 3},
               "mining": {"enabled": true}, "tags": ["eu", "fast"], "region": "eu-west"}),
        json!({"name": "beta-long", "metrics": {"cpuUsage": 7.0, "sessions": 10},
               "mining": {"enabled": false}, "tags": []}),
        json!({"name": "gamma", "metrics": null, "mining": {}}),
    ]
}

fn server_columns() -> Vec<Column> {
    vec![
        Column::new("NAME", "name"),
        Column::new("CPU", "metrics.cpuUsage"),
        Column::new("SESSIONS", "metrics.sessions"),
        Column::new("MINING", "mining.enabled"),
        Column::new("TAGS", "tags"),
    ]
}

fn server_list() -> Output {
    Output::list(server_columns(), servers())
}

fn record() -> Output {
    Output::Record(json!({
        "id": "s1",
        "metrics": {"cpuUsage": 1.5, "load": [1, 2]},
        "owner": {"name": "x"},
        "peers": [{"id": 1}],
        "empty": {},
        "note": null
    }))
}

fn sections() -> Output {
    Output::Sections(vec![
        Section::new(
            "overview",
            "Network overview",
            Output::Record(json!({"servers": 3, "online": true})),
        ),
        Section::new(
            "topServers",
            "Top servers",
            Output::list(
                vec![Column::new("NAME", "name"), Column::new("CPU", "cpu")],
                vec![
                    json!({"name": "a", "cpu": 0.5}),
                    json!({"name": "b", "cpu": 2}),
                ],
            ),
        ),
        Section::new("alerts", "Alerts", Output::message("All good")),
    ])
}

fn all_outputs() -> Vec<Output> {
    vec![
        server_list(),
        Output::list(server_columns(), vec![]),
        record(),
        Output::Json(json!({"data": {"x": [1, 2]}})),
        Output::message("Logged out"),
        sections(),
        chart(),
    ]
}

fn chart() -> Output {
    let points = vec![
        json!({"timestamp": "2026-11-30T00:00:00Z", "cpu": 10.0}),
        json!({"timestamp": "2026-11-30T01:00:00Z", "cpu": 30.0}),
    ];
    Output::Chart(Box::new(Chart {
        points: points.clone(),
        time: "timestamp",
        panels: vec![Panel {
            title: "CPU",
            unit: "%",
            lines: vec![Line::new("cpu", "cpu")],
        }],
        data: Box::new(Output::list(
            vec![Column::new("TIME", "timestamp"), Column::new("CPU%", "cpu")],
            points,
        )),
    }))
}

fn targets() -> Vec<Target> {
    vec![
        PIPED,
        TTY,
        Target::terminal(Some(30), true),
        Target::terminal(Some(0), false),
        Target::terminal(Some(1), true),
        // Not a TTY: width and colour are ignored.
        Target {
            tty: false,
            width: Some(5),
            color: true,
        },
    ]
}

// ---------------------------------------------------------------- Format

#[test]
fn format_parses_and_displays() {
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>(), Ok(f));
    }
    assert_eq!("JSON".parse::<Format>(), Ok(Format::Json));
    assert_eq!(" csv ".parse::<Format>(), Ok(Format::Csv));
    assert_eq!(Format::default(), Format::Table);
    let err = "yaml".parse::<Format>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown output format 'yaml' (expected one of: table, json, csv)"
    );
}

// ---------------------------------------------------------------- List

#[test]
fn list_plain() {
    assert_eq!(
        r(&server_list(), Format::Table, &PIPED),
        "\
NAME       CPU    SESSIONS  MINING  TAGS
alpha      12.35  3         true    eu, fast
beta-long  7.00   10        false
gamma      -      -         -       -
"
    );
}

#[test]
fn list_tty() {
    assert_eq!(
        r(&server_list(), Format::Table, &TTY),
        "\
╭───────────┬───────┬──────────┬────────┬──────────╮
│ NAME      ┆ CPU   ┆ SESSIONS ┆ MINING ┆ TAGS     │
╞═══════════╪═══════╪══════════╪════════╪══════════╡
│ alpha     ┆ 12.35 ┆ 3        ┆ true   ┆ eu, fast │
│ beta-long ┆ 7.00  ┆ 10       ┆ false  ┆          │
│ gamma     ┆ -     ┆ -        ┆ -      ┆ -        │
╰───────────┴───────┴──────────┴────────┴──────────╯
"
    );
}

#[test]
fn list_tty_colour_only_when_asked() {
    let plain = r(&server_list(), Format::Table, &TTY);
    assert!(!plain.contains('\x1b'));
    let coloured = r(&server_list(), Format::Table, &Target::terminal(None, true));
    assert!(coloured.contains("\x1b[1m"), "{coloured}");
    assert!(coloured.contains("NAME"));
    // Piped output never has colour, even if the target says colour.
    let piped = Target {
        tty: false,
        width: None,
        color: true,
    };
    assert!(!r(&server_list(), Format::Table, &piped).contains('\x1b'));
}

#[test]
fn list_json_is_full_items() {
    let out = r(
        &Output::list(
            vec![Column::new("NAME", "name")],
            vec![json!({"name": "a", "extra": {"deep": [1, 2.5]}, "b": null})],
        ),
        Format::Json,
        &TTY,
    );
    assert_eq!(
        out,
        r#"[
  {
    "b": null,
    "extra": {
      "deep": [
        1,
        2.5
      ]
    },
    "name": "a"
  }
]
"#
    );
}

#[test]
fn list_csv() {
    assert_eq!(
        r(&server_list(), Format::Csv, &TTY),
        "\
NAME,CPU,SESSIONS,MINING,TAGS
alpha,12.346,3,true,\"eu, fast\"
beta-long,7.0,10,false,
gamma,,,,
"
    );
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let out = Output::list(
        vec![
            Column::new("A,B", "a"),
            Column::new("Q", "q"),
            Column::new("OBJ", "o"),
        ],
        vec![json!({"a": "x,y", "q": "say \"hi\"\nbye", "o": {"k": "v,w"}})],
    );
    assert_eq!(
        r(&out, Format::Csv, &PIPED),
        "\"A,B\",Q,OBJ\n\"x,y\",\"say \"\"hi\"\"\nbye\",\"{\"\"k\"\":\"\"v,w\"\"}\"\n"
    );
}

#[test]
fn empty_list_in_every_format() {
    let empty = Output::list(server_columns(), vec![]);
    assert_eq!(r(&empty, Format::Table, &PIPED), "No results.\n");
    assert_eq!(r(&empty, Format::Table, &TTY), "No results.\n");
    assert_eq!(r(&empty, Format::Json, &TTY), "[]\n");
    assert_eq!(
        r(&empty, Format::Csv, &TTY),
        "NAME,CPU,SESSIONS,MINING,TAGS\n"
    );
}

fn upper(v: &Value) -> String {
    match v {
        Value::Null => "<none>".to_string(),
        other => other.as_str().unwrap_or("?").to_uppercase(),
    }
}

#[test]
fn cell_function_flattens_structured_values_in_csv() {
    let out = Output::list(
        vec![Column::with("TAGS", "tags", |v| {
            v.as_array()
                .map(|a| a.len().to_string())
                .unwrap_or_default()
        })],
        vec![
            json!({"tags": [{"a": 1}, {"b": 2}]}),
            json!({"tags": "plain"}),
        ],
    );
    assert_eq!(r(&out, Format::Csv, &PIPED), "TAGS\n2\nplain\n");
}

#[test]
fn cell_function_leaves_csv_scalars_raw() {
    let out = Output::list(
        vec![Column::with("REGION", "region", upper)],
        servers()[..2].to_vec(),
    );
    assert_eq!(r(&out, Format::Table, &PIPED), "REGION\nEU-WEST\n<none>\n");
    assert_eq!(r(&out, Format::Csv, &PIPED), "REGION\neu-west\n\"\"\n");
}

#[test]
fn odd_paths_give_null() {
    let item = json!({"a": {"b": [10, {"c": "deep"}]}, "s": "str", "": {"": "empty-key"}});
    let cases = [
        ("a.b.0", "10"),
        ("a.b.1.c", "deep"),
        ("a.b.2", "-"),
        ("a.b.x", "-"),
        ("a.b.-1", "-"),
        ("a.b.99999999999999999999999", "-"),
        ("s.len", "-"),
        ("missing.path", "-"),
        ("a..b", "-"),
        (".", "empty-key"),
    ];
    for (path, want) in cases {
        let out = Output::list(vec![Column::new("X", path)], vec![item.clone()]);
        assert_eq!(
            r(&out, Format::Table, &PIPED),
            format!("X\n{want}\n"),
            "{path}"
        );
    }
    // The empty path is the whole item, shown as compact JSON.
    let out = Output::list(vec![Column::new("X", "")], vec![json!({"k": 1})]);
    assert_eq!(r(&out, Format::Table, &PIPED), "X\n{\"k\":1}\n");
}

#[test]
fn numbers_in_tables_and_csv() {
    let items = vec![
        json!({"n": -0.001}),
        json!({"n": 0.1}),
        json!({"n": 2.0}),
        json!({"n": -7}),
        json!({"n": u64::MAX}),
        json!({"n": 1e300}),
        json!({"n": [1.0, 2, null, "x", false]}),
    ];
    let out = Output::list(vec![Column::new("N", "n")], items);
    assert_eq!(
        r(&out, Format::Table, &PIPED),
        "N\n0.00\n0.10\n2.00\n-7\n18446744073709551615\n1e+300\n1.00, 2, -, x, false\n"
    );
    assert_eq!(
        r(&out, Format::Csv, &PIPED),
        "N\n-0.001\n0.1\n2.0\n-7\n18446744073709551615\n1e+300\n\"1.0, 2, , x, false\"\n"
    );
}

#[test]
fn amounts_are_exact_and_right_aligned() {
    use crate::domain::money::Tokens;
    let amounts = ["12.25", "0.000001", "-1500", "0"].map(|a| a.parse::<Tokens>().unwrap());
    let items: Vec<Value> = amounts
        .iter()
        .map(|a| json!({"id": "s", "amount": a}))
        .collect();
    let out = Output::list(
        vec![Column::new("ID", "id"), Column::amount("AMOUNT", "amount")],
        items,
    );
    // Every digit as sent (a float column would show 0.00 for one micro-token), lined up by
    // the right edge.
    assert_eq!(
        r(&out, Format::Table, &PIPED),
        "ID    AMOUNT\ns      12.25\ns   0.000001\ns      -1500\ns          0\n"
    );
    assert!(
        r(&out, Format::Table, &TTY).contains("│ s  ┆    12.25 │"),
        "{}",
        r(&out, Format::Table, &TTY)
    );
    assert_eq!(
        r(&out, Format::Csv, &PIPED),
        "ID,AMOUNT\ns,12.25\ns,0.000001\ns,-1500\ns,0\n"
    );
    assert!(r(&out, Format::Json, &PIPED).contains("\"amount\": \"0.000001\""));
}

#[test]
fn piped_table_is_one_line_per_row_and_never_wraps() {
    let long = "word ".repeat(60);
    let out = Output::list(
        vec![Column::new("A", "a"), Column::new("B", "b")],
        vec![json!({"a": "line1\nline2\r\nline3\ttab", "b": long.trim()})],
    );
    let text = r(&out, Format::Table, &PIPED);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[1], format!("line1 line2 line3 tab  {}", long.trim()));
}

#[test]
fn control_characters_are_neutralised() {
    let out = Output::list(
        vec![Column::new("A", "a")],
        vec![json!({"a": "red\u{1b}[31mtext\u{7}"})],
    );
    for target in [PIPED, TTY] {
        let text = r(&out, Format::Table, &target);
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text}");
        assert!(text.contains("red\u{FFFD}[31mtext\u{FFFD}"), "{text}");
    }
    // JSON and CSV carry the data unchanged (escaped in JSON).
    assert!(r(&out, Format::Json, &PIPED).contains(r#""red\u001b[31mtext\u0007""#));
    assert_eq!(r(&out, Format::Csv, &PIPED), "A\nred\u{1b}[31mtext\u{7}\n");
}

#[test]
fn tty_table_fits_the_width() {
    let items: Vec<Value> = (0..4)
        .map(|i| {
            json!({
                "name": format!("server-{i}-with-a-rather-long-hostname.example.net"),
                "description": "A fairly long free-text description that will need wrapping ".repeat(3),
                "metrics": {"cpuUsage": 99.999, "sessions": 123456},
                "tags": ["alpha", "beta", "gamma", "delta"],
            })
        })
        .collect();
    let out = Output::list(
        vec![
            Column::new("NAME", "name"),
            Column::new("DESCRIPTION", "description"),
            Column::new("CPU", "metrics.cpuUsage"),
            Column::new("SESSIONS", "metrics.sessions"),
            Column::new("TAGS", "tags"),
        ],
        items,
    );
    for width in [40u16, 50, 60, 80, 120] {
        for color in [false, true] {
            let text = r(&out, Format::Table, &Target::terminal(Some(width), color));
            for line in text.lines() {
                let visible = line.replace("\x1b[1m", "").replace("\x1b[0m", "");
                assert!(
                    visible.chars().count() <= width as usize,
                    "width {width}: {} chars: {line}",
                    visible.chars().count()
                );
            }
            // Short columns are kept whole; long text wraps instead.
            assert!(text.contains(" 123456 "), "{text}");
            assert!(text.contains(" 100.00 "), "{text}");
            assert!(text.contains(" SESSIONS "), "{text}");
        }
    }
    // The record view wraps too.
    let rec = Output::Record(json!({"description": "lorem ipsum dolor sit amet ".repeat(10)}));
    let text = r(&rec, Format::Table, &Target::terminal(Some(40), false));
    assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
}

// ---------------------------------------------------------------- Record

#[test]
fn record_plain() {
    assert_eq!(
        r(&record(), Format::Table, &PIPED),
        "\
FIELD             VALUE
empty             {}
id                s1
metrics.cpuUsage  1.50
metrics.load      1, 2
note              -
owner.name        x
peers             [{\"id\":1}]
"
    );
}

#[test]
fn record_tty() {
    let rec = Output::Record(json!({"id": "s1", "mining": {"enabled": true}}));
    assert_eq!(
        r(&rec, Format::Table, &TTY),
        "\
╭────────────────┬───────╮
│ FIELD          ┆ VALUE │
╞════════════════╪═══════╡
│ id             ┆ s1    │
│ mining.enabled ┆ true  │
╰────────────────┴───────╯
"
    );
}

#[test]
fn record_json() {
    let rec = Output::Record(json!({"id": "s1", "mining": {"enabled": true}}));
    assert_eq!(
        r(&rec, Format::Json, &PIPED),
        "{\n  \"id\": \"s1\",\n  \"mining\": {\n    \"enabled\": true\n  }\n}\n"
    );
}

#[test]
fn record_csv() {
    assert_eq!(
        r(&record(), Format::Csv, &PIPED),
        "\
empty,id,metrics.cpuUsage,metrics.load,note,owner.name,peers
{},s1,1.5,\"1, 2\",,x,\"[{\"\"id\"\":1}]\"
"
    );
}

#[test]
fn record_edge_cases() {
    let empty = Output::Record(json!({}));
    assert_eq!(r(&empty, Format::Table, &PIPED), "No results.\n");
    assert_eq!(r(&empty, Format::Json, &PIPED), "{}\n");
    assert_eq!(r(&empty, Format::Csv, &PIPED), "");
    let scalar = Output::Record(json!(42));
    assert_eq!(
        r(&scalar, Format::Table, &PIPED),
        "FIELD  VALUE\nvalue  42\n"
    );
    assert_eq!(r(&scalar, Format::Csv, &PIPED), "value\n42\n");
    assert_eq!(r(&scalar, Format::Json, &PIPED), "42\n");
}

// ---------------------------------------------------------------- Json

#[test]
fn raw_json() {
    let raw = Output::Json(json!({"data": {"x": [1, 2]}}));
    let want = "{\n  \"data\": {\n    \"x\": [\n      1,\n      2\n    ]\n  }\n}\n";
    assert_eq!(r(&raw, Format::Json, &PIPED), want);
    assert_eq!(r(&raw, Format::Table, &PIPED), want);
    assert_eq!(
        r(&raw, Format::Table, &Target::terminal(Some(10), true)),
        want
    );
    let err = render_to_string(&raw, Format::Csv, &PIPED).unwrap_err();
    assert!(matches!(
        err,
        RenderError::Unsupported {
            format: Format::Csv,
            ..
        }
    ));
    assert_eq!(
        err.to_string(),
        "raw JSON cannot be shown as csv output; use -o json (or -o table) instead"
    );
}

// ---------------------------------------------------------------- Message

#[test]
fn message() {
    let m = Output::message("Logged out");
    assert_eq!(r(&m, Format::Table, &PIPED), "Logged out\n");
    assert_eq!(r(&m, Format::Table, &TTY), "Logged out\n");
    assert_eq!(
        r(&m, Format::Json, &PIPED),
        "{\n  \"message\": \"Logged out\"\n}\n"
    );
    let err = render_to_string(&m, Format::Csv, &PIPED).unwrap_err();
    assert!(err.to_string().contains("-o json"), "{err}");
}

// ---------------------------------------------------------------- Sections

#[test]
fn sections_plain() {
    assert_eq!(
        r(&sections(), Format::Table, &PIPED),
        "\
Network overview
FIELD    VALUE
online   true
servers  3

Top servers
NAME  CPU
a     0.50
b     2

Alerts
All good
"
    );
}

#[test]
fn sections_tty_titles() {
    let text = r(
        &sections(),
        Format::Table,
        &Target::terminal(Some(80), true),
    );
    assert!(
        text.starts_with("\x1b[1mNetwork overview\x1b[0m\n╭"),
        "{text}"
    );
    let text = r(
        &sections(),
        Format::Table,
        &Target::terminal(Some(80), false),
    );
    assert!(text.starts_with("Network overview\n╭"), "{text}");
    assert!(!text.contains('\x1b'));
}

#[test]
fn sections_json_in_section_order() {
    assert_eq!(
        r(&sections(), Format::Json, &PIPED),
        r#"{
  "overview": {
    "online": true,
    "servers": 3
  },
  "topServers": [
    {
      "cpu": 0.5,
      "name": "a"
    },
    {
      "cpu": 2,
      "name": "b"
    }
  ],
  "alerts": {
    "message": "All good"
  }
}
"#
    );
    let nested = Output::Sections(vec![Section::new("outer", "Outer", sections())]);
    let v: Value = serde_json::from_str(&r(&nested, Format::Json, &PIPED)).unwrap();
    assert_eq!(v["outer"]["topServers"][1]["name"], "b");
}

#[test]
fn sections_csv_refused() {
    let err = render_to_string(&sections(), Format::Csv, &PIPED).unwrap_err();
    assert_eq!(
        err.to_string(),
        "a multi-section view cannot be shown as csv output; use -o json (or -o table) instead"
    );
}

// ---------------------------------------------------------------- Errors & robustness

struct BrokenPipe;

impl Write for BrokenPipe {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::Error::from(io::ErrorKind::BrokenPipe))
    }
    fn flush(&mut self) -> io::Result<()> {
        Err(io::Error::from(io::ErrorKind::BrokenPipe))
    }
}

#[test]
fn broken_pipe_comes_back_as_io() {
    for output in all_outputs() {
        for format in Format::ALL {
            match render(&output, format, &TTY, &mut BrokenPipe) {
                Err(e @ RenderError::Io(_)) => {
                    assert!(e.is_broken_pipe());
                    let RenderError::Io(io) = e else {
                        unreachable!()
                    };
                    assert_eq!(io.kind(), io::ErrorKind::BrokenPipe);
                }
                Err(RenderError::Unsupported { format, .. }) => assert_eq!(format, Format::Csv),
                Err(e) => panic!("render without a view choice failed: {e}"),
                Ok(()) => panic!("wrote to a broken pipe without error"),
            }
        }
    }
}

#[test]
fn refused_output_writes_nothing() {
    let mut buf = Vec::new();
    let err = render(&Output::message("x"), Format::Csv, &PIPED, &mut buf).unwrap_err();
    assert!(!err.is_broken_pipe());
    assert!(buf.is_empty());
}

#[test]
fn render_writes_the_same_as_render_to_string() {
    for output in all_outputs() {
        for format in [Format::Table, Format::Json] {
            let mut buf = Vec::new();
            render(&output, format, &TTY, &mut buf).unwrap();
            assert_eq!(String::from_utf8(buf).unwrap(), r(&output, format, &TTY));
        }
    }
}

#[test]
fn nothing_panics() {
    let weird = vec![
        Value::Null,
        json!(1),
        json!("s"),
        json!([]),
        json!([[]]),
        json!([{}, [], null]),
        json!({"": {"": {"": null}}}),
        json!({"a.b": 1, "a": {"b": 2}}),
        json!({"wide": "字字字字字字字字字字字字字字字字字字字字字字", "emoji": "🙂🙂🙂🙂🙂"}),
        json!({"nl": "\n\n\n", "cr": "\r", "tab": "\t"}),
    ];
    let column_sets = vec![
        vec![],
        vec![Column::new("", "")],
        vec![
            Column::new("WIDE", "wide"),
            Column::new("NL", "nl"),
            Column::new("A", "a.b"),
        ],
        vec![Column::with("F", "nope", |_| "\n".to_string())],
    ];
    let mut outputs = all_outputs();
    for columns in &column_sets {
        outputs.push(Output::list(columns.clone(), weird.clone()));
    }
    for v in &weird {
        outputs.push(Output::Record(v.clone()));
        outputs.push(Output::Json(v.clone()));
    }
    outputs.push(Output::message(""));
    outputs.push(Output::message("a\nb\u{0}"));
    outputs.push(Output::Sections(vec![]));
    outputs.push(Output::Sections(vec![Section::new(
        "",
        "",
        Output::Sections(vec![]),
    )]));
    for output in &outputs {
        for format in Format::ALL {
            for target in targets() {
                let result = render_to_string(output, format, &target);
                if let Ok(text) = &result {
                    if format == Format::Json {
                        serde_json::from_str::<Value>(text).expect("valid JSON");
                    }
                    if !target.tty || !target.color {
                        assert!(!text.contains("\x1b[1m"), "{text}");
                    }
                }
            }
        }
    }
}

#[test]
fn wide_characters_align_in_plain_text() {
    let out = Output::list(
        vec![Column::new("NAME", "n"), Column::new("X", "x")],
        vec![json!({"n": "字字", "x": 1}), json!({"n": "ab", "x": 2})],
    );
    assert_eq!(
        r(&out, Format::Table, &PIPED),
        "NAME  X\n字字  1\nab    2\n"
    );
}

#[test]
fn csv_neutralises_formula_text_but_keeps_numbers() {
    let triggers = [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1+1",
        "-1+1",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
    ];
    let items: Vec<Value> = triggers
        .iter()
        .map(|t| json!({"name": t, "n": -5, "f": -1e-3, "tags": [t, "x"], "ok": true}))
        .collect();
    let out = Output::list(
        vec![
            Column::new("NAME", "name"),
            Column::new("N", "n"),
            Column::new("F", "f"),
            Column::new("TAGS", "tags"),
            Column::with("FLAT", "tags", |v| {
                v.as_array()
                    .and_then(|a| a.first())
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            }),
            Column::new("=HEADER", "ok"),
        ],
        items,
    );
    let text = r(&out, Format::Csv, &PIPED);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&reader.headers().unwrap()[5], "'=HEADER");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), triggers.len());
    for (row, trigger) in rows.iter().zip(triggers) {
        assert_eq!(&row[0], format!("'{trigger}"));
        assert_eq!(&row[1], "-5", "numbers stay numbers");
        assert_eq!(&row[2], "-0.001");
        assert_eq!(&row[3], format!("'{trigger}, x"));
        assert_eq!(&row[4], format!("'{trigger}"));
        assert_eq!(&row[5], "true");
    }

    let record = Output::Record(json!({"username": "=1+1", "amount": -5, "note": "-5"}));
    assert_eq!(
        r(&record, Format::Csv, &PIPED),
        "amount,note,username\n-5,-5,'=1+1\n"
    );
}

// ---------------------------------------------------------------- charts and views

#[test]
fn a_chart_is_drawn_only_on_a_terminal_and_is_its_data_everywhere_else() {
    let drawn = r(&chart(), Format::Table, &TTY);
    assert!(drawn.contains("CPU (%)"), "{drawn}");
    assert!(!drawn.contains("TIME"), "{drawn}");
    let Output::Chart(c) = chart() else {
        unreachable!()
    };
    for format in Format::ALL {
        assert_eq!(
            r(&chart(), format, &PIPED),
            r(&c.data, format, &PIPED),
            "{format}"
        );
    }
    assert_eq!(
        r(&chart(), Format::Json, &TTY),
        r(&c.data, Format::Json, &TTY)
    );
}

fn shown(output: &Output, view: &View) -> (String, Result<(), RenderError>) {
    let mut bytes = Vec::new();
    let result = show(output, view, &PIPED, &mut bytes);
    (String::from_utf8(bytes).unwrap(), result)
}

#[test]
fn columns_choose_and_order_table_and_csv_columns() {
    let view = |format| View {
        format,
        columns: vec!["mining".into(), "name".into()],
        jq: None,
    };
    let (table, result) = shown(&server_list(), &view(Format::Table));
    result.unwrap();
    assert_eq!(
        table
            .lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["MINING", "NAME"]
    );
    let (csv, result) = shown(&server_list(), &view(Format::Csv));
    result.unwrap();
    assert_eq!(csv, "MINING,NAME\ntrue,alpha\nfalse,beta-long\n,gamma\n");
}

#[test]
fn an_unknown_column_prints_everything_then_fails() {
    let view = View {
        format: Format::Csv,
        columns: vec!["name".into(), "nope".into()],
        jq: None,
    };
    let (csv, result) = shown(&server_list(), &view);
    assert_eq!(csv, r(&server_list(), Format::Csv, &PIPED));
    let Err(RenderError::UnknownColumns(unknown)) = result else {
        panic!("{result:?}")
    };
    assert_eq!(unknown.unknown, ["nope"]);
    let error: crate::error::CliError = RenderError::UnknownColumns(unknown).into();
    assert_eq!(error.exit_code(), 2);
}

#[test]
fn jq_replaces_the_format_with_the_filters_results() {
    let view = View {
        format: Format::Json,
        columns: vec![],
        jq: Some(jq::Jq::compile(".[] | select(.metrics.sessions > 5) | .name").unwrap()),
    };
    let (text, result) = shown(&server_list(), &view);
    result.unwrap();
    assert_eq!(text, "beta-long\n");
    // Sections are filtered as the object -o json prints.
    let view = View {
        jq: Some(jq::Jq::compile(".topServers | map(.cpu) | add").unwrap()),
        ..view
    };
    let (text, result) = shown(&sections(), &view);
    result.unwrap();
    assert_eq!(text, "2.5\n");
    // A filter that fails on this output is a usage error.
    let view = View {
        jq: Some(jq::Jq::compile(".id + 1").unwrap()),
        ..view
    };
    let (text, result) = shown(&record(), &view);
    assert_eq!(text, "");
    let error: crate::error::CliError = result.unwrap_err().into();
    assert_eq!(error.exit_code(), 2);
    assert!(error.message.starts_with("--jq:"), "{error}");
}

/// `items` written by a [`ListStream`] in pages of `page` items, as `view` shows them.
fn streamed(items: &[Value], page: usize, view: &View) -> (String, Result<(), RenderError>) {
    let mut bytes = Vec::new();
    let mut stream = ListStream::start(server_columns(), view, &mut bytes)
        .unwrap()
        .expect("a streamed view");
    for chunk in items.chunks(page) {
        stream.rows(chunk).unwrap();
    }
    let result = stream.finish();
    (String::from_utf8(bytes).unwrap(), result)
}

#[test]
fn a_list_written_page_by_page_is_the_list_written_whole() {
    for format in [Format::Csv, Format::Json] {
        for items in [servers(), vec![], servers()[..1].to_vec()] {
            let whole = Output::list(server_columns(), items.clone());
            for page in [1, 2, 5] {
                let (text, result) = streamed(&items, page, &View::from(format));
                result.unwrap();
                assert_eq!(
                    text,
                    r(&whole, format, &PIPED),
                    "{format} in pages of {page}"
                );
            }
        }
    }
    // --columns narrows the rows as it narrows the whole list.
    let view = View {
        format: Format::Csv,
        columns: vec!["mining".into(), "name".into()],
        jq: None,
    };
    let (csv, result) = streamed(&servers(), 2, &view);
    result.unwrap();
    assert_eq!(csv, "MINING,NAME\ntrue,alpha\nfalse,beta-long\n,gamma\n");
}

#[test]
fn a_streamed_list_with_an_unknown_column_is_written_whole_then_fails() {
    let view = View {
        format: Format::Csv,
        columns: vec!["name".into(), "nope".into()],
        jq: None,
    };
    let (csv, result) = streamed(&servers(), 2, &view);
    assert_eq!(csv, r(&server_list(), Format::Csv, &PIPED));
    let Err(RenderError::UnknownColumns(unknown)) = result else {
        panic!("{result:?}")
    };
    assert_eq!(unknown.unknown, ["nope"]);
}

#[test]
fn tables_and_jq_are_not_streamed() {
    let mut bytes = Vec::new();
    let table = ListStream::start(server_columns(), &View::from(Format::Table), &mut bytes);
    assert!(table.unwrap().is_none());
    let jq = View {
        format: Format::Json,
        columns: vec![],
        jq: Some(jq::Jq::compile(".[0]").unwrap()),
    };
    assert!(
        ListStream::start(server_columns(), &jq, &mut bytes)
            .unwrap()
            .is_none()
    );
    assert!(
        bytes.is_empty(),
        "nothing is written for a view that collects"
    );
}

#[test]
fn a_json_list_cut_off_midway_is_not_valid_json() {
    let mut bytes = Vec::new();
    let mut stream = ListStream::start(server_columns(), &View::from(Format::Json), &mut bytes)
        .unwrap()
        .unwrap();
    stream.rows(&servers()[..2]).unwrap();
    drop(stream);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("[\n  {"), "{text}");
    assert!(serde_json::from_str::<Value>(&text).is_err(), "{text}");
}
