import CSystem
import Foundation

/// Malloc settings for one build process (Linux, glibc).
///
/// glibc raises its mmap threshold each time a large block is freed (up to 32 MB), so after the first
/// multi-megabyte pages and open-data files the following ones come from the heap, which then stays
/// fragmented and large. A fixed threshold hands every large buffer back to the system when it is
/// freed, and one arena per core (instead of eight) keeps the render threads from each holding a
/// half-empty heap. Measured on the national fixture (2 cores): peak RSS 348 MB → 302 MB, same time.
enum MemoryPolicy {
    static func apply() {
        thidua_malloc_policy(Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))
    }
}
