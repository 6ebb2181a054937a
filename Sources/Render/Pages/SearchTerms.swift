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
        var all: [PackedWord] = []
        all.reserveCapacity(64)
        for (field, text) in [(Field.title, r.title), (.place, r.place), (.text, r.text)] {
            var folded = VietFold.fold(text)
            if isSplitByBytes(folded) {
                folded.withUTF8 { PackedWord.scan($0, field: field, into: &all) }
            } else {
                for word in words(folded) {
                    var text = String(word)
                    text.withUTF8 { PackedWord.scan($0, field: field, into: &all) }
                }
            }
        }
        all.sort { a, b in
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            if a.long != nil || b.long != nil, a.text != b.text { return a.text < b.text }
            return a.field.rawValue > b.field.rawValue
        }
        var out: [(String, Field)] = []
        out.reserveCapacity(all.count)
        var previous: PackedWord?
        for word in all {
            if let p = previous, p.high == word.high, p.low == word.low, p.long == word.long { continue }
            out.append((word.text, word.field))
            previous = word
        }
        return out
    }

    private static func isSplitByBytes(_ folded: String) -> Bool {
        folded.unicodeScalars.allSatisfy { StandaloneScalar.contains($0.value) }
    }

    @inline(__always) fileprivate static func isWordByte(_ a: UInt8) -> Bool {
        (a >= 0x61 && a <= 0x7A) || (a >= 0x30 && a <= 0x39)
    }
}

/// One word of a record as two big-endian integers of its first 16 bytes; a longer word also keeps
/// its whole text, which decides between words with the same first 16 bytes.
private struct PackedWord {
    var high: UInt64
    var low: UInt64
    var field: SearchIndex.Field
    var long: String?

    /// Appends every run of word bytes of `bytes`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, field: SearchIndex.Field, into words: inout [PackedWord]) {
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n, !SearchIndex.isWordByte(bytes[i]) { i += 1 }
            let start = i
            while i < n, SearchIndex.isWordByte(bytes[i]) { i += 1 }
            if i > start { words.append(PackedWord(UnsafeBufferPointer(rebasing: bytes[start..<i]), field: field)) }
        }
    }

    init(_ word: UnsafeBufferPointer<UInt8>, field: SearchIndex.Field) {
        var high: UInt64 = 0, low: UInt64 = 0
        for k in 0..<min(word.count, 16) {
            if k < 8 { high |= UInt64(word[k]) << (56 - 8 * UInt64(k)) } else { low |= UInt64(word[k]) << (56 - 8 * UInt64(k - 8)) }
        }
        self.high = high
        self.low = low
        self.field = field
        self.long = word.count > 16 ? String(decoding: word, as: UTF8.self) : nil
    }

    /// The word itself (a String of up to 15 bytes is stored inline, without an allocation).
    var text: String {
        if let long { return long }
        return String(unsafeUninitializedCapacity: 16) { buffer in
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
