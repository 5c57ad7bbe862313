//! Money in the schema: the `Tokens` scalar, and the older `Float` fields derived from it.
//!
//! Every amount is exact ([`Tokens`], micro-tokens). Fields added since the ledger became exact
//! are `Tokens`. The spec's original `Float` amounts stay for compatibility: each is served from
//! the exact value (`tokenBalance` from `tokenBalanceExact`), so the two never disagree by
//! more than the double's rounding, and clients that need the cent use the exact one.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};

pub use crate::domain::money::Tokens;

/// An exact amount of tokens: a decimal string with at most 6 fractional digits (one
/// micro-token), such as "12.25", "-3" or "0.000001". Inputs also accept a whole number
/// (12); a JSON float is refused, since it may already have lost the exact value.
#[Scalar(name = "Tokens")]
impl ScalarType for Tokens {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(text) => text
                .parse()
                .map_err(|e| InputValueError::custom(format!("{e}"))),
            Value::Number(n) if n.is_i64() => n
                .as_i64()
                .and_then(Tokens::whole)
                .filter(|amount| amount.micro().abs() <= crate::domain::money::MAX_TOKENS.micro())
                .ok_or_else(|| {
                    InputValueError::custom(format!(
                        "an amount is at most {} tokens",
                        crate::domain::money::MAX_TOKENS
                    ))
                }),
            _ => Err(InputValueError::custom(format!(
                "an amount is a decimal string such as \"12.5\" (at most 6 decimals), got {value}"
            ))),
        }
    }

    fn is_valid(value: &Value) -> bool {
        match value {
            Value::String(text) => text.parse::<Tokens>().is_ok(),
            Value::Number(n) => n.is_i64(),
            _ => false,
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.to_string())
    }
}

/// Serves the spec's `Float` amounts of a `#[graphql(complex)]` object from its exact fields:
/// `float_twins!(T { amount: amount_exact })` adds `amount: Float!`, derived from the
/// `amountExact: Tokens!` field.
macro_rules! float_twins {
    ($object:ty { $($float:ident: $exact:ident),+ $(,)? }) => {
        #[async_graphql::ComplexObject]
        impl $object {
            $(
                /// The same amount as this field's exact twin (its name followed by `Exact`),
                /// as a Float for older clients: it may round, so sums use the exact one.
                async fn $float(&self) -> f64 {
                    self.$exact.to_f64()
                }
            )+
        }
    };
}
pub(crate) use float_twins;
