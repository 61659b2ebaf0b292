// A list written with `,` inside a row: more kinds than one, or another name of a code;
// the hint says what the `,` broke, not that a `:` is missing.
errtable::error_table! {
    pub enum Table {
        Again { linux: EAGAIN = 11, EWOULDBLOCK, message: "again" },
        Slow { linux: ETIMEDOUT = 110, kind: TimedOut, WouldBlock, message: "slow" },
    }
}

fn main() {
    let _ = Table::ALL;
}
