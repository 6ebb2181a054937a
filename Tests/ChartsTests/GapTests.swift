import XCTest
@testable import Charts

final class GapTests: XCTestCase {
    private func lineChart(_ values: [Double?], statuses: [ChartStatus] = []) -> SVGInspection {
        let labels = values.indices.map { String(2020 + $0) }
        let chart = LineChart(id: "g", title: "t", description: "d", xLabels: labels,
                              series: [.actual(name: "Thực hiện", values: values, statuses: statuses)],
                              yFormatter: viPercent, yStartsAtZero: true)
        return SVGInspection.parse(chart.svg())
    }

    func testMissingYearSplitsTheLine() {
        let paths = lineChart([1, 2, nil, 4, 5]).seriesPaths("chart-actual")
        XCTAssertEqual(paths.count, 1)
        XCTAssertEqual(commands(paths[0]), "MLML")
    }

    func testMissingYearIsNotDrawnAsZero() {
        // With the axis from 0, a zero would sit on the baseline; no point may go there.
        let parsed = lineChart([1, nil, 1])
        let baseline = parsed.all("line").first { $0["class"] == "chart-axis" }!["y1"]!
        XCTAssertFalse(parsed.seriesPaths("chart-actual")[0].contains(" " + baseline))
        XCTAssertEqual(parsed.all("circle").filter { ($0["class"] ?? "").contains("chart-marker") }.count, 2)
    }

    func testIsolatedPointsStillGetAMarkerWhenMarkersAreOff() {
        let chart = LineChart(id: "g", title: "t", description: "d", xLabels: ["1", "2", "3", "4"],
                              series: [.target(name: "Mục tiêu", values: [5, nil, 3, 2])],
                              yFormatter: viPercent)
        let parsed = SVGInspection.parse(chart.svg())
        XCTAssertEqual(commands(parsed.seriesPaths("chart-target")[0]), "MML")
        let markers = parsed.all("circle").filter { ($0["class"] ?? "").contains("chart-marker") }
        XCTAssertEqual(markers.count, 1, "only the lone first point needs a marker")
    }

    func testMarkerShapeFollowsStatus() {
        let parsed = lineChart([1, 2, 3, 4], statuses: [.met, .notMet, .noData, .none])
        let markers = parsed.elements.filter { hasClass($0.attributes, "chart-marker") }
        // The legend repeats met, not met and no data first; the plotted points follow.
        XCTAssertEqual(markers.map(\.name), ["circle", "path", "path", "circle", "path", "path", "circle"])
        XCTAssertEqual(markers.suffix(4).map { $0.attributes["class"]! }, [
            "chart-marker status-dat", "chart-marker status-chua-dat",
            "chart-marker chart-marker-hollow status-thieu",
            "chart-marker chart-marker-hollow chart-actual chart-series-1",
        ])
    }

    func testSparklineGap() {
        let parsed = SVGInspection.parse(Sparkline(id: "s", title: "t", description: "d",
                                                   values: [3, 2, nil, 2, 1]).svg())
        XCTAssertEqual(commands(parsed.seriesPaths("chart-actual")[0]), "MLML")
    }

    func testEmptyLineChartSaysSo() {
        let parsed = lineChart([nil, nil])
        XCTAssertTrue(parsed.seriesPaths("chart-actual").isEmpty)
        XCTAssertTrue(parsed.texts.contains("Chưa có số liệu"))
    }

    func testBarWithoutValueSaysSo() {
        let svg = BarChart(id: "b", title: "t", description: "d",
                           bars: [Bar(label: "Xã A", value: 2), Bar(label: "Xã B", value: nil)],
                           valueFormatter: viPercent).svg()
        let parsed = SVGInspection.parse(svg)
        XCTAssertEqual(parsed.all("rect").filter { ($0["class"] ?? "").hasPrefix("chart-bar") }.count, 1)
        XCTAssertTrue(parsed.texts.contains("chưa có số liệu"))
    }
}
