import XCTest
@testable import Charts

final class GoldenTests: XCTestCase {
    func testLineChartMatchesGolden() throws {
        try assertGolden(Samples.line.svg(), named: "line")
    }

    func testBarChartMatchesGolden() throws {
        try assertGolden(Samples.bar.svg(), named: "bar")
    }

    func testStackedBarChartMatchesGolden() throws {
        try assertGolden(Samples.stacked.svg(), named: "stacked")
    }

    func testSparklineMatchesGolden() throws {
        try assertGolden(Samples.sparkline.svg(), named: "sparkline")
    }
}
