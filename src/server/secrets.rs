//! Secrets at rest: argon2 password hashes and random bearer tokens kept as SHA-256 hashes.

use std::sync::LazyLock;

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

/// Checks a password against a stored hash. Accounts without a usable hash (no account, or
/// [`NO_LOGIN`]) never match, but they cost the same: the password is verified against
/// [`dummy_hash`] instead, so that the time of an answer does not tell whether an account
/// exists or can log in.
pub fn verify_password(password: &str, stored: &str) -> bool {
    let (hash, can_match) = verification_target(stored);
    let verified = Argon2::default()
        .verify_password(password.as_bytes(), &hash)
        .is_ok();
    verified && can_match
}

/// What a password is verified against, and whether a match may log in.
fn verification_target(stored: &str) -> (PasswordHash, bool) {
    match PasswordHash::new(stored) {
        Ok(hash) => (hash, true),
        Err(_) => (dummy_hash(), false),
    }
}

/// A real argon2 hash of a random password nobody knows, made by [`hash_password`] (so with the
/// parameters real hashes have, and the same verification cost) once, when first needed.
fn dummy_hash() -> PasswordHash {
    static DUMMY: LazyLock<String> = LazyLock::new(|| hash_password(&new_token("")));
    PasswordHash::new(&DUMMY).expect("hash_password makes parsable PHC strings")
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

    /// Unknown accounts and accounts without a password login run a full argon2 verification
    /// too, against a real hash with the parameters of real ones.
    #[test]
    fn unusable_hashes_are_verified_against_the_dummy_hash() {
        let real = hash_password("correct horse");
        let real = PasswordHash::new(&real).unwrap();
        for stored in ["", NO_LOGIN, "not a hash"] {
            let (target, can_match) = verification_target(stored);
            assert!(!can_match, "{stored:?}");
            assert_eq!(target.algorithm, real.algorithm, "{stored:?}");
            assert_eq!(target.version, real.version);
            assert_eq!(target.params, real.params, "same cost as a real hash");
            assert!(target.hash.is_some() && target.salt.is_some());
        }
        let (target, _) = verification_target("");
        assert_eq!(
            target.to_string(),
            dummy_hash().to_string(),
            "computed once"
        );
        // Even the password that made the dummy hash could not log in: nobody knows it, and
        // a match against it is not a match.
        assert!(!verify_password("", ""));
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
