errtable::error_table! {
    pub enum Table {
        TimedOut { linux: ETIMEDOUT = 110, kind: Some::Path::TimedOut, message: "Timed out" },
    }
}

fn main() {
    let _ = Table::TimedOut.kind();
}
