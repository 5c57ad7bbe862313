//! Secrets at rest: argon2 password hashes and random bearer tokens kept as SHA-256 hashes.

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use rand::RngExt as _;
use sha2::{Digest, Sha256};

/// A password hash no password matches: accounts with it cannot log in.
pub const NO_LOGIN: &str = "!";

pub fn hash_password(password: &str) -> String {
    let hash: Result<PasswordHash, _> = Argon2::default().hash_password(password.as_bytes());
    hash.map(|h| h.to_string())
        .unwrap_or_else(|_| NO_LOGIN.to_string())
}

/// Checks a password against a stored hash. Accounts without a usable hash never match.
pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A new random token: a recognisable prefix (so secret scanners can find leaked ones) and
/// 256 random bits in hex.
pub fn new_token(prefix: &str) -> String {
    let bytes: [u8; 32] = rand::rng().random();
    format!("{prefix}{}", hex::encode(bytes))
}

/// How a token is stored and looked up.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("correct horse");
        assert!(hash.starts_with("$argon2"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("correct hors", &hash));
        assert!(!verify_password("", NO_LOGIN));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn tokens_are_random_prefixed_and_hashed() {
        let a = new_token("vpm_at_");
        let b = new_token("vpm_at_");
        assert_ne!(a, b);
        assert!(a.starts_with("vpm_at_") && a.len() == 7 + 64);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), token_hash(&b));
    }
}
