use errtable::{OsError, Platform};

#[test]
fn decodes_a_windows_code() {
    assert_eq!(
        OsError::from_code(Platform::Windows, 10054),
        Some(OsError::ConnectionReset)
    );
}
