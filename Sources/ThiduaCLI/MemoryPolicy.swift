import CAllocator
import CSystem
import Foundation

/// The allocator of one build process.
///
/// The command runs on jemalloc (linked through `CAllocator`, which also sets its options): a build
/// allocates and frees millions of small view-model dictionaries, strings and arrays on both cores,
/// and glibc's malloc and free were about 9 % of its CPU time. Measured on the national fixture,
/// 2 cores, RAM disk, five alternating runs: glibc 9.2–9.6 s, jemalloc 8.5–8.9 s, peak 206–227 MB
/// against glibc's 234–242 MB (jemalloc's defaults were as fast but kept 270 MB: freed pages are now
/// returned after a second). One arena per CPU (`percpu_arena`) measured the same as two fixed
/// arenas here and follows the core count elsewhere. The README's performance section has the runs.
///
/// Without jemalloc (tests, or `thidua` linked elsewhere) the glibc settings below apply. glibc
/// raises its mmap threshold each time a large block is freed (up to 32 MB), so after the first
/// multi-megabyte pages and open-data files the following ones come from the heap, which then stays
/// fragmented and large. A fixed threshold hands every large buffer back to the system when it is
/// freed, and one arena per core plus one for the writer thread (instead of eight) keeps the threads
/// from each holding a half-empty heap (national fixture: peak 348 MB → 302 MB, same time).
enum MemoryPolicy {
    static func apply() {
        thidua_malloc_policy(Int32(max(2, ProcessInfo.processInfo.activeProcessorCount) + 1))
    }

    /// "jemalloc 5.3.0-…", shown with `THIDUA_TIMINGS=1`.
    static var allocator: String {
        let version = String(cString: thidua_allocator_version())
        return version.hasPrefix("jemalloc") ? version : "jemalloc " + version
    }
}
