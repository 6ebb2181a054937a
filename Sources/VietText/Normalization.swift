import Foundation

enum Normalization {
    /// NFC of `s`, skipping Foundation when every scalar is one that NFC never changes (the usual case).
    static func nfc(_ s: String) -> String {
        var text = s
        return text.withUTF8(isNFCStable) ? s : s.precomposedStringWithCanonicalMapping
    }

    /// `isNFCStable` for every scalar of valid UTF-8, decoded from the bytes in place: the text of a
    /// whole national site is checked, and going through `unicodeScalars` was most of the time.
    ///
    /// Read from the bytes without decoding: every byte below CC is ASCII, a continuation byte or the
    /// lead of a scalar below U+0300; the only stable scalars above are three-byte ones in the ranges
    /// below. Eight bytes at a time while none is CC or above.
    static func isNFCStable(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = ByteWord.load(b, at: i)
                // A byte is CC or above when its high bit is set and its low seven bits plus 34
                // reach 80 (no carry crosses bytes: at most 7F + 34).
                if ((word & ~ByteWord.high) &+ 0x3434_3434_3434_3434) & word & ByteWord.high == 0 {
                    i += 8
                    continue
                }
            }
            let x = b[i]
            if x < 0xCC {
                i += 1
                continue
            }
            // CC–DF lead U+0300–U+07FF and F0–F4 lead U+10000 and up: none is stable.
            guard x >= 0xE0, x < 0xF0, i + 2 < n else { return false }
            let y = b[i + 1], z = b[i + 2]
            let stable = (x == 0xE1 && y >= 0xB8 && y <= 0xBB)                        // U+1E00–U+1EFF
                || (x == 0xE2 && y == 0x80 && z >= 0x90 && z <= 0xA7)                // U+2010–U+2027
                || (x == 0xE2 && y == 0x82 && (z == 0xAB || z == 0xAC))              // U+20AB, U+20AC
            if !stable { return false }
            i += 3
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
