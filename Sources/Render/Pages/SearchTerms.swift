import VietText

/// The words the search index keeps of a record: runs of a–z and 0–9 of the folded text.
extension SearchIndex {
    /// Runs of ASCII letters and digits of an already folded text.
    static func words(_ folded: String) -> [Substring] {
        // Every scalar a character of its own (`StandaloneScalar`: ASCII, punctuation such as “ ” – ·
        // …): splitting the bytes gives the same words as splitting Characters, whose non-ASCII ones
        // are all separators. A combining mark after a letter would join it into one non-ASCII
        // Character, so any other text goes the Character way.
        if isSplitByBytes(folded) {
            return folded.utf8.split(whereSeparator: { !isWordByte($0) }).map { Substring($0) }
        }
        return folded.split(whereSeparator: { c in
            guard let a = c.asciiValue else { return true }
            return !isWordByte(a)
        })
    }

    /// A record's distinct terms in term order, each with the best field it occurs in.
    ///
    /// A story has hundreds of words: each is packed into two integers (its first 16 bytes, zero
    /// padded, which order like the text since no word byte is zero), sorted and deduplicated on
    /// those, and only the distinct ones become Strings. Comparing Strings and making one per word
    /// was most of the search index's time on a national site.
    static func terms(of r: SearchRecord) -> [(String, Field)] {
        let (words, longs) = packedTerms(of: r)
        return words.map { ($0.text(longs), $0.field) }
    }

    /// `terms(of:)` before the words become Strings: sorted and distinct, a long word's text in `longs`.
    static func packedTerms(of r: SearchRecord) -> (words: [PackedWord], longs: [String]) {
        var all: [PackedWord] = []
        all.reserveCapacity(64)
        var longs: [String] = []
        for (field, text) in [(Field.title, r.title), (.place, r.place), (.text, r.text)] {
            var folded = VietFold.fold(text)
            if isSplitByBytes(folded) {
                folded.withUTF8 { PackedWord.scan($0, field: field, into: &all, longs: &longs) }
            } else {
                for word in words(folded) {
                    var text = String(word)
                    text.withUTF8 { PackedWord.scan($0, field: field, into: &all, longs: &longs) }
                }
            }
        }
        // The words are plain integers (a long one's text sits in `longs`), so sorting moves no
        // reference: with the text inside each word, retains and releases were most of the sort.
        all.sort { a, b in PackedWord.precedes(a, b, longs) }
        var distinct: [PackedWord] = []
        distinct.reserveCapacity(all.count)
        for word in all {
            if let p = distinct.last, p.high == word.high, p.low == word.low, PackedWord.longOrder(p, word, longs) == nil { continue }
            distinct.append(word)
        }
        return (distinct, longs)
    }

    private static func isSplitByBytes(_ folded: String) -> Bool {
        StandaloneScalar.count(folded) != nil
    }

    @inline(__always) fileprivate static func isWordByte(_ a: UInt8) -> Bool {
        (a >= 0x61 && a <= 0x7A) || (a >= 0x30 && a <= 0x39)
    }
}

/// One word of a record as two big-endian integers of its first 16 bytes; a longer word also keeps
/// its whole text (in the caller's `longs`, at index `long`), which decides between words with the
/// same first 16 bytes.
struct PackedWord {
    var high: UInt64
    var low: UInt64
    var field: SearchIndex.Field
    /// Index of the whole word in `longs`, or -1 for a word of at most 16 bytes.
    var long: Int32

    /// Appends every run of word bytes of `bytes`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, field: SearchIndex.Field, into words: inout [PackedWord],
                     longs: inout [String]) {
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n, !SearchIndex.isWordByte(bytes[i]) { i += 1 }
            let start = i
            while i < n, SearchIndex.isWordByte(bytes[i]) { i += 1 }
            if i > start { words.append(PackedWord(UnsafeBufferPointer(rebasing: bytes[start..<i]), field: field, longs: &longs)) }
        }
    }

    init(_ word: UnsafeBufferPointer<UInt8>, field: SearchIndex.Field, longs: inout [String]) {
        var high: UInt64 = 0, low: UInt64 = 0
        for k in 0..<min(word.count, 16) {
            if k < 8 { high |= UInt64(word[k]) << (56 - 8 * UInt64(k)) } else { low |= UInt64(word[k]) << (56 - 8 * UInt64(k - 8)) }
        }
        self.high = high
        self.low = low
        self.field = field
        if word.count > 16 {
            long = Int32(longs.count)
            longs.append(String(decoding: word, as: UTF8.self))
        } else {
            long = -1
        }
    }

    /// Term order (the order of the words' bytes), and for the same word the best field first.
    static func precedes(_ a: PackedWord, _ b: PackedWord, _ longs: [String]) -> Bool {
        if a.high != b.high { return a.high < b.high }
        if a.low != b.low { return a.low < b.low }
        if a.long >= 0 || b.long >= 0, let order = longOrder(a, b, longs) { return order }
        return a.field.rawValue > b.field.rawValue
    }

    /// The first byte of the word.
    var firstByte: UInt8 { UInt8(truncatingIfNeeded: high >> 56) }

    /// The order of two words with the same first 16 bytes when either is longer; nil when they are
    /// the same word.
    static func longOrder(_ a: PackedWord, _ b: PackedWord, _ longs: [String]) -> Bool? {
        textOrder(a.long >= 0 ? longs[Int(a.long)] : nil, b.long >= 0 ? longs[Int(b.long)] : nil)
    }

    /// The order of two words with the same first 16 bytes, given the whole text of the longer ones
    /// (nil for a word of 16 bytes at most); nil when they are the same word.
    static func textOrder(_ x: String?, _ y: String?) -> Bool? {
        switch (x, y) {
        case (nil, nil): return nil
        // The 16-byte word is a prefix of the longer one, so it comes first.
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?): return x == y ? nil : x < y
        }
    }

    /// The word itself (a String of up to 15 bytes is stored inline, without an allocation).
    func text(_ longs: [String]) -> String {
        long >= 0 ? longs[Int(long)] : Self.text(high: high, low: low)
    }

    /// A word of at most 16 bytes from its two integers.
    static func text(high: UInt64, low: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            var count = 0
            for k in 0..<16 {
                let byte = UInt8(truncatingIfNeeded: k < 8 ? high >> (56 - 8 * UInt64(k)) : low >> (56 - 8 * UInt64(k - 8)))
                if byte == 0 { break }
                buffer[k] = byte
                count += 1
            }
            return count
        }
    }
}
