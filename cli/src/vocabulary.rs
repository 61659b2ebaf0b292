//! The words and texts the scan looks for, taken from the tables and built once.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::numberings;
use crate::scan::Vocabulary;
use crate::tables::Table;

/// The longest name looked up; a longer word is no name, without hashing it.
const NAME_BYTES: usize = 64;

/// FNV-1a: names are short and not chosen by an attacker, so a hash this simple serves
/// the many lookups of a whole log better than std's SipHash.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The size of the names' sketch, in 64-bit words: 65,536 bits for about a thousand
/// names, so few other words share a name's bit.
const SKETCH_WORDS: usize = 1024;

/// The sketch's bit of a word: a hash of its length and its first three bytes, in lower
/// case, so a name in any case has its own name's bit.
fn sketch_bit(word: &[u8]) -> usize {
    let mut hash = word.len() as u32;
    for &byte in word.iter().take(3) {
        hash = hash.wrapping_mul(0x9E37_79B1) ^ u32::from(byte.to_ascii_lowercase());
    }
    (hash.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// What the scan looks for besides numbers, each set built once.
pub struct Words<'a> {
    tables: &'a [Table],
    /// Every symbol and alias of the tables (and the names Node prints instead), in
    /// lower case.
    names: HashSet<String, BuildHasherDefault<Fnv>>,
    /// The first letters of the names, in lower case: a word starting otherwise is no name.
    initials: [bool; 128],
    /// A bit per name at [`sketch_bit`]: a word whose bit is clear is no name, told
    /// without hashing it whole (most words of a log).
    sketch: Box<[u64; SKETCH_WORDS]>,
    /// Every row's own name, alone and after its type (`resolveerror::noname`), in lower
    /// case.
    row_names: HashSet<String>,
}

impl<'a> Words<'a> {
    pub fn new(tables: &'a [Table]) -> Self {
        let rows = || tables.iter().flat_map(|table| &table.rows);
        let symbols = rows().flat_map(|row| row.names.iter().flat_map(|(_, names)| names.iter()));
        let node = numberings::NODE_NAMES.iter().map(|&(name, _)| name);
        let names: HashSet<String, BuildHasherDefault<Fnv>> = symbols
            .map(|&(name, _)| name)
            .chain(node)
            .filter(|name| name.len() <= NAME_BYTES)
            .map(str::to_ascii_lowercase)
            .collect();
        let mut initials = [false; 128];
        for name in &names {
            initials[usize::from(name.as_bytes()[0] & 0x7F)] = true;
        }
        let mut sketch = Box::new([0; SKETCH_WORDS]);
        for name in &names {
            let bit = sketch_bit(name.as_bytes());
            sketch[bit / 64] |= 1 << (bit % 64);
        }
        let row_names = rows()
            .flat_map(|row| [row.name.to_owned(), row.path()])
            .map(|name| name.to_ascii_lowercase())
            .collect();
        Words {
            tables,
            names,
            initials,
            sketch,
            row_names,
        }
    }
}

impl Vocabulary for Words<'_> {
    fn is_name(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let bit = sketch_bit(bytes);
        let plausible = !bytes.is_empty()
            && bytes.len() <= NAME_BYTES
            && self.sketch[bit / 64] & 1 << (bit % 64) != 0
            && word.is_ascii()
            && self.initials[usize::from(bytes[0].to_ascii_lowercase() & 0x7F)];
        if !plausible {
            return false;
        }
        let mut lower = [0_u8; NAME_BYTES];
        for (to, from) in lower.iter_mut().zip(bytes) {
            *to = from.to_ascii_lowercase();
        }
        std::str::from_utf8(&lower[..bytes.len()]).is_ok_and(|lower| self.names.contains(lower))
    }

    fn is_row_name(&self, word: &str) -> bool {
        // In lower case on the stack, as `is_name` does: the first word of most lines
        // is asked.
        let bytes = word.as_bytes();
        let mut lower = [0_u8; NAME_BYTES];
        let Some(lower) = lower.get_mut(..bytes.len()) else {
            return self.row_names.contains(&word.to_ascii_lowercase());
        };
        for (to, from) in lower.iter_mut().zip(bytes) {
            *to = from.to_ascii_lowercase();
        }
        std::str::from_utf8(lower).is_ok_and(|lower| self.row_names.contains(lower))
    }

    fn is_message(&self, text: &str) -> bool {
        self.tables
            .iter()
            .any(|t| t.row_with_message(text).is_some())
    }

    fn code_has_text(&self, code: i32, text: &str, after: bool) -> bool {
        let rows = self.tables.iter().flat_map(|table| {
            let decoded = table.decode_everywhere(code);
            (0..decoded.len()).map(move |n| &table.rows[decoded[n].1])
        });
        rows.into_iter().any(|row| match after {
            true => row.text_at_start(text).is_some(),
            false => row.text_at_end(text).is_some(),
        })
    }
}
