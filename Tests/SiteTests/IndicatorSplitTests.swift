import LinkCheck
@testable import Render
import XCTest

/// A national site splits each `/tien-do/<indicator>/` by region; the progress-round fixture (one
/// province, two districts) is split here by lowering the threshold, which splits it by district.
final class IndicatorSplitTests: XCTestCase {
    func context() throws -> RenderContext { try SplitPagesSupport.context(ProgressFixture.before) }

    func rendered(splitAbove: Int) throws -> [String: String] {
        SplitPagesSupport.pages(ProgressPages.jobs(try context(), splitAbove: splitAbove))
    }

    func treeRows(_ html: String) throws -> [String] {
        let tree = try XCTUnwrap(ProgressFixture.element(id: "moi-don-vi", tag: "section", in: html)
            ?? html.components(separatedBy: "<section aria-labelledby=\"moi-don-vi\">").last)
        return ProgressFixture.tableRows(tree).dropFirst().map { $0[0] }
    }

    func testAProvinceSiteKeepsOnePagePerIndicator() throws {
        let pages = try rendered(splitAbove: RegionParts.splitAbove)
        XCTAssertEqual(pages.keys.filter { $0.hasPrefix("tien-do/ty-le-ho-ngheo/") }, ["tien-do/ty-le-ho-ngheo/index.html"])
        XCTAssertEqual(pages["tien-do/ty-le-ho-ngheo/index.html"], ProgressFixture.file("tien-do/ty-le-ho-ngheo/index.html", in: ProgressFixture.before))
    }

    func testASplitIndicatorHasOnePagePerRegionWithEveryUnitUnderIt() throws {
        let pages = try rendered(splitAbove: 0)
        XCTAssertEqual(pages.keys.filter { $0.hasPrefix("tien-do/ty-le-ho-ngheo/") }.sorted(), [
            "tien-do/ty-le-ho-ngheo/huyen-dong/index.html", "tien-do/ty-le-ho-ngheo/huyen-tay/index.html",
            "tien-do/ty-le-ho-ngheo/index.html",
        ])
        let summary = try XCTUnwrap(pages["tien-do/ty-le-ho-ngheo/index.html"])
        XCTAssertTrue(summary.contains("<h2 id=\"tung-vung\">Từng đơn vị cấp huyện</h2>"))
        XCTAssertTrue(summary.contains("<li><a href=\"../../tien-do/ty-le-ho-ngheo/huyen-dong/index.html\">Huyện Đông</a>"))
        XCTAssertTrue(summary.contains("<li><a href=\"../../tien-do/ty-le-ho-ngheo/huyen-tay/index.html\">Huyện Tây</a>"))

        let east = try XCTUnwrap(pages["tien-do/ty-le-ho-ngheo/huyen-dong/index.html"])
        XCTAssertTrue(east.contains("<h1>Tỷ lệ hộ nghèo: Huyện Đông</h1>"), String(east.prefix(4000)))
        XCTAssertTrue(east.contains("<a href=\"../../../tien-do/ty-le-ho-ngheo/index.html\">Tỷ lệ hộ nghèo: toàn bộ các đơn vị</a>"))
        XCTAssertEqual(try treeRows(east), ["Huyện Đông", "Xã An Bình", "Xã Bình Minh"])
        XCTAssertFalse(east.contains("Cao Sơn"), "another district's commune on Huyện Đông's page")
        XCTAssertEqual(try treeRows(try XCTUnwrap(pages["tien-do/ty-le-ho-ngheo/huyen-tay/index.html"])),
                       ["Huyện Tây", "Xã Cao Sơn", "Xã Đồng Tâm"])
    }

    func testAUnitPageLinksItsIndicatorsToItsRegionsPage() throws {
        let base = try context()
        let ctx = RenderContext(site: base.site, computation: base.computation, templates: base.templates, splitAbove: 0)
        let files = SiteRenderer.render(SiteRenderer.jobs(ctx)[...])
        let commune = try XCTUnwrap(files.first { $0.path == "don-vi/xa-an-binh/index.html" }).bytes
        let html = String(decoding: commune, as: UTF8.self)
        XCTAssertTrue(html.contains("href=\"../../tien-do/ty-le-ho-ngheo/huyen-dong/index.html\""), "links the district's page")
        XCTAssertFalse(html.contains("href=\"../../tien-do/ty-le-ho-ngheo/index.html\""))
        let paths = Set(files.map(\.path)).union(SiteRenderer.copies(ctx).map(\.path))
        XCTAssertEqual(LinkChecker.check(files: files, against: SitePaths(paths)).map { "\($0.page): \($0.target)" }, [])
    }

    func testSplitPagesAreWellFormed() throws {
        SplitPagesSupport.assertWellFormed(try context()) { ProgressPages.jobs($0, splitAbove: 0) }
    }
}
