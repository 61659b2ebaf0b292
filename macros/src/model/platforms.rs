// @generated from the `platforms!` table of runtime/src/platform.rs by
// `ERRTABLE_REGEN=1 cargo test -p errtable-macros regen`.
// Do not edit: change the table there and run that command.

platforms! {
    Windows = "windows", aliases ["win", "win32", "win64"];
    Linux = "linux", aliases ["android"];
    LinuxAlpha = "linux_alpha", aliases ["alpha"];
    LinuxMips = "linux_mips", aliases ["mips", "mips64", "mipsel", "mips64el"];
    LinuxParisc = "linux_parisc", aliases ["parisc", "parisc64", "hppa", "hppa64"];
    LinuxPowerpc = "linux_powerpc", aliases [
        "powerpc", "powerpc64", "powerpc64le", "ppc", "ppc64", "ppc64le",
    ];
    LinuxSparc = "linux_sparc", aliases ["sparc", "sparc64"];
    MacOs = "macos", aliases [
        "darwin", "osx", "macosx", "mac", "apple", "ios", "ipados", "tvos", "watchos",
        "visionos",
    ];
    FreeBsd = "freebsd", aliases [];
    NetBsd = "netbsd", aliases [];
    OpenBsd = "openbsd", aliases [];
    DragonFly = "dragonfly", aliases ["dragonflybsd"];
    Illumos = "illumos", aliases ["solaris", "sunos"];
    Aix = "aix", aliases [];
    Haiku = "haiku", aliases [];
    Redox = "redox", aliases [];
    Hurd = "hurd", aliases ["gnu"];
    Cygwin = "cygwin", aliases [];
    Wasi = "wasi", aliases ["wasip1", "wasip2", "wasm32_wasi"];
    Emscripten = "emscripten", aliases [];
}
