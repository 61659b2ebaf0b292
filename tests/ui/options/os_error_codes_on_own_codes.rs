errtable::error_table! {
    #[errtable(os_error_codes = linux)]
    pub enum Reply {
        Busy { code: BUSY = 450, message: "Busy" },
        #[catch_all]
        Other,
    }
}

fn main() {
    let _ = Reply::from_code(450);
    let _ = Reply::Other(1).message();
}
