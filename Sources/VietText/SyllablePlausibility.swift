/// How much a decoded text looks like written Vietnamese; tells a right guess of a legacy encoding
/// from mojibake (VNI read as Windows-1258 gives "Haø", TCVN3 gives "Hµ Néi").
struct PlausibilityScore {
    /// Words holding at least one non-ASCII letter or mark.
    var checked = 0
    /// Words no Vietnamese text contains: two tones, a tone on a consonant, a foreign mark (ö), or a
    /// pair that is a VNI mark read as a letter ("aù", "oâ").
    var invalid = 0
    /// Words outside standard spelling (unknown vowel groups, tone in an odd place). Names of
    /// ethnic-minority places have many (Lêê, Kuăng, Đakrông), so this only ranks candidates.
    var unusual = 0
    /// Letters outside Vietnamese (µ, ª, Œ…).
    var strange = 0
}

enum SyllablePlausibility {
    enum Verdict { case valid, unusual, invalid }

    static func score(_ text: String) -> PlausibilityScore {
        var score = PlausibilityScore()
        var word: [Unicode.Scalar] = []
        var hasNonASCII = false

        func closeWord() {
            if hasNonASCII {
                score.checked += 1
                switch verdict(word) {
                case .valid: break
                case .unusual: score.unusual += 1
                case .invalid: score.invalid += 1
                }
            }
            word.removeAll(keepingCapacity: true)
            hasNonASCII = false
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            if LetterTable.info(v) != 0 || LetterTable.isCombiningMark(v) {
                word.append(scalar)
                if v >= 0x80 { hasNonASCII = true }
            } else {
                closeWord()
                if v >= 0x80 && scalar.properties.isAlphabetic { score.strange += 1 }
            }
        }
        closeWord()
        return score
    }

    private struct Letter { var code: Int; var tone: Int }

    static func verdict(_ word: [Unicode.Scalar]) -> Verdict {
        var letters: [Letter] = []
        for scalar in word {
            let v = scalar.value
            let info = LetterTable.info(v)
            if info != 0 {
                if LetterTable.hasForeignMark(info) { return .invalid }
                letters.append(Letter(code: LetterTable.code(info), tone: LetterTable.tone(info)))
                continue
            }
            guard let last = letters.last else { return .invalid }
            let tone = LetterTable.toneOfMark(v)
            if tone != 0 {
                guard LetterTable.isVowel(last.code), last.tone == 0 else { return .invalid }
                letters[letters.count - 1].tone = tone
            } else if let marked = LetterTable.applyVowelMark(v, to: last.code) {
                letters[letters.count - 1].code = marked
            } else {
                return .invalid
            }
        }
        if letters.filter({ $0.tone != 0 }).count > 1 { return .invalid }
        for i in letters.indices.dropFirst() where isVNIMarkPair(letters[i - 1], letters[i]) { return .invalid }

        // consonants, one vowel group, consonants
        guard let firstVowel = letters.firstIndex(where: { LetterTable.isVowel($0.code) }) else {
            return letters.allSatisfy { $0.tone == 0 } ? .valid : .invalid // abbreviations such as HĐND, QĐ
        }
        var end = firstVowel
        while end < letters.count && LetterTable.isVowel(letters[end].code) { end += 1 }
        let finals = letters[end...]
        if finals.contains(where: { LetterTable.isVowel($0.code) }) { return .unusual }
        var vowels = Array(letters[firstVowel..<end])

        // In qu- and gi- the u and i belong to the initial (quý, già), so the nucleus starts after them.
        if vowels.count >= 2 && firstVowel == 1 {
            let initial = letters[0].code
            let glide = vowels[0].code
            if (initial == Int(LetterTable.codeQ) && glide == Int(LetterTable.codeU))
                || (initial == Int(LetterTable.codeG) && glide == Int(LetterTable.codeI)) {
                if vowels[0].tone != 0 { return .unusual }
                vowels.removeFirst()
            }
        }
        let cluster = String(String.UnicodeScalarView(vowels.map { LetterTable.alphabet[$0.code] }))
        let table = finals.isEmpty ? openClusters : closedClusters
        guard let positions = table[cluster] else { return .unusual }
        guard let toned = vowels.firstIndex(where: { $0.tone != 0 }) else { return .valid }
        return positions.contains(toned) ? .valid : .unusual
    }

    // VNI writes a base vowel then a mark byte; read as Windows-1258 the mark bytes F9 FA F5 E2 E1 E0 E3
    // EA E9 E8 become ù ú ơ â á à ă ê é è right after a plain vowel. Pairs Vietnamese really writes
    // (hoà, hoá, xoăn, khoẻ, thuở, quân, quá, huế) are left out.
    private static func isVNIMarkPair(_ first: Letter, _ second: Letter) -> Bool {
        guard first.tone == 0 else { return false }
        let isMarkLetter: Bool
        switch (second.code, second.tone) {
        // ù, ú, ơ, â, á, à, ă, ê, é, è as (letter code, tone)
        case (26, 1), (26, 4), (20, 0), (2, 0), (0, 4), (0, 1), (1, 0), (8, 0), (7, 4), (7, 1): isMarkLetter = true
        default: isMarkLetter = false
        }
        guard isMarkLetter else { return false }
        switch first.code {
        case 0, 7, 19: return true                                   // a, e, ô
        case 18: return ![0, 1, 7].contains(second.code)             // o (not oa, oă, oe)
        case 26: return second.code == 26                            // u
        case 31: return second.code == 26 || second.code == 20       // y
        default: return false
        }
    }

    // Vowel groups Vietnamese spelling allows, with the positions the tone mark may take.
    private static let openClusters: [String: [Int]] = {
        var t: [String: [Int]] = [:]
        for v in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] { t[v] = [0] }
        for v in ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
                  "ưa", "ưi", "ưu"] { t[v] = [0] }
        for v in ["oa", "oe", "uy"] { t[v] = [0, 1] }
        for v in ["uê", "uơ", "iê", "yê", "uô", "ươ", "uâ", "oă"] { t[v] = [1] }
        for v in ["oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uya", "uyu"] { t[v] = [1] }
        t["uyê"] = [2]
        return t
    }()

    private static let closedClusters: [String: [Int]] = {
        var t: [String: [Int]] = [:]
        for v in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] { t[v] = [0] }
        for v in ["oa", "oă", "oe", "uâ", "uê", "uy", "iê", "yê", "uô", "ươ", "oo"] { t[v] = [1] }
        t["uyê"] = [2]
        return t
    }()
}
