//! `Serialize` and `Deserialize` (the `serde` feature): for [`Platform`](crate::Platform),
//! [`Persistence`](crate::Persistence) and [`Unlisted`](crate::Unlisted) here, and the
//! helpers generated tables call.
//!
//! The forms are documented in the crate's docs (`lib.rs`, "Serialized forms").

#[cfg(feature = "serde")]
mod impls;
#[cfg(feature = "serde")]
pub mod table;

/// Emits its input only when the runtime has the `serde` feature: generated tables wrap
/// their `Serialize` and `Deserialize` impls in it, as `std_only!` does for `io`.
#[cfg(feature = "serde")]
#[macro_export]
#[doc(hidden)]
macro_rules! __serde_only {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Emits its input only when the runtime has the `serde` feature.
#[cfg(not(feature = "serde"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __serde_only {
    ($($tokens:tt)*) => {};
}
