import Foundation
import Pipeline
@testable import Render
import XCTest

/// A district's browse page lists the other districts beside it. On a national site (700 districts)
/// that is only the districts of its province, with a link to the whole list; the showcase fixture,
/// with a second province added, is cut here at one district.
final class ShowcaseSiblingsTests: XCTestCase {
    /// The showcase fixture plus Tỉnh Khác with one district, one commune and a published model there.
    static let twoProvinces: Pipeline.Outcome = {
        let folder = FixturePaths.temporaryFolder("siblings")
        let content = folder.appendingPathComponent("content")
        try! FileManager.default.copyItem(atPath: ShowcaseFixture.content, toPath: content.path)
        let units = content.appendingPathComponent("units.csv")
        let added = "02,Tỉnh Khác,tinh,,\n003,Huyện Nam,huyen,02,\n00005,Xã Năm,xa,003,\n"
        try! (String(contentsOf: units, encoding: .utf8) + added).write(to: units, atomically: true, encoding: .utf8)
        let model = """
        ---
        title: "Hợp tác xã rau sạch xã Năm"
        unit: "00005"
        year: 2023
        subject: tap_the
        field: "Trồng trọt"
        summary: "Rau sạch bán cho trường học trong huyện."
        published: 2023-05-02
        ---
        Hợp tác xã có mười hai thành viên.

        """
        try! model.write(to: content.appendingPathComponent("models/rau-sach.md"), atomically: true, encoding: .utf8)
        return ShowcaseFixture.outcome(content: content.path)
    }()

    func context() throws -> RenderContext { try SplitPagesSupport.context(Self.twoProvinces) }

    func siblingsNav(_ html: String) -> String? {
        guard let start = html.range(of: "<nav class=\"showcase-siblings\""), let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    func testAFewDistrictsAreAllListed() throws {
        let pages = SplitPagesSupport.pages(ShowcasePages.jobs(try context(), pageSize: CardPaging.pageSize, pagedAbove: CardPaging.pagedAbove))
        let nav = try XCTUnwrap(siblingsNav(try XCTUnwrap(pages["dien-hinh/huyen/huyen-dong/index.html"])))
        XCTAssertEqual(nav, """
        <nav class="showcase-siblings" aria-labelledby="cung-nhom">
          <h2 id="cung-nhom">Huyện khác</h2>
          <ul class="chip-list"><li><a class="chip" href="../../../dien-hinh/huyen/huyen-nam/index.html">Huyện Nam (1)</a></li><li><span class="chip" aria-current="page">Huyện Đông (3)</span></li><li><a class="chip" href="../../../dien-hinh/huyen/huyen-tay/index.html">Huyện Tây (1)</a></li></ul>
        </nav>
        """)
    }

    func testManyDistrictsListOnlyTheProvincesOwn() throws {
        let pages = SplitPagesSupport.pages(ShowcasePages.jobs(try context(), pageSize: CardPaging.pageSize,
                                                               pagedAbove: CardPaging.pagedAbove, siblingsAbove: 1))
        let nav = try XCTUnwrap(siblingsNav(try XCTUnwrap(pages["dien-hinh/huyen/huyen-dong/index.html"])))
        XCTAssertEqual(nav, """
        <nav class="showcase-siblings" aria-labelledby="cung-nhom">
          <h2 id="cung-nhom">Huyện khác trong Tỉnh Thử</h2>
          <ul class="chip-list"><li><span class="chip" aria-current="page">Huyện Đông (3)</span></li><li><a class="chip" href="../../../dien-hinh/huyen/huyen-tay/index.html">Huyện Tây (1)</a></li></ul>
          <p><a href="../../../dien-hinh/index.html#duyet-district">Tất cả 3 huyện có điển hình</a></p>
        </nav>
        """)
        // A district alone in its province still links to the whole list.
        let alone = try XCTUnwrap(siblingsNav(try XCTUnwrap(pages["dien-hinh/huyen/huyen-nam/index.html"])))
        XCTAssertTrue(alone.contains("<h2 id=\"cung-nhom\">Huyện khác trong Tỉnh Khác</h2>"), alone)
        XCTAssertTrue(alone.contains("<span class=\"chip\" aria-current=\"page\">Huyện Nam (1)</span></li></ul>"), alone)
        XCTAssertTrue(alone.contains("#duyet-district\">Tất cả 3 huyện có điển hình</a>"), alone)
        // The other groups (fields, years) keep every entry: only districts belong to a province.
        let year = try XCTUnwrap(siblingsNav(try XCTUnwrap(pages["dien-hinh/nam/2023/index.html"])))
        XCTAssertFalse(year.contains("Tất cả"), year)
        XCTAssertTrue(try XCTUnwrap(pages["dien-hinh/index.html"]).contains("<section class=\"facet-group\" id=\"duyet-district\""))
    }

    func testCutSiblingsAreWellFormed() throws {
        SplitPagesSupport.assertWellFormed(try context()) {
            ShowcasePages.jobs($0, pageSize: CardPaging.pageSize, pagedAbove: CardPaging.pagedAbove, siblingsAbove: 1)
        }
    }
}
