import Foundation

/// Reads HTML (or SVG/XML) the way a browser splits it into tags, so a test can look at real tags and
/// attributes only: `&lt;script&gt;` in text is not a tag, `<script>` is, wherever it sits.
struct MarkupTag: CustomStringConvertible {
    var name: String
    var attributes: [(name: String, value: String)]
    var isClosing: Bool

    func value(_ attribute: String) -> String? { attributes.first { $0.name == attribute }?.value }
    var description: String { (isClosing ? "</" : "<") + name + attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">" }
}

enum MarkupScanner {
    /// Every start and end tag, in order. Comments, doctypes and the bodies of script/style are skipped.
    static func tags(in text: String) -> [MarkupTag] {
        let s = Array(text.unicodeScalars)
        var out: [MarkupTag] = []
        var i = 0
        func starts(_ prefix: String, at k: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard k + p.count <= s.count else { return false }
            for j in 0..<p.count where lower(s[k + j]) != p[j] { return false }
            return true
        }
        func skip(past terminator: String, from k: Int) -> Int {
            var k = k
            while k < s.count, !starts(terminator, at: k) { k += 1 }
            return min(s.count, k + terminator.unicodeScalars.count)
        }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else { i += 1; continue }
            if starts("<!--", at: i) { i = skip(past: "-->", from: i + 4); continue }
            if s[i + 1] == "!" || s[i + 1] == "?" { i = skip(past: ">", from: i + 2); continue }
            let closing = s[i + 1] == "/"
            var k = i + (closing ? 2 : 1)
            guard k < s.count, isLetter(s[k]) else { i += 1; continue }
            var name = ""
            while k < s.count, !isSpace(s[k]), s[k] != ">", s[k] != "/" { name.unicodeScalars.append(lower(s[k])); k += 1 }
            var attributes: [(String, String)] = []
            while k < s.count, s[k] != ">" {
                if isSpace(s[k]) || s[k] == "/" { k += 1; continue }
                var attr = ""
                while k < s.count, !isSpace(s[k]), s[k] != "=", s[k] != ">", !(s[k] == "/" && attr.isEmpty) {
                    attr.unicodeScalars.append(lower(s[k])); k += 1
                }
                while k < s.count, isSpace(s[k]) { k += 1 }
                var value = ""
                if k < s.count, s[k] == "=" {
                    k += 1
                    while k < s.count, isSpace(s[k]) { k += 1 }
                    if k < s.count, s[k] == "\"" || s[k] == "'" {
                        let quote = s[k]
                        k += 1
                        while k < s.count, s[k] != quote { value.unicodeScalars.append(s[k]); k += 1 }
                        k += 1
                    } else {
                        while k < s.count, !isSpace(s[k]), s[k] != ">" { value.unicodeScalars.append(s[k]); k += 1 }
                    }
                }
                if !attr.isEmpty { attributes.append((attr, decodeEntities(value))) }
            }
            out.append(MarkupTag(name: name, attributes: attributes, isClosing: closing))
            i = k + 1
            // Raw-text elements: their content is not markup (a browser looks only for the end tag).
            if !closing, name == "script" || name == "style" { i = skip(past: "</\(name)", from: i) - "</\(name)".count }
        }
        return out
    }

    /// One level of entity decoding, as an attribute value is read.
    static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semi = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semi) <= 10 else {
                out += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = String(rest[rest.index(after: rest.startIndex)..<semi])
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n"]
            var decoded: String?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if entity.hasPrefix("#") {
                decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[entity.lowercased()]
            }
            if let d = decoded {
                out += d
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    /// `javascript:` and friends as a browser reads a URL attribute: spaces and controls before it,
    /// tabs and line breaks inside it and letter case do not matter.
    static func isScriptURL(_ value: String) -> Bool {
        var head = ""
        var started = false
        for u in value.unicodeScalars {
            if !started && u.value <= 0x20 { continue }
            started = true
            if u == "\t" || u == "\n" || u == "\r" { continue }
            head.unicodeScalars.append(lower(u))
            if head.count >= 16 { break }
        }
        return head.hasPrefix("javascript:") || head.hasPrefix("vbscript:") || head.hasPrefix("data:text/html")
            || (head.hasPrefix("data:") && !head.hasPrefix("data:image/"))
    }

    private static func lower(_ u: Unicode.Scalar) -> Unicode.Scalar {
        (u.value >= 0x41 && u.value <= 0x5A) ? Unicode.Scalar(u.value + 0x20)! : u
    }
    private static func isLetter(_ u: Unicode.Scalar) -> Bool { (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
    private static func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{0C}" }
}

/// RFC 4180 reading of a downloaded CSV file (BOM dropped), for checking each cell.
enum CSVCells {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(cell); cell = ""
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            } else {
                cell.append(c)
            }
            i += 1
        }
        return rows
    }
}
