//! Every DSL feature at once, with lints a user might deny, compiles cleanly.
#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub)]

errtable::error_table! {
    /// A table with every feature of the DSL.
    #[errtable(crate = ::errtable)]
    pub enum Table {
        /// The peer refused.
        Refused {
            windows: WSAECONNREFUSED = 10061,
            linux: ECONNREFUSED = 111,
            linux_alpha | linux_mips: ECONNREFUSED = 146,
            kind: ConnectionRefused,
            message: "Connection refused",
            description: "Nothing listens on the port.",
        },
        WouldBlock {
            linux: EAGAIN = 11 | EWOULDBLOCK,
            linux_mips: EDEADLK = 45 | EDEADLOCK = 56,
            kind: std::io::ErrorKind::WouldBlock,
            message: "Resource temporarily unavailable",
        },
        OperationNotSupported {
            linux: EOPNOTSUPP = 95,
            message: "Operation not supported",
        },
        NotSupported {
            linux: ENOTSUP = 95 => OperationNotSupported,
            macos: ENOTSUP = 45,
            message: "Not supported",
        },
        #[catch_all]
        Unlisted,
    }
}

fn main() {
    let refused = Table::from_code(errtable::Platform::Linux, 111);
    assert_eq!(refused, Some(Table::Refused));
    assert_eq!(
        Table::from_code(errtable::Platform::Linux, 95),
        Some(Table::OperationNotSupported)
    );
    let _ = Table::decode(errtable::Platform::Linux, 4242).message();
}
