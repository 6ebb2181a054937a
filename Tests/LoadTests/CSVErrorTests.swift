import Diagnostics
@testable import Load
import XCTest

final class CSVErrorTests: XCTestCase {
    private func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "t.csv", line: line, column: column)
    }

    func testUnterminatedQuoteIsReportedWhereItOpenedAndReadingGoesOn() {
        let text = "a,b,c\n1,2,3\n4,\"năm,6\n7,8,9\n10,11\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags.map(\.code), ["CSV_UNTERMINATED_QUOTE", "CSV_RAGGED_ROW"])
        XCTAssertEqual(diags[0].location, loc(3, 3))
        XCTAssertEqual(diags[0].severity, .error)
        XCTAssertEqual(diags[0].message,
                       "Dấu ngoặc kép mở ở dòng 3, cột 3 không có dấu ngoặc kép đóng. Thêm dấu \" ở cuối giá trị, hoặc xóa dấu ngoặc kép thừa.")
        XCTAssertEqual(diags[1].location, loc(5, 1))
        XCTAssertEqual(table.rows.map(\.line), [2, 4])
    }

    func testUnterminatedQuoteSpanningLinesReportsOpeningLine() {
        let text = "id;story\nm1;\"Câu chuyện\nnhiều dòng\nkhông đóng\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags.first?.code, "CSV_UNTERMINATED_QUOTE")
        XCTAssertEqual(diags.first?.location, loc(2, 4))
        XCTAssertTrue(table.rows.isEmpty)
    }

    func testRaggedRowWithFewerFields() {
        let text = "a,b,c\n1,2\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags, [.error("CSV_RAGGED_ROW",
            "Dòng 2 có 2 cột nhưng dòng tiêu đề có 3 cột. Kiểm tra dấu phân cách hoặc dấu ngoặc kép trong dòng này.",
            at: loc(2, 1))])
        XCTAssertTrue(table.rows.isEmpty)
    }

    func testRaggedRowWithMoreFieldsPointsAtFirstExtraField() {
        let text = "ma;ten\n01;Hà Nội;thừa;x\n02;B\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags, [.error("CSV_RAGGED_ROW",
            "Dòng 2 có 4 cột nhưng dòng tiêu đề có 2 cột. Kiểm tra dấu phân cách hoặc dấu ngoặc kép trong dòng này. Giá trị thừa đầu tiên: “thừa”.",
            at: loc(2, 11))])
        XCTAssertEqual(table.rows.map(\.line), [3])
    }

    func testRaggedRowWithCommaHintsAtDecimalComma() {
        let (_, diags) = CSVReader.parse("unit,ty_le\n001,12,5\n", file: "t.csv")
        XCTAssertEqual(diags.count, 1)
        XCTAssertEqual(diags[0].location, loc(2, 8))
        XCTAssertTrue(diags[0].message.hasSuffix(
            "Giá trị thừa đầu tiên: “5”. Nếu đó là phần thập phân của một số viết bằng dấu phẩy (như 12,5), hãy đặt số đó trong ngoặc kép hoặc dùng dấu chấm phẩy (;) làm dấu phân cách."))
    }

    func testRaggedRowAfterMultilineFieldReportsItsOwnLine() {
        let text = "a,b\n\"x\ny\",1\n2\n"
        let (_, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags.map(\.location), [loc(4, 1)])
        XCTAssertTrue(diags[0].message.hasPrefix("Dòng 4 có 1 cột"))
    }

    func testQuoteInsideUnquotedField() {
        let (table, diags) = CSVReader.parse("a,b\n1,Hộ ông \"Dũng\"\n", file: "t.csv")
        XCTAssertEqual(diags, [.error("CSV_BAD_QUOTE",
            "Giá trị “Hộ ông \"Dũng\"” có dấu ngoặc kép (\") nằm giữa. Nếu giá trị cần chứa dấu ngoặc kép, hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (\"\").",
            at: loc(2, 10))])
        // The row is kept with the text as written, so later checks still run on it.
        XCTAssertEqual(table.rows.map { $0.fields.map(\.text) }, [["1", "Hộ ông \"Dũng\""]])
    }

    func testTextAfterClosingQuote() {
        let (table, diags) = CSVReader.parse("a,b\n\"Hộ \"ông Dũng,2\n", file: "t.csv")
        XCTAssertEqual(diags.map(\.code), ["CSV_BAD_QUOTE"])
        XCTAssertEqual(diags[0].location, loc(2, 6))
        XCTAssertEqual(diags[0].message,
            "Sau dấu ngoặc kép đóng của giá trị “Hộ ” còn có “ông Dũng”. Hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (\"\"), hoặc thêm dấu phân cách còn thiếu.")
        XCTAssertEqual(table.rows.map { $0.fields.map(\.text) }, [["Hộ ông Dũng", "2"]])
    }

    func testEmptyFile() {
        for text in ["", "\u{FEFF}", "\n\r\n  \n", ";;;\n"] {
            let (table, diags) = CSVReader.parse(text, file: "t.csv")
            XCTAssertEqual(diags.map(\.code), ["CSV_EMPTY"], "for \(text.debugDescription)")
            XCTAssertEqual(diags.first?.location, loc(1, 1))
            XCTAssertTrue(table.header.isEmpty)
        }
    }

    func testAllProblemsOfAFileInOnePass() {
        let text = "a;b\n1;2;3\n4\n5;x\"y\n6;\"7\"z\n8;9\n"
        let (table, diags) = CSVReader.parse(text, file: "t.csv")
        XCTAssertEqual(diags.map(\.code), ["CSV_RAGGED_ROW", "CSV_RAGGED_ROW", "CSV_BAD_QUOTE", "CSV_BAD_QUOTE"])
        XCTAssertEqual(diags.map(\.location), [loc(2, 5), loc(3, 1), loc(4, 4), loc(5, 6)])
        XCTAssertEqual(table.rows.map(\.line), [4, 5, 6])
    }
}
