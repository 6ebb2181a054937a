import Dispatch

/// Runs independent per-file work on all cores; results and the reported error come back in index
/// order, so the outcome never depends on scheduling.
enum ParallelWork {
    static func map<T>(_ count: Int, _ body: (Int) throws -> T) throws -> [T] {
        if count == 0 { return [] }
        var results = [Result<T, Error>?](repeating: nil, count: count)
        let chunk = 32
        let chunks = (count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { buffer in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
                let end = min(count, (chunkIndex + 1) * chunk)
                for index in (chunkIndex * chunk)..<end {
                    buffer[index] = Result { try body(index) }
                }
            }
        }
        return try results.map { try $0!.get() }
    }
}
