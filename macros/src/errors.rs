//! The one channel every mistake goes through, parsing and validation alike.
//!
//! Like serde_derive's `Ctxt`: the collector must be turned into tokens with
//! [`Errors::finish`] before it is dropped, so that a mistake cannot be collected and then
//! forgotten (a debug build panics in `Drop` if it was).

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

/// The errors found so far, in the order found.
pub struct Errors {
    errors: Vec<syn::Error>,
    /// `finish` ran: the errors were turned into tokens.
    finished: bool,
}

impl Errors {
    pub fn new() -> Errors {
        Errors {
            errors: Vec::new(),
            finished: false,
        }
    }

    pub fn push(&mut self, span: Span, message: impl Display) {
        self.push_error(syn::Error::new(span, message));
    }

    pub fn push_error(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// An error at `second` that names `first`, the earlier place it clashes with.
    pub fn duplicate(&mut self, second: Span, first: Span, message: impl Display) {
        self.push_with_note(second, message, first, "first defined here");
    }

    /// An error at `span` with a second message at `note_span`, the place it relates to.
    pub fn push_with_note(
        &mut self,
        span: Span,
        message: impl Display,
        note_span: Span,
        note: impl Display,
    ) {
        let mut error = syn::Error::new(span, message);
        error.combine(syn::Error::new(note_span, note));
        self.push_error(error);
    }

    /// How many errors were found so far.
    pub fn count(&self) -> usize {
        self.errors.len()
    }

    /// Every error as a `compile_error!`, ending the collection.
    pub fn finish(mut self) -> TokenStream {
        self.finished = true;
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

impl Drop for Errors {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            debug_assert!(
                self.finished,
                "`Errors` dropped without `finish`: its errors would be lost"
            );
        }
    }
}

/// A hint naming the candidate closest to `name`, if one is close enough to be a typo.
pub fn did_you_mean(name: &str, candidates: &[&str]) -> String {
    // The first of the closest wins.
    let mut closest: Option<(usize, &str)> = None;
    for &candidate in candidates {
        let distance = edit_distance(name, candidate);
        // A third of the longer name may differ: `lnux` is `linux`, while `unix` is
        // not `aix` (two of four letters differ), which would point the wrong way.
        let longer = name.chars().count().max(candidate.chars().count());
        let close_enough = distance * 3 <= longer;
        if close_enough && closest.is_none_or(|(best, _)| distance < best) {
            closest = Some((distance, candidate));
        }
    }
    match closest {
        Some((_, candidate)) => format!("; did you mean `{candidate}`?"),
        None => String::new(),
    }
}

/// Levenshtein distance, ignoring ASCII case.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().map(|c| c.to_ascii_lowercase()).enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_close_name_only() {
        assert_eq!(
            did_you_mean("lnux", &["linux", "macos"]),
            "; did you mean `linux`?"
        );
        assert_eq!(
            did_you_mean("MACOS", &["linux", "macos"]),
            "; did you mean `macos`?"
        );
        assert_eq!(did_you_mean("zzzzzz", &["linux", "macos"]), "");
        assert_eq!(did_you_mean("unix", &["aix", "linux"]), "");
        assert_eq!(
            did_you_mean("catchall", &["catch_all"]),
            "; did you mean `catch_all`?"
        );
    }

    #[test]
    #[should_panic(expected = "dropped without `finish`")]
    #[cfg(debug_assertions)]
    fn forgetting_the_errors_panics() {
        let mut errors = Errors::new();
        errors.push(Span::call_site(), "lost");
    }
}
