//! The output: `--json` loses nothing, `--all` fits 100 columns, a row's details 80.

mod common;

use common::{all_rows, json_lines, row_json, succeeds, AnyRow};
use errtable::{OsError, Platform, ResolveError};
use serde_json::Value;

/// Every row of both tables, every name and every number, in table order.
#[test]
fn all_json_has_every_name_with_its_number() {
    let rows = json_lines(&succeeds(&["--all", "--json"]));
    let expected: Vec<Value> = all_rows().into_iter().map(row_json).collect();
    assert_eq!(rows.len(), OsError::ALL.len() + ResolveError::ALL.len());
    assert_eq!(rows.len(), expected.len());
    for (row, want) in rows.iter().zip(&expected) {
        assert_eq!(row, want);
    }
}

/// An alias with a number of its own (EDEADLOCK = 56 on mips) keeps its number.
#[test]
fn json_keeps_the_numbers_of_aliases() {
    let (row, platform) = OsError::ALL
        .iter()
        .flat_map(|&row| Platform::ALL.iter().map(move |&p| (row, p)))
        .find(|&(row, p)| {
            let names = row.names(p);
            names
                .iter()
                .any(|&(_, code)| Some(code) != names.first().map(|n| n.1))
        })
        .expect("some alias has a number of its own");
    let (alias, number) = *row
        .names(platform)
        .iter()
        .skip(1)
        .find(|n| Some(n.1) != row.code(platform))
        .unwrap();
    let answers = json_lines(&succeeds(&["--json", alias]));
    let codes = &answers[0]["rows"][0]["row"]["codes"][platform.key()];
    assert!(
        codes
            .as_array()
            .unwrap()
            .contains(&serde_json::json!({"name": alias, "code": number})),
        "{alias} = {number} on {platform}: {codes}"
    );
}

/// Splits the `--all` listing into its tables, each a list of grids (the lines between a
/// title and the blank line after it), checking each title's count and the legend that
/// ends the listing. A table's first grid has the plain title, the others say
/// `(continued)`.
fn listing_tables(stdout: &str) -> Vec<Vec<Vec<&str>>> {
    let blocks: Vec<&str> = stdout.split("\n\n").collect();
    let (legend, grids) = blocks.split_last().unwrap();
    assert!(legend.starts_with("+ "), "the legend ends it: {legend}");
    let counts = [OsError::ALL.len(), ResolveError::ALL.len()];
    let mut tables: Vec<Vec<Vec<&str>>> = Vec::new();
    for grid in grids {
        let lines: Vec<&str> = grid.lines().collect();
        let (title, continued) = match lines[0].strip_suffix(" (continued)") {
            Some(title) => (title, true),
            None => (lines[0], false),
        };
        if !continued {
            tables.push(Vec::new());
        }
        let count = counts[tables.len() - 1];
        assert!(title.ends_with(&format!(": {count} rows")), "{title}");
        tables.last_mut().unwrap().push(lines[1..].to_vec());
    }
    assert_eq!(tables.len(), counts.len());
    tables
}

#[test]
fn all_fits_100_columns_and_lists_every_number() {
    let stdout = succeeds(&["--all"]);
    for line in stdout.lines() {
        assert!(
            line.chars().count() <= 100,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    let tables = listing_tables(&stdout);
    let expected: [Vec<AnyRow>; 2] = [
        OsError::ALL.iter().map(|&r| AnyRow::Os(r)).collect(),
        ResolveError::ALL
            .iter()
            .map(|&r| AnyRow::Resolve(r))
            .collect(),
    ];
    for (grids, rows) in tables.iter().zip(expected) {
        check_grids(grids, &rows);
    }
}

/// One grid's header and rows, split into cells; a symbol too long for its line stands
/// alone on the next one.
fn grid_cells(lines: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let header = lines[0].split_whitespace().map(String::from).collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in &lines[1..] {
        let cells = line.split_whitespace().map(String::from);
        match (line.starts_with(' '), rows.last_mut()) {
            (true, Some(row)) => row.extend(cells),
            _ => rows.push(cells.collect()),
        }
    }
    (header, rows)
}

/// One table's grids: together a header and a line per row with its number on each
/// platform, in `Platform` order, and the row's symbol at the end of the first grid.
fn check_grids(grids: &[Vec<&str>], expected: &[AnyRow]) {
    let mut header = vec![String::from("row")];
    let mut rows: Vec<Vec<String>> = expected
        .iter()
        .map(|row| vec![row.name().to_owned()])
        .collect();
    let mut symbols = Vec::new();
    for (n, grid) in grids.iter().enumerate() {
        let (titles, lines) = grid_cells(grid);
        assert_eq!(lines.len(), expected.len());
        let symbol_column = usize::from(n == 0);
        let platforms = titles.len() - 1 - symbol_column;
        assert_eq!(titles[0], "row");
        header.extend(titles[1..=platforms].iter().cloned());
        for (cells, row) in lines.iter().zip(&mut rows) {
            assert_eq!(cells.len(), 1 + platforms + symbol_column, "{cells:?}");
            assert_eq!(cells[0], row[0]);
            row.extend(cells[1..=platforms].iter().cloned());
            if n == 0 {
                symbols.push(cells.last().unwrap().clone());
            }
        }
    }
    assert_eq!(header.len(), 1 + Platform::ALL.len(), "{header:?}");
    for ((cells, &row), symbol) in rows.iter().zip(expected).zip(&symbols) {
        for (cell, &platform) in cells[1..].iter().zip(Platform::ALL) {
            assert_eq!(
                cell,
                &expected_cell(row, platform),
                "{} on {platform}",
                row.name()
            );
        }
        let first_symbol = Platform::ALL[1..]
            .iter()
            .chain([&Platform::Windows])
            .find_map(|&p| row.symbol(p))
            .unwrap();
        assert_eq!(symbol, first_symbol);
    }
}

/// The number, `+` when another name there has a number of its own, or `-`.
fn expected_cell(row: AnyRow, platform: Platform) -> String {
    match row.code(platform) {
        None => String::from("-"),
        Some(code) if row.names(platform).iter().any(|&(_, n)| n != code) => format!("{code}+"),
        Some(code) => code.to_string(),
    }
}

/// Every row of both tables, asked for by its path (`ResolveError::TryAgain`), which
/// picks one row where both tables have a row of that name.
#[test]
fn details_of_every_row_fit_80_columns() {
    let paths: Vec<String> = all_rows().into_iter().map(AnyRow::path).collect();
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    let stdout = succeeds(&paths);
    for line in stdout.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    assert_eq!(stdout.matches("== ").count(), paths.len());
    for path in &paths {
        assert!(stdout.contains(&format!("\n{path}: ")), "{path}");
    }
}

#[test]
fn details_name_every_platform_with_every_name() {
    let row = OsError::ConnectionReset;
    let stdout = succeeds(&["os error 10054"]);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "== os error 10054  (Rust io::Error, \"os error N\")"
    );
    assert_eq!(lines[1], "");
    assert_eq!(
        lines[2],
        format!("OsError::{}: {}", row.name(), row.message())
    );
    assert_eq!(lines[3], "  matched        10054 on windows");
    assert_eq!(lines[4], format!("  kind           {:?}", row.kind()));
    assert_eq!(lines[5], "  persistence    connection_lost");
    // `  key  names`, with long lists wrapped onto lines indented under the names.
    let mut entries: Vec<(String, String)> = Vec::new();
    let continuation = " ".repeat(17);
    let mut rest = lines[6..].iter();
    for line in rest.by_ref().take_while(|line| !is_description(line)) {
        match line.strip_prefix(&continuation) {
            Some(more) => entries.last_mut().unwrap().1 += &format!(" {more}"),
            None => {
                let (key, names) = line.trim_start().split_once(' ').unwrap();
                entries.push((key.to_owned(), names.trim_start().to_owned()));
            }
        }
    }
    let expected: Vec<(String, String)> = Platform::ALL
        .iter()
        .copied()
        .map(|platform| {
            let names: Vec<String> = row
                .names(platform)
                .iter()
                .map(|(name, code)| format!("{name} = {code}"))
                .collect();
            (platform.key().to_owned(), names.join(", "))
        })
        .collect();
    assert_eq!(entries, expected);
    let description: Vec<&str> = lines[6..]
        .iter()
        .skip_while(|line| !is_description(line))
        .map(|line| line.trim())
        .collect();
    assert_eq!(description.join(" "), row.description().unwrap());
}

/// The description is indented by two spaces, unlike the labelled lines above it.
fn is_description(line: &str) -> bool {
    let label = line.trim_start().split(' ').next().unwrap_or("");
    line.starts_with("  ")
        && !line.starts_with("   ")
        && !Platform::ALL.iter().any(|p| p.key() == label)
}
