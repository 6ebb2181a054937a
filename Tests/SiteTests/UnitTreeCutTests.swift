import Foundation
import Pipeline
@testable import Render
import XCTest

/// A national tree (10,794 units) stops at the level below the regions; each unit's own page lists
/// its units. Here a second province makes the provinces the regions and the threshold is lowered.
final class UnitTreeCutTests: XCTestCase {
    func testTheTreeStopsBelowTheRegionsAndLinksEachUnitsOwnList() throws {
        let workspace = try FixtureWorkspace(copying: FixturePaths.fixture("progress-round"), label: "tree-cut")
        defer { workspace.delete() }
        let units = try String(contentsOfFile: workspace.contentPath + "/units.csv", encoding: .utf8)
        try workspace.write("units.csv", units + "02,Tỉnh Hai,tinh,,\n021,Huyện Mới,huyen,02,\n02101,Xã Mới,xa,021,\n")
        let o = workspace.check()
        XCTAssertTrue(o.succeeded, "\(o.diagnostics.items.map(\.code))")
        let ctx = try SplitPagesSupport.context(o)

        let cut = String(decoding: UnitPages.treePage(ctx, splitAbove: 0).bytes, as: UTF8.self)
        XCTAssertTrue(cut.contains("<p>Cây dưới đây dừng ở cấp huyện; các đơn vị trực thuộc của mỗi đơn vị cấp huyện có trong trang của đơn vị đó.</p>"))
        XCTAssertTrue(cut.contains("<a class=\"muted\" href=\"../don-vi/huyen-dong/index.html\">2 đơn vị trực thuộc</a>"), cut)
        XCTAssertFalse(cut.contains("Xã An Bình"), "communes are listed on their district's page")
        XCTAssertTrue(cut.contains("Huyện Mới"))

        let whole = String(decoding: UnitPages.treePage(ctx).bytes, as: UTF8.self)
        XCTAssertTrue(whole.contains("Xã An Bình"))
        XCTAssertFalse(whole.contains("Cây dưới đây dừng"))
        XCTAssertFalse(whole.contains("class=\"muted\" href="))
    }
}
