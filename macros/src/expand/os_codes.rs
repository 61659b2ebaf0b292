//! `__os_codes_on` and `__OS_CODES_CURRENT`: the platforms whose codes in the table are
//! their OS error codes (every platform, or those `os_error_codes` lists), and the
//! current platform where it is one of them (`Platform::CURRENT`, else `None`). The
//! capabilities that treat a code as the OS's own (`raw_os_error`, `from_raw_os_error`,
//! `io::Error`, `{:#}`) read the current platform only from `__OS_CODES_CURRENT`; what the
//! catch-all keeps of an unlisted code, and gives back as one, reads `__os_codes_on`.

use super::{Ctx, Helper, Output};
use crate::model::checked::Shape;
use proc_macro2::TokenStream;
use quote::quote;

/// `__OS_CODES_CURRENT: Option<Platform>`.
pub const OS_CODES_CURRENT: Helper = Helper("__OS_CODES_CURRENT");
/// `__os_codes_on(Platform) -> bool`: whether the table's codes on a platform are its OS
/// error codes, so that an unlisted one is kept as `Unlisted::Code` (else
/// `Unlisted::NonOsCode`, which never claims to be an OS error).
pub const OS_CODES_ON: Helper = Helper("__os_codes_on");

pub fn expand(ctx: &Ctx) -> Output {
    if !matches!(ctx.table.shape, Shape::OsCodes(_)) {
        return Output::default();
    }
    let private = &ctx.private;
    let os_codes_on = match &ctx.table.os_error_codes {
        None => quote!({
            let _ = platform;
            true
        }),
        // Only after a reported error (an option naming no platform errtable knows).
        Some(platforms) if platforms.is_empty() => quote!({
            let _ = platform;
            false
        }),
        Some(platforms) => {
            let platforms = platforms.iter().map(|&platform| ctx.platform(platform));
            quote!(::core::matches!(platform, #(#platforms)|*))
        }
    };
    let items: TokenStream = quote! {
        #[inline]
        const fn #OS_CODES_ON(platform: #private::Platform) -> ::core::primitive::bool {
            #os_codes_on
        }
        const #OS_CODES_CURRENT: ::core::option::Option<#private::Platform> = match #private::CURRENT {
            ::core::option::Option::Some(platform) if #OS_CODES_ON(platform) => ::core::option::Option::Some(platform),
            _ => ::core::option::Option::None,
        };
    };
    Output {
        methods: TokenStream::new(),
        items,
    }
}
