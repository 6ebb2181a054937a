import Foundation
import XCTest
import VietText

final class NumberTests: XCTestCase {
    func testSpecFormatting() {
        XCTAssertEqual(VietNumber.format(1234567, decimals: 0), "1.234.567")
        XCTAssertEqual(VietNumber.format(1234567.891, decimals: 2), "1.234.567,89")
        XCTAssertEqual(VietNumber.percent(0.125, decimals: 1), "12,5%")
    }

    func testSpecParsingVi() {
        XCTAssertEqual(VietNumber.parse("1.234", style: .vi).value, 1234)
        XCTAssertEqual(VietNumber.parse("12,5", style: .vi).value, 12.5)
        XCTAssertEqual(VietNumber.parse("12,5%", style: .vi, allowPercent: true).value, 12.5)
        XCTAssertEqual(VietNumber.parse("12.5", style: .vi).error?.reason,
                       "“12.5” không phải số hợp lệ theo kiểu vi: dấu chấm chỉ dùng để ngăn cách hàng nghìn (mỗi nhóm đủ 3 chữ số, như 1.234.567); số thập phân viết bằng dấu phẩy, ví dụ 12,5.")
        XCTAssertNotNil(VietNumber.parse("1.23.4", style: .vi).error)
    }

    func testViParsingDetails() {
        XCTAssertEqual(VietNumber.parse(" -1.234.567,89 ", style: .vi).value, -1234567.89)
        XCTAssertEqual(VietNumber.parse("1234,5", style: .vi).value, 1234.5)
        XCTAssertEqual(VietNumber.parse("0,5", style: .vi).value, 0.5)
        XCTAssertEqual(VietNumber.parse("\u{2212}7", style: .vi).value, -7)
        XCTAssertEqual(VietNumber.parse("12,5 %", style: .vi, allowPercent: true).value, 12.5)
        XCTAssertEqual(VietNumber.parse("-0", style: .vi).value?.sign, .plus)
        for bad in ["", "  ", "0.123", "1234.567", "1.2345", "1,2,3", "1.234,5.6", ",5", "5,", "1 234", "abc", "12,5%", "1.234.", "-", "1e5", "∞"] {
            XCTAssertNotNil(VietNumber.parse(bad, style: .vi).error, bad)
        }
        XCTAssertEqual(VietNumber.parse("12%", style: .vi).error?.reason, "“12%” có dấu %, nhưng ở đây chỉ ghi số: bỏ dấu %.")
        XCTAssertEqual(VietNumber.parse("", style: .vi).error?.reason, "Ô trống: không có số.")
        XCTAssertEqual(VietNumber.parse("1 234", style: .vi).error?.reason, "“1 234” có khoảng trắng giữa các chữ số: viết liền, ví dụ 1.234,5.")
    }

    func testPlainParsing() {
        XCTAssertEqual(VietNumber.parse("1234.5", style: .plain).value, 1234.5)
        XCTAssertEqual(VietNumber.parse("-0.000123", style: .plain).value, -0.000123)
        XCTAssertEqual(VietNumber.parse("12", style: .plain).value, 12)
        for bad in ["1,234", "1.2.3", ".5", "5.", "12,5", "1 000"] {
            XCTAssertNotNil(VietNumber.parse(bad, style: .plain).error, bad)
        }
        XCTAssertEqual(VietNumber.parse("1,234", style: .plain).error?.reason,
                       "“1,234” có dấu phẩy: theo kiểu plain không ngăn cách hàng nghìn và phần thập phân đứng sau dấu chấm, ví dụ 1234.5.")
    }

    func testFormatting() {
        XCTAssertEqual(VietNumber.format(-1234, decimals: 0), "-1.234")
        XCTAssertEqual(VietNumber.format(-0.001, decimals: 2), "0,00")
        XCTAssertEqual(VietNumber.format(-0.0, decimals: 0), "0")
        XCTAssertEqual(VietNumber.format(999.5, decimals: 0), "1.000")
        XCTAssertEqual(VietNumber.format(2.675, decimals: 2), "2,68")
        XCTAssertEqual(VietNumber.format(-2.5, decimals: 0), "-3")
        XCTAssertEqual(VietNumber.format(12.5, decimals: 2, trimZeros: true), "12,5")
        XCTAssertEqual(VietNumber.format(12, decimals: 2, trimZeros: true), "12")
        XCTAssertEqual(VietNumber.format(12, decimals: 2), "12,00")
        XCTAssertEqual(VietNumber.format(1234567.891, decimals: 2, style: .plain), "1234567.89")
        XCTAssertEqual(VietNumber.format(1e21, decimals: 0), "1.000.000.000.000.000.000.000")
        XCTAssertEqual(VietNumber.format(0.000123, decimals: 5), "0,00012")
        XCTAssertEqual(VietNumber.format(.nan, decimals: 1), "—")
    }

    func testPercent() {
        XCTAssertEqual(VietNumber.percent(0.285, decimals: 0), "29%")
        XCTAssertEqual(VietNumber.percent(1, decimals: 1), "100%")
        XCTAssertEqual(VietNumber.percent(1, decimals: 1, trimZeros: false), "100,0%")
        XCTAssertEqual(VietNumber.percent(0.07, decimals: 2), "7%")
        XCTAssertEqual(VietNumber.percent(-0.0001, decimals: 1), "0%")
    }

    func testPlain() {
        XCTAssertEqual(VietNumber.plain(1234.5), "1234.5")
        XCTAssertEqual(VietNumber.plain(12), "12")
        XCTAssertEqual(VietNumber.plain(0.000123), "0.000123")
        XCTAssertEqual(VietNumber.plain(-0.0), "0")
        XCTAssertEqual(VietNumber.plain(1e21), "1000000000000000000000")
        XCTAssertEqual(VietNumber.plain(1e-7), "0.0000001")
        XCTAssertEqual(VietNumber.plain(0.1 + 0.2), "0.30000000000000004")
    }

    func testRoundTripFormatThenParseBothStyles() {
        var rng = SplitMix64(state: 20240701)
        for _ in 0..<20_000 {
            let decimals = rng.int(in: 0...4)
            let scaled = rng.int(in: -999_999_999_999...999_999_999_999)
            let x = Double(scaled) / pow(10, Double(decimals))
            for style in [NumberStyle.vi, .plain] {
                let text = VietNumber.format(x, decimals: decimals, style: style)
                XCTAssertEqual(VietNumber.parse(text, style: style).value, x, "\(x) → \(text)")
                let trimmed = VietNumber.format(x, decimals: decimals, style: style, trimZeros: true)
                XCTAssertEqual(VietNumber.parse(trimmed, style: style).value, x, "\(x) → \(trimmed)")
            }
        }
    }

    func testPlainRoundTripsEveryDouble() {
        var rng = SplitMix64(state: 42)
        for _ in 0..<20_000 {
            let x = rng.anyFiniteDouble()
            let text = VietNumber.plain(x)
            XCTAssertEqual(VietNumber.parse(text, style: .plain).value, x == 0 ? 0 : x, text)
            XCTAssertNil(text.firstIndex(where: { !("0123456789.-".contains($0)) }), text)
        }
    }

    /// Whole numbers take a shortcut to their digits; it must agree with `description` everywhere.
    func testWholeNumbersAroundTheShortcutLimit() {
        for x in [0.0, 1, 10, 1200, 999_999_999_999_999, 1e15, 1e15 + 2, 123_456_789_012_345, -7, -1e15] {
            XCTAssertEqual(VietNumber.plain(x), x == 0 ? "0" : String(format: "%.0f", x), "\(x)")
        }
        XCTAssertEqual(VietNumber.format(1_000_000, decimals: 2, trimZeros: true), "1.000.000")
        XCTAssertEqual(VietNumber.format(2_500, decimals: 0), "2.500")
    }
}
