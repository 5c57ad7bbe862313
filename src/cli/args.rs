//! Argument types shared by several commands.

use clap::ValueEnum;

use crate::domain::protocol::ProtocolType;

/// A VPN protocol on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProtocolArg {
    Vless,
    Reality,
    #[value(alias = "wg")]
    Wireguard,
    #[value(alias = "ocserv")]
    Openconnect,
}

impl From<ProtocolArg> for ProtocolType {
    fn from(p: ProtocolArg) -> Self {
        match p {
            ProtocolArg::Vless => Self::Vless,
            ProtocolArg::Reality => Self::Reality,
            ProtocolArg::Wireguard => Self::Wireguard,
            ProtocolArg::Openconnect => Self::Openconnect,
        }
    }
}
