//! The command scored on real lines of logs: `tests/corpus/lines.tsv` holds lines pasted
//! verbatim from public issue threads, each with its source and the answer a person reading
//! it gives (written before the command was run on it). The score: the right row first,
//! the right row found at all, and no code claimed in a line that holds none.

mod common;

use std::collections::BTreeMap;

use common::{json_lines, run_with};
use serde_json::Value;

/// A line of the corpus and what it should give.
struct Case {
    family: String,
    expected: Expected,
    source: String,
    line: String,
}

enum Expected {
    /// No error code in the line: numbers there are ports, times, PIDs, statuses.
    Nothing,
    /// This row (`ConnectionReset` or `ResolveError::NoName`), read as a code of this
    /// platform where one is given.
    Row {
        row: String,
        platform: Option<String>,
    },
}

fn corpus(text: &str) -> Vec<Case> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.splitn(4, '\t').collect();
            let [family, expected, source, text] = fields[..] else {
                panic!("a corpus line has 4 tab-separated fields: {line:?}");
            };
            Case {
                family: family.to_owned(),
                expected: expected_from(expected),
                source: source.to_owned(),
                line: text.to_owned(),
            }
        })
        .collect()
}

fn expected_from(field: &str) -> Expected {
    if field == "none" {
        return Expected::Nothing;
    }
    let (row, platform) = field.split_once('@').expect("Row@platform");
    let row = match row.split_once("::") {
        Some(("ResolveError", row)) => format!("resolve:{row}"),
        _ => format!("os:{row}"),
    };
    let platform = (platform != "*").then(|| platform.to_owned());
    Expected::Row { row, platform }
}

/// `os:ConnectionReset`, the row of a JSON hit.
fn row_key(hit: &Value) -> String {
    format!(
        "{}:{}",
        hit["row"]["table"].as_str().unwrap_or_default(),
        hit["row"]["row"].as_str().unwrap_or_default()
    )
}

/// Whether a JSON hit is `row`, read on `platform` where one is asked (a hit found by its
/// name or message, which no platform printed, counts on any).
fn hit_is(hit: &Value, row: &str, platform: Option<&str>) -> bool {
    let on = hit["matched"]["on"].as_array();
    let on_platform = match (platform, on) {
        (Some(platform), Some(on)) if hit["matched"]["by"] == "code" => {
            on.iter().any(|p| p == platform)
        }
        _ => true,
    };
    row_key(hit) == row && on_platform
}

#[derive(Default)]
struct Score {
    coded: usize,
    first: usize,
    found: usize,
    blank: usize,
    claims: usize,
}

/// Runs the command on each line; scores it; the misses are returned to be printed.
fn score(cases: &[Case]) -> (BTreeMap<String, Score>, Vec<String>) {
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut misses = Vec::new();
    for case in cases {
        let run = run_with(&["--json"], Some(case.line.as_bytes()));
        let answers = json_lines(&run.stdout);
        let hits: Vec<&Value> = answers
            .iter()
            .flat_map(|answer| answer["rows"].as_array().into_iter().flatten())
            .collect();
        let score = scores.entry(case.family.clone()).or_default();
        match &case.expected {
            Expected::Nothing => {
                score.blank += 1;
                if !hits.is_empty() {
                    score.claims += 1;
                    misses.push(format!(
                        "CLAIM {}: {:?} -> {}",
                        case.source,
                        case.line,
                        row_key(hits[0])
                    ));
                }
            }
            Expected::Row { row, platform } => {
                score.coded += 1;
                let platform = platform.as_deref();
                let first = hits.first().is_some_and(|hit| hit_is(hit, row, platform));
                let found = hits.iter().any(|hit| hit_is(hit, row, platform));
                score.first += usize::from(first);
                score.found += usize::from(found);
                if !first {
                    let got = hits
                        .first()
                        .map_or(String::from("nothing"), |hit| row_key(hit));
                    let kind = if found { "LATE" } else { "MISS" };
                    misses.push(format!(
                        "{kind} {}: {:?} -> {got}, expected {row}@{platform:?}",
                        case.source, case.line
                    ));
                }
            }
        }
    }
    (scores, misses)
}

fn percent(part: usize, whole: usize) -> String {
    match whole {
        0 => String::from("-"),
        _ => format!("{:.0}%", 100.0 * part as f64 / whole as f64),
    }
}

fn table(scores: &BTreeMap<String, Score>) -> (String, Score) {
    let mut total = Score::default();
    let mut text = String::from("family      lines  right first  found   code-free  claims\n");
    for (family, s) in scores {
        text += &format!(
            "{family:<10} {:>6}  {:>11}  {:>5}   {:>9}  {:>6}\n",
            s.coded + s.blank,
            percent(s.first, s.coded),
            percent(s.found, s.coded),
            s.blank,
            s.claims
        );
        total.coded += s.coded;
        total.first += s.first;
        total.found += s.found;
        total.blank += s.blank;
        total.claims += s.claims;
    }
    text += &format!(
        "{:<10} {:>6}  {:>11}  {:>5}   {:>9}  {:>6}\n",
        "all",
        total.coded + total.blank,
        format!(
            "{} ({}/{})",
            percent(total.first, total.coded),
            total.first,
            total.coded
        ),
        percent(total.found, total.coded),
        total.blank,
        total.claims
    );
    (text, total)
}

/// Scores `cases`, printing the table by family and the misses.
fn scored(cases: &[Case]) -> Score {
    let (scores, misses) = score(cases);
    let (text, total) = table(&scores);
    println!("{text}");
    for miss in &misses {
        println!("{miss}");
    }
    total
}

/// The bar: the right row first in 95 % of the lines with a code, found in 95 %, no code
/// claimed in a line without one.
fn assert_bar(total: &Score) {
    assert_eq!(total.claims, 0, "a code claimed in a line without one");
    assert!(
        total.first * 100 >= total.coded * 95,
        "right row first in {}/{}",
        total.first,
        total.coded
    );
    assert!(
        total.found * 100 >= total.coded * 95,
        "found {}/{}",
        total.found,
        total.coded
    );
}

#[test]
fn the_corpus_is_read_as_a_person_reads_it() {
    let cases = corpus(include_str!("corpus/lines.tsv"));
    assert!(cases.len() >= 150, "the corpus has {} lines", cases.len());
    assert_bar(&scored(&cases));
}

/// Lines collected after the ranking was tuned on the corpus: the figures should carry
/// over. The bar is the same; a line this set misses is a case the rules do not cover.
#[test]
fn the_hold_out_set_is_read_as_well() {
    assert_bar(&scored(&corpus(include_str!("corpus/holdout.tsv"))));
}

/// Lines collected by another engineer who had read neither the corpus nor the command's
/// sources. Some lines are also in the other two sets (the same threads are found by the
/// same searches); the lines found only here are scored apart as well.
#[test]
fn an_independently_collected_set_is_read_as_well() {
    let cases = corpus(include_str!("corpus/independent.tsv"));
    assert!(cases.len() >= 80, "the set has {} lines", cases.len());
    let seen: Vec<Case> = corpus(include_str!("corpus/lines.tsv"))
        .into_iter()
        .chain(corpus(include_str!("corpus/holdout.tsv")))
        .collect();
    println!("all {} lines:", cases.len());
    let all = scored(&cases);
    let fresh: Vec<Case> = cases
        .into_iter()
        .filter(|case| seen.iter().all(|other| other.line != case.line))
        .collect();
    println!("the {} lines found only in this set:", fresh.len());
    let only_here = scored(&fresh);
    assert_bar(&all);
    assert_bar(&only_here);
}
