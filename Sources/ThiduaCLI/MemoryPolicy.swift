import CAllocator

/// The allocator of the build process.
///
/// The command runs on jemalloc, linked through `CAllocator`, which also sets its options (one arena
/// per CPU, freed pages returned after a second): a build allocates and frees millions of small view
/// models, strings and arrays on every core, and glibc's malloc and free were about 9 % of its CPU
/// time. Measured on the national fixture, 2 cores, RAM disk, five alternating runs: glibc 9.2–9.6 s,
/// jemalloc 8.5–8.9 s, peak 206–227 MB against glibc's 234–242 MB (jemalloc's defaults were as fast
/// but kept 270 MB). Between the large open-data tables the build purges every arena
/// (`thidua_release_free_memory`, which falls back to glibc's `malloc_trim` in the tests).
enum MemoryPolicy {
    /// "jemalloc 5.3.0-…", shown with `THIDUA_TIMINGS=1`.
    static var allocator: String {
        let version = String(cString: thidua_allocator_version())
        return version.hasPrefix("jemalloc") ? version : "jemalloc " + version
    }
}
