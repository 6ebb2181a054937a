import Dispatch

/// Independent work for the indices `0..<count`, spread over all cores. Results come back in index
/// order, so what a build produces never depends on scheduling.
public enum Parallel {
    /// `body(i)` for every index; `chunk` indices run together on one thread (use more than one when
    /// each call is tiny, so dispatch costs do not dominate).
    ///
    /// The results live in memory allocated once and each slot is written by exactly one iteration:
    /// calling `Array.withUnsafeMutableBufferPointer` from several threads writes the array value
    /// itself too, a data race ThreadSanitizer reports and that once corrupted the heap in tests.
    public static func map<T>(_ count: Int, chunk: Int = 1, _ body: (Int) -> T) -> [T] {
        if count <= 0 { return [] }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        let chunk = max(1, chunk)
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) { slots[i] = body(i) }
        }
        return slots.map { $0! }
    }
}

extension Parallel {
    /// `first()` and `second()` side by side: two independent steps of different kinds.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        var a: A?
        var b: B?
        // Each slot is written by exactly one iteration and read only after both have finished.
        withUnsafeMutablePointer(to: &a) { pa in
            withUnsafeMutablePointer(to: &b) { pb in
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { pa.pointee = first() } else { pb.pointee = second() }
                }
            }
        }
        return (a!, b!)
    }
}
