import XCTest
@testable import VietText

/// Counting standalone scalars on UTF-8 bytes gives what counting `unicodeScalars` gives.
final class StandaloneScalarTests: XCTestCase {
    private func byScalars(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard StandaloneScalar.contains(scalar.value) else { return nil }
            count += 1
        }
        return count
    }

    func testEveryScalarBelowU3000AndAboveAloneAndInText() {
        let scalars = (0x00..<0x3000).compactMap(Unicode.Scalar.init) + ["😀", "\u{FFFD}", "\u{1F3FB}"]
        for scalar in scalars {
            // Also at every offset in and across the eight ASCII bytes counted at once.
            let padded = (0..<9).map { String(repeating: "a", count: $0) + String(scalar) + "bcdefghij" }
            for text in [String(scalar), "Hà " + String(scalar) + "ội", String(repeating: String(scalar), count: 3)] + padded {
                XCTAssertEqual(StandaloneScalar.count(text), byScalars(text), "\(scalar.value)")
            }
        }
        XCTAssertEqual(StandaloneScalar.count("Tỷ lệ hộ nghèo – “đa chiều”…"), 28)
        XCTAssertEqual(StandaloneScalar.count(""), 0)
        XCTAssertNil(StandaloneScalar.count("a\r\nb"))
        XCTAssertNil(StandaloneScalar.count("e\u{301}"))
    }
}
