import Foundation

/// Decides what non-UTF-8 bytes are: Windows-1258 Vietnamese is decoded; TCVN3, VNI and anything
/// else are refused by name, because a wrong guess would put mojibake on the site.
enum LegacyDetection {
    static func decode(_ bytes: [UInt8], firstInvalidLine: Int) -> Result<DecodedText, TextDecodingError> {
        if let text = windows1258(bytes) {
            return .success(DecodedText(text: text, encoding: .windows1258))
        }
        if let name = legacyName(bytes) {
            return .failure(refusal(name))
        }
        return .failure(TextDecodingError(encodingName: "unknown", message:
            "Không nhận ra bảng mã của tệp: không phải UTF-8, cũng không phải tiếng Việt Windows-1258 (byte lạ đầu tiên ở dòng \(firstInvalidLine)). "
            + VietTextDecoder.reExport))
    }

    /// Valid UTF-8 whose characters are TCVN3 or VNI font codes saved as Unicode ("Hµ Néi", "Haø Noäi"):
    /// the name of that encoding, nil for ordinary text.
    static func fontEncodedName(_ text: String) -> String? {
        var latin1: [UInt8] = []
        var high = false
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x100 else { return nil }
            if scalar.value >= 0x80 { high = true }
            latin1.append(UInt8(scalar.value))
        }
        guard high else { return nil }
        let asIs = SyllablePlausibility.score(text)
        guard asIs.strange > 0 || asIs.invalid > 0 else { return nil }
        return legacyName(latin1)
    }

    static func refusal(_ name: String) -> TextDecodingError {
        let source = name == "TCVN3" ? "TCVN3 (ABC, phông .VnTime)" : "VNI Windows (phông VNI-Times)"
        return TextDecodingError(encodingName: name, message:
            "Tệp dùng bảng mã \(source), chương trình chỉ đọc Unicode. Chuyển mã bằng Unikey (Công cụ chuyển mã, nguồn \(name == "TCVN3" ? "TCVN3 (ABC)" : "VNI Windows"), đích Unicode), rồi Lưu dưới dạng CSV UTF-8 và chạy lại.")
    }

    /// The text when `bytes` read as Windows-1258 are plausibly Vietnamese, nil otherwise.
    static func windows1258(_ bytes: [UInt8]) -> String? {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(bytes.count)
        for b in bytes {
            guard b >= 0x80 else { out.append(Unicode.Scalar(b)); continue }
            let v = UInt32(LegacyTables.windows1258[Int(b) - 0x80])
            guard v != 0, let scalar = Unicode.Scalar(v) else { return nil }
            if !scalar.properties.isAlphabetic && !LetterTable.isCombiningMark(v) && !LegacyTables.isCommonSymbol1258(b) {
                return nil
            }
            out.append(scalar)
        }
        let text = String(out).precomposedStringWithCanonicalMapping
        let score = SyllablePlausibility.score(text)
        // A rare foreign word is tolerated in a long file, none in a short one.
        guard score.strange == 0, score.invalid * 100 <= score.checked else { return nil }
        return text
    }

    /// "TCVN3" or "VNI" when the bytes read well in that encoding, nil when neither does.
    static func legacyName(_ bytes: [UInt8]) -> String? {
        let vni = VNIDecoding.decode(bytes)
        var vniScore = SyllablePlausibility.score(vni.text.precomposedStringWithCanonicalMapping)
        vniScore.strange += vni.unknown
        var tcvnScore = PlausibilityScore()
        var tcvnText = String.UnicodeScalarView()
        for b in bytes {
            if b < 0x80 { tcvnText.append(Unicode.Scalar(b)); continue }
            let v = UInt32(LegacyTables.tcvn3[Int(b) - 0x80])
            if v == 0 { tcvnScore.strange += 1; tcvnText.append("\u{FFFD}") } else { tcvnText.append(Unicode.Scalar(v)!) }
        }
        let tcvnWords = SyllablePlausibility.score(String(tcvnText).precomposedStringWithCanonicalMapping)
        tcvnScore.checked = tcvnWords.checked
        tcvnScore.invalid = tcvnWords.invalid
        tcvnScore.unusual = tcvnWords.unusual
        tcvnScore.strange += tcvnWords.strange

        func plausible(_ s: PlausibilityScore) -> Bool {
            s.checked > 0 && s.strange == 0 && s.invalid * 10 <= s.checked && (s.invalid + s.unusual) * 2 <= s.checked
        }
        switch (plausible(tcvnScore), plausible(vniScore)) {
        case (true, false): return "TCVN3"
        case (false, true): return "VNI"
        case (true, true):
            // The right reading spells more words the standard way.
            let tcvnOdd = tcvnScore.invalid + tcvnScore.unusual, vniOdd = vniScore.invalid + vniScore.unusual
            return tcvnOdd * vniScore.checked <= vniOdd * tcvnScore.checked ? "TCVN3" : "VNI"
        case (false, false): return nil
        }
    }
}

/// UTF-8 text that was read as Windows-1252 and saved again ("Hà Nội" → "HÃ  Ná»™i").
enum DoubleEncoding {
    /// A short piece of mangled text when the file looks double-encoded, nil otherwise.
    static func sample(in text: String) -> String? {
        if !mayBeMangled(text) { return nil }
        let s = Array(text.unicodeScalars)
        var hits = 0, genuine = 0
        var firstHit: Int?
        var i = 0
        while i < s.count {
            if let length = mangledLength(s, at: i) {
                hits += 1
                if firstHit == nil { firstHit = i }
                i += length
                continue
            }
            let v = s[i].value
            if v >= 0xC0, case let info = LetterTable.info(v), info != 0, !LetterTable.hasForeignMark(info) { genuine += 1 }
            i += 1
        }
        guard hits >= 2, hits > genuine, let first = firstHit else { return nil }
        let from = max(0, first - 6)
        return String(String.UnicodeScalarView(s[from..<min(s.count, first + 10)]))
    }

    /// False when no U+00C2–U+00EF is followed by a scalar that reads back as a byte 80–BF
    /// (U+0080–U+00BF or a Windows-1252 letter or sign): then no mangled sequence can start anywhere.
    /// One pass over the bytes instead of an array of every scalar of every file.
    static func mayBeMangled(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i + 2 < b.count {
                // Eight bytes without a C3 start no sequence: skipped at once.
                if i + 8 <= b.count, ByteWord.equal(ByteWord.load(b, at: i), 0xC3) == 0 {
                    i += 8
                    continue
                }
                // U+00C2–U+00EF is C3 82–C3 AF.
                if b[i] == 0xC3, b[i + 1] >= 0x82, b[i + 1] <= 0xAF {
                    let next = b[i + 2]
                    // U+0080–U+00BF is C2 xx; the Windows-1252 extras start with C5, C6, CB or E2.
                    if next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2 { return true }
                    i += 2
                } else {
                    i += 1
                }
            }
            return false
        }
    }

    // How many scalars, read back as Windows-1252 bytes, form one UTF-8 sequence of a Vietnamese letter or tone.
    private static func mangledLength(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard let b0 = byte(s[i].value), b0 >= 0xC2, b0 <= 0xEF else { return nil }
        let need = b0 >= 0xE0 ? 2 : 1
        guard i + need < s.count else { return nil }
        var code = UInt32(b0 & (need == 1 ? 0x1F : 0x0F))
        for k in 1...need {
            guard let b = byte(s[i + k].value), b >= 0x80, b <= 0xBF else { return nil }
            code = code << 6 | UInt32(b & 0x3F)
        }
        let info = LetterTable.info(code)
        let isVietnamese = (code >= 0xC0 && info != 0 && !LetterTable.hasForeignMark(info)) || LetterTable.toneOfMark(code) != 0
        return isVietnamese ? need + 1 : nil
    }

    private static func byte(_ v: UInt32) -> UInt8? {
        if v < 0x100 { return UInt8(v) }
        return cp1252[v]
    }

    private static let cp1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
