import LinkCheck
import Pipeline
@testable import Render
import SiteOutput
import XCTest

/// A national site splits each `/tien-do/<indicator>/` by region; the progress-round fixture (one
/// province, two districts) is split here by lowering the threshold, which splits it by district.
final class IndicatorPartsTests: XCTestCase {
    func context() throws -> RenderContext {
        let o = ProgressFixture.before
        let (templates, _) = TemplateSet.load(directory: FixturePaths.defaultTemplates)
        return RenderContext(site: try XCTUnwrap(o.site), computation: try XCTUnwrap(o.computation), templates: try XCTUnwrap(templates))
    }

    func rendered(splitAbove: Int) throws -> [String: String] {
        let files = SiteRenderer.render(ProgressPages.jobs(try context(), splitAbove: splitAbove)[...])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    func treeRows(_ html: String) throws -> [String] {
        let tree = try XCTUnwrap(ProgressFixture.element(id: "moi-don-vi", tag: "section", in: html)
            ?? html.components(separatedBy: "<section aria-labelledby=\"moi-don-vi\">").last)
        return ProgressFixture.tableRows(tree).dropFirst().map { $0[0] }
    }

    func testAProvinceSiteKeepsOnePagePerIndicator() throws {
        let pages = try rendered(splitAbove: IndicatorParts.splitAbove)
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

    func testEveryLinkOfTheSplitPagesResolves() throws {
        let ctx = try context()
        let files = SiteRenderer.render(ProgressPages.jobs(ctx, splitAbove: 0)[...])
        var paths = Set(SiteRenderer.jobs(ctx).map(\.path)).union(files.map(\.path))
        paths.formUnion(SiteRenderer.copies(ctx).map(\.path))
        XCTAssertEqual(LinkChecker.check(files: files, against: SitePaths(paths)).map { "\($0.page): \($0.target)" }, [])
        for f in files {
            let ids = String(decoding: f.bytes, as: UTF8.self).matches(of: #/\sid="([^"]+)"/#).map { String($0.output.1) }
            XCTAssertEqual(ids.count, Set(ids).count, f.path)
        }
    }

    func testSplitPagesRenderTheSameWithSwiftMustache() throws {
        let ctx = try context()
        let comparison = TemplateComparison()
        let both = RenderContext(site: ctx.site, computation: ctx.computation, templates: ctx.templates.with(engine: .compare(comparison)))
        _ = SiteRenderer.render(ProgressPages.jobs(both, splitAbove: 0)[...])
        XCTAssertGreaterThan(comparison.compared, 0)
        XCTAssertEqual(comparison.gaveUp, 0)
        XCTAssertEqual(comparison.mismatches.map(\.template), [])
    }
}
