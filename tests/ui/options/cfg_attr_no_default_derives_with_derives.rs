//! `no_default_derives` under `cfg_attr`, with the derives it would allow: one error
//! (only `no_serde` may depend on the configuration), and the option is then read as
//! written unconditionally, so the derives are not reported as repeats.
errtable::error_table! {
    #[cfg_attr(all(), errtable(no_default_derives))]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Net {
        Refused { linux: ECONNREFUSED = 111, message: "Connection refused" },
    }
}

fn main() {
    assert_eq!(Net::Refused, Net::Refused.clone());
}
