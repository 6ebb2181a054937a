import Foundation

enum Normalization {
    /// NFC of `s`, skipping Foundation when every scalar is one that NFC never changes (the usual case).
    static func nfc(_ s: String) -> String {
        var text = s
        return text.withUTF8(isNFCStable) ? s : s.precomposedStringWithCanonicalMapping
    }

    /// `isNFCStable` for every scalar of valid UTF-8, decoded from the bytes in place: the text of a
    /// whole national site is checked, and going through `unicodeScalars` was most of the time.
    static func isNFCStable(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8ScalarValues.allSatisfy(b) { isNFCStable($0) }
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
