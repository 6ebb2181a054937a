import Diagnostics
@testable import Load
import XCTest

final class CSVReaderTests: XCTestCase {
    private func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "t.csv", line: line, column: column)
    }

    private func texts(_ row: CSVRow) -> [String] { row.fields.map(\.text) }

    func testSimpleCommaFileWithPositions() {
        let (table, diags) = CSVReader.parse("code,name\n06169,Xã Hồng Phong\n", file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.delimiter, ",")
        XCTAssertEqual(table.header.map(\.text), ["code", "name"])
        XCTAssertEqual(table.header.map(\.location), [loc(1, 1), loc(1, 6)])
        XCTAssertEqual(table.rows.count, 1)
        XCTAssertEqual(texts(table.rows[0]), ["06169", "Xã Hồng Phong"])
        XCTAssertEqual(table.rows[0].line, 2)
        XCTAssertEqual(table.rows[0].fields.map(\.location), [loc(2, 1), loc(2, 7)])
    }

    /// Cells share their file's name and keep their position in 8 bytes; they compare and hash as
    /// text plus location, whichever way they were made.
    func testFieldsComparedAndHashedByTextAndLocation() {
        let (table, _) = CSVReader.parse("a,b\n x ,y\n", file: "t.csv")
        let read = table.rows[0].fields[0]
        let made = CSVField(text: " x ", location: loc(2, 1))
        XCTAssertEqual(read, made)
        XCTAssertEqual(Set([read, made]).count, 1)
        XCTAssertNotEqual(read, CSVField(text: " x ", location: SourceLocation(file: "u.csv", line: 2, column: 1)))
        XCTAssertNotEqual(read, CSVField(text: " x ", location: loc(2, 2)))
        XCTAssertEqual(read.with(text: "x"), CSVField(text: "x", location: loc(2, 1)))
        XCTAssertEqual(MemoryLayout<CSVField>.stride, 32)
        XCTAssertEqual(CSVField(text: "", location: loc(Int.max, 3)).location.line, Int(Int32.max))
    }

    func testColumnsCountCharactersNotBytes() {
        let (table, _) = CSVReader.parse("a;b;c\nĐắk R'Moan;Ủy ban;x\n", file: "t.csv")
        // "Đắk R'Moan" is 10 characters but 13 bytes.
        XCTAssertEqual(table.rows[0].fields.map(\.location.column), [1, 12, 19])
    }

    func testDecomposedMarksDoNotMoveTheColumn() {
        let nfd = "Xa\u{0303};b" // "Xã" written with a combining tilde
        let (table, _) = CSVReader.parse("a;b\n\(nfd)\n", file: "t.csv")
        XCTAssertEqual(table.rows[0].fields.map(\.location.column), [1, 4])
    }

    func testSemicolonDetectedFromHeader() {
        let (table, diags) = CSVReader.parse("ma;ten;ghi_chu\n01;\"Hà Nội, thủ đô\";1,5\n", file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.delimiter, ";")
        XCTAssertEqual(texts(table.rows[0]), ["01", "Hà Nội, thủ đô", "1,5"])
    }

    func testDelimiterCountsOnlyOutsideQuotesAndTieGivesComma() {
        XCTAssertEqual(DelimiterDetector.detect("\"a,b,c\";d\n"), ";")
        XCTAssertEqual(DelimiterDetector.detect("a,b;c\n"), ",")
        XCTAssertEqual(DelimiterDetector.detect("abc\n1;2;3\n"), ",")
        XCTAssertEqual(DelimiterDetector.detect("\n\na;b\n"), ";")
    }

    func testQuotedFieldsWithDelimitersQuotesAndNewlines() {
        let text = "id,story,n\nm1,\"Dòng một\nDòng \"\"hai\"\", có phẩy\",7\nm2,x,8\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(texts(table.rows[0]), ["m1", "Dòng một\nDòng \"hai\", có phẩy", "7"])
        XCTAssertEqual(table.rows[0].line, 2)
        XCTAssertEqual(table.rows[0].fields.map(\.location), [loc(2, 1), loc(2, 4), loc(3, 24)])
        XCTAssertEqual(table.rows[1].line, 4)
        XCTAssertEqual(table.rows[1].fields.map(\.location), [loc(4, 1), loc(4, 4), loc(4, 6)])
    }

    func testCRLFLineEndsAndCRLFInsideQuotes() {
        let text = "a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.rows.map(texts), [["1", "x\ny"], ["2", "z"]])
        XCTAssertEqual(table.rows.map(\.line), [2, 4])
        XCTAssertEqual(table.rows[1].fields[1].location, loc(4, 3))
    }

    func testBOMIsIgnoredAndDoesNotShiftColumns() {
        let (table, diags) = CSVReader.parse("\u{FEFF}code;name\n1;A\n", file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.header.map(\.text), ["code", "name"])
        XCTAssertEqual(table.header[0].location, loc(1, 1))
        XCTAssertEqual(table.delimiter, ";")
    }

    func testBlankLinesAndEmptyRowsAreSkippedAndTrailingDelimiterKept() {
        let text = "\n\na;b;c\n1;2;3\n\n;;\n4;5;\n\n\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.header[0].location, loc(3, 1))
        XCTAssertEqual(table.rows.map(texts), [["1", "2", "3"], ["4", "5", ""]])
        XCTAssertEqual(table.rows.map(\.line), [4, 7])
        XCTAssertEqual(table.rows[1].fields[2].location, loc(7, 5))
    }

    func testLeadingZerosAndSpacesAreKeptAsWritten() {
        let (table, _) = CSVReader.parse("code,name\n 06169 ,\"  Xã A \"\n", file: "t.csv")
        XCTAssertEqual(texts(table.rows[0]), [" 06169 ", "  Xã A "])
        XCTAssertEqual(table.rows[0].fields[0].trimmedText, "06169")
    }

    func testSpacesAroundAQuotedFieldAreAllowed() {
        let (table, diags) = CSVReader.parse("a,b\n1, \"x,y\" \n", file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(texts(table.rows[0]), ["1", "x,y"])
        XCTAssertEqual(table.rows[0].fields[1].location, loc(2, 3))
    }

    func testNoFinalNewlineAndLoneCR() {
        let (table, diags) = CSVReader.parse("a,b\r1,2\r3,4", file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.rows.map(texts), [["1", "2"], ["3", "4"]])
        XCTAssertEqual(table.rows.map(\.line), [2, 3])
    }

    func testHeaderOnly() {
        let (table, diags) = CSVReader.parse("a,b\n", file: "t.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.header.count, 2)
        XCTAssertEqual(table.rows.count, 0)
    }

    func testThirtyThousandRowsKeepEveryRowAndLine() {
        var text = "code;name;value\n"
        for i in 0..<30_000 { text += "\(i);\"Xã số \(i), huyện A\";\(i % 100),5\n" }
        let (table, diags) = CSVReader.parse(text, file: "big.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.rows.count, 30_000)
        XCTAssertEqual(table.rows.last?.line, 30_001)
        XCTAssertEqual(table.rows.last?.fields[1].text, "Xã số 29999, huyện A")
        XCTAssertEqual(table.rows.last?.fields[2].location, SourceLocation(file: "big.csv", line: 30_001, column: 30))
    }

    /// Cells with visible ASCII at both ends skip the walk over Characters: trimming and blankness
    /// are what the walk gives, also where a mark joins a space into one Character.
    func testTrimmingAndBlanknessAgreeWithTheCharacterWalk() {
        let samples = ["", " ", "abc", " abc", "abc ", "\tabc\n", "\u{00A0}Hà Nội\u{3000}", "Hà Nội", "xã\r\n", "a\r\n",
                       " \u{301}", "a \u{301}", "\u{301}a", "a\u{301}", "\u{00A0}", "\u{2028}x\u{2029}", "x\u{00A0}", "06169",
                       "1.234,5", " 1 ", "\u{FEFF}x", "x\u{200B}", "\r\n", "~", "!a!", "\u{7F}", "a\u{7F}"]
        for s in samples {
            let first = s.firstIndex { !$0.isWhitespace }
            let expected = first.map { String(s[$0...s.lastIndex { !$0.isWhitespace }!]) } ?? ""
            XCTAssertEqual(s.trimmingSpaces(), expected, s.debugDescription)
            let field = CSVField(text: s, location: SourceLocation(file: "t.csv", line: 1, column: 1))
            XCTAssertEqual(field.isBlank, s.allSatisfy(\.isWhitespace), s.debugDescription)
        }
    }
}
