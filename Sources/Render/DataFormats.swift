import Foundation

/// CSV for download: UTF-8 with BOM so Excel opens Vietnamese correctly, CRLF, RFC 4180 quoting.
/// Text cells that a spreadsheet would run as a formula are neutralised; numbers stay numbers.
public struct CSVDocument {
    private var text = "\u{FEFF}"

    public init(header: [String]) { append(header) }

    public mutating func append(_ cells: [String]) {
        text += cells.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    public var bytes: [UInt8] { Array(text.utf8) }

    static func cell(_ raw: String) -> String {
        var s = raw
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(s) {
            s = "'" + s
        }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    static func isPlainNumber(_ s: String) -> Bool {
        var digits = 0
        for (i, c) in s.enumerated() {
            if c.isASCII && c.isNumber { digits += 1; continue }
            if c == "-" && i == 0 { continue }
            if c == "." { continue }
            return false
        }
        return digits > 0
    }
}

/// A JSON value with deterministic output (keys in the order given), so identical input gives
/// identical bytes.
public indirect enum JSON: Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    public static func num(_ d: Double) -> JSON { .number(JSONNumber.text(d)) }
    public static func int(_ i: Int) -> JSON { .number(String(i)) }
    public static func opt(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    public var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// `[a,b,…]` written item by item: the same text as `.array(items.map(item)).text`, without
    /// every row of a national table existing as JSON values at once.
    public static func arrayText<S: Sequence>(_ items: S, _ item: (S.Element) -> JSON) -> String {
        var out = ""
        writeArray(into: &out) { add in for element in items { add(item(element)) } }
        return out
    }

    /// `[…]` of the values that `body` hands over one at a time.
    static func writeArray(into out: inout String, _ body: ((JSON) -> Void) -> Void) {
        out += "["
        var first = true
        body { value in
            if !first { out += "," }
            first = false
            value.write(into: &out)
        }
        out += "]"
    }

    func write(into out: inout String) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .number(let n): out += n
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += "," }
                v.write(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += "," }
                Self.quote(k, into: &out)
                out += ":"
                v.write(into: &out)
            }
            out += "}"
        }
    }

    /// Escapes `<`, `>` and `&` too, so JSON embedded in a page can never close a script element.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        out += "\""
    }
}

enum JSONNumber {
    static func text(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
