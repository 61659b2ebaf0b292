// `unix` and `bsd` name families, not platforms: the hint names the platforms to write
// (and no far-fetched did-you-mean, such as `aix` for `unix`).
errtable::error_table! {
    pub enum Table {
        Refused { unix: ECONNREFUSED = 111, message: "Connection refused" },
        Reset { bsd: ECONNRESET = 54, message: "Connection reset" },
    }
}

fn main() {
    let _ = Table::Refused.message();
}
