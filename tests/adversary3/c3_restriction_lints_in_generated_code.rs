// Class: 3 hygiene (low priority: clippy restriction lints)
// Expected: no lint from generated code under strict crate lints
// Happened: clippy::same_name_method fires once per table, spanned on the macro call / derive (a generated inherent method named like a trait method); clippy::min_ident_chars fires on group variants (a generated one-letter ident carries the variant's span). Everything else (pedantic, nursery, ~60 restriction lints, rustc lints) is clean. exhaustive_enums and absolute_paths hits are the user's own tokens.
// Found by: /work/wt/adv-scratch/src/bin/c9_01_strict_lints.rs (scratch crate; errtable = path dep on runtime/, rustc 1.95, clippy -W clippy::pedantic)
//! strict lints
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, missing_debug_implementations, unreachable_pub, unused_qualifications, unused_results, rust_2018_idioms, unused_extern_crates, trivial_casts, trivial_numeric_casts, variant_size_differences, single_use_lifetimes, unused_lifetimes, elided_lifetimes_in_paths, let_underscore_drop, meta_variable_misuse, non_ascii_idents, unit_bindings, redundant_lifetimes, missing_copy_implementations)]
#![deny(clippy::pedantic, clippy::nursery, clippy::cargo_common_metadata, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::arithmetic_side_effects, clippy::as_conversions, clippy::missing_docs_in_private_items, clippy::std_instead_of_core, clippy::std_instead_of_alloc, clippy::absolute_paths, clippy::pattern_type_mismatch, clippy::shadow_unrelated, clippy::shadow_reuse, clippy::min_ident_chars, clippy::single_char_lifetime_names, clippy::integer_division, clippy::missing_inline_in_public_items, clippy::exhaustive_enums, clippy::exhaustive_structs, clippy::question_mark_used, clippy::implicit_return, clippy::unreachable, clippy::wildcard_enum_match_arm, clippy::allow_attributes_without_reason, clippy::allow_attributes, clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::string_slice, clippy::default_numeric_fallback, clippy::else_if_without_else, clippy::mod_module_files, clippy::pub_use, clippy::ref_patterns, clippy::same_name_method, clippy::undocumented_unsafe_blocks, clippy::little_endian_bytes, clippy::big_endian_bytes, clippy::host_endian_bytes, clippy::unseparated_literal_suffix, clippy::separated_literal_suffix, clippy::iter_over_hash_type, clippy::missing_trait_methods, clippy::partial_pub_fields, clippy::unneeded_field_pattern, clippy::str_to_string, clippy::multiple_inherent_impl, clippy::missing_assert_message, clippy::let_underscore_untyped, clippy::tests_outside_test_module, clippy::error_impl_error, clippy::impl_trait_in_params, clippy::exhaustive_enums, clippy::redundant_pub_crate, clippy::items_after_statements, clippy::needless_raw_strings, clippy::doc_markdown, clippy::too_long_first_doc_paragraph)]
::errtable::error_table! {
    /// Wire errors.
    pub enum Wire {
        /// Refused
        Refused { windows: WSAECONNREFUSED = 10061, linux | linux_powerpc: ECONNREFUSED = 111 | ECONNREFUSED2 = 1111, macos: ECONNREFUSED = 61, kind: ConnectionRefused, persistence: Transient, message: "Connection refused", description: "nobody" },
        /// Nope
        NotSup { linux: ENOTSUP = 95 => OpNotSup, kind: Unsupported, message: "not supported" },
        /// Op
        OpNotSup { linux: EOPNOTSUPP = 95, kind: Unsupported, persistence: Persistence::Permanent, message: "op not supported" },
        /// Everything else.
        #[catch_all]
        Unlisted,
    }
}
::errtable::error_table! {
    /// Own codes.
    #[errtable(os_error_codes = windows)]
    pub enum Proto {
        /// Bad
        Bad { windows: BAD = 1, linux: BAD = -1, message: "bad" },
        /// Good
        Good { windows: GOOD = 2, message: "good" },
    }
}
::errtable::error_table! {
    /// Own.
    pub enum Own {
        /// One
        One { code: ONE = 1 | UNO, message: "one" },
        /// The rest.
        #[catch_all]
        Rest,
    }
}
/// Derived own.
#[derive(Debug, PartialEq, Eq, Clone, Copy, ::errtable::ErrorTable)]
pub enum DOwn {
    /// Min
    #[errtable(code: MIN = -2147483648)]
    Min,
    /// Max
    #[errtable(code: MAX = 0x7fff_ffff)]
    Max,
    /// Rest
    #[errtable(catch_all)]
    Rest(::core::primitive::i32),
}
/// Group.
#[derive(Debug, PartialEq, Eq, Clone, Copy, ::errtable::ErrorTable)]
pub enum Grp {
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// Slow
    #[errtable(rows: TimedOut | WouldBlock, persistence: TimedOut)]
    Slow(::errtable::OsError),
    /// Dropped
    #[errtable(rows: ConnectionReset | ConnectionAborted)]
    Dropped,
    /// Fatal
    #[errtable(catch_all)]
    Fatal(::errtable::OsError),
}
/// Group without catch-all.
#[derive(Debug, PartialEq, Eq, Clone, Copy, ::errtable::ErrorTable)]
pub enum Part {
    /// Refused
    #[errtable(rows: ConnectionRefused)]
    Refused,
    /// Kept
    #[errtable(rows: AddressInUse | AddressNotAvailable, persistence: Permanent)]
    Kept(::errtable::OsError),
}
/// Derived platform.
#[derive(Debug, PartialEq, Eq, Clone, Copy, ::errtable::ErrorTable)]
pub enum DPlat {
    /// Refused
    #[errtable(windows: WSAECONNREFUSED = 10061, linux: ECONNREFUSED = 111, kind: ConnectionRefused)]
    Refused,
    /// Rest
    #[errtable(catch_all)]
    Rest(::errtable::Unlisted),
}

fn main() {}
