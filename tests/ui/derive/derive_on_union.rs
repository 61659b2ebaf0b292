#[derive(errtable::ErrorTable)]
union Code {
    signed: i32,
    unsigned: u32,
}

fn main() {
    let _ = Code { signed: 1 };
}
