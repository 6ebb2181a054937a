/// The records of the search index, made one at a time when read: nationally they are 140,000
/// (most of them commendations), and as an array their strings were the largest memory of a build
/// at four times the national fixture. Records are grouped by kind, in kind order.
struct SearchRecords: Sendable {
    /// Records of each kind of `SearchIndex.kinds`.
    let counts: [Int]
    /// The id of each kind's first record (the count when a kind has none).
    let starts: [Int]
    let count: Int
    private let make: @Sendable (_ kind: Int, _ index: Int) -> SearchRecord

    /// `make(kind, i)` is the `i`-th record of that kind; it is called from several threads.
    init(counts: [Int], make: @escaping @Sendable (_ kind: Int, _ index: Int) -> SearchRecord) {
        self.counts = counts
        starts = Self.starts(of: counts)
        count = counts.reduce(0, +)
        self.make = make
    }

    /// Records already made (tests, small sites), grouped by kind.
    init(_ records: [SearchRecord]) {
        var counts = [Int](repeating: 0, count: SearchIndex.kinds.count)
        for r in records { counts[r.kind] += 1 }
        precondition(zip(records, records.dropFirst()).allSatisfy { $0.kind <= $1.kind },
                     "search records must come grouped by kind, in kind order")
        let kindStarts = Self.starts(of: counts)
        self.init(counts: counts) { kind, i in records[kindStarts[kind] + i] }
    }

    /// Where each kind begins when kinds follow each other with these counts.
    private static func starts(of counts: [Int]) -> [Int] {
        var starts: [Int] = []
        var total = 0
        for n in counts {
            starts.append(total)
            total += n
        }
        return starts
    }

    subscript(id: Int) -> SearchRecord {
        var kind = counts.count - 1
        while kind > 0, starts[kind] > id || counts[kind] == 0 { kind -= 1 }
        return make(kind, id - starts[kind])
    }

    var all: [SearchRecord] { (0..<count).map { self[$0] } }
}
