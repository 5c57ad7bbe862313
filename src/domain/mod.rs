//! Pure domain rules of vpnmine, shared by the CLI and the server: protocol
//! names, input validation, date arguments and the reward formula. Nothing
//! here does I/O or reads the clock; callers pass `now` in.

pub mod alert_rule;
pub mod backup_manifest;
pub mod client_config;
pub mod connection;
pub mod dates;
pub mod emission;
pub mod export_download;
pub mod health;
pub mod key_material;
pub mod money;
pub mod password;
pub mod protocol;
pub mod retention;
pub mod reward;
pub mod size;
pub mod spreadsheet;
pub mod validate;
pub mod webhook;
pub mod withdrawal;

/// The largest page a paginated list serves (`PaginationInput.size` is 1 to this): the server
/// refuses more, and whole-list commands ask for this much, the fewer requests the better.
pub const LARGEST_PAGE: i32 = 500;

pub use dates::{DateError, Interval, TimeRange, parse_duration, parse_instant};
pub use password::{PasswordPolicy, PolicyViolation};
pub use protocol::{ParseProtocolError, ProtocolType};
pub use reward::{
    ClaimContext, ClaimRefusal, PeriodStats, RewardBreakdown, RewardPolicy, accrued_reward,
    check_claim, claim_refusals,
};
pub use size::parse_byte_size;
pub use spreadsheet::spreadsheet_safe;
pub use validate::{
    Cidr, ConfigErrors, FieldError, ValidationError, validate_cidr, validate_port,
    validate_ports_unique, validate_protocol_config, validate_server_name, validate_short_id,
    validate_uuid, validate_wireguard_key, validate_x25519_key,
};
