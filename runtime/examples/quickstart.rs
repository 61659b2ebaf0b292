//! The first program to run: `cargo run -p errtable --example quickstart`.
//!
//! It declares a small table of socket errors, provokes a real one (connecting to a
//! loopback port nobody listens on) and shows everything the table can do with it.

use errtable::{OsError, Platform};
use std::io;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

errtable::error_table! {
    /// The socket errors this program cares about.
    pub enum SocketError {
        ConnectionRefused {
            windows: WSAECONNREFUSED = 10061,
            linux: ECONNREFUSED = 111,
            linux_mips: ECONNREFUSED = 146,
            macos | freebsd: ECONNREFUSED = 61,
            kind: ConnectionRefused,
            message: "Connection refused",
            description: "Nothing listens on that port of the peer.",
        },
        ConnectionReset {
            windows: WSAECONNRESET = 10054,
            linux: ECONNRESET = 104,
            linux_mips: ECONNRESET = 131,
            macos | freebsd: ECONNRESET = 54,
            kind: ConnectionReset,
            message: "Connection reset by peer",
        },
        AddressInUse {
            windows: WSAEADDRINUSE = 10048,
            linux: EADDRINUSE = 98,
            linux_mips: EADDRINUSE = 125,
            macos | freebsd: EADDRINUSE = 48,
            kind: AddrInUse,
            message: "Address already in use",
        },
        WouldBlock {
            windows: WSAEWOULDBLOCK = 10035,
            linux | linux_mips: EAGAIN = 11 | EWOULDBLOCK,
            macos | freebsd: EAGAIN = 35 | EWOULDBLOCK,
            kind: WouldBlock,
            message: "Resource temporarily unavailable",
        },
        TimedOut {
            windows: WSAETIMEDOUT = 10060,
            linux: ETIMEDOUT = 110,
            linux_mips: ETIMEDOUT = 145,
            macos | freebsd: ETIMEDOUT = 60,
            kind: TimedOut,
            message: "Connection timed out",
        },
        BrokenPipe {
            linux | linux_mips | macos | freebsd: EPIPE = 32,
            kind: BrokenPipe,
            message: "Broken pipe",
        },
        /// Every code the table does not list, kept as it came.
        #[catch_all]
        Unlisted,
    }
}

fn main() -> io::Result<()> {
    let here = Platform::CURRENT.map_or("an unknown platform", Platform::key);
    println!("errtable quickstart, running on {here}\n");

    let closed = closed_loopback_port()?;
    println!("Connecting to {closed}, where nobody listens...");
    let Err(error) = TcpStream::connect_timeout(&closed, Duration::from_secs(1)) else {
        println!("...and someone answered after all. Run me again.");
        return Ok(());
    };
    println!("  std says      {error}\n");

    let decoded = SocketError::from(&error);
    show_row(decoded);
    show_codes(decoded);
    show_lookups(decoded);
    show_round_trip(error);
    show_canonical_table();
    Ok(())
}

/// A loopback address whose port was free a moment ago.
fn closed_loopback_port() -> io::Result<SocketAddr> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    listener.local_addr()
}

fn show_row(e: SocketError) {
    println!("Decoded with SocketError::from(&io_error):");
    println!("  variant       SocketError::{}", e.name());
    println!("  Display       {e}");
    println!("  {{:#}}          {e:#}");
    println!("  kind()        {:?}", e.kind());
    println!("  description() {}", e.description().unwrap_or("-"));
    println!();
}

fn show_codes(e: SocketError) {
    println!("The same error on every platform (symbol(p), code(p)):");
    let mut absent = Vec::new();
    for &platform in Platform::ALL {
        match (e.symbol(platform), e.code(platform)) {
            (Some(symbol), Some(code)) => println!("  {:<12}{symbol:<16}{code:>6}", platform.key()),
            _ => absent.push(platform.key()),
        }
    }
    if !absent.is_empty() {
        println!("  (this table has no entry for {})", absent.join(", "));
    }
    if let Some(linux) = e.code(Platform::Linux) {
        let windows = SocketError::translate(linux, Platform::Linux, Platform::Windows);
        println!(
            "  translate {linux} from linux to windows: {}",
            shown(windows)
        );
    }
    println!();
}

fn show_lookups(e: SocketError) {
    println!("Looking things up:");
    for name in ["WSAECONNRESET", "EWOULDBLOCK", e.name(), "ENOSUCHTHING"] {
        let found = SocketError::from_name(name).map(|row| row.name());
        println!("  from_name({name:?}) = {}", shown(found));
    }
    // 113 is EHOSTUNREACH on Linux, a code this table leaves out.
    let unlisted = SocketError::decode(Platform::Linux, 113);
    println!("  decode(linux, 113) = {unlisted}");
    println!(
        "    kept losslessly: code(linux) = {}",
        shown(unlisted.code(Platform::Linux))
    );
    println!(
        "    and nowhere else: code(macos) = {}",
        shown(unlisted.code(Platform::MacOs))
    );
    println!();
}

fn show_round_trip(error: io::Error) {
    println!("To and from std::io::Error:");
    let e: SocketError = error.into();
    println!("  io::Error -> SocketError    {e:?}");
    let back = io::Error::from(e);
    println!("  SocketError -> io::Error    {back}");
    println!(
        "    raw_os_error {}, kind {:?}",
        shown(back.raw_os_error()),
        back.kind()
    );
    println!();
}

/// errtable ships one table ready-made: `OsError`, for codes from anywhere.
fn show_canonical_table() {
    let line = "2024-05-01 12:00:03 send failed: An existing connection was forcibly closed by the remote host. (os error 10054)";
    println!("The canonical table, errtable::OsError, reading a Windows log line:");
    println!("  {line}");
    let Some(code) = os_error_in(line) else {
        return;
    };
    let e = OsError::decode(Platform::Windows, code);
    println!("  decode(windows, {code}) = {e:?}: {e}");
    if let Some(here) = Platform::CURRENT {
        let local = e.symbol(here).zip(e.code(here));
        let local = local.map(|(symbol, code)| format!("{symbol} {code}"));
        println!("  on {} that is {}", here.key(), shown(local));
    }
}

/// The number in "(os error N)", as `io::Error` writes it.
fn os_error_in(line: &str) -> Option<i32> {
    let (_, rest) = line.rsplit_once("(os error ")?;
    rest.strip_suffix(')')?.parse().ok()
}

/// `value`, or "-" for none.
fn shown<T: std::fmt::Display>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_owned(), |value| value.to_string())
}
