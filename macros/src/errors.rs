//! Collecting errors so that every mistake of a table is reported at once.

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

/// The errors found so far, in the order found.
#[derive(Default)]
pub struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, span: Span, message: impl Display) {
        self.errors.push(syn::Error::new(span, message));
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
        self.errors.push(error);
    }

    /// How many errors were found so far.
    pub fn count(&self) -> usize {
        self.errors.len()
    }

    pub fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

/// A hint naming the candidate closest to `name`, if one is close enough to be a typo.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    let closest = candidates
        .into_iter()
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= candidate.len().max(3) / 3 + 1)
        .min_by_key(|&(distance, _)| distance);
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
            did_you_mean("lnux", ["linux", "macos"]),
            "; did you mean `linux`?"
        );
        assert_eq!(
            did_you_mean("MACOS", ["linux", "macos"]),
            "; did you mean `macos`?"
        );
        assert_eq!(did_you_mean("zzzzzz", ["linux", "macos"]), "");
    }
}
