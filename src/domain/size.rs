//! Sizes on the command line: `1GiB`, `500MB`, `65536`.

/// Parses a size in bytes: digits with an optional unit, in any case and with an optional
/// space: `B`, decimal `KB`/`MB`/`GB`/`TB` (powers of 1000, also written `K`, `M`, `G`, `T`)
/// or binary `KiB`/`MiB`/`GiB`/`TiB` (powers of 1024).
pub fn parse_byte_size(input: &str) -> Result<u64, String> {
    let text = input.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    if digits.is_empty() {
        return Err(format!(
            "invalid size '{input}': expected a number with an optional unit, e.g. 1GiB or 500MB"
        ));
    }
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("invalid size '{input}': the number is too large"))?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "t" | "tb" => 1_000_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        "tib" => 1 << 40,
        other => {
            return Err(format!(
                "invalid size '{input}': unknown unit '{other}' (use B, KB, MB, GB, TB, KiB, \
                 MiB, GiB or TiB)"
            ));
        }
    };
    number
        .checked_mul(multiplier)
        .ok_or_else(|| format!("invalid size '{input}': too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_with_and_without_units() {
        for (input, bytes) in [
            ("0", 0),
            ("65536", 65_536),
            ("1GiB", 1 << 30),
            ("1 gib", 1 << 30),
            ("500MB", 500_000_000),
            ("64KiB", 65_536),
            ("2k", 2_000),
            ("3 B", 3),
            ("1TiB", 1 << 40),
        ] {
            assert_eq!(parse_byte_size(input), Ok(bytes), "{input}");
        }
        for bad in [
            "",
            "GiB",
            "1.5GiB",
            "-1",
            "1 PB",
            "99999999999999999999",
            "20000000TiB",
        ] {
            assert!(parse_byte_size(bad).is_err(), "{bad}");
        }
    }
}
