//! Placeholder until the canonical table lands.
crate::error_table! {
    /// The canonical table.
    pub enum OsError {
        /// Refused.
        ConnectionRefused { windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111, kind: ConnectionRefused, message: "Connection refused" },
        /// Reset.
        ConnectionReset { windows: WSAECONNRESET = 10054, linux: ECONNRESET = 104, kind: ConnectionReset, message: "Connection reset by peer" },
        /// In use.
        AddressInUse { windows: WSAEADDRINUSE = 10048, linux: EADDRINUSE = 98, kind: AddrInUse, message: "Address already in use" },
        #[catch_all]
        Unlisted,
    }
}
