errtable::error_table! {
    pub enum Table {}
}

fn main() {
    let _: Option<Table> = None;
}
