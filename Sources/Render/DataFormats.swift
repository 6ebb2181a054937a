import Foundation
import VietText

/// CSV for download: UTF-8 with BOM so Excel opens Vietnamese correctly, CRLF, RFC 4180 quoting.
/// Text cells that a spreadsheet would run as a formula are neutralised; numbers stay numbers.
/// Rows go straight into UTF-8 bytes: a national table (tens of MB) never exists as a String too.
public struct CSVDocument {
    /// The rows written so far; `finish()` hands them over.
    private var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// The row being written, added to `bytes` whole at its end: one append to the table per row
    /// instead of one per cell (Array's generic append cost about 100 instructions a call).
    private var row = ByteBuffer(capacity: 256)
    private var capacity: ExtrapolatedCapacity?

    /// `expectedRows`, when known, sizes the bytes once (see `ExtrapolatedCapacity`).
    public init(header: [String], expectedRows: Int? = nil) {
        append(header)
        capacity = expectedRows.map { ExtrapolatedCapacity(total: $0) }
    }

    /// Whether the row being written has a cell yet (the next one then gets its comma).
    private var rowStarted = false

    public mutating func append(_ cells: [String]) {
        for raw in cells { cell(raw) }
        endRow()
    }

    /// The next cell of the row being written: tables of 400,000 rows are written cell by cell, with no
    /// array of Strings per row and, for the usual cell, no String of its own.
    public mutating func cell(_ raw: String) {
        startCell()
        var raw = raw
        let plain = raw.withUTF8 { utf8 in
            if let first = utf8.first, Self.startsFormula(first) { return false }
            if utf8.contains(where: Self.needsQuotes) { return false }
            row.append(contentsOf: utf8)
            return true
        }
        if !plain { Self.appendCell(raw, to: &row) }
    }

    /// `cell(String(value))` without the String: a whole number is never quoted nor prefixed.
    public mutating func cell(decimal value: Int) {
        startCell()
        row.append(decimal: value)
    }

    /// The comma before every cell of a row but its first.
    private mutating func startCell() {
        if rowStarted { row.append(0x2C) }
        rowStarted = true
    }

    /// `,` `"` LF CR `;` as bits of a word: a cell with any of them is quoted.
    private static let quotedBytes: UInt64 = 1 << 0x2C | 1 << 0x22 | 1 << 0x0A | 1 << 0x0D | 1 << 0x3B

    @inline(__always)
    static func needsQuotes(_ byte: UInt8) -> Bool { byte < 0x40 && (quotedBytes >> UInt64(byte)) & 1 != 0 }

    public mutating func endRow() {
        row.append(0x0D)
        row.append(0x0A)
        rowStarted = false
        bytes.appendGrowingGently(row)
        row.removeAll()
        capacity?.rowDone(&bytes)
    }

    /// The table; the document is not used after this.
    public mutating func finish() -> [UInt8] {
        row.deallocate()
        return bytes
    }

    static func cell(_ raw: String) -> String {
        var bytes: [UInt8] = []
        appendCell(raw, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The cell as written: a formula's start neutralised with `'`, then quoted with its quotes
    /// doubled when it holds a byte that needs quoting. Byte by byte: Foundation's
    /// `replacingOccurrences` took about 28,000 instructions per quoted commendation cell.
    static func appendCell<Sink: ByteSink>(_ raw: String, to bytes: inout Sink) {
        let prefixed = raw.utf8.first.map(Self.startsFormula) == true && !isPlainNumber(raw)
        var raw = raw
        raw.withUTF8 { utf8 in
            // Bytes, not Characters: "\r\n" is one Character and would hide both of its line breaks.
            let quoted = utf8.contains(where: needsQuotes)
            if quoted { bytes.append(0x22) }
            if prefixed { bytes.append(0x27) }
            if quoted {
                for byte in utf8 {
                    if byte == 0x22 { bytes.append(0x22) }
                    bytes.append(byte)
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
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
public enum JSON: Sendable {
    // Not `indirect`: arrays already hold their elements out of line, and an indirect case would
    // allocate a box for every number and string of a national table.
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
        var out: [UInt8] = []
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `[a,b,…]` as UTF-8, written item by item: the same bytes as `.array(items.map(item)).text`,
    /// without every row of a national table existing as JSON values, or as one String, at once.
    public static func arrayBytes<S: Sequence>(_ items: S, _ item: (S.Element) -> JSON) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        var scratch: [UInt8] = []
        for element in items {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            scratch.removeAll(keepingCapacity: true)
            item(element).write(into: &scratch)
            out.appendGrowingGently(scratch)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, v) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.quote(k, into: &out)
                out.append(UInt8(ascii: ":"))
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Whether a byte is below 0x20 or one of `"`, `\\`, `<`, `>`, `&` and 0xE2; eight bytes at a time,
    /// as most values (names, codes, figures) have none.
    private static func mayNeedEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 8 <= bytes.count {
            let w = ByteWord.load(bytes, at: i)
            if ByteWord.below(w, 0x20) | ByteWord.equal(w, 0x22) | ByteWord.equal(w, 0x5C) | ByteWord.equal(w, 0x3C)
                | ByteWord.equal(w, 0x3E) | ByteWord.equal(w, 0x26) | ByteWord.equal(w, 0xE2) != 0 { return true }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2 { return true }
            i += 1
        }
        return false
    }

    /// Escapes `<`, `>` and `&` too, so JSON embedded in a page can never close a script element.
    static func quote<Sink: ByteSink>(_ s: String, into out: inout Sink) {
        out.append(UInt8(ascii: "\""))
        var s = s
        // Most values need no escape at all (0xE2 leads U+2028 and U+2029): append them whole.
        let plain = s.withUTF8 { bytes in
            if mayNeedEscape(bytes) { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if !plain {
            // Byte by byte: every byte that needs an escape is ASCII, except U+2028 and U+2029
            // (E2 80 A8, E2 80 A9); the rest of a multi-byte character is copied as it is.
            s.withUTF8 { bytes in
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    switch b {
                    case 0x22: out.append(0x5C); out.append(0x22)
                    case 0x5C: out.append(0x5C); out.append(0x5C)
                    case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                    case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                    case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                    case 0x3C: out.append(utf8: "\\u003c")
                    case 0x3E: out.append(utf8: "\\u003e")
                    case 0x26: out.append(utf8: "\\u0026")
                    case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                        out.append(utf8: bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                        i += 2
                    case ..<0x20:
                        let hex = Array("0123456789abcdef".utf8)
                        out.append(utf8: "\\u00")
                        out.append(hex[Int(b >> 4)])
                        out.append(hex[Int(b & 0xF)])
                    default:
                        out.append(b)
                    }
                    i += 1
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

enum JSONNumber {
    static func text(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}

/// Reserves a growing table's final size once, from its first rows, where the number of rows is
/// known: each growth by a quarter copies the whole buffer and holds both copies for a moment, and
/// at four times the national fixture the commendations JSON is 60 MB, the largest memory of a build.
struct ExtrapolatedCapacity {
    private let total: Int
    private let sampleAt: Int
    private var done = 0

    init(total: Int) {
        self.total = total
        sampleAt = Swift.max(256, total / 32)
    }

    mutating func rowDone(_ bytes: inout [UInt8]) {
        done += 1
        guard done == sampleAt, total > done else { return }
        // Rows are alike in length; 4 % more covers the variation, and an underestimate only
        // means growing by a quarter near the end, as without an estimate.
        let estimate = Double(bytes.count) * Double(total) / Double(done) * 1.04
        bytes.reserveCapacity(Int(estimate) + 4096)
    }
}

extension Array where Element == UInt8 {
    /// Room for `extra` more bytes, growing by a quarter instead of doubling: a national table is tens
    /// of MB, and doubling holds the old buffer and one twice its size at once.
    mutating func reserveGently(_ extra: Int) {
        if count + extra > capacity { reserveCapacity(Swift.max(count + extra, capacity + capacity / 4 + 4096)) }
    }

    mutating func appendGrowingGently(_ bytes: [UInt8]) {
        reserveGently(bytes.count)
        append(contentsOf: bytes)
    }

    /// A row written in a `ByteBuffer`, added the same way.
    mutating func appendGrowingGently(_ row: ByteBuffer) {
        reserveGently(row.count)
        row.withBytes { append(contentsOf: $0) }
    }
}
