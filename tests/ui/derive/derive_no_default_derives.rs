use errtable::ErrorTable;

#[derive(Debug, ErrorTable)]
#[errtable(no_default_derives)]
enum Wire {
    /// Connection refused
    #[errtable(linux: ECONNREFUSED = 111)]
    Refused,
}

fn main() {
    let _ = Wire::Refused.message();
}
