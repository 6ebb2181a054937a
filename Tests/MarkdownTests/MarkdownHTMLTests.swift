import XCTest
@testable import Markdown
import VietText

/// A stand-in for the product's Vietnamese slugger, so tests show that the passed function is used.
private func testSlug(_ text: String) -> String {
    "s-" + VietSlug.make(text)
}

final class MarkdownHTMLTests: XCTestCase {
    func testHeadingsGetUniqueIDsFromThePassedSlugger() {
        let markdown = "# Kết quả năm 2024\n\n## Kết quả năm 2024\n\n## Kết quả   *năm* `2024`\n\nVăn bản.\n"
        let result = MarkdownRenderer.render(markdown, options: MarkdownOptions(slugify: testSlug))
        XCTAssertEqual(result.html, """
            <h1 id="s-ket-qua-nam-2024">Kết quả năm 2024</h1>
            <h2 id="s-ket-qua-nam-2024-2">Kết quả năm 2024</h2>
            <h2 id="s-ket-qua-nam-2024-3">Kết quả   <em>năm</em> <code>2024</code></h2>
            <p>Văn bản.</p>

            """)
        XCTAssertEqual(result.headings, [
            MarkdownHeading(level: 1, id: "s-ket-qua-nam-2024", text: "Kết quả năm 2024"),
            MarkdownHeading(level: 2, id: "s-ket-qua-nam-2024-2", text: "Kết quả năm 2024"),
            MarkdownHeading(level: 2, id: "s-ket-qua-nam-2024-3", text: "Kết quả năm 2024"),
        ])
    }

    func testDefaultSlugFoldsVietnameseAndEmptySlugFallsBack() {
        let result = MarkdownRenderer.render("# Đắk Nông: Hộ nghèo!\n\n# ???\n\n# ???\n")
        XCTAssertEqual(result.headings.map(\.id), ["dak-nong-ho-ngheo", "muc", "muc-2"])
    }

    func testSlugIsEscapedInTheAttribute() {
        let result = MarkdownRenderer.render("# a\n", options: MarkdownOptions(slugify: { _ in "x\"><script>" }))
        XCTAssertEqual(result.html, "<h1 id=\"x&quot;&gt;&lt;script&gt;\">a</h1>\n")
    }

    func testHeadingOffsetShiftsAndClampsLevels() {
        let markdown = "# Một\n\n##### Năm\n\n###### Sáu\n\nHai\n---\n"
        let result = MarkdownRenderer.render(markdown, options: MarkdownOptions(headingOffset: 1))
        XCTAssertEqual(result.html, """
            <h2 id="mot">Một</h2>
            <h6 id="nam">Năm</h6>
            <h6 id="sau">Sáu</h6>
            <h3 id="hai">Hai</h3>

            """)
        XCTAssertEqual(result.headings.map(\.level), [2, 6, 6, 3])
    }

    func testRawHTMLIsOmitted() {
        let markdown = "Chữ <b onclick=\"x()\">đậm</b>\n\n<script>alert(1)</script>\n\n<!--thidua-block-0-->\n"
        let result = MarkdownRenderer.render(markdown)
        XCTAssertEqual(result.html, """
            <p>Chữ <!-- raw HTML omitted -->đậm<!-- raw HTML omitted --></p>
            <!-- raw HTML omitted -->
            <!-- raw HTML omitted -->

            """)
        XCTAssertEqual(result.plainText, "Chữ đậm")
    }

    func testScriptLinksAreEmptiedAndNeverRewritten() {
        var seen: [String] = []
        let options = MarkdownOptions(rewriteURL: { url in
            seen.append(url)
            return "../" + url
        })
        let markdown = "[a](javascript:alert(1)) [b](VBScript:x) [c](data:text/html,x) [d](van-ban/a/)\n"
        let result = MarkdownRenderer.render(markdown, options: options)
        XCTAssertEqual(result.html, "<p><a href=\"\">a</a> <a href=\"\">b</a> <a href=\"\">c</a> <a href=\"../van-ban/a/\">d</a></p>\n")
        XCTAssertEqual(seen, ["van-ban/a/"])
        XCTAssertEqual(result.links.map(\.url), ["javascript:alert(1)", "VBScript:x", "data:text/html,x", "van-ban/a/"])
    }

    func testRewriterReturningAScriptURLIsEmptied() {
        let options = MarkdownOptions(rewriteURL: { _ in " \tjavascript:alert(1)" })
        let result = MarkdownRenderer.render("[a](x.html)\n", options: options)
        XCTAssertEqual(result.html, "<p><a href=\"\">a</a></p>\n")
    }

    func testDangerousURLCheckIgnoresCaseControlCharactersAndTabs() {
        XCTAssertTrue(URLSafety.isDangerous("javascript:x"))
        XCTAssertTrue(URLSafety.isDangerous("  JaVaScRiPt:x"))
        XCTAssertTrue(URLSafety.isDangerous("\u{01}\u{1F} javascript:x"))
        XCTAssertTrue(URLSafety.isDangerous("java\tscr\nipt:x"))
        XCTAssertTrue(URLSafety.isDangerous("vbscript:x"))
        XCTAssertTrue(URLSafety.isDangerous("DATA:text/html;base64,PHNjcmlwdD4="))
        XCTAssertFalse(URLSafety.isDangerous("data:image/png;base64,iVBOR"))
        XCTAssertFalse(URLSafety.isDangerous("javascript-la-gi.html"))
        XCTAssertFalse(URLSafety.isDangerous("https://example.vn/javascript:"))
        XCTAssertFalse(URLSafety.isDangerous(""))
    }

    func testImagesAreLazyAndRewritten() {
        let options = MarkdownOptions(rewriteURL: { "../../" + $0 })
        let result = MarkdownRenderer.render("![Lớp học \"tình thương\"](media/lop-hoc.png \"Ảnh\")\n", options: options)
        XCTAssertEqual(result.html, "<p><img loading=\"lazy\" src=\"../../media/lop-hoc.png\" alt=\"Lớp học &quot;tình thương&quot;\" title=\"Ảnh\" /></p>\n")
        XCTAssertEqual(result.links, [MarkdownLink(url: "media/lop-hoc.png", isImage: true, text: "Lớp học \"tình thương\"", line: 1)])
    }

    func testCodeThatLooksLikeTagsIsNotTouched() {
        let result = MarkdownRenderer.render("`<h2>` và `<img src=x>`\n\n    <h1>\n")
        XCTAssertEqual(result.html, """
            <p><code>&lt;h2&gt;</code> và <code>&lt;img src=x&gt;</code></p>
            <pre><code>&lt;h1&gt;
            </code></pre>

            """)
        XCTAssertEqual(result.headings, [])
    }
}
