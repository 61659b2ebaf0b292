//! Writes a synthetic server log to standard output, the input of the whole-log benchmark
//! in BENCHMARKS.md: 400,000 lines of about 100 bytes (40 MB), half of them with an error
//! code in a form programs print, the other half with numbers that are no code (times,
//! addresses, ports, statuses, sizes). The same bytes every run: the choices come from a
//! fixed-seed generator.
//!
//! ```text
//! cargo run --release -p errtable-cli --example synthetic_log > /tmp/app.log
//! ```

use std::io::{self, BufWriter, Write};

const LINES: u32 = 400_000;

/// Lines with a code, each with its code's place left as `{}`.
const CODED: &[&str] = &[
    "WARN  worker[{p}] upstream 10.0.{a}.{b}:8443 read failed: Connection reset by peer (os error 104)",
    "ERROR api.client request {r} to db-{a}.internal failed: [Errno 111] Connection refused, retrying",
    "[error] {p}#0: *{r} connect() failed (111: Connection refused) while connecting to upstream",
    "WARN  kernel: usb 1-{a}: device descriptor read/64, error -71, port {b} reset attempted",
    "ERROR node[{p}] Error: read ECONNRESET errno: -104 code: 'ECONNRESET' syscall: 'read' id={r}",
    "ERROR svc[{p}] ConnectionResetError: [WinError 10054] An existing connection was forcibly closed",
];

/// Lines without a code, numbers everywhere.
const PLAIN: &[&str] = &[
    "INFO  http[{p}] 10.0.{a}.{b} - GET /api/v1/items/{r} HTTP/1.1 200 {r} bytes in {a}ms",
    "INFO  scheduler[{p}] job {r} finished in {a}.{b}s, next run at 21:{a}:{b}, queue depth {b}",
    "DEBUG pool[{p}] connection {r} to 192.168.{a}.{b}:5432 returned to pool (idle {a}, busy {b})",
    "INFO  gc[{p}] heap {r} KB -> {a} KB after collection, pause {b} ms, generation {a}",
];

/// A small fixed-seed generator (Knuth's MMIX constants): the log is the same each run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

fn main() -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut random = Lcg(2026);
    for n in 0..LINES {
        let templates = if n % 2 == 0 { CODED } else { PLAIN };
        let template = templates[random.next(templates.len() as u64) as usize];
        let line = template
            .replace("{p}", &(1000 + random.next(30_000)).to_string())
            .replace("{r}", &random.next(1_000_000).to_string())
            .replace("{a}", &random.next(250).to_string())
            .replace("{b}", &random.next(60).to_string());
        let second = n % 60;
        writeln!(
            out,
            "2026-12-07T10:{:02}:{second:02}.{:03}Z {line}",
            n / 6_000 % 60,
            n % 1000
        )?;
    }
    out.flush()
}
