import XCTest
@testable import Charts

/// WCAG 2 contrast of the default paints against a white page.
final class ContrastTests: XCTestCase {
    private func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        func channel(_ i: Int) -> Double {
            let c = Double(Int(String(digits[i...i + 1]), radix: 16)!) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    private func contrastOnWhite(_ hex: String) -> Double {
        1.05 / (luminance(hex) + 0.05)
    }

    func testTextColoursReachFourPointFive() {
        XCTAssertGreaterThanOrEqual(contrastOnWhite(Palette.text), 4.5)
        XCTAssertGreaterThanOrEqual(contrastOnWhite(Palette.axisText), 4.5)
    }

    func testGraphicColoursReachThree() {
        let graphics = [Palette.target, Palette.axis] + Palette.actualSeries
            + [ChartStatus.met, .notMet, .noData].map(Palette.status)
        for colour in graphics {
            XCTAssertGreaterThanOrEqual(contrastOnWhite(colour), 3, colour)
        }
    }
}
