//! Every failure the API returns, with the spec's code in `extensions.code`.

use async_graphql::ErrorExtensions as _;

use crate::server::store::StoreError;

/// An API failure. It deliberately has no `Display`, so that the only way into a GraphQL error
/// is the `From` below, which always attaches the code.
#[derive(Debug, Clone)]
pub enum ApiError {
    /// AUTH_001: not logged in, bad credentials, or a role that may not do this.
    Auth(String),
    /// VAL_001: an argument failed validation.
    Invalid(String),
    /// SRV_001: the platform failed; the detail is logged, not shown.
    Internal(String),
    /// RSC_001: no such thing (or not visible to the caller).
    NotFound(String),
    /// RTE_001: too many requests; retry after this many seconds.
    RateLimited { message: String, retry_after: u64 },
    /// AUTH_001 with a retry time: logins for this username are locked for this many seconds
    /// after repeated failures (see `server::lockout`).
    LockedOut { message: String, retry_after: u64 },
}

impl ApiError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Auth(_) | Self::LockedOut { .. } => "AUTH_001",
            Self::Invalid(_) => "VAL_001",
            Self::Internal(_) => "SRV_001",
            Self::NotFound(_) => "RSC_001",
            Self::RateLimited { .. } => "RTE_001",
        }
    }

    pub fn not_found(what: &str, id: &str) -> Self {
        Self::NotFound(format!("{what} '{id}' not found"))
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        tracing::error!(error = %e, "store failure");
        Self::Internal("the platform's database failed; try again later".into())
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(e: ApiError) -> Self {
        let code = e.code();
        let (message, retry_after) = match e {
            ApiError::Auth(m)
            | ApiError::Invalid(m)
            | ApiError::Internal(m)
            | ApiError::NotFound(m) => (m, None),
            ApiError::RateLimited {
                message,
                retry_after,
            }
            | ApiError::LockedOut {
                message,
                retry_after,
            } => (message, Some(retry_after)),
        };
        async_graphql::Error::new(message).extend_with(|_, ext| {
            ext.set("code", code);
            if let Some(seconds) = retry_after {
                ext.set("retryAfter", seconds);
            }
        })
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_carries_its_code() {
        let cases = [
            (ApiError::Auth("a".into()), "AUTH_001"),
            (ApiError::Invalid("b".into()), "VAL_001"),
            (ApiError::Internal("c".into()), "SRV_001"),
            (ApiError::NotFound("d".into()), "RSC_001"),
            (
                ApiError::RateLimited {
                    message: "e".into(),
                    retry_after: 3,
                },
                "RTE_001",
            ),
            (
                ApiError::LockedOut {
                    message: "f".into(),
                    retry_after: 60,
                },
                "AUTH_001",
            ),
        ];
        for (error, code) in cases {
            let gql: async_graphql::Error = error.into();
            let ext = gql.extensions.expect("extensions set");
            assert_eq!(ext.get("code"), Some(&async_graphql::Value::from(code)));
        }
    }
}
