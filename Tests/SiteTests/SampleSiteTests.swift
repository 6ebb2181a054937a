import Diagnostics
import Foundation
@testable import LinkCheck
import Pipeline
import SiteOutput
import XCTest

/// The sample province site in content/ with the default theme.
final class SampleSiteTests: XCTestCase {
    /// Checked once for every test of this class: each check renders the whole site.
    static let checked = Pipeline.check(BuildOptions(content: FixturePaths.sampleContent, templates: FixturePaths.defaultTemplates))

    func testSampleSiteBuildsWithNoErrorsOrWarningsAndEveryLinkResolves() {
        let o = Self.checked
        XCTAssertEqual(DiagnosticPrinter.text(o.diagnostics), "", "the sample site must be clean")
        let paths = Set(o.rendered?.files.map(\.path) ?? [])
        for page in ["index.html", "don-vi/index.html", "tien-do/index.html", "dien-hinh/index.html", "khen-thuong/index.html",
                     "van-ban/index.html", "du-lieu/index.html", "tim-kiem/index.html", "404.html", "feed.xml",
                     "sitemap.xml", "robots.txt", "du-lieu/don-vi.csv", "du-lieu/so-lieu.csv", "du-lieu/muc-tieu.csv",
                     "du-lieu/khen-thuong.csv", "du-lieu/dien-hinh.json", "assets/site.css", "assets/site.js"] {
            XCTAssertTrue(paths.contains(page), "missing \(page)")
        }
        XCTAssertGreaterThan(o.rendered?.pageCount ?? 0, 250)
    }

    func testUnitsCSVHasTheOpenDataColumns() throws {
        let o = Self.checked
        let file = try XCTUnwrap(o.rendered?.files.first { $0.path == "du-lieu/don-vi.csv" })
        let text = String(decoding: file.bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}code,name,level,parent,url\r\n20,Tỉnh Lạng Sơn,tinh,,https://"))
    }

    /// Story headings and the theme's own sections share a page; fragment links need each id once.
    func testNoPageRepeatsAnID() throws {
        let o = Self.checked
        let pattern = try NSRegularExpression(pattern: #"\sid="([^"]+)""#)
        var pages = 0
        for f in o.rendered?.files ?? [] where f.path.hasSuffix(".html") {
            pages += 1
            let text = String(decoding: f.bytes, as: UTF8.self)
            var seen = Set<String>()
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let id = String(text[Range(m.range(at: 1), in: text)!])
                XCTAssertTrue(seen.insert(id).inserted, "\(f.path): id “\(id)” twice")
            }
        }
        XCTAssertGreaterThan(pages, 250)
    }

    /// Issue 7: pages stay light; every page loads the one stylesheet and the one script.
    func testThemeCSSAndJSTogetherStayUnder60KB() throws {
        let o = Self.checked
        let files = o.rendered?.files ?? []
        let css = try XCTUnwrap(files.first { $0.path == "assets/site.css" }).bytes.count
        let js = try XCTUnwrap(files.first { $0.path == "assets/site.js" }).bytes.count
        XCTAssertLessThan(css + js, 60_000, "site.css \(css) B + site.js \(js) B")
        let home = String(decoding: try XCTUnwrap(files.first { $0.path == "index.html" }).bytes, as: UTF8.self)
        XCTAssertEqual(home.components(separatedBy: "<link rel=\"stylesheet\"").count - 1, 1)
        XCTAssertEqual(home.components(separatedBy: "<script").count - 1, 1)
    }

    /// The charts the renderer marks for the link check are whole `<svg>` elements in every page, in
    /// order, and hold no link: the check finds the same attributes with and without passing over them.
    func testChartRangesAreWholeSVGElementsWithNoLinks() throws {
        let files = try XCTUnwrap(Self.checked.rendered?.files).filter { $0.path.hasSuffix(".html") }
        var marked = 0
        for file in files {
            var end = 0
            for r in file.linkFree {
                XCTAssertGreaterThanOrEqual(r.lowerBound, end, file.path)
                end = r.upperBound
                let text = String(decoding: file.bytes[r], as: UTF8.self)
                XCTAssertTrue(text.hasPrefix("<svg ") && text.hasSuffix("</svg>\n"), "\(file.path): \(text.prefix(60))")
                XCTAssertFalse(text.contains("href") || text.contains("src="), file.path)
            }
            marked += file.linkFree.count
        }
        XCTAssertGreaterThan(marked, 100, "unit pages carry charts")
        for file in files {
            XCTAssertEqual(Self.attributes(file.bytes, skipping: file.linkFree), Self.attributes(file.bytes, skipping: []), file.path)
        }
    }

    static func attributes(_ bytes: [UInt8], skipping ranges: [Range<Int>]) -> [String] {
        bytes.withUnsafeBufferPointer { html in
            var scanner = HTMLAttributeScanner(html, skipping: ranges)
            var out: [String] = []
            while let (attribute, range) = scanner.next() { out.append(attribute.rawValue + "=" + String(decoding: html[range], as: UTF8.self)) }
            return out
        }
    }
}
