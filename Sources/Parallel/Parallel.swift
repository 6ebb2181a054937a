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
    ///
    /// `second` runs on a queue thread and `first` on the caller's, not as two iterations of one
    /// `concurrentPerform`: libdispatch runs a `concurrentPerform` nested in another one on a single
    /// thread, which made the `Parallel.map` inside each step (stories, award files) serial.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        withoutActuallyEscaping(second) { second in
            let other = Slot(second)
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                other.run()
                done.signal()
            }
            let a = first()
            done.wait()
            return (a, other.value!)
        }
    }

    /// The second step and its result; written by one thread, read by the caller after `done`.
    /// The step is dropped as soon as it has run, before `done` is signalled: the closure must not
    /// outlive `withoutActuallyEscaping`, and the queue releases its block only later.
    private final class Slot<T>: @unchecked Sendable {
        private var body: (() -> T)?
        var value: T?
        init(_ body: @escaping () -> T) { self.body = body }
        func run() {
            value = body!()
            body = nil
        }
    }
}
