#[derive(Debug, errtable::ErrorTable)]
struct Refused {
    code: i32,
}

fn main() {
    let _ = Refused { code: 111 }.code;
}
