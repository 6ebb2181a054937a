/// URL segments from Vietnamese names.
public enum VietSlug {
    /// `[a-z0-9-]+` from `s`: marks stripped, đ → d, lowercase, apostrophes dropped, other runs → `-`
    /// ("Xã Đắk R'Moan" → "xa-dak-rmoan"). Letters with no Latin form become `u` + hex code
    /// ("中" → "u4e2d"). Empty only when `s` has no letter or digit.
    public static func make(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingDash = false

        func emit(_ bytes: some Sequence<UInt8>) {
            if pendingDash && !out.isEmpty { out.append(0x2D) }
            pendingDash = false
            out.append(contentsOf: bytes)
        }

        for scalar in s.unicodeScalars {
            let v = scalar.value
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) {
                emit(CollectionOfOne(UInt8(v)))
            } else if v >= 0x41 && v <= 0x5A {
                emit(CollectionOfOne(UInt8(v + 0x20)))
            } else if LetterTable.isApostrophe(v) || LetterTable.isCombiningMark(v) {
                continue
            } else if v < 0x80 {
                pendingDash = true
            } else if case let info = LetterTable.info(v), info != 0 {
                emit(CollectionOfOne(LetterTable.asciiBase[LetterTable.code(info)]))
            } else if let spelled = latinSpelling[v] {
                emit(spelled.utf8)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // A separate token keeps slugs readable and stable under a second pass.
                pendingDash = true
                emit(("u" + String(v, radix: 16)).utf8)
                pendingDash = true
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let latinSpelling: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o",
        0x142: "l", 0x141: "l", 0xF0: "d", 0xD0: "d", 0xFE: "th", 0xDE: "th", 0x131: "i",
    ]
}

/// Search folding: a query matches with or without marks.
public enum VietFold {
    /// `s` lowercased with every mark removed and đ → d; spaces, digits and punctuation kept as they are.
    public static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            } else if case let info = LetterTable.info(v), info != 0 {
                // Latin letters first (never marks): Vietnamese text is full of them, and asking a
                // scalar above U+036F whether it is a mark looks up its general category.
                out.append(LetterTable.asciiBase[LetterTable.code(info)])
            } else if v >= 0x2000 && v < 0x2070 {
                // General punctuation (dashes, quotes, spaces): neither a mark nor a letter.
                out.appendUTF8(scalar)
            } else if LetterTable.isCombiningMark(v) {
                continue
            } else if scalar.properties.isAlphabetic {
                // Rare outside Latin; Foundation handles other scripts' marks here.
                out.append(contentsOf: foldOther(scalar).utf8)
            } else {
                out.appendUTF8(scalar)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
