import XCTest
@testable import Charts

final class DeterminismTests: XCTestCase {
    private func svgNumber(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendSVGNumber(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testSameInputGivesSameBytes() {
        XCTAssertEqual(Samples.line.svg(), Samples.line.svg())
        XCTAssertEqual(Samples.bar.svg(), Samples.bar.svg())
        XCTAssertEqual(Samples.stacked.svg(), Samples.stacked.svg())
        XCTAssertEqual(Samples.sparkline.svg(), Samples.sparkline.svg())
    }

    /// Legends are drawn once and then copied: a copy is the legend drawn anew, for every key kind,
    /// width and position, and one with a different label, width or top is drawn again.
    func testACopiedLegendIsTheLegendDrawnAnew() {
        let items = [LegendItem(key: .line(cssClass: "chart-series chart-actual", color: "#1f5f99", dashed: false), label: "Thực hiện"),
                     LegendItem(key: .line(cssClass: "chart-series chart-target", color: "#b35900", dashed: true), label: "Lộ trình <&>"),
                     LegendItem(key: .marker(.notMet), label: "Chưa đạt"), LegendItem(key: .marker(.met), label: "Đạt"),
                     LegendItem(key: .swatch(.noData, patternID: "p-1"), label: "Chưa có số liệu")]
        for (width, top) in [(480.0, 6.0), (200.0, 6.0), (480.0, 20.0)] {
            for count in 1...items.count {
                let part = Array(items.prefix(count))
                var fresh = SVGWriter()
                let freshHeight = Legend.drawUncached(&fresh, part, width: width, top: top)
                let freshBytes = fresh.finish()
                for _ in 0..<2 {
                    var copied = SVGWriter()
                    copied.append(bytes: [0x41])
                    XCTAssertEqual(Legend.draw(&copied, part, width: width, top: top), freshHeight)
                    XCTAssertEqual(copied.finish(), [0x41] + freshBytes)
                }
            }
        }
        var renamed = SVGWriter()
        Legend.draw(&renamed, [LegendItem(key: .marker(.met), label: "Đạt mục tiêu")], width: 480, top: 6)
        XCTAssertTrue(String(decoding: renamed.finish(), as: UTF8.self).contains("Đạt mục tiêu"))
        // Spellings a String comparison calls equal (composed and decomposed marks) keep their own bytes.
        for label in ["Số hộ nghèo", "So\u{302}\u{301} ho\u{323}\u{302} nghe\u{300}o"] {
            let items = [LegendItem(key: .marker(.met), label: label)]
            var drawn = SVGWriter()
            Legend.draw(&drawn, items, width: 480, top: 6)
            var fresh = SVGWriter()
            Legend.drawUncached(&fresh, items, width: 480, top: 6)
            XCTAssertEqual(drawn.finish(), fresh.finish(), label.debugDescription)
        }
    }

    func testCoordinatesHaveAtMostTwoDecimalsAndNoNoise() {
        XCTAssertEqual(svgNumber(0.1 + 0.2), "0.3")
        XCTAssertEqual(svgNumber(12), "12")
        XCTAssertEqual(svgNumber(12.5), "12.5")
        XCTAssertEqual(svgNumber(12.05), "12.05")
        XCTAssertEqual(svgNumber(2.0 / 3.0), "0.67")
        XCTAssertEqual(svgNumber(-1.005), "-1")
        XCTAssertEqual(svgNumber(-0.001), "0")
        XCTAssertEqual(svgNumber(-7.25), "-7.25")
        XCTAssertEqual(svgNumber(.nan), "0")
        XCTAssertEqual(svgNumber(.infinity), "0")
        XCTAssertEqual(svgNumber(1e300), "0")
    }

    /// The digits written right to left give what a plain rendering of the rounded hundredths gives,
    /// for every magnitude up to the largest written and both signs.
    func testCoordinatesMatchTheRoundedHundredthsWrittenPlainly() {
        func plain(_ v: Double) -> String {
            let h = Int((v * 100).rounded())
            let whole = "\(abs(h) / 100)"
            var fraction = abs(h) % 100 == 0 ? "" : "." + String(format: "%02d", abs(h) % 100)
            if fraction.hasSuffix("0") { fraction.removeLast() }
            return (h < 0 ? "-" : "") + whole + fraction
        }
        var values: [Double] = [0, 0.004, 0.005, 0.01, 0.1, 0.99, 1, 9.99, 10, 99.995, 100, 123.456, 8.9e13, 8.99999e13]
        var seed: UInt64 = 42
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = pow(10, Double(seed >> 60) - 2)
            values.append(Double(seed >> 11) / Double(1 << 53) * magnitude)
        }
        for v in values + values.map(-) {
            XCTAssertEqual(svgNumber(v), plain(v), "\(v)")
        }
    }

    func testNoCoordinateInAnyChartHasMoreThanTwoDecimals() {
        for svg in [Samples.line.svg(), Samples.bar.svg(), Samples.stacked.svg(), Samples.sparkline.svg()] {
            var run = 0
            var afterDot = false
            for ch in svg {
                if ch == "." { afterDot = true; run = 0; continue }
                if afterDot && ch.isASCII && ch.isNumber { run += 1 } else { afterDot = false }
                XCTAssertLessThanOrEqual(run, 2)
            }
        }
    }

    func testNumbersShownComeOnlyFromTheFormatter() {
        let svg = LineChart(id: "f", title: "t", description: "d", xLabels: ["2024", "2025"],
                            series: [.actual(name: "Số hộ", values: [1234.5, 2345])],
                            yFormatter: { "‹" + viNumber($0) + "›" }, yStartsAtZero: true).svg()
        let parsed = SVGInspection.parse(svg)
        let tickTexts = parsed.texts.filter { $0.hasPrefix("‹") }
        XCTAssertEqual(tickTexts, ["‹0,0›", "‹500,0›", "‹1.000,0›", "‹1.500,0›", "‹2.000,0›", "‹2.500,0›"])
        XCTAssertEqual(parsed.all("title").count, 3)
        XCTAssertTrue(parsed.texts.contains("Số hộ, 2024: ‹1.234,5›"))
    }
}
