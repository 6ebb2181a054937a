@testable import Render
import XCTest

/// A national showcase (3,000 models) is cut into pages of `CardPaging.pageSize` cards once a list has
/// more than `CardPaging.pagedAbove`; the showcase fixture (5 published models) is cut here into pages of 2.
final class ShowcasePagingTests: XCTestCase {
    func context() throws -> RenderContext { try SplitPagesSupport.context(ShowcaseFixture.shared) }

    /// Model ids of the cards on a page, in order.
    func cards(_ html: String) -> [String] {
        html.matches(of: #/<h3 class="card-title"><a href="[^"]*dien-hinh/([^/"]+)/index\.html">/#).map { String($0.output.1) }
    }

    func testAShowcaseThatFitsOnOnePageIsUnchanged() throws {
        let pages = SplitPagesSupport.pages(ShowcasePages.jobs(try context(), pageSize: CardPaging.pageSize, pagedAbove: CardPaging.pagedAbove))
        XCTAssertFalse(pages.keys.contains { $0.contains("/trang/") })
        for path in ["dien-hinh/index.html", "dien-hinh/nam/2023/index.html"] {
            XCTAssertEqual(pages[path], ShowcaseFixture.file(path), path)
        }
    }

    func testPagesListEveryModelOnceInShowcaseOrder() throws {
        let ctx = try context()
        let pages = SplitPagesSupport.pages(ShowcasePages.jobs(ctx, pageSize: 2, pagedAbove: 2))
        let index = ["dien-hinh/index.html", "dien-hinh/trang/2/index.html", "dien-hinh/trang/3/index.html"]
        XCTAssertEqual(pages.keys.filter { $0.hasPrefix("dien-hinh/trang/") }.sorted(), Array(index.dropFirst()))
        XCTAssertEqual(index.flatMap { cards(pages[$0]!) }, ctx.modelOrder.map { ctx.site.models[$0].id })
        let second = try XCTUnwrap(pages["dien-hinh/trang/2/index.html"])
        XCTAssertTrue(second.contains("<title>Điển hình tiên tiến (trang 2/3) – "))
        XCTAssertTrue(second.contains("<span class=\"chip\" aria-current=\"page\">2</span>"))
        XCTAssertTrue(second.contains("<a class=\"chip\" href=\"../../../dien-hinh/index.html\">1</a>"))
        XCTAssertFalse(second.contains("showcase-filter"), "an in-page filter would only filter this page's cards")
        XCTAssertTrue(try XCTUnwrap(pages["dien-hinh/index.html"]).contains("<p>Trang 1/3, mỗi trang 2 điển hình:</p>"))
        // A browse page with more models than a page holds is cut the same way.
        let facetPages = pages.keys.filter { $0.contains("/trang/") && !$0.hasPrefix("dien-hinh/trang/") }
        XCTAssertFalse(facetPages.isEmpty, "no browse page has more than two models")
        for second in facetPages {
            let first = second.components(separatedBy: "trang/")[0] + "index.html"
            XCTAssertEqual(cards(pages[first]!).count, 2, first)
            XCTAssertTrue(pages[second]!.contains("<span class=\"chip\" aria-current=\"page\">"), second)
        }
        let titles = pages.values.compactMap { $0.firstMatch(of: #/<title>([^<]+)</title>/#).map { String($0.output.1) } }
        XCTAssertEqual(titles.count, Set(titles).count, "every page has its own title")
    }

    func testPagedShowcaseIsWellFormed() throws {
        SplitPagesSupport.assertWellFormed(try context()) { ShowcasePages.jobs($0, pageSize: 2, pagedAbove: 2) }
    }
}
