//! CSV cells that are safe to open in a spreadsheet (OWASP's "CSV Injection" advice).
//!
//! Excel, LibreOffice Calc and Google Sheets evaluate a cell that starts with `=`, `+`, `-`,
//! `@`, a tab or a carriage return as a formula: an export holding `=HYPERLINK("http://x","y")`
//! (a username typed into a failed login, say) would run it on the reader's machine. Such a
//! text cell gets a leading single quote, which spreadsheets take as "this is text" and do not
//! show.
//!
//! Decisions:
//! - Only text is neutralised. Callers pass the cells of string-typed values; numbers,
//!   booleans and timestamps are written as they are, so `-5` or `1e-3` stay numbers.
//! - A text cell that is a plain decimal number (`-5`, `+1.25`, `-1e-3`) is left alone too:
//!   a spreadsheet reads it as that number and nothing else, and amounts carried as strings
//!   keep working in scripts and formulas.
//! - The quote changes what scripts read (`'=x` instead of `=x`); that is OWASP's trade-off
//!   and ours: only cells that would otherwise be formulas are touched. JSON is not a
//!   spreadsheet format and stays raw.

use std::borrow::Cow;

/// The characters that make a spreadsheet treat a cell as a formula when they come first.
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as it should be written to a CSV file: with a leading `'` when it would start a
/// formula, unchanged otherwise.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(first) if FORMULA_TRIGGERS.contains(&first) && !is_plain_number(text) => {
            Cow::Owned(format!("'{text}"))
        }
        _ => Cow::Borrowed(text),
    }
}

/// `[+-]digits[.digits][e[+-]digits]` (a leading or trailing dot allowed), nothing else.
fn is_plain_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => {
            (digits(whole) || whole.is_empty())
                && (digits(fraction) || fraction.is_empty())
                && !(whole.is_empty() && fraction.is_empty())
        }
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_a_leading_quote() {
        for (cell, safe) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(1+1)", "'@SUM(1+1)"),
            ("\t=1+1", "'\t=1+1"),
            ("\r=1+1", "'\r=1+1"),
            ("=", "'="),
            ("-", "'-"),
            ("-1d", "'-1d"),
            ("--5", "'--5"),
            ("-5-5", "'-5-5"),
            ("-e5", "'-e5"),
            ("-.", "'-."),
            ("+1e", "'+1e"),
        ] {
            assert_eq!(spreadsheet_safe(cell), safe, "{cell:?}");
        }
    }

    #[test]
    fn other_text_and_plain_numbers_are_unchanged() {
        for cell in [
            "",
            "alice",
            "a=b",
            "srv-1",
            "'=already quoted",
            " =leading space",
            "1e-3",
            "-5",
            "+5",
            "-1.25",
            "-.5",
            "-5.",
            "-1e-3",
            "+2E+10",
        ] {
            assert!(
                matches!(spreadsheet_safe(cell), Cow::Borrowed(c) if c == cell),
                "{cell:?}"
            );
        }
    }
}
