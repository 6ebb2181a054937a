@testable import Load
import XCTest

final class PersonalDataColumnsTests: XCTestCase {
    func testPersonalNamesAndVariants() {
        let personal = [
            "cccd", "cmnd", "so_dinh_danh", "ngay_sinh", "so_dien_thoai", "dien_thoai", "dia_chi", "que_quan",
            "dan_toc", "ton_giao", "email", "sdt", "SĐT", "Số CCCD", "số CCCD/CMND", "Căn cước", "Căn cước công dân",
            "Số căn cước", "Mã định danh cá nhân", "Ngày sinh (dd/mm/yyyy)", "Năm sinh", "Điện thoại liên hệ",
            "ĐT di động", "Địa chỉ thường trú", "Nơi ở hiện tại", "Quê quán", "Dân tộc", "Tôn giáo", "E-mail",
            "Thư điện tử", "Số ĐT", "Ngày cấp CCCD", "Hộ chiếu", "Điện thoại chủ hộ",
        ]
        for name in personal {
            XCTAssertTrue(PersonalDataColumns.isPersonal(name), name)
        }
    }

    func testIndicatorAndOrdinaryColumnsAreNotPersonal() {
        let ordinary = [
            "code", "name", "ma_don_vi", "Tên đơn vị", "Số hộ nghèo dân tộc thiểu số", "Tỷ lệ người dân được cấp CCCD",
            "Tỷ lệ hộ có điện thoại", "Cán bộ địa chính", "Số cơ sở tôn giáo", "ho_ngheo_dtts", "dt", "DT (ha)",
            "contact", "Địa chỉ cơ quan", "Ghi chú", "recipient", "Họ và tên", "dan_so", "ngay", "nam",
        ]
        for name in ordinary {
            XCTAssertFalse(PersonalDataColumns.isPersonal(name), name)
        }
    }
}
