import Diagnostics
@testable import Load
import XCTest

final class FrontMatterSplitterTests: XCTestCase {
    private func split(_ text: String) throws -> SplitMarkdown {
        try FrontMatterSplitter.split(text, file: "models/a.md").get()
    }

    func testFrontMatterAndBody() throws {
        let s = try split("---\ntitle: A\nyear: 2023\n---\nCâu chuyện.\n")
        XCTAssertEqual(s, SplitMarkdown(yaml: "title: A\nyear: 2023\n", yamlFirstLine: 2, body: "Câu chuyện.\n", bodyFirstLine: 5))
    }

    func testDotsCloseAndCRLFAndTrailingSpaces() throws {
        let s = try split("\u{FEFF}---  \r\ntitle: A\r\n... \r\n\r\nBody")
        XCTAssertEqual(s.yaml, "title: A\r\n")
        XCTAssertEqual(s.yamlFirstLine, 2)
        XCTAssertEqual(s.body, "\r\nBody")
        XCTAssertEqual(s.bodyFirstLine, 4)
    }

    func testNoFrontMatter() throws {
        let text = "# Giới thiệu\n---\n"
        XCTAssertEqual(try split(text), SplitMarkdown(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        XCTAssertEqual(try split("").body, "")
        XCTAssertNil(try split("----\ntitle: x\n---\n").yaml)
    }

    func testEmptyFrontMatterAndNoBody() throws {
        XCTAssertEqual(try split("---\n---\n"), SplitMarkdown(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: 3))
        XCTAssertEqual(try split("---\na: 1\n---"), SplitMarkdown(yaml: "a: 1\n", yamlFirstLine: 2, body: "", bodyFirstLine: 4))
    }

    func testUnclosedFrontMatter() {
        let result = FrontMatterSplitter.split("---\ntitle: A\nBody\n", file: "models/a.md")
        XCTAssertEqual(result, .failure(.error("FRONT_MATTER_UNCLOSED",
            "Phần thông tin đầu tệp (front matter) mở bằng dòng “---” nhưng không có dòng “---” đóng. Thêm một dòng chỉ gồm “---” sau phần YAML, trước nội dung bài.",
            at: SourceLocation(file: "models/a.md", line: 1, column: 1))))
    }
}
