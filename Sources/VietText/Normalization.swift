import Foundation

enum Normalization {
    /// NFC of `s`, skipping Foundation when every scalar is one that NFC never changes (the usual case).
    static func nfc(_ s: String) -> String {
        var text = s
        if text.withUTF8(isCommonNFCStable) { return s }
        for scalar in s.unicodeScalars where !isNFCStable(scalar.value) {
            return s.precomposedStringWithCanonicalMapping
        }
        return s
    }

    /// True when every scalar is ASCII, U+0080–U+02FF or Latin Extended Additional (U+1E00–U+1EFF,
    /// the precomposed Vietnamese letters), told from the UTF-8 lead bytes: the text of a whole
    /// national site is checked, and decoding each scalar first was most of the time. False means
    /// "look closer" (`isNFCStable` scalar by scalar), not "not NFC".
    static func isCommonNFCStable(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let lead = b[i]
            if lead < 0x80 {
                i += 1
            } else if lead >= 0xC2 && lead <= 0xCB {
                i += 2
            } else if lead == 0xE1 && i + 1 < n && b[i + 1] >= 0xB8 && b[i + 1] <= 0xBB {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    // These ranges hold no combining marks, no singletons and nothing that composes with a preceding scalar.
    @inline(__always)
    static func isNFCStable(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x1E00 && v < 0x1F00) || (v >= 0x2010 && v < 0x2028) || v == 0x20AB || v == 0x20AC
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of `scalar`; building bytes and decoding once is much cheaper than
    /// appending scalars to a String one by one.
    @inline(__always)
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            append(UInt8(v))
        } else if v < 0x800 {
            append(UInt8(0xC0 | (v >> 6)))
            append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            append(UInt8(0xE0 | (v >> 12)))
            append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            append(UInt8(0x80 | (v & 0x3F)))
        } else {
            append(UInt8(0xF0 | (v >> 18)))
            append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
