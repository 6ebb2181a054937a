import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Markdown
import Pipeline
import XCTest

/// Tests/Fixtures/xss/ carries script, attribute-breaking, Mustache-looking, `</script>` and spreadsheet
/// formula payloads in every kind of input field. The site must build and show them as inert text.
final class XSSTests: XCTestCase {
    static let content = FixturePaths.fixture("xss/content")
    static let outcome = Pipeline.check(BuildOptions(content: content.path, templates: FixturePaths.defaultTemplates,
                                                     output: "/nonexistent/public"))
    static var files: [(path: String, text: String)] { outcome.outputTexts }

    func file(_ path: String) throws -> String { try XCTUnwrap(Self.outcome.outputText(path), path) }

    func testTheSiteBuildsWithOnlyTheExpectedWarnings() {
        XCTAssertEqual(Self.outcome.diagnostics.items.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertEqual(Set(Self.outcome.diagnostics.items.map(\.code)), ["AWARD_DECISION_FORMAT", "AWARD_FORM_UNKNOWN"])
        XCTAssertGreaterThan(Self.files.count, 40)
    }

    /// The only script element of any page is the site's own, and no tag carries an event handler or a script URL.
    func testNoScriptNoHandlerNoScriptURLInAnyTag() {
        var pages = 0
        for f in Self.files where f.path.hasSuffix(".html") || f.path.hasSuffix(".svg") || f.path.hasSuffix(".xml") {
            pages += 1
            let tags = MarkupScanner.tags(in: f.text)
            let scripts = tags.filter { $0.name == "script" && !$0.isClosing }
            XCTAssertLessThanOrEqual(scripts.count, 1, f.path)
            for s in scripts {
                XCTAssertTrue(s.value("src")?.hasSuffix("assets/site.js") ?? false, "\(f.path): \(s)")
                XCTAssertEqual(s.attributes.map(\.name), ["src", "defer"], "\(f.path): \(s)")
            }
            for tag in tags {
                XCTAssertFalse(["iframe", "object", "embed", "base", "img"].contains(tag.name) && tag.value("onerror") != nil, "\(f.path): \(tag)")
                XCTAssertFalse(["iframe", "object", "embed", "base", "frame", "applet"].contains(tag.name), "\(f.path): \(tag)")
                for (name, value) in tag.attributes {
                    XCTAssertFalse(name.hasPrefix("on"), "\(f.path): event handler in \(tag)")
                    if ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "content"].contains(name) {
                        XCTAssertFalse(MarkupScanner.isScriptURL(value), "\(f.path): script URL in \(tag)")
                    }
                    XCTAssertFalse(name == "style" && value.lowercased().contains("javascript:"), "\(f.path): \(tag)")
                }
            }
            XCTAssertEqual(tags.filter { $0.name == "img" }.filter { $0.value("src") == "x" }.count, 0, f.path)
        }
        XCTAssertGreaterThan(pages, 25)
    }

    /// Shown, not dropped: the payloads appear as escaped text where the value belongs.
    func testPayloadsAreShownAsText() throws {
        let model = try file("dien-hinh/nuoi-de/index.html")
        XCTAssertTrue(model.contains("&lt;script&gt;alert(1)&lt;/script&gt; Tổ nuôi dê &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        XCTAssertTrue(model.contains("{{7*7}}"), "Mustache-looking text is text")
        XCTAssertFalse(model.contains("49"), "content is never rendered as a template")
        XCTAssertTrue(model.contains("<!-- raw HTML omitted -->"), "raw HTML in Markdown is omitted")
        XCTAssertTrue(model.contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>"))
        let home = try file("index.html")
        XCTAssertTrue(home.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Phong trào &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        let unit = try file("don-vi/huyen-img-src-x-onerror-alert-1/index.html")
        XCTAssertTrue(unit.contains("Huyện &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    func testJSONFilesParseAndCannotCloseAScriptElement() throws {
        var count = 0
        for f in Self.files where f.path.hasSuffix(".json") {
            count += 1
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(f.text.utf8), options: [.fragmentsAllowed]), f.path)
            XCTAssertFalse(f.text.lowercased().contains("</script"), f.path)
            XCTAssertFalse(f.text.contains("<"), "\(f.path) holds a raw <")
        }
        XCTAssertGreaterThanOrEqual(count, 5)
        // The search index is JSON inside script files: it must not be able to end its script either.
        let index = Self.files.filter { $0.path.hasPrefix("tim-kiem/chi-muc/") }
        XCTAssertFalse(index.isEmpty)
        for f in index {
            XCTAssertFalse(f.text.lowercased().contains("</script"), f.path)
            XCTAssertFalse(f.text.contains("<"), "\(f.path) holds a raw <")
        }
        // The values survive the escaping intact.
        let models = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(file("du-lieu/dien-hinh.json").utf8)) as? [[String: Any]])
        let titles = models.compactMap { $0["title"] as? String }
        XCTAssertTrue(titles.contains("<script>alert(1)</script> Tổ nuôi dê \"><img src=x onerror=alert(1)>"), "\(titles)")
    }

    /// Text cells that a spreadsheet would run are prefixed with `'`; numbers, negative ones included, stay numbers.
    func testCSVDownloadsNeutraliseFormulas() throws {
        let numeric: Set<String> = ["value", "required", "achieved", "year", "from", "to", "derived"]
        var negativeNumbers = 0
        for f in Self.files where f.path.hasSuffix(".csv") {
            let rows = CSVCells.rows(f.text)
            let header = try XCTUnwrap(rows.first, f.path)
            for row in rows.dropFirst() {
                XCTAssertEqual(row.count, header.count, "\(f.path): \(row)")
                for (column, cell) in zip(header, row) {
                    guard let first = cell.unicodeScalars.first else { continue }
                    if numeric.contains(column) {
                        XCTAssertNotNil(Double(cell), "\(f.path) \(column): \(cell)")
                        if first == "-" { negativeNumbers += 1 }
                    } else {
                        XCTAssertFalse("=+-@\t\r".unicodeScalars.contains(first), "\(f.path) \(column): formula cell \(cell)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(negativeNumbers, 0, "the fixture must produce negative figures (achieved changes)")
        let awards = CSVCells.rows(try file("du-lieu/khen-thuong.csv"))
        let column = { (name: String) in awards[0].firstIndex(of: name)! }
        XCTAssertEqual(awards[1][column("decision")], "'=HYPERLINK(\"http://evil.example/\",\"15\")")
        XCTAssertEqual(awards[1][column("position")], "'+cmd|' /C calc'!A0")
        XCTAssertEqual(awards[2][column("form")], "'@SUM(1+1)")
        let units = CSVCells.rows(try file("du-lieu/don-vi.csv"))
        XCTAssertEqual(units.first { $0[0] == "00002" }?[1], "'-2+3")
    }

    func testFeedAndSitemapAreWellFormedXML() throws {
        for path in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: Data(try file(path).utf8))
            XCTAssertTrue(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        XCTAssertTrue(try file("feed.xml").contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Phong trào &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>"))
    }

    /// Links a browser would run never reach a page: the renderer empties them, and the model stage
    /// refuses them at their line (Tests/Fixtures/invalid/link-unsafe).
    func testScriptLinksInMarkdownAreEmptied() {
        let markdown = """
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1)) [d](&#106;avascript:alert(1))
            [e](vbscript:msgbox(1)) [f](data:text/html;base64,PHNjcmlwdD4=) [g](data:text/html,<script>alert(1)</script>)
            [h][ref] <javascript:alert(1)> ![i](javascript:alert(1)) [j]( JAVASCRIPT:alert(1) )

            [ref]: javascript:alert(1)
            """
        let html = MarkdownRenderer.render(markdown).html
        let tags = MarkupScanner.tags(in: html)
        XCTAssertEqual(tags.filter { $0.name == "a" && !$0.isClosing }.count, 10, html)
        for tag in tags {
            for (name, value) in tag.attributes where name == "href" || name == "src" {
                XCTAssertEqual(value, "", "\(tag)")
            }
        }
    }

    func testLinkUnsafeKindStopsTheBuildAtEachLine() throws {
        let (lines, outcome) = try InvalidFixtureTests.run(kind: "link-unsafe")
        XCTAssertEqual(lines.count, 12)
        XCTAssertTrue(lines.allSatisfy { $0.contains(": lỗi [LINK_UNSAFE]") })
        XCTAssertNil(outcome.rendered)
    }
}
