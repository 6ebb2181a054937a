import Foundation

/// CSV for download: UTF-8 with BOM so Excel opens Vietnamese correctly, CRLF, RFC 4180 quoting.
/// Text cells that a spreadsheet would run as a formula are neutralised; numbers stay numbers.
/// Rows go straight into UTF-8 bytes: a national table (tens of MB) never exists as a String too.
public struct CSVDocument {
    public private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(header: [String]) { append(header) }

    public mutating func append(_ cells: [String]) {
        bytes.appendGrowingGently(cells.map(Self.cell).joined(separator: ",") + "\r\n")
    }

    static func cell(_ raw: String) -> String {
        var s = raw
        if let first = s.utf8.first, Self.startsFormula(first), !isPlainNumber(s) {
            s = "'" + s
        }
        // Bytes, not Characters: "\r\n" is one Character and would hide both of its line breaks.
        if s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// `=`, `+`, `-`, `@`, tab or CR: what a spreadsheet may read as the start of a formula.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        default: return false
        }
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

    /// `[a,b,…]` as UTF-8, written item by item: the same bytes as `.array(items.map(item)).text`,
    /// without every row of a national table existing as JSON values, or as one String, at once.
    public static func arrayBytes<S: Sequence>(_ items: S, _ item: (S.Element) -> JSON) -> [UInt8] {
        arrayBytes { add in for element in items { add(item(element)) } }
    }

    /// `[…]` of the values that `body` hands over one at a time.
    static func arrayBytes(_ body: ((JSON) -> Void) -> Void) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        var scratch = ""
        body { value in
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            scratch.removeAll(keepingCapacity: true)
            value.write(into: &scratch)
            out.appendGrowingGently(scratch)
        }
        out.append(UInt8(ascii: "]"))
        return out
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
        // Most values need no escape at all (0xE2 leads U+2028 and U+2029): append them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
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

extension Array where Element == UInt8 {
    /// Appends `text` in UTF-8, growing by a quarter instead of doubling: a national table is tens of
    /// MB, and doubling holds the old buffer and one twice its size at once.
    mutating func appendGrowingGently(_ text: String) {
        let extra = text.utf8.count
        if count + extra > capacity { reserveCapacity(Swift.max(count + extra, capacity + capacity / 4 + 4096)) }
        append(contentsOf: text.utf8)
    }
}
