import Foundation
import XCTest

/// The trend chart of one unit page, byte for byte. `THIDUA_RECORD=1` rewrites the golden file after
/// a deliberate change; review the diff before committing it.
final class ProgressGoldenTests: XCTestCase {
    func testTrendChartOfACommuneIsExact() throws {
        let html = try XCTUnwrap(ProgressFixture.file("don-vi/xa-an-binh/index.html", in: ProgressFixture.before))
        let figure = try XCTUnwrap(ProgressFixture.element(id: "xu-huong-ty-le-ho-ngheo", tag: "figure", in: html))
        let start = try XCTUnwrap(figure.range(of: "<svg "))
        let end = try XCTUnwrap(figure.range(of: "</svg>\n"))
        let svg = String(figure[start.lowerBound..<end.upperBound])
        let golden = ProgressFixture.base.appendingPathComponent("expected/xa-an-binh-ty-le-ho-ngheo.svg")
        if ProcessInfo.processInfo.environment["THIDUA_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: golden)
        }
        XCTAssertEqual(svg, try String(contentsOf: golden, encoding: .utf8))
    }
}
