/// The postings of the terms of one bucket while the search index is made, keyed by the packed word
/// (`PackedWord`): two integers hashed with a multiply instead of a String made and SipHashed for
/// each of the millions of postings of a national site. Words longer than 16 bytes (rare: long
/// numbers, run-together names) are keyed by their text in a dictionary beside it.
struct SearchTermTable {
    /// One term: its packed key, its text when longer than 16 bytes, and its postings so far.
    struct Term {
        var high: UInt64
        var low: UInt64
        var long: String?
        var list: SearchIndex.Postings = []
        var last = 0

        mutating func add(_ id: Int, _ field: SearchIndex.Field) {
            list.append(UInt32((id - last) * 4 + field.rawValue))
            last = id
        }

        /// The term's text.
        var text: String { long ?? PackedWord.text(high: high, low: low) }
    }

    private(set) var terms: [Term] = []
    /// Open addressing over `terms` (index + 1; 0 is empty), at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    private var longTerms: [String: Int] = [:]

    /// Adds a posting of `word` (its text in `longs` when long) for record `id`.
    mutating func add(_ word: PackedWord, longs: [String], id: Int) {
        if word.long >= 0 {
            let text = longs[Int(word.long)]
            if let index = longTerms[text] {
                terms[index].add(id, word.field)
            } else {
                longTerms[text] = terms.count
                terms.append(Term(high: word.high, low: word.low, long: text))
                terms[terms.count - 1].add(id, word.field)
            }
            return
        }
        let mask = slots.count - 1
        var slot = Self.hash(word.high, word.low) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let index = stored - 1
            if terms[index].high == word.high, terms[index].low == word.low, terms[index].long == nil {
                terms[index].add(id, word.field)
                return
            }
            slot = (slot + 1) & mask
        }
        terms.append(Term(high: word.high, low: word.low, long: nil))
        terms[terms.count - 1].add(id, word.field)
        slots[slot] = Int32(terms.count)
        if terms.count * 2 > slots.count { grow() }
    }

    /// Every term with its postings, in term order (the order of the words' bytes).
    func sorted() -> [(key: String, value: SearchIndex.Postings)] {
        let order = terms.indices.sorted { a, b in
            let x = terms[a], y = terms[b]
            if x.high != y.high { return x.high < y.high }
            if x.low != y.low { return x.low < y.low }
            return PackedWord.textOrder(x.long, y.long) ?? false
        }
        return order.map { (key: terms[$0].text, value: terms[$0].list) }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, term) in terms.enumerated() where term.long == nil {
            var slot = Self.hash(term.high, term.low) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index + 1)
        }
        slots = larger
    }

    @inline(__always) private static func hash(_ high: UInt64, _ low: UInt64) -> Int {
        var v = (high ^ (low &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        v ^= v >> 31
        v = v &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: v ^ (v >> 29))
    }
}
