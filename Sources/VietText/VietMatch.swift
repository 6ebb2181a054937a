/// Matching keys: two spellings of one name (Hòa/Hoà, KHÁNH HOÀ, NFD, ’ for ') get the same key; tones stay.
public enum VietMatch {
    /// The matching key of `s`: NFC, lowercase, tone of open oa/oe/uy syllables on the second vowel
    /// (hoà, khoẻ, thuỷ), apostrophes as `'`, every run of spaces and dashes as one space, trimmed.
    public static func key(_ s: String) -> String {
        let text = Normalization.nfc(s)
        let table = LetterTable.shared
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var syllable: [(code: Int, tone: Int)] = []
        var pendingSpace = false

        func flushSyllable() {
            guard !syllable.isEmpty else { return }
            moveToneOfOpenGlide(&syllable)
            for letter in syllable {
                if let s = LetterTable.composed(code: letter.code, tone: letter.tone, upper: false) { out.appendUTF8(s) }
            }
            syllable.removeAll(keepingCapacity: true)
        }

        func emit(_ scalars: some Sequence<Unicode.Scalar>) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            for s in scalars { out.appendUTF8(s) }
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            let info = table.info(v)
            if info != 0 && !LetterTable.hasForeignMark(info) {
                if pendingSpace { flushSyllable(); emit(EmptyCollection()) }
                syllable.append((LetterTable.code(info), LetterTable.tone(info)))
                continue
            }
            flushSyllable()
            if isSeparator(scalar) {
                pendingSpace = true
            } else if LetterTable.isApostrophe(v) {
                emit(CollectionOfOne("'"))
            } else if v < 0x80 {
                emit(CollectionOfOne(scalar)) // ASCII letters never get here, so nothing to lowercase
            } else {
                emit(scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        flushSyllable()
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x2D, 0x2010...0x2015, 0x2212: return true
        case 0x21...0x7F: return false
        default: return s.properties.isWhitespace
        }
    }

    // Old style writes hòa, khỏe, thủy; new style hoà, khoẻ, thuỷ. Only open syllables differ
    // (hoàng, thuyết, quý are written one way), so only a final oa/oe/uy moves its tone.
    private static func moveToneOfOpenGlide(_ s: inout [(code: Int, tone: Int)]) {
        let n = s.count
        guard n >= 2 else { return }
        let first = s[n - 2].code, second = s[n - 1].code
        let isGlidePair = (first == Int(LetterTable.codeO) && (second == Int(LetterTable.codeA) || second == Int(LetterTable.codeE)))
            || (first == Int(LetterTable.codeU) && second == Int(LetterTable.codeY))
        guard isGlidePair, s[n - 2].tone != 0, s[n - 1].tone == 0 else { return }
        if n >= 3 && LetterTable.isVowel(s[n - 3].code) { return }
        s[n - 1].tone = s[n - 2].tone
        s[n - 2].tone = 0
    }
}
