import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// feed.xml of the showcase fixture, read with Foundation's XML parser as any feed reader would.
final class FeedTests: XCTestCase {
    static let atom = "http://www.w3.org/2005/Atom"

    /// What the parser saw: the root element and, per entry, its child elements' text and link hrefs.
    final class AtomReader: NSObject, XMLParserDelegate {
        var root: (name: String, namespace: String?)?
        var feedUpdated = ""
        var entries: [[String: String]] = []
        private var current: [String: String]?
        private var text = ""
        private var depth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            depth += 1
            if root == nil { root = (name, namespaceURI) }
            guard namespaceURI == FeedTests.atom else { return }
            if name == "entry" { current = [:] }
            if name == "link", current != nil, attributes["rel"] ?? "alternate" == "alternate" { current?["link"] = attributes["href"] }
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { depth -= 1 }
            if name == "entry", let e = current { entries.append(e); current = nil; return }
            if current != nil, ["id", "title", "updated"].contains(name) { current?[name] = text }
            if current == nil, depth == 2, name == "updated" { feedUpdated = text }
        }
    }

    func read() throws -> AtomReader {
        let xml = try XCTUnwrap(ShowcaseFixture.file("feed.xml"))
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        let reader = AtomReader()
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), "feed.xml is not well-formed XML: \(String(describing: parser.parserError))")
        return reader
    }

    func testFeedIsAtomWithCompleteEntriesNewestFirst() throws {
        let feed = try read()
        XCTAssertEqual(feed.root?.name, "feed")
        XCTAssertEqual(feed.root?.namespace, Self.atom)
        let rfc3339 = try NSRegularExpression(pattern: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#)
        let dates = ISO8601DateFormatter()
        var previous = Date.distantFuture
        for e in feed.entries {
            for key in ["id", "title", "updated", "link"] {
                XCTAssertFalse((e[key] ?? "").isEmpty, "entry \(e) lacks \(key)")
            }
            let updated = e["updated"] ?? ""
            XCTAssertEqual(rfc3339.numberOfMatches(in: updated, range: NSRange(updated.startIndex..., in: updated)), 1, updated)
            let date = try XCTUnwrap(dates.date(from: updated), updated)
            XCTAssertLessThanOrEqual(date, previous, "entries must be newest first")
            previous = date
            XCTAssertTrue(e["link"]!.hasPrefix("https://thu.example.vn/thi-dua/"), "absolute link expected: \(e["link"]!)")
            XCTAssertEqual(e["id"], e["link"])
        }
        XCTAssertEqual(feed.feedUpdated, "2024-02-01T00:00:00Z")
        // Models use `published`, else the end of their year; documents their date. The draft is absent.
        XCTAssertEqual(feed.entries.map { "\($0["updated"]!.prefix(10)) \($0["link"]!.dropFirst("https://thu.example.vn/thi-dua/".count))" }, [
            "2024-02-01 dien-hinh/det-vai/",
            "2023-12-31 dien-hinh/hop-tac-xa-mien/",
            "2023-03-20 dien-hinh/nuoi-de/",
            "2023-02-28 van-ban/qd-215/",
            "2021-12-31 dien-hinh/de-hai/",
            "2021-12-31 dien-hinh/vay-von/",
            "2021-03-05 van-ban/ke-hoach/",
        ])
    }

    func testSitemapAndSearchIndexListPublishedModelsOnly() throws {
        let sitemap = try XCTUnwrap(ShowcaseFixture.file("sitemap.xml"))
        for page in ["dien-hinh/", "dien-hinh/nuoi-de/", "dien-hinh/nuoi-de/bao-chi/", "dien-hinh/do-phu/",
                     "dien-hinh/linh-vuc/chan-nuoi/", "khen-thuong/2023/"] {
            XCTAssertTrue(sitemap.contains("<loc>https://thu.example.vn/thi-dua/\(page)</loc>"), page)
        }
        // The search index is sharded into script files under tim-kiem/chi-muc/; its records list paths.
        let index = ShowcaseFixture.shared.rendered!.files.filter { $0.path.hasPrefix("tim-kiem/chi-muc/") }
        XCTAssertFalse(index.isEmpty)
        let search = index.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        XCTAssertTrue(search.contains("\"dien-hinh/det-vai/index.html\""))
        XCTAssertFalse(search.contains("ban-nhap"))
    }
}
