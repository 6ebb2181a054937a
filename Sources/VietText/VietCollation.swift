import Foundation

/// A precomputed Vietnamese dictionary-order key; compare keys instead of strings when sorting many names.
public struct VietCollationKey: Comparable, Hashable, Sendable {
    // Levels, each closed by a 0 so a shorter level always sorts first:
    // syllables (letters, then an end mark carrying the tone), letter case, then the NFC scalars as a
    // final tie-break so that only identical NFC strings get equal keys.
    let weights: [UInt32]

    public static func < (lhs: VietCollationKey, rhs: VietCollationKey) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// -1, 0 or 1, walking both keys once.
    static func compare(_ lhs: VietCollationKey, _ rhs: VietCollationKey) -> Int {
        // Keys are never empty: both level separators are always there.
        lhs.weights.withUnsafeBufferPointer { a in
            rhs.weights.withUnsafeBufferPointer { b in
                VietCollation.compare(a.baseAddress!, a.count, b.baseAddress!, b.count)
            }
        }
    }
}

/// Vietnamese dictionary order: syllable by syllable, letters A Ă Â B C D Đ … Y, tones ngang < huyền < hỏi <
/// ngã < sắc < nặng within a syllable, digits as numbers, lowercase before uppercase.
public enum VietCollation {
    // Weight space of the syllable level: 0 closes the level, 1...6 end a syllable (1 + tone), numbers
    // start with numberMark, letters sit above it, letters outside the Latin table above those.
    static let syllableEnd: UInt32 = 1
    static let numberMark: UInt32 = 8
    static let letterBase: UInt32 = 16
    static let otherLetterBase: UInt32 = 0x100

    /// The sort key of `s`; compute it once per name when sorting many.
    public static func key(_ s: String) -> VietCollationKey {
        // Most names are already NFC; Foundation is called only when a scalar NFC could change shows up.
        if let w = weights(s, checkNFC: true) { return VietCollationKey(weights: w) }
        return VietCollationKey(weights: weights(s.precomposedStringWithCanonicalMapping, checkNFC: false)!)
    }

    /// Whether `a` comes before `b` in Vietnamese dictionary order.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        key(a) < key(b)
    }

    /// Positions of `names` in dictionary order (ties by position). Keys live in one flat buffer so
    /// comparisons touch no reference counts.
    static func sortedOrder(_ names: [String]) -> [Int] {
        let texts = names.map(Normalization.nfc)
        var total = 0, longest = 0
        for text in texts {
            total += capacity(for: text.utf8.count)
            longest = max(longest, text.utf8.count)
        }
        let flat = UnsafeMutablePointer<UInt32>.allocate(capacity: max(total, 1))
        defer { flat.deallocate() }
        var starts = [Int](repeating: 0, count: texts.count)
        var lengths = [Int](repeating: 0, count: texts.count)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * longest + 1) { scratch in
            var cursor = 0
            for (i, text) in texts.enumerated() {
                let length = write(text, checkNFC: false, into: flat + cursor, scratch: scratch.baseAddress!)!
                starts[i] = cursor
                lengths[i] = length
                cursor += length
            }
        }
        var order = Array(texts.indices)
        starts.withUnsafeBufferPointer { starts in
            lengths.withUnsafeBufferPointer { lengths in
                order.sort { a, b in
                    let c = compare(flat + starts[a], lengths[a], flat + starts[b], lengths[b])
                    return c < 0 || (c == 0 && a < b)
                }
            }
        }
        return order
    }

    @inline(__always)
    static func compare(_ a: UnsafePointer<UInt32>, _ aCount: Int, _ b: UnsafePointer<UInt32>, _ bCount: Int) -> Int {
        let n = min(aCount, bCount)
        var i = 0
        while i < n {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i += 1
        }
        return aCount == bCount ? 0 : (aCount < bCount ? -1 : 1)
    }

    // Upper bound of a key's length for a text of `utf8Count` bytes (at least its scalar count):
    // syllables ≤ 4 per scalar + 2, case ≤ 1, tie-break 1, two level separators.
    @inline(__always)
    private static func capacity(for utf8Count: Int) -> Int { 6 * utf8Count + 8 }

    private static func weights(_ text: String, checkNFC: Bool) -> [UInt32]? {
        let bound = text.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * bound + 1) { scratch in
            var complete = true
            let w = [UInt32](unsafeUninitializedCapacity: capacity(for: bound)) { buffer, count in
                if let n = write(text, checkNFC: checkNFC, into: buffer.baseAddress!, scratch: scratch.baseAddress!) {
                    count = n
                } else {
                    count = 0
                    complete = false
                }
            }
            // Copy out of the worst-case allocation so stored keys take only the room they need.
            return complete ? Array(w[...]) : nil
        }
    }

    // One pass writes the syllable level straight into `out` and the case and tie-break levels into
    // `scratch` (2 × utf8 count + 1), then appends them. Returns the key length, or nil when
    // `checkNFC` is set and the text may not be NFC.
    private static func write(_ text: String, checkNFC: Bool, into out: UnsafeMutablePointer<UInt32>,
                              scratch tmp: UnsafeMutablePointer<UInt32>) -> Int? {
        let table = LetterTable.shared
        let bound = text.utf8.count
        var p = 0, c = 0, t = bound
        var inWord = false, inNumber = false
        var tone: UInt32 = 0
        var countSlot = 0
        var digitCount: UInt32 = 0

        @inline(__always) func close() {
            if inWord {
                out[p] = syllableEnd + tone
                p += 1
                inWord = false
                tone = 0
            } else if inNumber {
                // The count of significant digits decides first, so 2 < 10 and 02 == 2.
                out[countSlot] = digitCount
                out[p] = syllableEnd
                p += 1
                inNumber = false
            }
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            if checkNFC && !Normalization.isNFCStable(v) { return nil }
            tmp[t] = v
            t += 1
            if v >= 0x30 && v <= 0x39 {
                if !inNumber {
                    close()
                    out[p] = numberMark
                    countSlot = p + 1
                    p += 2
                    digitCount = 0
                    inNumber = true
                }
                if digitCount == 0 && v == 0x30 { continue }
                out[p] = v - 0x30
                p += 1
                digitCount += 1
                continue
            }
            let info = table.info(v)
            if info != 0 {
                if !inWord { close(); inWord = true }
                out[p] = letterBase + UInt32(LetterTable.code(info))
                p += 1
                let letterTone = LetterTable.tone(info)
                if letterTone != 0 { tone = UInt32(letterTone) }
                tmp[c] = LetterTable.isUpper(info) ? 2 : 1
                c += 1
                continue
            }
            if LetterTable.isApostrophe(v) { continue }
            if v < 0x80 { close(); continue }
            if LetterTable.isCombiningMark(v) {
                // Marks NFC could not compose (on an unusual base) still carry tone and letter identity.
                guard inWord else { continue }
                let markTone = LetterTable.toneOfMark(v)
                if markTone != 0 {
                    tone = UInt32(markTone)
                } else if out[p - 1] >= letterBase, out[p - 1] < otherLetterBase,
                          let marked = LetterTable.applyVowelMark(v, to: Int(out[p - 1] - letterBase)) {
                    out[p - 1] = letterBase + UInt32(marked)
                }
                continue
            }
            if scalar.properties.isAlphabetic {
                if !inWord { close(); inWord = true }
                out[p] = otherLetterBase + (scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? v)
                p += 1
                tmp[c] = scalar.properties.isUppercase ? 2 : 1
                c += 1
                continue
            }
            close()
        }
        close()
        out[p] = 0
        p += 1
        (out + p).update(from: tmp, count: c)
        p += c
        out[p] = 0
        p += 1
        (out + p).update(from: tmp + bound, count: t - bound)
        p += t - bound
        return p
    }
}

extension Sequence {
    /// The elements in Vietnamese dictionary order of `name`; computes each key once, not per comparison.
    public func sortedVietnamese(by name: (Element) -> String) -> [Element] {
        let items = Array(self)
        // Equal names keep their input order.
        return VietCollation.sortedOrder(items.map(name)).map { items[$0] }
    }
}

extension Sequence where Element == String {
    /// The strings in Vietnamese dictionary order.
    public func sortedVietnamese() -> [String] {
        sortedVietnamese(by: { $0 })
    }
}
