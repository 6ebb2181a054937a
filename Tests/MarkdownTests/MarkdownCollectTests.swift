import XCTest
import Markdown

final class MarkdownCollectTests: XCTestCase {
    func testRecognisedBlocksBecomePlaceholdersWithTheirFenceLines() {
        let markdown = "\n\nMở đầu\n\n```thidua-chart cỡ lớn\nindicator: ho-ngheo\nyears: 2021-2025\n```\n\n```swift\nlet x = 1\n```\n\n> ~~~thidua-table\n> units: children 20\n> ~~~\n"
        let result = MarkdownRenderer.render(markdown)
        XCTAssertEqual(result.html, """
            <p>Mở đầu</p>
            \(MarkdownRenderer.placeholder(forBlock: 0))
            <pre><code class="language-swift">let x = 1
            </code></pre>
            <blockquote>
            \(MarkdownRenderer.placeholder(forBlock: 1))
            </blockquote>

            """)
        XCTAssertEqual(result.blocks, [
            FencedBlock(index: 0, info: "thidua-chart", body: "indicator: ho-ngheo\nyears: 2021-2025\n", line: 5),
            FencedBlock(index: 1, info: "thidua-table", body: "units: children 20\n", line: 14),
        ])
        XCTAssertEqual(result.plainText, "Mở đầu let x = 1")
    }

    /// Without plain text the HTML, headings (with their text and ids), links (with their text) and
    /// blocks are the same; only `plainText` is empty.
    func testLeavingOutPlainTextChangesNothingElse() {
        let markdown = "# Kết quả *năm* 2024\n\nHộ [nghèo **giảm**](media/a.pdf) ![ảnh `x`](media/b.png)\n\n## Kết quả năm 2024\n\n"
            + "```thidua-chart\nindicator: x\n```\n\n```\ncode\n```\n\n[liên kết](https://a.vn) cuối"
        var options = MarkdownOptions(headingOffset: 1)
        let full = MarkdownRenderer.render(markdown, options: options)
        options.collectsPlainText = false
        let lean = MarkdownRenderer.render(markdown, options: options)
        XCTAssertEqual(lean, RenderedMarkdown(html: full.html, headings: full.headings, blocks: full.blocks, links: full.links, plainText: ""))
        XCTAssertEqual(full.headings.map(\.text), ["Kết quả năm 2024", "Kết quả năm 2024"])
        XCTAssertEqual(full.links.map(\.text), ["nghèo giảm", "ảnh x", "liên kết"])
        XCTAssertFalse(full.plainText.isEmpty)
    }

    func testReservedIDsAreNotTakenByHeadings() {
        var options = MarkdownOptions()
        options.reservedIDs = ["ket-qua"]
        let r = MarkdownRenderer.render("## Ket qua\n\n## Ket qua\n", options: options)
        XCTAssertEqual(r.headings.map(\.id), ["ket-qua-2", "ket-qua-3"])
    }

    func testPlaceholderText() {
        XCTAssertEqual(MarkdownRenderer.placeholder(forBlock: 3), "<!--thidua-block-3-->")
    }

    func testBlockLinesWithCRLFAndCustomInfoStrings() {
        let markdown = "Dòng 1\r\nDòng 2\r\n\r\n```bieu-do\r\na: 1\r\n```\r\n\r\n```thidua-chart\r\nb: 2\r\n```\r\n"
        let result = MarkdownRenderer.render(markdown, options: MarkdownOptions(blockInfoStrings: ["bieu-do"]))
        XCTAssertEqual(result.blocks, [FencedBlock(index: 0, info: "bieu-do", body: "a: 1\n", line: 4)])
        XCTAssertEqual(result.html, "<p>Dòng 1\nDòng 2</p>\n<!--thidua-block-0-->\n<pre><code class=\"language-thidua-chart\">b: 2\n</code></pre>\n")
    }

    func testFirstLineBlockAndEmptyBody() {
        let result = MarkdownRenderer.render("```thidua-table\n```\n")
        XCTAssertEqual(result.blocks, [FencedBlock(index: 0, info: "thidua-table", body: "", line: 1)])
        XCTAssertEqual(result.html, "<!--thidua-block-0-->\n")
    }

    func testLinksAreCollectedInOrderWithLines() {
        let markdown = "Xem [kế hoạch *số 1*](van-ban/ke-hoach/)\nvà [![ảnh](media/a.png)](media/a-lon.png).\n\n- <https://laoson.gov.vn>\n- [thư](mailto:vp@ls.gov.vn)\n"
        let result = MarkdownRenderer.render(markdown)
        XCTAssertEqual(result.links, [
            MarkdownLink(url: "van-ban/ke-hoach/", isImage: false, text: "kế hoạch số 1", line: 1),
            MarkdownLink(url: "media/a-lon.png", isImage: false, text: "ảnh", line: 2),
            MarkdownLink(url: "media/a.png", isImage: true, text: "ảnh", line: 2),
            MarkdownLink(url: "https://laoson.gov.vn", isImage: false, text: "https://laoson.gov.vn", line: 4),
            MarkdownLink(url: "mailto:vp@ls.gov.vn", isImage: false, text: "thư", line: 5),
        ])
    }

    func testPlainTextCollapsesWhitespaceAndDropsMarkup() {
        let markdown = "# Tiêu đề\n\nĐoạn  *một*\ncó   **hai** dòng.  \nNgắt.\n\n- mục `a`\n- mục b\n\n---\n\n> Trích [dẫn](x.html)\n"
        XCTAssertEqual(MarkdownRenderer.render(markdown).plainText,
                       "Tiêu đề Đoạn một có hai dòng. Ngắt. mục a mục b Trích dẫn")
    }

    func testPlainTextTreatsUnicodeSpacesAsWhitespace() {
        let markdown = "Hộ\u{00A0}\u{00A0}nghèo\u{3000}giảm [liên\u{2003}kết](x.html)\n"
        let result = MarkdownRenderer.render(markdown)
        XCTAssertEqual(result.plainText, "Hộ nghèo giảm liên kết")
        XCTAssertEqual(result.links.map(\.text), ["liên kết"])
    }

    func testEmptyDocument() {
        let result = MarkdownRenderer.render("")
        XCTAssertEqual(result, RenderedMarkdown(html: "", headings: [], blocks: [], links: [], plainText: ""))
    }
}
