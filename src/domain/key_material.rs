//! Key material an operator pastes into a server configuration: REALITY (x25519) and WireGuard
//! key pairs, WireGuard preshared keys, VLESS UUIDs and REALITY shortIds.
//!
//! The caller passes the random bytes in (domain code does no I/O), and every value is checked
//! by the validator the server applies to configurations before it is returned: an `Err` here
//! is a bug in this module, never bad luck or bad input.

use std::ops::RangeInclusive;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::Serialize;

use super::client_config::x25519_public_key;
use super::validate::{
    ValidationError, validate_short_id, validate_uuid, validate_wireguard_key, validate_x25519_key,
};

/// How many UUIDs one `keys uuid --count` may ask for: enough for any batch of users, small
/// enough that a typo (an extra zero or three) does not flood a terminal.
pub const UUID_COUNT: RangeInclusive<u32> = 1..=10_000;

/// The shortId lengths `validate_short_id` accepts, less the empty one (which means "no
/// shortId", nothing to generate). Only even lengths: Xray decodes the digits as bytes.
pub const SHORT_ID_LENGTH: RangeInclusive<usize> = 2..=16;

/// The shortId length of `keys short-id` without `--length`: the longest, hardest to guess.
pub const DEFAULT_SHORT_ID_LENGTH: usize = 16;

/// A REALITY key pair: unpadded base64url, 43 characters each (`xray x25519`'s format).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RealityKeys {
    pub private_key: String,
    pub public_key: String,
}

/// A WireGuard key pair and a preshared key: padded standard base64, 44 characters each
/// (`wg genkey`, `wg pubkey`, `wg genpsk`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WireguardKeys {
    pub private_key: String,
    pub public_key: String,
    pub preshared_key: String,
}

/// Clamps 32 random bytes into an x25519 private key, as `wg genkey` and `xray x25519` do:
/// the key then reads the same to every implementation, clamping or not.
fn clamp(mut bytes: [u8; 32]) -> [u8; 32] {
    bytes[0] &= 248;
    bytes[31] &= 127;
    bytes[31] |= 64;
    bytes
}

/// A REALITY key pair from 32 random bytes.
pub fn reality_keys(random: [u8; 32]) -> Result<RealityKeys, ValidationError> {
    let private = clamp(random);
    let keys = RealityKeys {
        private_key: URL_SAFE_NO_PAD.encode(private),
        public_key: URL_SAFE_NO_PAD.encode(x25519_public_key(private)),
    };
    validate_x25519_key(&keys.private_key)?;
    validate_x25519_key(&keys.public_key)?;
    Ok(keys)
}

/// A WireGuard key pair from 32 random bytes, and a preshared key of 32 more.
pub fn wireguard_keys(
    random: [u8; 32],
    preshared: [u8; 32],
) -> Result<WireguardKeys, ValidationError> {
    let private = clamp(random);
    let keys = WireguardKeys {
        private_key: STANDARD.encode(private),
        public_key: STANDARD.encode(x25519_public_key(private)),
        preshared_key: STANDARD.encode(preshared),
    };
    validate_wireguard_key(&keys.private_key)?;
    validate_wireguard_key(&keys.public_key)?;
    validate_wireguard_key(&keys.preshared_key)?;
    Ok(keys)
}

/// A version-4 UUID from 16 random bytes, hyphenated and lower case.
pub fn uuid_v4(random: [u8; 16]) -> Result<String, ValidationError> {
    let uuid = uuid::Builder::from_random_bytes(random)
        .into_uuid()
        .hyphenated()
        .to_string();
    validate_uuid(&uuid)?;
    Ok(uuid)
}

/// A shortId of `length` lower-case hex digits from the first `length / 2` bytes of `random`.
/// `length` must be in [`SHORT_ID_LENGTH`] and even (see [`check_short_id_length`]).
pub fn short_id(random: [u8; 8], length: usize) -> Result<String, ValidationError> {
    let digits: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let id = digits.get(..length).unwrap_or(&digits).to_string();
    validate_short_id(&id)?;
    if id.len() != length || id.is_empty() {
        return Err(ValidationError::InvalidShortId {
            input: id,
            reason: format!("a shortId of {length} digits cannot be generated"),
        });
    }
    Ok(id)
}

/// Checks a requested shortId length: even, and in [`SHORT_ID_LENGTH`].
pub fn check_short_id_length(length: usize) -> Result<usize, String> {
    if !SHORT_ID_LENGTH.contains(&length) {
        return Err(format!(
            "a shortId has {} to {} hex digits, not {length}",
            SHORT_ID_LENGTH.start(),
            SHORT_ID_LENGTH.end()
        ));
    }
    if !length.is_multiple_of(2) {
        return Err(format!(
            "a shortId has an even number of hex digits (Xray reads them as bytes), not {length}"
        ));
    }
    Ok(length)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Deterministic, well-spread bytes for the tests (splitmix64), so that a failure replays.
    struct Bytes(u64);

    impl Bytes {
        fn next_u64(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn array<const N: usize>(&mut self) -> [u8; N] {
            let mut out = [0u8; N];
            for chunk in out.chunks_mut(8) {
                let word = self.next_u64().to_le_bytes();
                chunk.copy_from_slice(&word[..chunk.len()]);
            }
            out
        }
    }

    #[test]
    fn reality_keys_pass_the_validator_and_match() {
        let mut bytes = Bytes(1);
        for _ in 0..2_000 {
            let keys = reality_keys(bytes.array()).unwrap();
            assert_eq!(keys.private_key.len(), 43);
            assert_eq!(keys.public_key.len(), 43);
            let private = validate_x25519_key(&keys.private_key).unwrap();
            let public = validate_x25519_key(&keys.public_key).unwrap();
            assert_eq!(x25519_public_key(private), public);
            assert_ne!(private, public);
        }
    }

    #[test]
    fn edge_bytes_still_give_valid_keys() {
        // Clamping sets a bit, so not even all-zero randomness gives the all-zero placeholder.
        for fill in [0u8, 0xff] {
            reality_keys([fill; 32]).unwrap();
            wireguard_keys([fill; 32], [0xff; 32]).unwrap();
        }
        // A preshared key is not clamped: all zeros is refused as a placeholder, not printed.
        assert!(wireguard_keys([7; 32], [0; 32]).is_err());
    }

    #[test]
    fn private_keys_are_clamped_like_wg_genkey() {
        let keys = wireguard_keys([0xff; 32], [1; 32]).unwrap();
        let private = validate_wireguard_key(&keys.private_key).unwrap();
        assert_eq!(private[0] & 7, 0);
        assert_eq!(private[31] & 0xc0, 0x40);
    }

    #[test]
    fn wireguard_keys_pass_the_validator_and_match() {
        let mut bytes = Bytes(2);
        for _ in 0..2_000 {
            let keys = wireguard_keys(bytes.array(), bytes.array()).unwrap();
            for key in [&keys.private_key, &keys.public_key, &keys.preshared_key] {
                assert_eq!(key.len(), 44, "{key}");
            }
            let private = validate_wireguard_key(&keys.private_key).unwrap();
            let public = validate_wireguard_key(&keys.public_key).unwrap();
            assert_eq!(x25519_public_key(private), public);
            assert_ne!(keys.preshared_key, keys.private_key);
        }
    }

    #[test]
    fn the_public_key_is_the_one_client_configs_derive() {
        use crate::domain::ProtocolType;
        use crate::domain::client_config::public_key;
        let reality = reality_keys(Bytes(3).array()).unwrap();
        let config = serde_json::json!({ "privateKey": reality.private_key });
        assert_eq!(
            public_key(ProtocolType::Reality, &config),
            Some(reality.public_key)
        );
        let wireguard = wireguard_keys(Bytes(4).array(), Bytes(5).array()).unwrap();
        let config = serde_json::json!({ "privateKey": wireguard.private_key });
        assert_eq!(
            public_key(ProtocolType::Wireguard, &config),
            Some(wireguard.public_key)
        );
    }

    #[test]
    fn uuids_are_distinct_valid_v4() {
        let mut bytes = Bytes(6);
        let mut seen = HashSet::new();
        for _ in 0..10_000 {
            let uuid = uuid_v4(bytes.array()).unwrap();
            let parsed = validate_uuid(&uuid).unwrap();
            assert_eq!(parsed.get_version_num(), 4, "{uuid}");
            assert_eq!(parsed.get_variant(), uuid::Variant::RFC4122, "{uuid}");
            assert_eq!(uuid, uuid.to_lowercase());
            assert!(seen.insert(uuid));
        }
        // Even all-zero randomness is not the nil UUID: the version and variant bits are set.
        uuid_v4([0; 16]).unwrap();
    }

    #[test]
    fn short_ids_have_the_length_asked_for_and_pass_the_validator() {
        let mut bytes = Bytes(7);
        for length in SHORT_ID_LENGTH.filter(|l| l % 2 == 0) {
            for _ in 0..200 {
                let id = short_id(bytes.array(), length).unwrap();
                assert_eq!(id.len(), length);
                assert!(
                    id.bytes()
                        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
                );
                validate_short_id(&id).unwrap();
            }
        }
    }

    #[test]
    fn short_id_lengths_are_even_and_bounded() {
        for good in [2, 4, 8, 16] {
            assert_eq!(check_short_id_length(good), Ok(good));
        }
        for bad in [0, 1, 3, 15, 17, 18, 64] {
            assert!(check_short_id_length(bad).is_err(), "{bad}");
        }
        assert!(short_id([1; 8], 18).is_err());
        assert!(short_id([1; 8], 0).is_err());
    }
}
