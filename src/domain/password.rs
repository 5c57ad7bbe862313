//! The password policy of new passwords: `server init`, `createUser`, `importUsers`,
//! `resetUserPassword` and `changePassword` all check a password here before it is hashed.
//! Logins do not: an account keeps working whatever the policy became after its password was
//! set.

use std::fmt;

/// Longest password accepted anywhere, in characters: long passphrases fit, a megabyte of
/// attacker text does not reach argon2 or the database.
pub const MAX_PASSWORD_CHARS: usize = 256;
/// The minimum length when the server is not told otherwise (`--password-min-length`).
pub const DEFAULT_MIN_LENGTH: usize = 12;
/// The lowest minimum a server may be configured with: below it no policy is worth the name.
pub const LOWEST_MIN_LENGTH: usize = 8;

/// What a new password must satisfy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// Fewest characters (not bytes: "é" is one).
    pub min_length: usize,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self {
            min_length: DEFAULT_MIN_LENGTH,
        }
    }
}

/// The rule a password broke; its `Display` is the message users see (VAL_001).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyViolation {
    TooShort { min: usize },
    TooLong { max: usize },
    ContainsUsername,
    Common,
}

impl fmt::Display for PolicyViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooShort { min } => write!(
                f,
                "the password is too short: the policy asks for at least {min} characters"
            ),
            Self::TooLong { max } => write!(f, "the password is too long: at most {max} characters"),
            Self::ContainsUsername => f.write_str(
                "the password contains the username (in any case): the policy forbids it",
            ),
            Self::Common => f.write_str(
                "the password is on the list of common passwords: the policy forbids it; choose a longer passphrase",
            ),
        }
    }
}

impl std::error::Error for PolicyViolation {}

impl PasswordPolicy {
    /// Checks `password`, the new password of `username`, against every rule, in the order
    /// users fix them: length first, then content.
    pub fn check(&self, username: &str, password: &str) -> Result<(), PolicyViolation> {
        let length = password.chars().count();
        if length > MAX_PASSWORD_CHARS {
            return Err(PolicyViolation::TooLong {
                max: MAX_PASSWORD_CHARS,
            });
        }
        if length < self.min_length {
            return Err(PolicyViolation::TooShort {
                min: self.min_length,
            });
        }
        let lower = password.to_lowercase();
        let name = username.trim().to_lowercase();
        if !name.is_empty() && lower.contains(&name) {
            return Err(PolicyViolation::ContainsUsername);
        }
        if is_common(&lower) {
            return Err(PolicyViolation::Common);
        }
        Ok(())
    }
}

/// Whether `lower` (already lower case) is a common password. The list holds the most used
/// passwords of public breach corpora; most are shorter than the default minimum, and the list
/// is what still refuses them on a server configured with a lower one, plus the long classics
/// ("password1234", "qwertyuiopasdfgh") that pass any length rule.
fn is_common(lower: &str) -> bool {
    COMMON_PASSWORDS.contains(&lower)
}

const COMMON_PASSWORDS: [&str; 100] = [
    "123456",
    "password",
    "12345678",
    "qwerty",
    "123456789",
    "12345",
    "1234",
    "111111",
    "1234567",
    "dragon",
    "123123",
    "baseball",
    "abc123",
    "football",
    "monkey",
    "letmein",
    "696969",
    "shadow",
    "master",
    "666666",
    "qwertyuiop",
    "123321",
    "mustang",
    "1234567890",
    "michael",
    "654321",
    "superman",
    "1qaz2wsx",
    "7777777",
    "121212",
    "000000",
    "qazwsx",
    "123qwe",
    "killer",
    "trustno1",
    "jordan",
    "jennifer",
    "zxcvbnm",
    "asdfgh",
    "hunter",
    "buster",
    "soccer",
    "harley",
    "batman",
    "andrew",
    "tigger",
    "sunshine",
    "iloveyou",
    "2000",
    "charlie",
    "robert",
    "thomas",
    "hockey",
    "ranger",
    "daniel",
    "starwars",
    "klaster",
    "112233",
    "george",
    "computer",
    "michelle",
    "jessica",
    "pepper",
    "1111",
    "zxcvbn",
    "555555",
    "11111111",
    "131313",
    "freedom",
    "777777",
    "pass",
    "maggie",
    "159753",
    "aaaaaa",
    "ginger",
    "princess",
    "joshua",
    "cheese",
    "amanda",
    "summer",
    "love",
    "ashley",
    "6969",
    "nicole",
    "chelsea",
    "biteme",
    "matthew",
    "access",
    "yankees",
    "987654321",
    "dallas",
    "austin",
    "thunder",
    "taylor",
    "matrix",
    "password1234",
    "qwertyuiopasdfgh",
    "123456789012",
    "passwordpassword",
    "iloveyouiloveyou",
];

/// Longest username, in characters (what `authenticate` accepts too).
pub const MAX_USERNAME_CHARS: usize = 64;

/// Checks the name of a new account: 1-64 ASCII letters, digits and `._-@`, starting with a
/// letter or a digit. Stricter than what logins accept, so that new names are safe in a shell,
/// a CSV cell and a log line.
pub fn validate_username(username: &str) -> Result<(), String> {
    if username.is_empty() {
        return Err("the username must not be empty".into());
    }
    if username.chars().count() > MAX_USERNAME_CHARS {
        return Err(format!(
            "the username must be at most {MAX_USERNAME_CHARS} characters"
        ));
    }
    if !username
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c))
    {
        return Err(format!(
            "the username '{}' may hold only ASCII letters, digits and ._-@",
            username.escape_debug()
        ));
    }
    if !username.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err("the username must start with a letter or a digit".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_short_and_plain() {
        for good in ["alice", "ops.team-1", "a", "x@example.net", &"a".repeat(64)] {
            assert_eq!(validate_username(good), Ok(()), "{good}");
        }
        let long = "a".repeat(65);
        for bad in [
            "", " alice", "al ice", "ali\nce", "-alice", "über", "=cmd()", &long,
        ] {
            assert!(validate_username(bad).is_err(), "{bad}");
        }
    }

    fn policy(min_length: usize) -> PasswordPolicy {
        PasswordPolicy { min_length }
    }

    #[test]
    fn a_long_unusual_password_passes() {
        assert_eq!(
            PasswordPolicy::default().check("alice", "correct horse battery"),
            Ok(())
        );
        // Exactly the minimum, counted in characters rather than bytes.
        assert_eq!(policy(12).check("alice", "éééééééééééé"), Ok(()));
        assert_eq!(
            policy(12).check("alice", &"x".repeat(MAX_PASSWORD_CHARS)),
            Ok(())
        );
    }

    #[test]
    fn short_and_oversized_passwords_name_the_limit() {
        let short = policy(12).check("alice", "elevenchars").unwrap_err();
        assert_eq!(short, PolicyViolation::TooShort { min: 12 });
        assert!(
            short.to_string().contains("at least 12 characters"),
            "{short}"
        );
        assert_eq!(
            policy(20).check("alice", "nineteen characters"),
            Err(PolicyViolation::TooShort { min: 20 })
        );
        let long = policy(12)
            .check("alice", &"x".repeat(MAX_PASSWORD_CHARS + 1))
            .unwrap_err();
        assert!(long.to_string().contains("at most 256"), "{long}");
    }

    #[test]
    fn the_username_may_not_appear_in_any_case() {
        for password in [
            "alice-is-my-password",
            "my password is ALICE!",
            "xxAlIcExxxxxxx",
        ] {
            let e = PasswordPolicy::default()
                .check("alice", password)
                .unwrap_err();
            assert_eq!(e, PolicyViolation::ContainsUsername, "{password}");
            assert!(e.to_string().contains("username"), "{e}");
        }
        // A username with spaces around it is compared trimmed; an empty one never matches.
        assert_eq!(
            PasswordPolicy::default().check(" bob ", "bobby tables forever"),
            Err(PolicyViolation::ContainsUsername)
        );
        assert_eq!(
            PasswordPolicy::default().check("", "a perfectly fine one"),
            Ok(())
        );
    }

    #[test]
    fn common_passwords_are_refused_in_any_case() {
        for password in ["password1234", "PASSWORD1234", "QwertyUiopAsdfgh"] {
            let e = PasswordPolicy::default()
                .check("alice", password)
                .unwrap_err();
            assert_eq!(e, PolicyViolation::Common, "{password}");
            assert!(e.to_string().contains("common passwords"), "{e}");
        }
        // Short common ones are refused by the list when the minimum would let them through.
        assert_eq!(
            policy(LOWEST_MIN_LENGTH).check("alice", "baseball"),
            Err(PolicyViolation::Common)
        );
        assert_eq!(
            policy(LOWEST_MIN_LENGTH).check("alice", "baseball!"),
            Ok(())
        );
    }

    #[test]
    fn the_list_is_lower_case_and_has_no_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for p in COMMON_PASSWORDS {
            assert_eq!(p, p.to_lowercase(), "{p}");
            assert!(seen.insert(p), "duplicate {p}");
        }
    }
}
