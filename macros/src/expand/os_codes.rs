//! `__OS_CODES` and `__OS_CODES_CURRENT`: the current platform where the table's codes are its OS error
//! codes (`Platform::CURRENT`, or `None` on a platform `os_error_codes` leaves out). The
//! capabilities that treat a code as the OS's own (`raw_os_error`, `from_raw_os_error`,
//! `io::Error`, `{:#}`) read the current platform only from it.

use super::{Ctx, Helper, Output};
use crate::model::checked::Shape;
use proc_macro2::TokenStream;
use quote::quote;

/// `__OS_CODES_CURRENT: Option<Platform>`.
pub const OS_CODES_CURRENT: Helper = Helper("__OS_CODES_CURRENT");
/// `__OS_CODES: OsCodes`: whose raw OS codes the table's codes are here, which the
/// catch-all's `Unlisted` is read with (never `Platform::CURRENT` alone).
pub const OS_CODES: Helper = Helper("__OS_CODES");

pub fn expand(ctx: &Ctx) -> Output {
    if !matches!(ctx.table.shape, Shape::OsCodes(_)) {
        return Output::default();
    }
    let private = &ctx.private;
    let os_codes = match &ctx.table.os_error_codes {
        None => quote!(#private::OsCodes::Of(#private::CURRENT)),
        Some(platforms) => {
            let mut arms = TokenStream::new();
            for &platform in platforms {
                let platform = ctx.platform(platform);
                arms.extend(quote!(::core::option::Option::Some(#platform) => #private::OsCodes::Of(::core::option::Option::Some(#platform)),));
            }
            quote!(match #private::CURRENT {
                #arms
                _ => #private::OsCodes::None,
            })
        }
    };
    let items: TokenStream = quote! {
        const #OS_CODES: #private::OsCodes = #os_codes;
        const #OS_CODES_CURRENT: ::core::option::Option<#private::Platform> = match #OS_CODES {
            #private::OsCodes::Of(platform) => platform,
            #private::OsCodes::None => ::core::option::Option::None,
        };
    };
    Output {
        methods: TokenStream::new(),
        items,
    }
}
