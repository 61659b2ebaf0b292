//! Real socket errors of this machine, on loopback only, decoded through derived enums:
//! one that groups canonical rows and one with codes of its own.
//!
//! Every socket that could wait has a timeout, and every thread is joined.

mod common;

use common::under_wine;
use errtable::{ErrorTable, OsError, Platform};
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

/// How long any socket operation that should succeed may wait.
const PATIENCE: Duration = Duration::from_secs(5);

/// How a client reacts to a failed exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Net {
    /// Nobody is listening
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// The peer went away
    #[errtable(rows: ConnectionReset | ConnectionAborted | BrokenPipe)]
    Dropped,
    /// The peer is slow
    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
    Slow,
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// The same errors with codes of their own (numbers from winsock2.h and each system's
/// errno.h).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Own {
    /// Refused
    #[errtable(windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111)]
    #[errtable(macos | freebsd: ECONNREFUSED = 61, kind: ConnectionRefused)]
    Refused,
    /// Reset
    #[errtable(windows: WSAECONNRESET = 10054, linux: ECONNRESET = 104)]
    #[errtable(macos | freebsd: ECONNRESET = 54, kind: ConnectionReset)]
    Reset,
    /// Would block
    #[errtable(windows: WSAEWOULDBLOCK = 10035, linux: EAGAIN = 11 | EWOULDBLOCK)]
    #[errtable(macos | freebsd: EAGAIN = 35 | EWOULDBLOCK, kind: WouldBlock)]
    WouldBlock,
    /// Timed out
    #[errtable(windows: WSAETIMEDOUT = 10060, linux: ETIMEDOUT = 110)]
    #[errtable(macos | freebsd: ETIMEDOUT = 60, kind: TimedOut)]
    TimedOut,
    #[errtable(catch_all)]
    Unknown(errtable::Unlisted),
}

/// Asserts that a real `error` reads as `expected` through `Net`, and the same way
/// through `Own` and the canonical table: the raw code is the row's code here.
#[track_caller]
fn assert_reads_as(error: &io::Error, expected: Net) {
    let host = Platform::CURRENT.expect("the tests run on a platform errtable knows");
    let net = Net::from(error);
    assert_eq!(net, expected, "{error} ({error:?})");
    let row = OsError::from(error);
    assert!(net.members().contains(&row), "{row:?} in {net:?}");
    assert!(
        net.codes(host)
            .any(|code| Some(code) == error.raw_os_error()),
        "{error:?} among the codes of {net:?}"
    );
    let own = Own::from(error);
    assert!(!matches!(own, Own::Unknown(_)), "{error:?} read as {own:?}");
    assert_eq!(own.raw_os_error(), error.raw_os_error());
    assert_eq!(own.kind(), error.kind());
}

#[track_caller]
fn failure<T: std::fmt::Debug>(result: io::Result<T>) -> io::Error {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(error) => error,
    }
}

/// 127.0.0.1, and ::1 where this host has it.
fn loopbacks() -> Vec<SocketAddr> {
    let v4 = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
    let v6 = SocketAddr::from((Ipv6Addr::LOCALHOST, 0));
    match TcpListener::bind(v6) {
        Ok(_) => vec![v4, v6],
        Err(error) => {
            println!("skipped ::1: no IPv6 loopback here ({error})");
            vec![v4]
        }
    }
}

/// A loopback port on which, a moment ago, nothing listened.
fn closed_port(on: SocketAddr) -> SocketAddr {
    TcpListener::bind(on).unwrap().local_addr().unwrap()
}

fn connect(to: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect_timeout(&to, PATIENCE).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.set_write_timeout(Some(PATIENCE)).unwrap();
    stream
}

/// Accepts one connection and hands it to `then` on a thread.
fn serve_once(
    on: SocketAddr,
    then: impl FnOnce(TcpStream) + Send + 'static,
) -> (SocketAddr, thread::JoinHandle<()>) {
    let listener = TcpListener::bind(on).unwrap();
    let addr = listener.local_addr().unwrap();
    let server = thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        then(stream);
    });
    (addr, server)
}

#[test]
fn a_refused_connection_reads_as_refused() {
    for on in loopbacks() {
        let error = failure(TcpStream::connect_timeout(&closed_port(on), PATIENCE));
        assert_reads_as(&error, Net::Refused);
        assert_eq!(Own::from(&error), Own::Refused);
    }
}

#[test]
fn a_reset_connection_reads_as_dropped() {
    for on in loopbacks() {
        // Closing a socket with data it has not read resets the connection.
        let (addr, server) = serve_once(on, |stream| {
            stream.peek(&mut [0; 1]).unwrap();
            drop(stream);
        });
        let mut client = connect(addr);
        client.write_all(b"hello?").unwrap();
        let result = client.read(&mut [0; 16]);
        server.join().unwrap();
        if under_wine() && matches!(result, Ok(0)) {
            // Wine 8.0 sometimes closes such a socket gracefully (seen in CI, not every
            // run), where Windows, like Linux, resets the connection.
            println!("skipped under Wine: the read saw the end of the stream, where Windows gives WSAECONNRESET");
            continue;
        }
        let error = failure(result);
        assert_reads_as(&error, Net::Dropped);
        assert_eq!(Own::from(&error), Own::Reset);
    }
}

#[test]
fn a_read_that_times_out_reads_as_slow() {
    for on in loopbacks() {
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let (addr, server) = serve_once(on, move |stream| {
            // Silent until the client is done with its read.
            wait.recv_timeout(PATIENCE).ok();
            drop(stream);
        });
        let mut client = connect(addr);
        client
            .set_read_timeout(Some(Duration::from_millis(50)))
            .unwrap();
        let error = failure(client.read(&mut [0; 16]));
        done.send(()).unwrap();
        server.join().unwrap();
        // Unix says EAGAIN, Windows WSAETIMEDOUT: one variant either way.
        assert_reads_as(&error, Net::Slow);
    }
}

#[test]
fn an_error_no_variant_lists_is_kept_whole() {
    for on in loopbacks() {
        let listener = TcpListener::bind(on).unwrap();
        let error = failure(TcpListener::bind(listener.local_addr().unwrap()));
        let net = Net::from(&error);
        assert_eq!(net, Net::Fatal(OsError::AddressInUse));
        assert_eq!(net.kind(), error.kind());
        assert_eq!(net.to_string(), OsError::AddressInUse.to_string());
        let back = io::Error::from(net);
        assert_eq!(back.raw_os_error(), error.raw_os_error());
        assert_eq!(Own::from(&error).raw_os_error(), error.raw_os_error());
    }
}

#[test]
fn a_variant_sent_back_as_io_error_is_this_hosts_error() {
    let error = failure(TcpStream::connect_timeout(
        &closed_port((Ipv4Addr::LOCALHOST, 0).into()),
        PATIENCE,
    ));
    let back = io::Error::from(Net::from(&error));
    assert_eq!(back.raw_os_error(), error.raw_os_error());
    assert_eq!(back.kind(), error.kind());
    assert_eq!(back.to_string(), error.to_string());
}
