import VietText

/// HTML escaping with exactly swift-mustache 2.1.1's result (`String.htmlEscape`): `&`, `<`, `>`,
/// `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`; nothing else changes.
///
/// swift-mustache compares whole grapheme clusters, so a `<` that combines with a neighbouring
/// scalar (a combining mark after it, a prepend mark before it) is a different character and stays
/// as it is. Such a cluster always has a non-ASCII byte right next to the ASCII one; only then does
/// this fall back to going character by character. Otherwise it works on UTF-8 bytes and copies
/// runs without anything to escape in one go.
enum HTMLEscape {
    static func append<Sink: ByteSink>(_ text: String, to out: inout Sink) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &out) }
    }

    /// `append` of a String's UTF-8 bytes.
    static func append<Sink: ByteSink>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink) {
        guard let first = firstSpecial(bytes) else {
            out.append(contentsOf: bytes)
            return
        }
        if touchesNonASCII(bytes, from: first) {
            appendByCharacter(String(decoding: bytes, as: UTF8.self), to: &out)
            return
        }
        var runStart = 0
        for i in first..<bytes.count where isSpecial(bytes[i]) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            out.append(bytes: replacement(bytes[i]))
            runStart = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// The index of the first special byte: eight bytes at a time, since most text has none.
    private static func firstSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i + 8 <= bytes.count {
            let w = ByteWord.load(bytes, at: i)
            if ByteWord.equal(w, 0x26) | ByteWord.equal(w, 0x3C) | ByteWord.equal(w, 0x3E) | ByteWord.equal(w, 0x22)
                | ByteWord.equal(w, 0x27) != 0 { break }
            i += 8
        }
        while i < bytes.count {
            if isSpecial(bytes[i]) { return i }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func isSpecial(_ b: UInt8) -> Bool {
        b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27
    }

    private static func touchesNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> Bool {
        for i in first..<bytes.count where isSpecial(bytes[i]) {
            if i > 0 && bytes[i - 1] >= 0x80 { return true }
            if i + 1 < bytes.count && bytes[i + 1] >= 0x80 { return true }
        }
        return false
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)

    private static func replacement(_ b: UInt8) -> [UInt8] {
        switch b {
        case 0x26: return amp
        case 0x3C: return lt
        case 0x3E: return gt
        case 0x22: return quot
        default: return apos
        }
    }

    /// The grapheme-by-grapheme rule, for text where a special character might be part of a cluster.
    static func appendByCharacter<Sink: ByteSink>(_ text: String, to out: inout Sink) {
        for c in text {
            switch c {
            case "&": out.append(bytes: amp)
            case "<": out.append(bytes: lt)
            case ">": out.append(bytes: gt)
            case "\"": out.append(bytes: quot)
            case "'": out.append(bytes: apos)
            default: for b in c.utf8 { out.append(b) }
            }
        }
    }
}
