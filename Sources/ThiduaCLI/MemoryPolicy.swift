import CSystem
import Foundation

/// Malloc settings for one build process (Linux, glibc).
///
/// glibc raises its mmap threshold each time a large block is freed (up to 32 MB), so after the first
/// multi-megabyte pages and open-data files the following ones come from the heap, which then stays
/// fragmented and large. A fixed threshold hands every large buffer back to the system when it is
/// freed, and one arena per core plus one for the writer thread (instead of eight) keeps the threads
/// from each holding a half-empty heap. Measured on the national fixture (2 cores): peak RSS 348 MB →
/// 302 MB, same time. One arena per core only was 10 % slower once a step ran on its own queue
/// thread (`Parallel.both`): two busy threads then shared an arena's lock.
enum MemoryPolicy {
    static func apply() {
        thidua_malloc_policy(Int32(max(2, ProcessInfo.processInfo.activeProcessorCount) + 1))
    }
}
