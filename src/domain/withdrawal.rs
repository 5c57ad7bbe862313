//! Withdrawal rules: where tokens may be sent, and what a withdrawal costs.
//!
//! Pure: the server's store applies them inside its transaction with the day's total it
//! read, and the CLI quotes with the same arithmetic.
//!
//! Decisions:
//! - The amount requested is what leaves the balance (and is held): the fee comes out of it,
//!   and the destination receives `amount - fee`. A fee that would eat the whole amount is
//!   refused, so that nobody pays to receive nothing.
//! - The daily limit counts, per account and per UTC day, the amounts of the day's requests
//!   that are not REJECTED or CANCELLED (pending, approved and paid ones): a refusal or a
//!   cancellation gives the room back, so an owner who cancels a mistaken request can send the
//!   right one the same day. The day is the request's, not the payout's.
//! - Destination formats: `evm` (the default: `0x` and 40 hex digits; when the hex digits mix
//!   cases, the EIP-55 checksum must hold) or `any` (1-128 printable characters without
//!   spaces), for platforms paying out on another chain; the platform then checks addresses
//!   itself before paying.

use std::fmt;
use std::str::FromStr;

use sha3::{Digest, Keccak256};

use super::money::{Percent, Tokens};

/// The longest destination the `any` format accepts, in characters.
pub const MAX_DESTINATION_CHARS: usize = 128;

/// What a destination address must look like.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AddressFormat {
    /// An EVM address: `0x` and 40 hex digits, EIP-55 checksummed when mixed case.
    #[default]
    Evm,
    /// Any 1-128 printable characters without whitespace.
    Any,
}

impl AddressFormat {
    pub const NAMES: [&'static str; 2] = ["evm", "any"];
}

impl fmt::Display for AddressFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Self::Evm => "evm",
            Self::Any => "any",
        })
    }
}

impl FromStr for AddressFormat {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "evm" => Ok(Self::Evm),
            "any" => Ok(Self::Any),
            other => Err(format!(
                "unknown address format {other:?}: expected one of {}",
                Self::NAMES.join(", ")
            )),
        }
    }
}

/// Why a destination is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("a destination address is 0x followed by 40 hex digits, got {0:?}")]
    Malformed(String),
    #[error(
        "{0:?} fails its EIP-55 checksum (mixed case must match it): check the address, or give it all lowercase"
    )]
    Checksum(String),
    #[error(
        "a destination is 1-{MAX_DESTINATION_CHARS} printable characters without spaces, got {0:?}"
    )]
    Unprintable(String),
}

/// Checks `address` against `format`; returns it as it will be stored (trimmed of
/// surrounding whitespace, otherwise unchanged).
pub fn validate_destination(format: AddressFormat, address: &str) -> Result<String, AddressError> {
    let address = address.trim();
    match format {
        AddressFormat::Evm => validate_evm_address(address).map(str::to_string),
        AddressFormat::Any => {
            let fine = !address.is_empty()
                && address.chars().count() <= MAX_DESTINATION_CHARS
                && address.chars().all(|c| c.is_ascii_graphic());
            if fine {
                Ok(address.to_string())
            } else {
                Err(AddressError::Unprintable(shorten(address)))
            }
        }
    }
}

/// An EVM address: `0x` and 40 hex digits. All lowercase or all uppercase digits carry no
/// checksum; mixed case must be the EIP-55 checksum of the address.
pub fn validate_evm_address(address: &str) -> Result<&str, AddressError> {
    let hex = address
        .strip_prefix("0x")
        .filter(|hex| hex.len() == 40 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| AddressError::Malformed(shorten(address)))?;
    let has_lower = hex.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = hex.bytes().any(|b| b.is_ascii_uppercase());
    if has_lower && has_upper && eip55_checksummed(hex) != hex {
        return Err(AddressError::Checksum(address.to_string()));
    }
    Ok(address)
}

/// The EIP-55 form of 40 hex digits: a letter is uppercase when the matching nibble of
/// keccak-256(lowercase hex text) is 8 or more.
pub fn eip55_checksummed(hex: &str) -> String {
    let lower = hex.to_ascii_lowercase();
    let hash = Keccak256::digest(lower.as_bytes());
    lower
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let byte = hash[i / 2];
            let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 0x0f };
            if c.is_ascii_alphabetic() && nibble >= 8 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

/// Echoes at most 80 characters of a refused input.
fn shorten(text: &str) -> String {
    text.chars().take(80).collect()
}

/// The platform's withdrawal rules (`vpnmine server --withdrawal-*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WithdrawalPolicy {
    /// The smallest amount a request may ask for.
    pub minimum: Tokens,
    /// The fee's flat part, charged on every paid withdrawal.
    pub fee_flat: Tokens,
    /// The fee's share of the amount.
    pub fee_percent: Percent,
    /// Most an account may request per UTC day (see the module's decisions); `None`: no limit.
    pub daily_limit: Option<Tokens>,
    pub address_format: AddressFormat,
}

impl Default for WithdrawalPolicy {
    /// 10 tokens at least, a fee of 0.5 token + 1 %, at most 10,000 tokens a day, to EVM
    /// addresses.
    fn default() -> Self {
        Self {
            minimum: Tokens::from_micro(10_000_000),
            fee_flat: Tokens::from_micro(500_000),
            fee_percent: Percent::from_ppm(10_000).unwrap_or(Percent::ZERO),
            daily_limit: Tokens::whole(10_000),
            address_format: AddressFormat::Evm,
        }
    }
}

/// What a withdrawal of some amount costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// What leaves the balance (and is held until paid).
    pub amount: Tokens,
    /// flat + percent of the amount, rounded once to the micro-token.
    pub fee: Tokens,
    /// What the destination receives: amount - fee.
    pub net: Tokens,
}

/// Why a withdrawal is refused by the rules (not by the balance).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WithdrawalRefusal {
    #[error("a withdrawal is a positive amount, got {0}")]
    NotPositive(Tokens),
    #[error("the smallest withdrawal is {minimum} tokens, got {amount}")]
    BelowMinimum { amount: Tokens, minimum: Tokens },
    #[error("the fee ({fee}) would take all of {amount} tokens: withdraw more")]
    FeeTakesAll { amount: Tokens, fee: Tokens },
    #[error(
        "{amount} tokens would pass today's limit of {limit} (already requested today: {used}); try a smaller amount or tomorrow (UTC)"
    )]
    DailyLimit {
        amount: Tokens,
        limit: Tokens,
        used: Tokens,
    },
}

impl WithdrawalPolicy {
    /// The fee and net of `amount`, or why the rules refuse it (before any balance is read).
    pub fn quote(&self, amount: Tokens) -> Result<Quote, WithdrawalRefusal> {
        if !amount.is_positive() {
            return Err(WithdrawalRefusal::NotPositive(amount));
        }
        if amount < self.minimum {
            return Err(WithdrawalRefusal::BelowMinimum {
                amount,
                minimum: self.minimum,
            });
        }
        let fee = self
            .fee_flat
            .checked_add(self.fee_percent.of(amount))
            .filter(|fee| *fee < amount)
            .ok_or(WithdrawalRefusal::FeeTakesAll {
                amount,
                fee: self
                    .fee_flat
                    .checked_add(self.fee_percent.of(amount))
                    .unwrap_or(amount),
            })?;
        let net = amount.checked_sub(fee).unwrap_or(Tokens::ZERO);
        Ok(Quote { amount, fee, net })
    }

    /// Refuses `amount` when the day's requests (`used_today`) and it would pass the daily
    /// limit.
    pub fn check_daily(&self, amount: Tokens, used_today: Tokens) -> Result<(), WithdrawalRefusal> {
        let Some(limit) = self.daily_limit else {
            return Ok(());
        };
        match used_today.checked_add(amount) {
            Some(total) if total <= limit => Ok(()),
            _ => Err(WithdrawalRefusal::DailyLimit {
                amount,
                limit,
                used: used_today,
            }),
        }
    }

    /// What may still be requested today; `None` without a limit.
    pub fn left_today(&self, used_today: Tokens) -> Option<Tokens> {
        self.daily_limit.map(|limit| {
            limit
                .checked_sub(used_today)
                .unwrap_or(Tokens::ZERO)
                .max(Tokens::ZERO)
        })
    }
}

/// Start of the UTC day holding `now` (seconds since the epoch).
pub fn utc_day_start(now: i64) -> i64 {
    now - now.rem_euclid(86_400)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Tokens {
        text.parse().unwrap()
    }

    /// The test vectors of EIP-55 itself.
    const EIP55: [&str; 8] = [
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
    ];

    #[test]
    fn eip55_vectors_pass_and_checksum_themselves() {
        for address in EIP55 {
            assert_eq!(validate_evm_address(address), Ok(address), "{address}");
            let hex = &address[2..];
            let mixed = hex.bytes().any(|b| b.is_ascii_lowercase())
                && hex.bytes().any(|b| b.is_ascii_uppercase());
            if mixed {
                assert_eq!(eip55_checksummed(hex), hex, "{address}");
            }
        }
    }

    #[test]
    fn a_wrong_checksum_is_refused_but_single_case_is_not_checked() {
        // One letter's case flipped.
        let wrong = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
        assert_eq!(
            validate_evm_address(wrong),
            Err(AddressError::Checksum(wrong.into()))
        );
        let lower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
        assert_eq!(validate_evm_address(lower), Ok(lower));
        let upper = "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED";
        assert_eq!(validate_evm_address(upper), Ok(upper));
    }

    #[test]
    fn malformed_evm_addresses_are_refused() {
        for bad in [
            "",
            "0x",
            "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA d",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAé",
        ] {
            assert!(
                matches!(validate_evm_address(bad), Err(AddressError::Malformed(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn destinations_are_trimmed_and_the_any_format_takes_printable_text() {
        assert_eq!(
            validate_destination(
                AddressFormat::Evm,
                " 0x52908400098527886E0F7030069857D2E4169EE7\n"
            ),
            Ok("0x52908400098527886E0F7030069857D2E4169EE7".into())
        );
        assert_eq!(
            validate_destination(
                AddressFormat::Any,
                "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
            ),
            Ok("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq".into())
        );
        for bad in ["", "two words", "tab\there", &"x".repeat(129)] {
            assert!(
                validate_destination(AddressFormat::Any, bad).is_err(),
                "{bad:?}"
            );
        }
        assert_eq!("EVM".parse(), Ok(AddressFormat::Evm));
        assert_eq!("any".parse(), Ok(AddressFormat::Any));
        assert!("regex".parse::<AddressFormat>().is_err());
    }

    fn policy() -> WithdrawalPolicy {
        WithdrawalPolicy {
            minimum: t("10"),
            fee_flat: t("0.5"),
            fee_percent: "1".parse().unwrap(),
            daily_limit: Some(t("100")),
            address_format: AddressFormat::Evm,
        }
    }

    #[test]
    fn the_quote_is_flat_plus_percent_and_the_net_is_what_is_left() {
        let quote = policy().quote(t("12.345678")).unwrap();
        // 1 % of 12.345678 is 0.12345678, rounded once to 0.123457.
        assert_eq!(quote.fee, t("0.623457"));
        assert_eq!(quote.net, t("11.722221"));
        assert_eq!(quote.fee.checked_add(quote.net), Some(quote.amount));
        let free = WithdrawalPolicy {
            fee_flat: Tokens::ZERO,
            fee_percent: Percent::ZERO,
            ..policy()
        };
        assert_eq!(
            free.quote(t("10")),
            Ok(Quote {
                amount: t("10"),
                fee: Tokens::ZERO,
                net: t("10")
            })
        );
    }

    #[test]
    fn the_rules_refuse_zero_negative_small_and_all_fee_amounts() {
        let p = policy();
        assert_eq!(
            p.quote(Tokens::ZERO),
            Err(WithdrawalRefusal::NotPositive(Tokens::ZERO))
        );
        assert_eq!(
            p.quote(t("-5")),
            Err(WithdrawalRefusal::NotPositive(t("-5")))
        );
        assert_eq!(
            p.quote(t("9.999999")),
            Err(WithdrawalRefusal::BelowMinimum {
                amount: t("9.999999"),
                minimum: t("10")
            })
        );
        let greedy = WithdrawalPolicy {
            minimum: t("0.000001"),
            fee_flat: t("1"),
            ..p
        };
        assert_eq!(
            greedy.quote(t("1")),
            Err(WithdrawalRefusal::FeeTakesAll {
                amount: t("1"),
                fee: t("1.01")
            })
        );
        assert!(greedy.quote(t("1.02")).is_ok());
    }

    #[test]
    fn the_daily_limit_counts_what_was_requested_today() {
        let p = policy();
        assert_eq!(p.check_daily(t("100"), Tokens::ZERO), Ok(()));
        assert_eq!(p.check_daily(t("40"), t("60")), Ok(()));
        assert_eq!(
            p.check_daily(t("40.000001"), t("60")),
            Err(WithdrawalRefusal::DailyLimit {
                amount: t("40.000001"),
                limit: t("100"),
                used: t("60")
            })
        );
        assert_eq!(p.left_today(t("60")), Some(t("40")));
        assert_eq!(p.left_today(t("160")), Some(Tokens::ZERO));
        let unlimited = WithdrawalPolicy {
            daily_limit: None,
            ..p
        };
        assert_eq!(unlimited.check_daily(t("1000000"), t("1000000")), Ok(()));
        assert_eq!(unlimited.left_today(t("5")), None);
    }

    #[test]
    fn days_start_at_utc_midnight() {
        assert_eq!(utc_day_start(86_400 * 3 + 5), 86_400 * 3);
        assert_eq!(utc_day_start(86_400 * 3), 86_400 * 3);
        assert_eq!(utc_day_start(-1), -86_400);
    }
}
