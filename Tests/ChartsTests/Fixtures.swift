import Foundation
import XCTest
@testable import Charts

/// Vietnamese number form (`1.234,5`), as the product's formatter writes it; kept here so the
/// tests show that the module prints whatever the caller's closure returns.
func viNumber(_ value: Double, decimals: Int = 1) -> String {
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    let scaled = Int((value.magnitude * factor).rounded())
    let whole = scaled / Int(factor)
    let fraction = scaled % Int(factor)
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
        grouped = "." + digits.suffix(3) + grouped
        digits.removeLast(3)
    }
    var text = (value < 0 && scaled != 0 ? "-" : "") + digits + grouped
    if decimals > 0 {
        let f = String(fraction)
        text += "," + String(repeating: "0", count: decimals - f.count) + f
    }
    return text
}

func viPercent(_ value: Double) -> String { viNumber(value) + "%" }
func viCount(_ value: Double) -> String { viNumber(value, decimals: 0) }

enum Samples {
    static let years = ["2021", "2022", "2023", "2024", "2025"]

    static var line: LineChart {
        LineChart(
            id: "ea-kao-ho-ngheo",
            title: "Tỷ lệ hộ nghèo xã Ea Kao, 2021–2025",
            description: "Tỷ lệ hộ nghèo giảm từ 5,8% năm 2021 xuống 1,7% năm 2025; năm 2023 chưa có số liệu; năm 2024 chưa đạt lộ trình giảm 1 điểm % mỗi năm.",
            xLabels: years,
            series: [
                .target(name: "Lộ trình mục tiêu", values: [5.8, 4.8, 3.8, 2.8, 1.8]),
                .actual(name: "Thực hiện", values: [5.8, 4.6, nil, 3.1, 1.7],
                        statuses: [.none, .met, .noData, .notMet, .met]),
            ],
            yFormatter: viPercent,
            yStartsAtZero: true)
    }

    static var bar: BarChart {
        BarChart(
            id: "xep-hang-2024",
            title: "Xếp hạng tỷ lệ hộ nghèo năm 2024",
            description: "Tỷ lệ hộ nghèo của 5 xã năm 2024, từ thấp đến cao; mục tiêu 4,0%.",
            bars: [
                Bar(label: "Xã Hòa Thắng", value: 1.25, status: .met),
                Bar(label: "Phường Tân Lập", value: 2.4, status: .met),
                Bar(label: "Xã Ea Kao", value: 3.1, status: .met),
                Bar(label: "Xã Cư Êbur & Ea Tu (sáp nhập)", value: 6.75, status: .notMet),
                Bar(label: "Xã Hòa Phú", value: nil, status: .noData),
            ],
            valueFormatter: viPercent,
            reference: BarReference(value: 4, label: "Mục tiêu: 4,0%"))
    }

    static var stacked: StackedBarChart {
        StackedBarChart(
            id: "tien-do-ho-ngheo",
            title: "Số xã đạt mục tiêu giảm hộ nghèo theo năm",
            description: "Năm 2022: 8 xã đạt, 10 chưa đạt, 2 chưa có số liệu; năm 2025: 17 xã đạt, 2 chưa đạt, 1 chưa có số liệu.",
            columns: [
                StatusCounts(label: "2022", met: 8, notMet: 10, noData: 2),
                StatusCounts(label: "2023", met: 11, notMet: 6, noData: 3),
                StatusCounts(label: "2024", met: 14, notMet: 5, noData: 1),
                StatusCounts(label: "2025", met: 17, notMet: 2, noData: 1),
            ],
            countFormatter: viCount)
    }

    static var sparkline: Sparkline {
        Sparkline(
            id: "sl-ea-kao",
            title: "Xu hướng tỷ lệ hộ nghèo xã Ea Kao",
            description: "5,8% → 4,9% → (không có số liệu) → 3,1% → 2,6%",
            values: [5.8, 4.9, nil, 3.1, 2.6],
            lastStatus: .met)
    }
}

/// Compares with `Golden/<name>.svg` next to this file; `CHARTS_RECORD_GOLDEN=1` rewrites it instead.
func assertGolden(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name + ".svg")
    if ProcessInfo.processInfo.environment["CHARTS_RECORD_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        XCTFail("Recorded \(url.path); inspect it and rerun without CHARTS_RECORD_GOLDEN", file: file, line: line)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertEqual(actual, expected, "differs from \(url.path)", file: file, line: line)
}
