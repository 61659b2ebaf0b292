//! A client that retries a flaky exchange with backoff, deciding what to do from the
//! persistence of each failure: the same answer for the same meaning on every OS.
//!
//! Everything happens on loopback. A server thread misbehaves on purpose: it starts
//! late (the first attempts are refused: `Transient`), resets the first connection
//! (`ConnectionLost`: a new connection is needed), keeps silent on the second (the read
//! times out: `TimedOut`, retried because a ping is safe to repeat) and answers the
//! third. The client waits twice as long after each failure, at most `MAX_ATTEMPTS`
//! times and within `DEADLINE`; anything `Permanent` or `Unknown` ends the exchange at
//! once, as the last part shows with a datagram too long for any OS to send.
//!
//! ```sh
//! cargo run -p errtable-examples --example retry
//! ```

use errtable::{ErrorTable, OsError, Persistence, Platform};
use std::error::Error;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::thread;
use std::time::{Duration, Instant};

/// Why an exchange failed, as far as this client cares. Each variant takes the
/// persistence its rows share, or declares one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorTable)]
enum Failure {
    /// Nobody is listening yet
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// The server dropped the connection
    #[errtable(rows: ConnectionReset | ConnectionAborted | BrokenPipe)]
    Dropped,
    /// The server did not answer in time
    ///
    /// A read timeout is `EAGAIN` on Unix (a `Transient` row) and `WSAETIMEDOUT` on
    /// Windows (a `TimedOut` row): the variant says which class it means, and keeps
    /// which row it was.
    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
    Slow(OsError),
    /// Anything else: its persistence is the kept row's.
    #[errtable(catch_all)]
    Fatal(OsError),
}

/// What the client does about a failure.
#[derive(Debug, PartialEq)]
enum Next {
    /// Wait, then try again.
    Retry,
    /// Give up.
    Stop,
}

/// The retry policy, by persistence alone: a ping is safe to repeat, so a timeout is
/// retried too. Every attempt opens a new connection, so a lost one needs nothing more.
fn next_step(persistence: Persistence) -> Next {
    match persistence {
        Persistence::Transient | Persistence::ConnectionLost | Persistence::TimedOut => Next::Retry,
        _ => Next::Stop,
    }
}

const MAX_ATTEMPTS: u32 = 10;
const DEADLINE: Duration = Duration::from_secs(3);
const FIRST_BACKOFF: Duration = Duration::from_millis(25);
const MAX_BACKOFF: Duration = Duration::from_millis(400);
const CONNECT_TIMEOUT: Duration = Duration::from_millis(500);
const READ_TIMEOUT: Duration = Duration::from_millis(200);
/// How long the server waits before it listens.
const SERVER_LATE_START: Duration = Duration::from_millis(100);
/// How long the server waits for a request on a connection.
const SERVER_READ_TIMEOUT: Duration = Duration::from_secs(1);

fn main() -> Result<(), Box<dyn Error>> {
    if let Some(host) = Platform::CURRENT {
        let slow = [OsError::TimedOut, OsError::WouldBlock].map(Failure::Slow);
        for failure in Failure::ALL.iter().chain(&slow) {
            let codes: Vec<i32> = failure.codes(host).collect();
            println!(
                "{}: {} ({failure}), codes {codes:?} on {host}",
                failure.persistence(),
                failure.name()
            );
        }
    }
    let addr = free_port()?;
    let server = thread::spawn(move || serve(addr));
    let outcome = exchange_with_retries(addr);
    let served = server.join().map_err(|_| "the server thread panicked")?;
    let reply = outcome?;
    served?;
    println!("reply: {reply}");

    // What is permanent is not retried: no OS sends a UDP datagram over 64 KiB.
    if let Err(error) = send_oversized_datagram() {
        let failure = Failure::from(&error);
        let persistence = failure.persistence();
        println!(
            "an oversized datagram: {failure} [{:#}], {persistence}: {:?}",
            OsError::from(&error),
            next_step(persistence)
        );
    }
    Ok(())
}

/// Sends a datagram larger than UDP allows to a loopback socket: `EMSGSIZE` on Unix,
/// `WSAEMSGSIZE` on Windows.
fn send_oversized_datagram() -> io::Result<usize> {
    let socket = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0))?;
    socket.send_to(&[0; 70_000], socket.local_addr()?)
}

/// A loopback port on which, a moment ago, nothing listened.
fn free_port() -> io::Result<SocketAddr> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?.local_addr()
}

/// The client: one request, retried while the failure's persistence says so.
fn exchange_with_retries(addr: SocketAddr) -> Result<String, Failure> {
    let started = Instant::now();
    let mut backoff = FIRST_BACKOFF;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let error = match exchange(addr) {
            Ok(reply) => return Ok(reply),
            Err(error) => error,
        };
        let failure = Failure::from(&error);
        let persistence = failure.persistence();
        // The exact canonical row, with this platform's symbol and number.
        println!(
            "attempt {attempt}: {failure} [{:#}], {persistence}",
            OsError::from(&error)
        );
        let out_of_time = started.elapsed() + backoff > DEADLINE;
        if next_step(persistence) == Next::Stop || attempt == MAX_ATTEMPTS || out_of_time {
            println!("giving up after {attempt} attempts");
            return Err(failure);
        }
        println!("  retrying in {backoff:?}");
        thread::sleep(backoff);
        backoff = (backoff * 2).min(MAX_BACKOFF);
    }
}

fn exchange(addr: SocketAddr) -> io::Result<String> {
    let mut stream = TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT)?;
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    stream.write_all(b"ping\n")?;
    let mut reply = String::new();
    if BufReader::new(stream).read_line(&mut reply)? == 0 {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    Ok(reply.trim_end().to_owned())
}

/// The server: late, then a reset, a silence and finally an answer.
fn serve(addr: SocketAddr) -> io::Result<()> {
    // The server gives up when the client would have.
    let until = Instant::now() + DEADLINE;
    thread::sleep(SERVER_LATE_START);
    let listener = TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;

    // Closing a connection with data it has not read resets it.
    let reset = accept_within(&listener, until)?;
    reset.peek(&mut [0; 1])?;
    drop(reset);

    // Kept open without a word until the next client arrives.
    let silent = accept_within(&listener, until)?;
    let answered = accept_within(&listener, until)?;
    drop(silent);

    let mut request = String::new();
    BufReader::new(&answered).read_line(&mut request)?;
    (&answered).write_all(b"pong\n")?;
    Ok(())
}

/// Accepts on a non-blocking listener, before `until`; the stream it returns blocks,
/// with a read timeout.
fn accept_within(listener: &TcpListener, until: Instant) -> io::Result<TcpStream> {
    let step = Duration::from_millis(5);
    while Instant::now() < until {
        match listener.accept() {
            Ok((stream, _)) => {
                stream.set_nonblocking(false)?;
                stream.set_read_timeout(Some(SERVER_READ_TIMEOUT))?;
                return Ok(stream);
            }
            Err(error) if error.kind() == io::ErrorKind::WouldBlock => thread::sleep(step),
            Err(error) => return Err(error),
        }
    }
    Err(io::ErrorKind::TimedOut.into())
}
