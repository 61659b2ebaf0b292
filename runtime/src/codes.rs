//! The iterator over the codes of several rows on one platform.

use core::fmt;
use core::iter::FusedIterator;
use core::slice;

use crate::{OsError, Platform};

/// The codes on one platform of a list of rows, in order, leaving out the rows without
/// a code there: what a group enum's `codes(platform)` returns.
///
/// ```
/// use errtable::{OsError, Platform};
///
/// let rows = [OsError::ConnectionReset, OsError::HostNotFound, OsError::ConnectionAborted];
/// let codes = errtable::__private::codes_of(&rows, Platform::Linux);
/// assert_eq!(format!("{codes:?}"), "Codes(linux)[104, 103]");
/// assert_eq!(codes.collect::<Vec<_>>(), [104, 103]);
/// ```
#[derive(Clone)]
pub struct Codes<'a> {
    rows: slice::Iter<'a, OsError>,
    platform: Platform,
}

impl<'a> Codes<'a> {
    /// The codes of `rows` on `platform`.
    pub(crate) fn new(rows: &'a [OsError], platform: Platform) -> Self {
        Codes {
            rows: rows.iter(),
            platform,
        }
    }
}

/// The codes of `rows` on `platform`; generated `codes()` methods return it.
pub fn codes_of(rows: &[OsError], platform: Platform) -> Codes<'_> {
    Codes::new(rows, platform)
}

impl Iterator for Codes<'_> {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        let platform = self.platform;
        self.rows.by_ref().find_map(|row| row.code(platform))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.rows.size_hint().1)
    }
}

impl DoubleEndedIterator for Codes<'_> {
    fn next_back(&mut self) -> Option<i32> {
        let platform = self.platform;
        self.rows.by_ref().rev().find_map(|row| row.code(platform))
    }
}

impl FusedIterator for Codes<'_> {}

/// The platform, then the codes still to come.
impl fmt::Debug for Codes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Codes({})", self.platform)?;
        f.debug_list().entries(self.clone()).finish()
    }
}
