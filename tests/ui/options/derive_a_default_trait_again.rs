//! A derive the table already has, written again (plainly and under `cfg_attr`): one
//! error on each name (raw or not), and the other derives of the same attributes still
//! apply.
errtable::error_table! {
    #[derive(Clone, PartialOrd)]
    #[cfg_attr(all(), derive(r#Hash, Ord))]
    pub enum Net {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    assert!(Net::Refused <= Net::Refused);
    assert_eq!(Net::Refused.cmp(&Net::Refused), std::cmp::Ordering::Equal);
}
