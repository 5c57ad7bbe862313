//! Exact money: amounts of tokens as whole numbers of micro-tokens (10^-6 token).
//!
//! Every amount the platform stores, adds or compares is a [`Tokens`], an `i64` of
//! micro-tokens; arithmetic is integer and checked, so a sum either is exact or is refused.
//! Floating point enters in one place only, [`Tokens::from_rate`], where the reward formula
//! (a rate over time, with logarithms in it) becomes an amount: it rounds to the nearest
//! micro-token, halves away from zero, once. A percentage fee is a rate too and rounds the
//! same way, in integers ([`Percent::of`]).
//!
//! The text form is a plain decimal with at most six fractional digits and no exponent:
//! `12.25`, `-3`, `0.000001`. It is what JSON, CSV and the `Tokens` GraphQL scalar carry,
//! because a JSON number is a double in most readers and would not round-trip.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Micro-tokens in one token.
pub const MICROS_PER_TOKEN: i64 = 1_000_000;
/// Fractional digits of the text form.
pub const DECIMALS: usize = 6;
/// The largest amount anyone may write: a trillion tokens. Far beyond any balance, and far
/// below `i64::MAX` micro-tokens, so that sums of many such amounts cannot overflow unnoticed.
pub const MAX_TOKENS: Tokens = Tokens(1_000_000_000_000 * MICROS_PER_TOKEN);

/// An exact amount of tokens, possibly negative (a debit).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tokens(i64);

/// Why a text is not an amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("an amount is a decimal number such as 12.5, got {0:?}")]
    Malformed(String),
    #[error("an amount has at most {DECIMALS} decimal places (one micro-token), got {0:?}")]
    TooPrecise(String),
    #[error("an amount is at most {MAX_TOKENS} tokens, got {0:?}")]
    TooLarge(String),
}

impl Tokens {
    pub const ZERO: Tokens = Tokens(0);

    pub const fn from_micro(micro: i64) -> Tokens {
        Tokens(micro)
    }

    /// A whole number of tokens; `None` past `i64` micro-tokens.
    pub fn whole(tokens: i64) -> Option<Tokens> {
        tokens.checked_mul(MICROS_PER_TOKEN).map(Tokens)
    }

    pub const fn micro(self) -> i64 {
        self.0
    }

    /// The one place a real number becomes money: the nearest micro-token, halves away from
    /// zero. `None` for NaN, infinities and values beyond [`MAX_TOKENS`].
    pub fn from_rate(tokens: f64) -> Option<Tokens> {
        let micro = (tokens * MICROS_PER_TOKEN as f64).round();
        (micro.is_finite() && micro.abs() <= MAX_TOKENS.0 as f64).then_some(Tokens(micro as i64))
    }

    /// For the schema's older `Float` fields only: the nearest double, never used in sums.
    pub fn to_f64(self) -> f64 {
        self.0 as f64 / MICROS_PER_TOKEN as f64
    }

    pub fn checked_add(self, other: Tokens) -> Option<Tokens> {
        self.0.checked_add(other.0).map(Tokens)
    }

    pub fn checked_sub(self, other: Tokens) -> Option<Tokens> {
        self.0.checked_sub(other.0).map(Tokens)
    }

    /// `-self`, which always exists for amounts within [`MAX_TOKENS`].
    pub fn negated(self) -> Tokens {
        Tokens(self.0.saturating_neg())
    }

    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// One of `parts` equal shares (an average), to the nearest micro-token, halves away from
    /// zero; `None` for no parts.
    pub fn divided(self, parts: i64) -> Option<Tokens> {
        if parts <= 0 {
            return None;
        }
        let (total, parts) = (i128::from(self.0), i128::from(parts));
        let half = parts / 2;
        let share = if total >= 0 {
            (total + half) / parts
        } else {
            (total - half) / parts
        };
        i64::try_from(share).ok().map(Tokens)
    }

    /// Sums exactly; `None` on overflow.
    pub fn sum(amounts: impl IntoIterator<Item = Tokens>) -> Option<Tokens> {
        amounts
            .into_iter()
            .try_fold(Tokens::ZERO, |total, amount| total.checked_add(amount))
    }
}

impl From<i64> for Tokens {
    /// From micro-tokens, as the store keeps them.
    fn from(micro: i64) -> Self {
        Tokens(micro)
    }
}

impl fmt::Display for Tokens {
    /// The shortest exact decimal: `12.25`, `10`, `-0.000001`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let micro = self.0.unsigned_abs();
        let whole = micro / MICROS_PER_TOKEN as u64;
        let fraction = micro % MICROS_PER_TOKEN as u64;
        let text = if fraction == 0 {
            format!("{sign}{whole}")
        } else {
            let digits = format!("{fraction:06}");
            format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
        };
        f.pad(&text)
    }
}

impl FromStr for Tokens {
    type Err = AmountError;

    /// A plain decimal: an optional `-` or `+`, digits, and at most six decimals after a `.`.
    /// No exponent, separators or spaces: what a person typed is what is paid, or it is
    /// refused.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Tokens::parse_within(text, MAX_TOKENS)
    }
}

impl Tokens {
    /// The text form, up to `limit` either way: what people write is held to [`MAX_TOKENS`];
    /// what the platform sends back (a network's totals) may use the whole `i64` range.
    fn parse_within(text: &str, limit: Tokens) -> Result<Tokens, AmountError> {
        let malformed = || AmountError::Malformed(text.to_string());
        let (negative, unsigned) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty())
            || !digits(whole)
            || !digits(fraction)
            || (unsigned.contains('.') && fraction.is_empty() && whole.is_empty())
        {
            return Err(malformed());
        }
        let significant = fraction.trim_end_matches('0');
        if significant.len() > DECIMALS {
            return Err(AmountError::TooPrecise(text.to_string()));
        }
        let too_large = || AmountError::TooLarge(text.to_string());
        let whole = whole.trim_start_matches('0');
        if whole.len() > 13 && limit <= MAX_TOKENS {
            return Err(too_large());
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| malformed())?
        };
        let fraction: i64 = format!("{significant:0<6}")
            .parse()
            .map_err(|_| malformed())?;
        let micro = whole
            .checked_mul(MICROS_PER_TOKEN)
            .and_then(|w| w.checked_add(fraction))
            .filter(|m| *m <= limit.0)
            .ok_or_else(too_large)?;
        Ok(Tokens(if negative { -micro } else { micro }))
    }
}

impl Serialize for Tokens {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Tokens {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Tokens::parse_within(&text, Tokens(i64::MAX)).map_err(serde::de::Error::custom)
    }
}

/// A percentage kept exactly, in parts per million: `0.5 %` is 5,000.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent(u32);

/// One hundred percent, in parts per million.
const WHOLE_PPM: u32 = 1_000_000;

impl Percent {
    pub const ZERO: Percent = Percent(0);

    pub const fn from_ppm(ppm: u32) -> Option<Percent> {
        if ppm <= WHOLE_PPM {
            Some(Percent(ppm))
        } else {
            None
        }
    }

    pub const fn ppm(self) -> u32 {
        self.0
    }

    /// This share of `amount`, to the nearest micro-token, halves away from zero: computed
    /// in 128-bit integers, so exact for every amount.
    pub fn of(self, amount: Tokens) -> Tokens {
        let product = i128::from(amount.0) * i128::from(self.0);
        let whole = i128::from(WHOLE_PPM);
        let half = whole / 2;
        let rounded = if product >= 0 {
            (product + half) / whole
        } else {
            (product - half) / whole
        };
        // |rounded| <= |amount|, so it fits.
        Tokens(rounded as i64)
    }
}

impl fmt::Display for Percent {
    /// `0.5%`, `2%`, `0.0001%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A percentage with four decimals is the same digits as micro-tokens with six, moved
        // by two places: reuse the exact decimal writer.
        let hundredths = Tokens(i64::from(self.0) * 100);
        f.pad(&format!("{hundredths}%"))
    }
}

impl FromStr for Percent {
    type Err = String;

    /// `0.5`, `0.5%` or `2`: a percentage from 0 to 100 with at most four decimals.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let refuse = || {
            format!("a percentage is a number from 0 to 100 with at most 4 decimals, got {text:?}")
        };
        let number = text.strip_suffix('%').unwrap_or(text);
        if number.starts_with(['-', '+']) {
            return Err(refuse());
        }
        let as_tokens: Tokens = number.parse().map_err(|_| refuse())?;
        // Tokens carry six decimals; a percentage in ppm carries four.
        if as_tokens.0 % 100 != 0 {
            return Err(refuse());
        }
        u32::try_from(as_tokens.0 / 100)
            .ok()
            .and_then(Percent::from_ppm)
            .ok_or_else(refuse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Tokens {
        text.parse().unwrap()
    }

    #[test]
    fn parses_plain_decimals_exactly() {
        assert_eq!(t("12.25"), Tokens(12_250_000));
        assert_eq!(t("0.000001"), Tokens(1));
        assert_eq!(t("-3"), Tokens(-3_000_000));
        assert_eq!(t("+7.5"), Tokens(7_500_000));
        assert_eq!(t(".5"), Tokens(500_000));
        assert_eq!(t("5."), Tokens(5_000_000));
        assert_eq!(t("1.2500000000"), Tokens(1_250_000));
        assert_eq!(t("000042"), Tokens(42_000_000));
        assert_eq!(t("1000000000000"), MAX_TOKENS);
    }

    #[test]
    fn refuses_what_is_not_an_exact_amount() {
        for text in [
            "", "-", ".", "1e3", "1,5", " 1", "1 ", "0x10", "NaN", "inf", "1.2.3", "--1", "-.",
        ] {
            assert!(
                matches!(text.parse::<Tokens>(), Err(AmountError::Malformed(_))),
                "{text:?}"
            );
        }
        assert_eq!(
            "0.0000001".parse::<Tokens>(),
            Err(AmountError::TooPrecise("0.0000001".into()))
        );
        assert!(matches!(
            "1000000000000.000001".parse::<Tokens>(),
            Err(AmountError::TooLarge(_))
        ));
        assert!(matches!(
            "99999999999999999999999".parse::<Tokens>(),
            Err(AmountError::TooLarge(_))
        ));
    }

    #[test]
    fn writes_the_shortest_exact_decimal_and_reads_it_back() {
        for (micro, text) in [
            (0, "0"),
            (1, "0.000001"),
            (12_250_000, "12.25"),
            (-3_000_000, "-3"),
            (-1, "-0.000001"),
            (10_000_010, "10.00001"),
            (i64::MIN, "-9223372036854.775808"),
        ] {
            assert_eq!(Tokens(micro).to_string(), text);
            if micro != i64::MIN {
                assert_eq!(t(text), Tokens(micro));
            }
        }
        assert_eq!(format!("{:>8}", Tokens(1_500_000)), "     1.5");
    }

    #[test]
    fn a_rate_becomes_an_amount_once_to_the_nearest_micro_token() {
        assert_eq!(Tokens::from_rate(1.0000004), Some(Tokens(1_000_000)));
        assert_eq!(Tokens::from_rate(1.0000006), Some(Tokens(1_000_001)));
        assert_eq!(Tokens::from_rate(0.0000005), Some(Tokens(1)));
        assert_eq!(Tokens::from_rate(-0.0000005), Some(Tokens(-1)));
        assert_eq!(Tokens::from_rate(f64::NAN), None);
        assert_eq!(Tokens::from_rate(f64::INFINITY), None);
        assert_eq!(Tokens::from_rate(2e12), None);
    }

    #[test]
    fn sums_are_exact_or_refused() {
        // 0.1 + 0.2 in micro-tokens is exactly 0.3.
        assert_eq!(Tokens::sum([t("0.1"), t("0.2")]), Some(t("0.3")));
        assert_eq!(Tokens::sum([Tokens(i64::MAX), Tokens(1)]), None);
        assert_eq!(Tokens(5).checked_sub(Tokens(7)), Some(Tokens(-2)));
    }

    #[test]
    fn shares_round_to_the_nearest_micro_token() {
        assert_eq!(Tokens(10).divided(4), Some(Tokens(3)));
        assert_eq!(Tokens(9).divided(4), Some(Tokens(2)));
        assert_eq!(Tokens(-10).divided(4), Some(Tokens(-3)));
        assert_eq!(Tokens(7).divided(7), Some(Tokens(1)));
        assert_eq!(Tokens(7).divided(0), None);
    }

    #[test]
    fn percentages_are_exact_and_round_half_away_from_zero() {
        let half = "0.5".parse::<Percent>().unwrap();
        assert_eq!(half.ppm(), 5_000);
        assert_eq!(half.of(t("100")), t("0.5"));
        // 0.5 % of 0.000101 is 0.000000505: rounds to 0.000001.
        assert_eq!(half.of(Tokens(101)), Tokens(1));
        // 0.5 % of 0.000099 is 0.000000495: rounds to 0.
        assert_eq!(half.of(Tokens(99)), Tokens(0));
        assert_eq!(half.of(Tokens(-101)), Tokens(-1));
        assert_eq!(
            "100%".parse::<Percent>().unwrap().of(MAX_TOKENS),
            MAX_TOKENS
        );
        assert_eq!("2.5%".parse::<Percent>().unwrap().to_string(), "2.5%");
        assert_eq!("0.0001".parse::<Percent>().unwrap().ppm(), 1);
        for bad in ["-1", "100.0001", "0.00001", "x", "", "1e2"] {
            assert!(bad.parse::<Percent>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn json_carries_the_decimal_string() {
        let json = serde_json::to_string(&t("12.25")).unwrap();
        assert_eq!(json, "\"12.25\"");
        assert_eq!(serde_json::from_str::<Tokens>(&json).unwrap(), t("12.25"));
        assert!(serde_json::from_str::<Tokens>("\"1.0000001\"").is_err());
        // A network's totals may pass what one person may write.
        let total: Tokens = serde_json::from_str("\"5000000000000.5\"").unwrap();
        assert_eq!(total.micro(), 5_000_000_000_000_500_000);
        assert!(serde_json::from_str::<Tokens>("\"9223372036855\"").is_err());
    }
}
