import XCTest
@testable import Charts

final class EdgeCaseTests: XCTestCase {
    func testEmptyInputsStillGiveWellFormedCharts() {
        _ = SVGInspection.parse(LineChart(id: "a", title: "t", description: "d", xLabels: [], series: [],
                                          yFormatter: viPercent).svg())
        _ = SVGInspection.parse(BarChart(id: "b", title: "t", description: "d", bars: [],
                                         valueFormatter: viPercent).svg())
        _ = SVGInspection.parse(StackedBarChart(id: "c", title: "t", description: "d", columns: [],
                                                countFormatter: viCount).svg())
        let spark = SVGInspection.parse(Sparkline(id: "e", title: "t", description: "d", values: [nil, .nan]).svg())
        XCTAssertEqual(spark.elements.map(\.name), ["svg", "title", "desc"])
    }

    func testShortSeriesCountAsMissingYears() {
        let chart = LineChart(id: "a", title: "t", description: "d", xLabels: ["1", "2", "3", "4"],
                              series: [.actual(name: "A", values: [1, 2])], yFormatter: viPercent)
        XCTAssertEqual(commands(SVGInspection.parse(chart.svg()).seriesPaths("chart-actual")[0]), "ML")
    }

    func testCrowdedYearLabelsKeepTheLatest() {
        let years = (2011...2030).map(String.init)
        let chart = LineChart(id: "a", title: "t", description: "d", xLabels: years,
                              series: [.actual(name: "A", values: years.indices.map { Double($0) })],
                              yFormatter: viPercent, width: 320)
        let shown = SVGInspection.parse(chart.svg()).texts.filter { $0.hasPrefix("20") && $0.count == 4 }
        XCTAssertEqual(shown.last, "2030")
        XCTAssertLessThan(shown.count, years.count)
        XCTAssertEqual(shown, ["2012", "2015", "2018", "2021", "2024", "2027", "2030"])
    }

    func testNegativeBarsGrowLeftFromZero() {
        let parsed = SVGInspection.parse(BarChart(
            id: "n", title: "t", description: "d",
            bars: [Bar(label: "Tăng", value: 2), Bar(label: "Giảm", value: -1)],
            valueFormatter: { viNumber($0) }).svg())
        let bars = parsed.all("rect").filter { hasClass($0, "chart-bar") }
        let zero = parsed.all("line").first { $0["class"] == "chart-axis" }!["x1"]!
        XCTAssertEqual(bars[0]["x"], zero)
        let negativeEnd = Double(bars[1]["x"]!)! + Double(bars[1]["width"]!)!
        XCTAssertEqual(negativeEnd, Double(zero)!, accuracy: 0.011)
        XCTAssertTrue(parsed.texts.contains("-1,0"))
    }

    func testLegendWrapsOnNarrowCharts() {
        let series = (1...4).map { LineSeries.actual(name: "Chỉ tiêu rất dài số \($0)", values: [1, 2]) }
        let parsed = SVGInspection.parse(LineChart(id: "w", title: "t", description: "d", xLabels: ["1", "2"],
                                                   series: series, yFormatter: viPercent, width: 320).svg())
        let legendRows = Set(parsed.all("line").filter { hasClass($0, "chart-series") }.map { $0["y1"]! })
        XCTAssertEqual(legendRows.count, 4)
    }

    func testFlatSparklineSitsInTheMiddle() {
        let parsed = SVGInspection.parse(Sparkline(id: "f", title: "t", description: "d", values: [2, 2, 2]).svg())
        XCTAssertEqual(parsed.seriesPaths("chart-actual"), ["M4.5 10L40 10L75.5 10"])
    }
}
