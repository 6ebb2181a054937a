import Foundation
import XCTest
import VietText

final class SlugFoldTests: XCTestCase {
    func testSpecSlugs() {
        XCTAssertEqual(VietSlug.make("Xã Đắk R'Moan"), "xa-dak-rmoan")
        XCTAssertEqual(VietSlug.make("Huyện Cư Jút"), "huyen-cu-jut")
        XCTAssertEqual(VietSlug.make("Quận 1"), "quan-1")
        XCTAssertEqual(VietSlug.make("Phường Văn Miếu - Quốc Tử Giám"), "phuong-van-mieu-quoc-tu-giam")
        XCTAssertEqual(VietSlug.make("Thành phố Lạng Sơn"), "thanh-pho-lang-son")
    }

    func testSlugEdges() {
        XCTAssertEqual(VietSlug.make("Ea H’leo"), "ea-hleo")
        XCTAssertEqual(VietSlug.make("Khánh Hòa".decomposedStringWithCanonicalMapping), "khanh-hoa")
        XCTAssertEqual(VietSlug.make("  --Tỉnh  Bà Rịa – Vũng Tàu!! "), "tinh-ba-ria-vung-tau")
        XCTAssertEqual(VietSlug.make("Zürich Straße"), "zurich-strasse")
        XCTAssertEqual(VietSlug.make("Xã 中文"), "xa-u4e2d-u6587")
        XCTAssertEqual(VietSlug.make("—"), "")
        XCTAssertEqual(VietSlug.make(""), "")
    }

    func testSpecSearchFolding() {
        XCTAssertEqual(VietFold.fold("Hà Nội"), "ha noi")
        XCTAssertEqual(VietFold.fold("Đà Nẵng"), "da nang")
        XCTAssertEqual(VietFold.fold("điển hình"), "dien hinh")
        XCTAssertTrue(VietFold.fold("Thành phố Hà Nội").contains(VietFold.fold("ha noi")))
    }

    func testFoldKeepsOtherCharacters() {
        XCTAssertEqual(VietFold.fold("Xã Ea H’leo, 2024 (mới)!"), "xa ea h’leo, 2024 (moi)!")
        XCTAssertEqual(VietFold.fold("ĐẮK LẮK".decomposedStringWithCanonicalMapping), "dak lak")
        XCTAssertEqual(VietFold.fold("Αθήνα"), "αθηνα")
    }
}
