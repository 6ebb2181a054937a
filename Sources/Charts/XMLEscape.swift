import VietText

/// The product's one escaper for markup built in Swift (SVG, the feed, the sitemap, HTML fragments);
/// templates escape through the template engine.
public enum XMLText {
    public static func escape(_ text: String) -> String { xmlEscape(text) }
    /// `escape(text)` appended as UTF-8.
    public static func append(_ text: String, to out: inout ByteBuffer) { appendXMLEscaped(text, to: &out) }
}

/// Escapes text for XML content and attribute values; drops control characters XML cannot carry.
func xmlEscape(_ text: String) -> String {
    // Most labels need nothing: one pass over the bytes and the string is returned as it is.
    if !needsEscaping(text) { return text }
    return xmlEscapeByScalar(text)
}

/// The rule itself, scalar by scalar, for text the byte scan found something in.
func xmlEscapeByScalar(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\t", "\n", "\r": out.unicodeScalars.append(" ")
        default:
            // C0/C1 controls and U+FFFE/U+FFFF are not allowed in XML 1.0 documents.
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xFFFE || v == 0xFFFF { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// `xmlEscape(text)` appended as UTF-8, without a String in between when nothing needs escaping.
func appendXMLEscaped<Sink: ByteSink>(_ text: String, to out: inout Sink) {
    var text = text
    let plain = text.withUTF8 { bytes in
        if needsEscaping(bytes) { return false }
        out.append(contentsOf: bytes)
        return true
    }
    if !plain { out.append(utf8: xmlEscapeByScalar(text)) }
}

private func needsEscaping(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(needsEscaping)
}

/// True when a byte could start a character that `xmlEscape` replaces or drops: the five
/// specials, C0 controls and DEL, C1 controls (UTF-8 C2 80–9F) and U+FFFE/U+FFFF (EF BF BE/BF).
private func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    // Eight bytes at a time up to the first word that holds a byte any such character starts with
    // (the specials, controls, DEL and the lead bytes C2 and EF); Vietnamese letters start with
    // other bytes, so most labels are passed over word by word. From there on, byte by byte.
    var start = 0
    while start + 8 <= utf8.count, !mayStartEscape(ByteWord.load(utf8, at: start)) {
        start += 8
    }
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for b in UnsafeBufferPointer(rebasing: utf8[start...]) {
        switch b {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x00..<0x20, 0x7F: return true
        case 0x80...0x9F where previous == 0xC2: return true
        case 0xBE...0xBF where previous == 0xBF && beforePrevious == 0xEF: return true
        default: break
        }
        beforePrevious = previous
        previous = b
    }
    return false
}

/// Whether a byte of the word is one `needsEscaping` looks at first (exact about whether there is one).
@inline(__always)
func mayStartEscape(_ word: UInt64) -> Bool {
    ByteWord.below(word, 0x20) | ByteWord.equal(word, 0x26) | ByteWord.equal(word, 0x3C) | ByteWord.equal(word, 0x3E)
        | ByteWord.equal(word, 0x22) | ByteWord.equal(word, 0x27) | ByteWord.equal(word, 0x7F)
        | ByteWord.equal(word, 0xC2) | ByteWord.equal(word, 0xEF) != 0
}

/// Keeps an id prefix usable inside `aria-labelledby` lists and `url(#…)` references:
/// only ASCII letters, digits, `-` and `_` survive, anything else becomes `-`.
func sanitizedID(_ id: String) -> String {
    var changed = false
    var bytes: [UInt8] = []
    bytes.reserveCapacity(id.utf8.count)
    for b in id.utf8 {
        switch b {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x2D, 0x5F:
            bytes.append(b)
        case 0x80...0xBF:
            // A continuation byte: its scalar's lead byte already wrote the one `-`.
            changed = true
        default:
            bytes.append(0x2D)
            changed = true
        }
    }
    if bytes.isEmpty { return "chart" }
    return changed ? String(decoding: bytes, as: UTF8.self) : id
}
