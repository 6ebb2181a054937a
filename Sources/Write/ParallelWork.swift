import Parallel

/// Runs independent per-file work on all cores; results and the reported error come back in index
/// order, so the outcome never depends on scheduling.
enum ParallelWork {
    static func map<T>(_ count: Int, _ body: (Int) throws -> T) throws -> [T] {
        try Parallel.map(count, chunk: 32) { index in Result { try body(index) } }.map { try $0.get() }
    }
}
