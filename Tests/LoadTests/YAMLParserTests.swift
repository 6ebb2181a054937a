import Diagnostics
@testable import Load
import XCTest

final class YAMLParserTests: XCTestCase {
    private func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "models/a.md", line: line, column: column)
    }

    private func parseFile(_ text: String) -> Result<YAMLMapping?, Diagnostic> {
        let split = try! FrontMatterSplitter.split(text, file: "models/a.md").get()
        return YAMLParser.parse(split.yaml!, file: "models/a.md", firstLine: split.yamlFirstLine)
    }

    private func failure(_ r: Result<YAMLMapping?, Diagnostic>) -> Diagnostic? {
        if case let .failure(d) = r { return d }
        return nil
    }

    func testValuesKeepTheirTextAndFilePositions() throws {
        let text = """
        ---
        title: "Hộ anh Dũng: thoát nghèo"
        unit: 06169
        year: 2021
        share: 12.5
        published: 2024-01-15
        featured: true
        image:
        tags: [chăn nuôi, dân tộc Tày]
        results:
          - { label: "Thu nhập", value: "120 triệu đồng/năm" }
        ---
        Body
        """
        let map = try XCTUnwrap(try parseFile(text).get())
        XCTAssertEqual(map.keys, ["title", "unit", "year", "share", "published", "featured", "image", "tags", "results"])
        XCTAssertEqual(map.location, loc(2, 1))
        XCTAssertEqual(map["title"]?.string, "Hộ anh Dũng: thoát nghèo")
        XCTAssertEqual(map["title"]?.location, loc(2, 8))
        XCTAssertEqual(map["unit"]?.string, "06169")
        XCTAssertEqual(map["unit"]?.location, loc(3, 7))
        XCTAssertEqual(map.keyLocation("unit"), loc(3, 1))
        XCTAssertEqual(map["year"]?.int, 2021)
        XCTAssertEqual(map["year"]?.string, "2021")
        XCTAssertEqual(map["share"]?.double, 12.5)
        XCTAssertNil(map["share"]?.int)
        XCTAssertEqual(map["published"]?.string, "2024-01-15")
        XCTAssertEqual(map["featured"]?.bool, true)
        XCTAssertEqual(map["image"]?.isNull, true)
        XCTAssertNil(map["image"]?.string)
        XCTAssertEqual(map["tags"]?.sequence?.compactMap(\.string), ["chăn nuôi", "dân tộc Tày"])
        XCTAssertEqual(map["tags"]?.sequence?[1].location, loc(9, 19))
        let result = try XCTUnwrap(map["results"]?.sequence?.first?.mapping)
        XCTAssertEqual(result["value"]?.string, "120 triệu đồng/năm")
        XCTAssertEqual(result.keyLocation("value"), loc(11, 26))
        XCTAssertNil(map["missing"])
        XCTAssertNil(map.keyLocation("missing"))
    }

    /// Values are copied out of Yams's nodes when parsed; each style must read as it did on the node.
    func testScalarStylesListsAndMappingsReadAsWritten() throws {
        let yaml = "a: |\n  dòng một\nb: \"null\"\nc: 'x'\nd: [1, ~]\ne: {k: v}\nf: NULL\ng: >\n  gấp\n"
        let map = try XCTUnwrap(try YAMLParser.parse(yaml, file: "site.yml", firstLine: 1).get())
        XCTAssertEqual(map["a"]?.string, "dòng một\n")
        XCTAssertEqual(map["a"]?.isQuoted, false)
        XCTAssertEqual(map["a"]?.kindName, "giá trị đơn")
        XCTAssertEqual(map["b"]?.isNull, false)
        XCTAssertEqual(map["b"]?.isQuoted, true)
        XCTAssertEqual(map["b"]?.string, "null")
        XCTAssertEqual(map["c"]?.isQuoted, true)
        XCTAssertEqual(map["d"]?.kindName, "danh sách")
        XCTAssertEqual(map["d"]?.sequence?.map(\.isNull), [false, true])
        XCTAssertNil(map["d"]?.string)
        XCTAssertEqual(map["e"]?.kindName, "bảng khóa: giá trị")
        XCTAssertEqual(map["e"]?.mapping?["k"]?.string, "v")
        XCTAssertNil(map["e"]?.sequence)
        XCTAssertEqual(map["f"]?.kindName, "rỗng")
        XCTAssertEqual(map["g"]?.string, "gấp\n")
        XCTAssertEqual(map.entries.map(\.key), ["a", "b", "c", "d", "e", "f", "g"])
        XCTAssertEqual(map.entries[6].keyLocation, SourceLocation(file: "site.yml", line: 8, column: 1))
    }

    /// An alias is its anchor's value, copied once: nested aliases ("billion laughs", 9^9 values if
    /// expanded) parse at once, and an anchor defined again names the later value from then on.
    func testAliasesShareTheirAnchorsCopy() throws {
        var yaml = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "p: &a 1\nq: *a\nr: &a 2\ns: *a\n"
        let map = try XCTUnwrap(try YAMLParser.parse(yaml, file: "m.md", firstLine: 2).get())
        XCTAssertEqual(map["l9"]?.sequence?.count, 9)
        XCTAssertEqual(map["l9"]?.sequence?[8].sequence?[0].sequence?.count, 9)
        XCTAssertEqual(map["l1"]?.sequence?[3].sequence?[2].string, "x")
        // An alias reads as its anchor and is placed where the anchored value is written.
        XCTAssertEqual(map["l1"]?.sequence?[3].location, map["l0"]?.location)
        XCTAssertEqual(map["q"]?.string, "1")
        XCTAssertEqual(map["s"]?.string, "2")
    }

    func testQuotedEmptyStringIsNotNull() throws {
        let map = try XCTUnwrap(try YAMLParser.parse("a: ''\nb: ~\nc: null\n", file: "site.yml", firstLine: 1).get())
        XCTAssertEqual(map["a"]?.isNull, false)
        XCTAssertEqual(map["a"]?.string, "")
        XCTAssertEqual(map["b"]?.isNull, true)
        XCTAssertEqual(map["c"]?.isNull, true)
    }

    func testSyntaxErrorIsReportedAtItsLineInTheFile() {
        let d = failure(parseFile("---\ntitle: a\nfield: Phát triển: sản xuất\n---\n"))
        XCTAssertEqual(d?.code, "YAML_SYNTAX")
        XCTAssertEqual(d?.location, loc(3, 18))
        XCTAssertEqual(d?.message,
            "Dấu hai chấm (:) không được phép ở đây. Nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép. (YAML: mapping values are not allowed in this context)")
    }

    func testTabIndentationAndBadIndentation() {
        XCTAssertEqual(failure(parseFile("---\ntags:\n\t- a\n---\n"))?.location, loc(3, 1))
        let d = failure(parseFile("---\ntitle: a\n  unit: b\nyear: 1\n---\n"))
        XCTAssertEqual(d?.code, "YAML_SYNTAX")
        XCTAssertEqual(d?.location.line, 3)
    }

    func testUnclosedQuoteIsReportedWhereItOpened() {
        let d = failure(parseFile("---\ntitle: a\nsummary: \"Tóm tắt\nyear: 2023\n---\n"))
        XCTAssertEqual(d?.code, "YAML_SYNTAX")
        XCTAssertEqual(d?.location, loc(3, 10))
    }

    func testDuplicateKeyIsReportedAtTheSecondOccurrence() {
        let d = failure(parseFile("---\ntitle: a\nyear: 2023\ntitle: b\n---\n"))
        XCTAssertEqual(d, .error("YAML_DUPLICATE_KEY",
            "Khóa “title” được khai báo hai lần (lần đầu ở dòng 2). Xóa một trong hai dòng hoặc gộp giá trị lại.",
            at: loc(4, 1)))
    }

    func testDuplicateKeyInNestedAndFlowMappings() {
        let nested = failure(parseFile("---\nresults:\n  - label: a\n    # note\n\n    label: b\n---\n"))
        XCTAssertEqual(nested?.code, "YAML_DUPLICATE_KEY")
        XCTAssertEqual(nested?.location, loc(6, 5))
        let flow = failure(parseFile("---\nx: {a: 1, a: 2}\n---\n"))
        XCTAssertEqual(flow?.location, loc(2, 11))
    }

    /// thidua reads every scalar as text, so a quoted and a plain spelling of one key are one key
    /// written twice (the second used to be silently ignored).
    func testQuotedAndPlainSpellingsOfAKeyAreADuplicate() {
        let d = failure(parseFile("---\n2021: a\n\"2021\": b\n---\n"))
        XCTAssertEqual(d?.code, "YAML_DUPLICATE_KEY")
        XCTAssertEqual(d?.location, loc(3, 1))
        let values = try? parseFile("---\nyear: 2021\npublished: 2024-01-15\ndone: yes\nnone: ~\n---\n").get()
        XCTAssertEqual(values?["year"]?.int, 2021)
        XCTAssertEqual(values?["published"]?.string, "2024-01-15")
        XCTAssertEqual(values?["done"]?.bool, true)
        XCTAssertEqual(values?["none"]?.isNull, true)
    }

    func testTopLevelMustBeAMapping() {
        let d = failure(parseFile("---\n- a\n- b\n---\n"))
        XCTAssertEqual(d?.code, "YAML_NOT_MAPPING")
        XCTAssertEqual(d?.location, loc(2, 1))
        XCTAssertEqual(d?.message,
            "Phần YAML phải là các dòng “khóa: giá trị” (ví dụ “title: Tên bài”), nhưng ở đây là một danh sách. Kiểm tra rằng mỗi dòng bắt đầu bằng tên khóa và dấu hai chấm.")
    }

    func testEmptyYAMLGivesNil() throws {
        XCTAssertNil(try YAMLParser.parse("", file: "site.yml", firstLine: 1).get())
        XCTAssertNil(try YAMLParser.parse("# chỉ có ghi chú\n", file: "site.yml", firstLine: 2).get())
    }

    func testControlCharacterIsAReaderError() {
        let d = failure(YAMLParser.parse("title: a\nsummary: b\u{1}c\n", file: "site.yml", firstLine: 1))
        XCTAssertEqual(d?.code, "YAML_SYNTAX")
        XCTAssertEqual(d?.location, SourceLocation(file: "site.yml", line: 2, column: 11))
    }

    func testAliasesDoNotExpand() throws {
        let map = try XCTUnwrap(try YAMLParser.parse("a: &x [1, 2]\nb: *x\n", file: "site.yml", firstLine: 1).get())
        XCTAssertEqual(map["b"]?.sequence?.compactMap(\.int), [1, 2])
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = "a: " + String(repeating: "[", count: 5_000) + "\n"
        XCTAssertEqual(failure(YAMLParser.parse(deep, file: "site.yml", firstLine: 1))?.code, "YAML_SYNTAX")
    }
}
