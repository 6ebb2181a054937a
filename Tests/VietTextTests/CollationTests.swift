import Foundation
import XCTest
@testable import VietText

final class CollationTests: XCTestCase {
    func testSpecPlaceNames() {
        let input = ["Hạ Long", "Hà Nội", "Hà Giang", "Đà Nẵng", "Dương Minh Châu", "Ơn Trung", "Ông Ích Khiêm", "Ô Môn"]
        XCTAssertEqual(input.sortedVietnamese(),
                       ["Dương Minh Châu", "Đà Nẵng", "Hà Giang", "Hà Nội", "Hạ Long", "Ô Môn", "Ông Ích Khiêm", "Ơn Trung"])
    }

    func testSpecTones() {
        XCTAssertEqual(["mạ", "má", "mã", "mả", "mà", "ma"].sortedVietnamese(), ["ma", "mà", "mả", "mã", "má", "mạ"])
    }

    func testSpecLetters() {
        XCTAssertEqual(["Ưu", "Uy", "Ơn", "Ô", "O", "Đà", "Dương", "Ân", "Ăn", "An", "Bắc"].sortedVietnamese(),
                       ["An", "Ăn", "Ân", "Bắc", "Dương", "Đà", "O", "Ô", "Ơn", "Uy", "Ưu"])
    }

    func testSpecDigitsAsNumbers() {
        XCTAssertEqual(["Xã 10", "Xã 2", "Xã 1"].sortedVietnamese(), ["Xã 1", "Xã 2", "Xã 10"])
        XCTAssertEqual(["Phường 10", "Phường 9", "Phường 1 Bảo Lộc", "Phường 1"].sortedVietnamese(),
                       ["Phường 1", "Phường 1 Bảo Lộc", "Phường 9", "Phường 10"])
    }

    func testSyllableBySyllable() {
        // The first syllable's letters and tone decide before the next syllable is looked at.
        XCTAssertEqual(["Hà Giang", "Ha Long", "Hạ Long", "An Bình", "Anh"].sortedVietnamese(),
                       ["An Bình", "Anh", "Ha Long", "Hà Giang", "Hạ Long"])
    }

    func testLowercaseBeforeUppercase() {
        XCTAssertEqual(["Hà", "hà", "HÀ"].sortedVietnamese(), ["hà", "Hà", "HÀ"])
        XCTAssertTrue(VietCollation.areInIncreasingOrder("an", "An"))
        // Case is weaker than tone.
        XCTAssertTrue(VietCollation.areInIncreasingOrder("Ma", "mà"))
    }

    func testDigitsBeforeLettersAndLeadingZeros() {
        XCTAssertEqual(["Xã A", "Xã 2", "Xã 02"].sortedVietnamese(), ["Xã 02", "Xã 2", "Xã A"])
    }

    func testTotalOrderOnlyIdenticalNFCIsEqual() {
        let nfd = "Khánh Hòa".decomposedStringWithCanonicalMapping
        XCTAssertEqual(VietCollation.key(nfd), VietCollation.key("Khánh Hòa"))
        XCTAssertNotEqual(VietCollation.key("Khánh Hòa"), VietCollation.key("Khánh Hoà"))
        XCTAssertNotEqual(VietCollation.key("Bà Rịa - Vũng Tàu"), VietCollation.key("Bà Rịa Vũng Tàu"))
        XCTAssertNotEqual(VietCollation.key("Ea H'leo"), VietCollation.key("Ea Hleo"))
        XCTAssertEqual(VietCollation.key("").hashValue, VietCollation.key("").hashValue)
    }

    func testSortByNameKeepsElementsAndOrdersByKey() {
        struct Unit: Equatable { let code: String; let name: String }
        let units = [Unit(code: "3", name: "Hạ Long"), Unit(code: "1", name: "Hà Nội"), Unit(code: "2", name: "Hà Nội")]
        XCTAssertEqual(units.sortedVietnamese(by: \.name).map(\.code), ["1", "2", "3"])
    }

    func testKeysAreComputedOncePerElement() {
        var calls = 0
        let names = (0..<200).map { "Xã \($0 * 7919 % 200)" }
        _ = names.sortedVietnamese(by: { calls += 1; return $0 })
        XCTAssertEqual(calls, 200)
    }

    func testOtherScriptsAndMarksDoNotCrashAndStayTotal() {
        let odd = ["Ñandú", "Zürich", "中文", "Αθήνα", "", " ", "-", "x\u{0300}", "Ǆ", "ﬁ", "a\u{0301}\u{0301}"]
        let sorted = odd.sortedVietnamese()
        XCTAssertEqual(Set(sorted), Set(odd))
        XCTAssertEqual(odd.reversed().sortedVietnamese(), sorted)
        XCTAssertEqual(sorted.first, "")
    }
}
