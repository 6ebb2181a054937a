import Foundation
import XCTest
import VietText

final class MatchTests: XCTestCase {
    func testSpecSameUnitWrittenTwoWays() {
        let nfd = "Khánh Hòa".decomposedStringWithCanonicalMapping
        XCTAssertEqual(VietMatch.key("Khánh Hòa"), VietMatch.key("KHÁNH HOÀ"))
        XCTAssertEqual(VietMatch.key("Khánh Hòa"), VietMatch.key(nfd))
        XCTAssertEqual(VietMatch.key("thủy"), VietMatch.key("thuỷ"))
        XCTAssertEqual(VietMatch.key("khỏe"), VietMatch.key("khoẻ"))
        XCTAssertEqual(VietMatch.key("Ea H’leo"), VietMatch.key("Ea H'Leo"))
    }

    func testSpecWordsUnchangedByTheRule() {
        for word in ["hoàng", "thuyết", "quý", "quỳnh", "giá", "ngoài", "thuở"] {
            XCTAssertEqual(VietMatch.key(word), word)
        }
        XCTAssertEqual(VietMatch.key("Quỳnh"), "quỳnh")
    }

    func testSpecTonesStay() {
        XCTAssertNotEqual(VietMatch.key("Tân Thành"), VietMatch.key("Tân Thạnh"))
    }

    func testExactKeys() {
        XCTAssertEqual(VietMatch.key("Khánh Hòa"), "khánh hoà")
        XCTAssertEqual(VietMatch.key("  Xã   Thủy  Xuân "), "xã thuỷ xuân")
        XCTAssertEqual(VietMatch.key("Bà Rịa - Vũng Tàu"), "bà rịa vũng tàu")
        XCTAssertEqual(VietMatch.key("Bà Rịa–Vũng Tàu"), "bà rịa vũng tàu")
        XCTAssertEqual(VietMatch.key("Phường\u{00A0}Hòa\tBình"), "phường hoà bình")
        XCTAssertEqual(VietMatch.key("ĐẮK R’LẤP"), "đắk r'lấp")
    }
}
