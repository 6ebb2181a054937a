@testable import Render
import XCTest

/// A national site splits each year's commendations by region; the showcase fixture (one province,
/// two districts, an agency) is split here by lowering the threshold, which splits it by district.
final class AwardSplitTests: XCTestCase {
    func context() throws -> RenderContext { try SplitPagesSupport.context(ShowcaseFixture.shared) }

    func rendered(splitAbove: Int) throws -> [String: String] {
        SplitPagesSupport.pages(AwardPages.jobs(try context(), splitAbove: splitAbove))
    }

    /// Award rows (table rows in tbody) on a page.
    func rowCount(_ html: String) -> Int {
        html.components(separatedBy: "<table class=\"data-table awards-table\">").dropFirst()
            .map { $0.components(separatedBy: "</table>")[0].components(separatedBy: "<tbody>").last!.components(separatedBy: "<tr").count - 1 }
            .reduce(0, +)
    }

    func testAProvinceSiteKeepsOneListPerYear() throws {
        let pages = try rendered(splitAbove: RegionParts.splitAbove)
        XCTAssertEqual(pages.keys.filter { $0.hasPrefix("khen-thuong/2022/") }, ["khen-thuong/2022/index.html"])
        for path in ["khen-thuong/index.html", "khen-thuong/2022/index.html", "khen-thuong/2023/index.html"] {
            XCTAssertEqual(pages[path], ShowcaseFixture.file(path), path)
        }
    }

    func testASplitYearListsEveryCommendationOnceOnItsRegionOrTheYearPage() throws {
        let pages = try rendered(splitAbove: 0)
        XCTAssertEqual(pages.keys.filter { $0.hasPrefix("khen-thuong/2023/") }.sorted(), [
            "khen-thuong/2023/huyen-dong/index.html", "khen-thuong/2023/huyen-tay/index.html", "khen-thuong/2023/index.html",
        ])
        let year = try XCTUnwrap(pages["khen-thuong/2023/index.html"])
        XCTAssertTrue(year.contains("<h2 id=\"tung-vung\">Từng đơn vị cấp huyện</h2>"))
        XCTAssertTrue(year.contains("<a href=\"../../khen-thuong/2023/huyen-dong/index.html\">Huyện Đông</a> <span class=\"muted\">1 lượt</span>"), year)
        XCTAssertTrue(year.contains("1 lượt của các đơn vị không thuộc đơn vị cấp huyện nào được liệt kê ngay dưới đây."))
        XCTAssertEqual(rowCount(year), 1, "the agency's commendation stays on the year page")
        let east = try XCTUnwrap(pages["khen-thuong/2023/huyen-dong/index.html"])
        XCTAssertTrue(east.contains("<h1>Khen thưởng năm 2023: Huyện Đông</h1>"))
        XCTAssertTrue(east.contains("<a href=\"../../../khen-thuong/2023/index.html\">Mọi đơn vị năm 2023</a>"))
        XCTAssertEqual(rowCount(east), 1)
        XCTAssertEqual(rowCount(try XCTUnwrap(pages["khen-thuong/2023/huyen-tay/index.html"])), 1)
        // 2022: four commendations, all in the districts.
        let in2022 = pages.filter { $0.key.hasPrefix("khen-thuong/2022/") }.values.map(rowCount).reduce(0, +)
        XCTAssertEqual(in2022, 4)
        // The all-years page sends "see all" to the list of regions of a split year.
        XCTAssertFalse(try XCTUnwrap(pages["khen-thuong/index.html"]).contains("khen-thuong/2023/index.html#hinh-thuc"))
    }

    func testSearchLeadsToThePageThatListsTheCommendation() throws {
        let ctx = try context()
        let paths = Set(SearchPage.records(ctx, splitAbove: 0).filter { $0.kind == 3 }.map(\.path))
        let pages = Set(AwardPages.jobs(ctx, splitAbove: 0).map(\.path)).union(ctx.site.models.map { Routes.model($0) })
        XCTAssertTrue(paths.isSubset(of: pages), "\(paths.subtracting(pages))")
        XCTAssertTrue(paths.contains("khen-thuong/2023/huyen-tay/index.html"), "\(paths)")
        XCTAssertFalse(paths.contains("khen-thuong/2022/index.html"), "2022's commendations are all on the districts' pages")
        XCTAssertFalse(Set(SearchPage.records(ctx).map(\.path)).contains { $0.contains("huyen-tay") && $0.hasPrefix("khen-thuong/") })
    }

    func testSplitPagesAreWellFormed() throws {
        SplitPagesSupport.assertWellFormed(try context()) { AwardPages.jobs($0, splitAbove: 0) }
    }
}
