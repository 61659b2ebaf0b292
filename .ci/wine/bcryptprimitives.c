/*
 * A stand-in for bcryptprimitives.dll, for running the test suite under Wine in CI only.
 *
 * Rust's std (since 1.78) takes its random bytes, for HashMap keys among others, from
 * ProcessPrng in bcryptprimitives.dll, and imports it when a program starts. Wine 8.0,
 * the one Debian 12 packages, has no bcryptprimitives.dll, so no Rust program for
 * Windows starts under it ("Library bcryptprimitives.dll ... not found", c0000135).
 * This DLL exports ProcessPrng and gets the bytes from BCryptGenRandom, which Wine 8.0
 * has. .ci/run builds it with mingw-w64 and puts it in the throwaway Wine prefix's
 * system32, where every test program finds it. Nothing here is shipped.
 */
#include <windows.h>
#include <bcrypt.h>

/* Windows documents ProcessPrng as always returning TRUE; std ignores the result. */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        /* BCryptGenRandom takes a ULONG length; SIZE_T is 64 bits here. */
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        NTSTATUS status =
            BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG);
        if (!BCRYPT_SUCCESS(status))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
