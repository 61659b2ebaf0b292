//! HRESULT values that wrap a Win32 error code, as COM, WinRT and .NET report them.

/// The Win32 error code inside an HRESULT made by `HRESULT_FROM_WIN32`, or `None` for
/// any other HRESULT.
///
/// `HRESULT_FROM_WIN32(code)` is `0x8007_0000 | code` for a code in `1..=0xFFFF`: the
/// failure bit, the facility `FACILITY_WIN32` (7) and the code in the low 16 bits. Only
/// that shape gives a code back; an HRESULT of another facility (`E_NOTIMPL` is
/// `0x8000_4001`), a success value (`S_OK` is 0) and `0x8007_0000`, which the macro never
/// makes, give `None`.
///
/// An HRESULT is an `i32` (Windows declares it a `LONG`; windows-rs's `HRESULT` wraps an
/// `i32`), so failures are negative: logs print them in hex (`0x80072746`) or in
/// decimal (`-2147014842`). A hex value is the same bits, `0x8007_2746_u32 as i32`.
///
/// ```
/// use errtable::{win32_from_hresult, OsError, Platform};
///
/// // 0x80072746: HRESULT_FROM_WIN32(WSAECONNRESET).
/// let code = win32_from_hresult(0x8007_2746_u32 as i32);
/// assert_eq!(code, Some(10054));
/// assert_eq!(OsError::from_code(Platform::Windows, 10054), Some(OsError::ConnectionReset));
///
/// assert_eq!(win32_from_hresult(-2147024891), Some(5)); // 0x80070005, E_ACCESSDENIED
/// assert_eq!(win32_from_hresult(0x8000_4001_u32 as i32), None); // E_NOTIMPL
/// assert_eq!(win32_from_hresult(0), None); // S_OK
/// assert_eq!(win32_from_hresult(10054), None); // a bare code is not an HRESULT
/// ```
pub const fn win32_from_hresult(hresult: i32) -> Option<i32> {
    const SEVERITY_AND_FACILITY: u32 = 0xFFFF_0000;
    const FAILURE_FACILITY_WIN32: u32 = 0x8007_0000;
    let bits = hresult as u32;
    let code = (bits & 0xFFFF) as i32;
    if bits & SEVERITY_AND_FACILITY == FAILURE_FACILITY_WIN32 && code != 0 {
        Some(code)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::win32_from_hresult;

    /// `HRESULT_FROM_WIN32` as winerror.h defines it, for codes that are not above 0xFFFF.
    fn hresult_from_win32(code: i32) -> i32 {
        if code <= 0 {
            code
        } else {
            ((code as u32 & 0xFFFF) | 0x8007_0000) as i32
        }
    }

    #[test]
    fn every_wrapped_code_comes_back() {
        for code in 1..=0xFFFF {
            assert_eq!(win32_from_hresult(hresult_from_win32(code)), Some(code));
        }
    }

    #[test]
    fn only_failures_of_facility_win32_hold_a_code() {
        let others = [
            0,                      // S_OK
            1,                      // S_FALSE
            0x8000_4001_u32 as i32, // E_NOTIMPL, FACILITY_NULL
            0x8004_0154_u32 as i32, // REGDB_E_CLASSNOTREG, FACILITY_ITF
            0x8007_0000_u32 as i32, // what HRESULT_FROM_WIN32 never makes
            0x0007_2746,            // the facility without the failure bit
            0xC007_2746_u32 as i32, // the reserved bit set as well
            0xA007_2746_u32 as i32, // the customer bit set as well
            0x9007_2746_u32 as i32, // the NTSTATUS bit set as well
            0x8008_2746_u32 as i32, // FACILITY_WINDOWS
            i32::MIN,
            i32::MAX,
            -1,
            10054,
        ];
        for hresult in others {
            assert_eq!(win32_from_hresult(hresult), None, "{hresult:#x}");
        }
    }

    #[test]
    fn decimal_and_hex_spellings_agree() {
        assert_eq!(-2147024809, 0x8007_0057_u32 as i32);
        assert_eq!(win32_from_hresult(-2147024809), Some(87)); // ERROR_INVALID_PARAMETER
    }
}
