//! The headers of an export's download: the server writes them, the CLI checks the bytes it
//! received against them.

/// The hex SHA-256 of the complete file.
pub const CHECKSUM_HEADER: &str = "x-checksum-sha256";
/// The rows of the complete file.
pub const ROWS_HEADER: &str = "x-export-rows";
