/// The product's one escaper for markup built in Swift (SVG, the feed, the sitemap, HTML fragments);
/// templates escape through the template engine.
public enum XMLText {
    public static func escape(_ text: String) -> String { xmlEscape(text) }
}

/// Escapes text for XML content and attribute values; drops control characters XML cannot carry.
func xmlEscape(_ text: String) -> String {
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

/// Keeps an id prefix usable inside `aria-labelledby` lists and `url(#…)` references:
/// only ASCII letters, digits, `-` and `_` survive, anything else becomes `-`.
func sanitizedID(_ id: String) -> String {
    var out = ""
    for scalar in id.unicodeScalars {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
        default: out += "-"
        }
    }
    return out.isEmpty ? "chart" : out
}
