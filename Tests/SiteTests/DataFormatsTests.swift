import Foundation
@testable import Render
@testable import SiteOutput
import XCTest

/// Open-data cells and JSON strings, byte by byte.
final class DataFormatsTests: XCTestCase {
    func testCSVCellsQuoteEveryLineBreakAndNeutraliseFormulas() {
        let cases: [(raw: String, cell: String)] = [
            ("Hà Nội", "Hà Nội"), ("a\r\nb", "\"a\r\nb\""), ("a;b", "\"a;b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("=SUM(A1)", "'=SUM(A1)"), ("=1+2,3", "\"'=1+2,3\""), ("-12.5", "-12.5"), ("@x", "'@x"),
        ]
        for c in cases { XCTAssertEqual(CSVDocument.cell(c.raw), c.cell, c.raw.debugDescription) }
        var doc = CSVDocument(header: ["a", "b"])
        doc.append(["1", "x,y"])
        XCTAssertEqual(doc.finish(), Array("\u{FEFF}a,b\r\n1,\"x,y\"\r\n".utf8))
    }

    func testJSONStringsEscapeWhatMustBeEscaped() {
        XCTAssertEqual(JSON.string("Đắk Mil").text, "\"Đắk Mil\"")
        XCTAssertEqual(JSON.string("</script>&\"\\\n\u{1}").text, "\"\\u003c/script\\u003e\\u0026\\\"\\\\\\n\\u0001\"")
        XCTAssertEqual(JSON.string("a\u{2028}b\u{2029}—").text, "\"a\\u2028b\\u2029—\"")
        XCTAssertEqual(JSON.arrayBytes([1, 2]) { .int($0) }, Array("[1,2]".utf8))
        XCTAssertEqual(JSON.arrayBytes([Int]()) { .int($0) }, Array("[]".utf8))
    }

    /// The open-data tables are written field by field; the text must be what the JSON values give.
    func testArrayWriterWritesWhatJSONValuesWrite() {
        let rows: [(String, Int, String?, Bool, String?)] = [("Xã Đắk Mil", 2024, "1.5", true, nil),
                                                             ("</script>&\"", -3, nil, false, "a\u{2028}b")]
        var writer = JSONArrayWriter()
        var values: [JSON] = []
        for (name, year, value, flag, group) in rows {
            writer.beginObject()
            writer.string("name", name)
            writer.int("year", year)
            writer.optionalNumber("value", value)
            writer.bool("flag", flag)
            writer.optionalString("group", group)
            writer.string(named: "unit_name", name)
            writer.endObject()
            values.append(.object([("name", .string(name)), ("year", .int(year)), ("value", value.map { .number($0) } ?? .null),
                                   ("flag", .bool(flag)), ("group", .opt(group)), ("unit_name", .string(name))]))
        }
        writer.beginObject()
        writer.endObject()
        values.append(.object([]))
        XCTAssertEqual(String(decoding: writer.finish(), as: UTF8.self), JSON.array(values).text)
        var empty = JSONArrayWriter()
        XCTAssertEqual(empty.finish(), Array("[]".utf8))
    }

    /// Escaping works on bytes; it must give what escaping each Unicode scalar gives.
    func testJSONEscapingByBytesEqualsEscapingByScalars() {
        func byScalars(_ s: String) -> String {
            var escaped = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\t": escaped += "\\t"
                case "<": escaped += "\\u003c"
                case ">": escaped += "\\u003e"
                case "&": escaped += "\\u0026"
                case "\u{2028}": escaped += "\\u2028"
                case "\u{2029}": escaped += "\\u2029"
                default:
                    if u.value < 0x20 { escaped += String(format: "\\u%04x", u.value) } else { escaped.unicodeScalars.append(u) }
                }
            }
            return escaped + "\""
        }
        let texts = ["Vì người nghèo – “Không để ai bị bỏ lại phía sau”", "a\u{2028}b\u{2029}", "\u{2028}", "x\u{2027}\u{202A}…",
                     "<b>&amp;</b> \"q\" \\ \n\r\t\u{1}\u{1F}\u{7F}", "đ\u{0}", "\r\n", "€ ₫ ✓ ✗ ⚠"]
        // Clean text is passed over eight bytes at a time: each character to escape at every offset.
        let letters = Array("Xã Đắk Mil, huyện Đắk Mil".unicodeScalars)
        let offsets = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "<", ">", "&", "\u{2028}", "–", "\u{7F}", " "].flatMap { piece in
            (0..<17).map { String(String.UnicodeScalarView(letters.prefix($0))) + piece + "ab" }
        }
        for text in texts + offsets {
            var out: [UInt8] = []
            JSON.quote(text, into: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), byScalars(text), text.debugDescription)
        }
    }

    /// Cells are appended straight when they need no quoting: each ASCII character at the start, in
    /// the middle and at the end of a cell gives what the quoting rule (`CSVDocument.cell`) gives.
    func testCellsWrittenStraightFollowTheQuotingRule() {
        for byte in UInt8(1)...UInt8(127) {
            let c = String(UnicodeScalar(byte))
            for text in [c, c + "12", "Xã" + c + "b", "a" + c, "-" + c, c + "=1"] {
                var doc = CSVDocument(header: ["a", "b"])
                doc.cell(text)
                doc.cell("x")
                doc.endRow()
                XCTAssertEqual(String(decoding: doc.finish().dropFirst(3), as: UTF8.self),
                               "a,b\r\n" + CSVDocument.cell(text) + ",x\r\n", text.debugDescription)
            }
        }
    }

    /// A quoted cell written byte by byte is the rule spelled with Strings: the formula mark first,
    /// then the whole cell in quotes with each quote doubled.
    func testQuotedCellsAreTheRuleSpelledWithStrings() {
        func rule(_ raw: String) -> String {
            var s = raw
            if let first = s.utf8.first, CSVDocument.startsFormula(first), !CSVDocument.isPlainNumber(s) { s = "'" + s }
            guard s.utf8.contains(where: CSVDocument.needsQuotes) else { return s }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        // Every text of up to three pieces.
        let pieces = ["\"", ",", ";", "\r", "\n", "=", "-", "+", "@", "\t", "1", ".", "Đạt", "a", " ", "\"\""]
        var texts = [""], level = [""]
        for _ in 0..<3 {
            level = level.flatMap { t in pieces.map { t + $0 } }
            texts += level
        }
        for text in texts { XCTAssertEqual(CSVDocument.cell(text), rule(text), text.debugDescription) }
        // Every quote byte is doubled, also one that a combining mark joins to the next character:
        // the Character-wise replacement left that one single, which is not valid CSV.
        XCTAssertEqual(CSVDocument.cell("a\"\u{301}b,c"), "\"a\"\"\u{301}b,c\"")
    }

    func testWholeNumberCellsAreTheCellsOfTheirText() {
        for value in [0, 7, -7, 2024, -12_345, Int.max, Int.min] {
            var byText = CSVDocument(header: ["a", "b"]), byValue = CSVDocument(header: ["a", "b"])
            byText.cell("x")
            byText.cell(String(value))
            byText.endRow()
            byValue.cell("x")
            byValue.cell(decimal: value)
            byValue.endRow()
            XCTAssertEqual(byValue.finish(), byText.finish(), String(value))
        }
    }

    func testLargeTablesGrowGentlyAndFilesKeepLittleSpareCapacity() {
        var doc = CSVDocument(header: ["a"])
        for i in 0..<200_000 { doc.append([String(i)]) }
        let table = doc.finish()
        XCTAssertLessThanOrEqual(table.capacity, table.count + table.count / 4 + 4096)
        var grown: [UInt8] = []
        grown.reserveCapacity(1 << 20)
        grown.append(contentsOf: Array(repeating: 0x41, count: 100_000))
        let file = OutputFile(path: "x", bytes: grown)
        XCTAssertEqual(file.bytes, grown)
        XCTAssertLessThan(file.bytes.capacity, 110_000)
    }

    /// Sizing a table from its first rows changes no byte, and the buffer is sized once, close to the end.
    func testExpectedRowsChangeNoByteAndSizeTheBufferOnce() {
        let rows = (0..<5_000).map { ["Xã số \(10_000 + $0)", String(100_000 + $0 * 37), $0 % 3 == 0 ? "a,b" : "c"] }
        var plain = CSVDocument(header: ["a", "b", "c"])
        var sized = CSVDocument(header: ["a", "b", "c"], expectedRows: rows.count)
        var json = JSONArrayWriter()
        var sizedJSON = JSONArrayWriter(expectedObjects: rows.count)
        for row in rows {
            plain.append(row)
            sized.append(row)
            for writer in [0, 1] {
                func write(_ w: inout JSONArrayWriter) {
                    w.beginObject()
                    w.string("name", row[0])
                    w.raw("value", row[1])
                    w.endObject()
                }
                if writer == 0 { write(&json) } else { write(&sizedJSON) }
            }
        }
        let (sizedTable, plainTable) = (sized.finish(), plain.finish())
        XCTAssertEqual(sizedTable, plainTable)
        XCTAssertLessThan(sizedTable.capacity, sizedTable.count + sizedTable.count / 20 + 8192)
        let (a, b) = (json.finish(), sizedJSON.finish())
        XCTAssertEqual(b, a)
    }
}
