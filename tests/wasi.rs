//! Real OS errors of a WASI program: `.ci/run` builds this file for `wasm32-wasip1` and
//! runs it under node's WASI (`.ci/wasi/node-runner.mjs`), in a fresh directory the
//! runner opens to the program and names in `ERRTABLE_WASI_DIR`.
//!
//! Each case makes a call fail in that directory and checks that std's raw code decodes
//! to the row named for it, through `Platform::CURRENT`, which is WASI here. Node's WASI
//! (uvwasi) gives the code wasmtime gives in every case below (the same program passed
//! under wasmtime 51, the PyPI package's engine, with the same directory and variables),
//! so none is skipped under node; a case where node differed from a WASI runtime would
//! say so and skip under node only, which the runner tells the program by
//! `ERRTABLE_WASI_RUNTIME=node`.

#![cfg(target_os = "wasi")]

use errtable::{OsError, Platform};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::PathBuf;

/// The directory the runner opened for this program, empty at the start.
fn scratch(case: &str) -> PathBuf {
    let dir = std::env::var("ERRTABLE_WASI_DIR").expect(
        "ERRTABLE_WASI_DIR: run under .ci/wasi/node-runner.mjs or give a preopened directory",
    );
    let dir = PathBuf::from(dir).join(case);
    fs::create_dir(&dir).expect("a directory of the case's own");
    dir
}

/// The error decodes to `row` on the current platform, with the number std reports.
fn assert_row(err: &io::Error, row: OsError) {
    let code = err.raw_os_error().expect("an OS error");
    assert_eq!(OsError::from(err), row, "{err}");
    assert_eq!(OsError::decode(Platform::Wasi, code), row, "{err}");
    assert_eq!(row.code(Platform::Wasi), Some(code), "{err}");
}

#[test]
fn the_current_platform_is_wasi() {
    assert_eq!(Platform::CURRENT, Some(Platform::Wasi));
}

#[test]
fn a_missing_file_is_not_found() {
    let err = File::open(scratch("missing").join("absent")).unwrap_err();
    assert_eq!(err.raw_os_error(), Some(44), "wasi-libc's ENOENT");
    assert_row(&err, OsError::NotFound);
    assert_eq!(err.kind(), io::ErrorKind::NotFound);
    assert_eq!(OsError::NotFound.kind(), io::ErrorKind::NotFound);
}

/// The descriptor lacks the right to write: wasmtime and node answer EBADF, as POSIX
/// systems do (wasmer ignores the rights and lets the write through).
#[test]
fn writing_to_a_file_opened_for_reading_is_a_bad_descriptor() {
    let path = scratch("read_only").join("file");
    fs::write(&path, b"x").unwrap();
    let err = File::open(&path).unwrap().write(b"y").unwrap_err();
    assert_row(&err, OsError::BadFileDescriptor);
}

#[test]
fn making_a_directory_that_exists_is_already_exists() {
    let dir = scratch("exists");
    let err = fs::create_dir(&dir).unwrap_err();
    assert_row(&err, OsError::AlreadyExists);
    assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
}

#[test]
fn a_file_used_as_a_directory_is_not_a_directory() {
    let file = scratch("not_a_directory").join("file");
    fs::write(&file, b"x").unwrap();
    let err = File::open(file.join("inside")).unwrap_err();
    assert_row(&err, OsError::NotADirectory);
}

#[test]
fn removing_a_directory_with_files_is_directory_not_empty() {
    let dir = scratch("not_empty");
    fs::write(dir.join("file"), b"x").unwrap();
    let err = fs::remove_dir(&dir).unwrap_err();
    assert_row(&err, OsError::DirectoryNotEmpty);
    // std's WASI mapping has no arm for ENOTEMPTY (it gives `Uncategorized`); the row
    // keeps the kind std gives the code everywhere else.
    assert_eq!(
        OsError::DirectoryNotEmpty.kind(),
        io::ErrorKind::DirectoryNotEmpty
    );
}

#[test]
fn an_error_made_from_a_row_carries_the_wasi_number() {
    let err = io::Error::from(OsError::NotFound);
    assert_eq!(err.raw_os_error(), OsError::NotFound.code(Platform::Wasi));
    assert_eq!(OsError::from(&err), OsError::NotFound);
}
