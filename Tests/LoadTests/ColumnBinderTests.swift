import Diagnostics
@testable import Load
import XCTest

final class ColumnBinderTests: XCTestCase {
    private let unitColumns = [
        CSVColumn("code", aliases: ["ma", "ma_don_vi"], required: true),
        CSVColumn("name", aliases: ["ten", "ten_don_vi"], required: true),
        CSVColumn("level", aliases: ["cap"], required: true),
        CSVColumn("parent", aliases: ["ma_cap_tren", "cap_tren"]),
        CSVColumn("tags", aliases: ["nhom"]),
    ]

    private func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "units.csv", line: line, column: column)
    }

    func testHeaderNameNormalisation() {
        XCTAssertEqual(HeaderName.normalize("Mã đơn vị"), "madonvi")
        XCTAssertEqual(HeaderName.normalize("ma_don_vi"), "madonvi")
        XCTAssertEqual(HeaderName.normalize("MA DON VI"), "madonvi")
        XCTAssertEqual(HeaderName.normalize(" Mã-cấp.trên "), "macaptren")
        XCTAssertEqual(HeaderName.words("Số CCCD/CMND"), ["so", "cccd", "cmnd"])
    }

    func testAliasesWithDiacriticsBindToCanonicalColumns() {
        let text = "Mã đơn vị;TÊN ĐƠN VỊ;Cấp;Mã cấp trên\n06169;Xã Hồng Phong;xa;\n"
        let (table, _) = CSVReader.parse(text, file: "units.csv")
        let (bound, diags) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: false)
        XCTAssertEqual(diags, [])
        XCTAssertEqual(bound.index(of: "code"), 0)
        XCTAssertEqual(bound.index(of: "parent"), 3)
        XCTAssertNil(bound.index(of: "tags"))
        XCTAssertEqual(bound.headerText(of: "name"), "TÊN ĐƠN VỊ")
        let row = table.rows[0]
        XCTAssertEqual(bound.field("code", in: row)?.text, "06169")
        XCTAssertEqual(bound.field("parent", in: row)?.text, "")
        XCTAssertEqual(bound.field("parent", in: row)?.location, loc(2, 24))
        XCTAssertNil(bound.nonEmpty("parent", in: row))
        XCTAssertNil(bound.field("tags", in: row))
        XCTAssertTrue(bound.extraColumns.isEmpty)
    }

    func testMissingRequiredColumnListsAcceptedNames() {
        let (table, _) = CSVReader.parse("\nma,cap\n1,xa\n", file: "units.csv")
        let (_, diags) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: false)
        XCTAssertEqual(diags, [.error("CSV_MISSING_COLUMN",
            "Thiếu cột bắt buộc “name”. Thêm cột này vào dòng tiêu đề; tên cột được chấp nhận: name, ten, ten_don_vi.",
            at: loc(2, 1))])
    }

    func testDuplicateColumn() {
        let (table, _) = CSVReader.parse("code,name,level,Mã đơn vị\n1,A,xa,2\n", file: "units.csv")
        let (bound, diags) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: false)
        XCTAssertEqual(diags, [.error("CSV_DUPLICATE_COLUMN",
            "Cột “Mã đơn vị” trùng với cột “code” ở cột 1 (đều là cột “code”). Xóa hoặc đổi tên một trong hai cột.",
            at: loc(1, 17))])
        XCTAssertEqual(bound.index(of: "code"), 0)
    }

    func testUnknownColumnIsAWarningOutsideProgressFiles() {
        let (table, _) = CSVReader.parse("code,name,level,ghi chú\n1,A,xa,x\n", file: "units.csv")
        let (_, diags) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: false)
        XCTAssertEqual(diags, [.warning("CSV_UNKNOWN_COLUMN",
            "Cột “ghi chú” không có trong mẫu của tệp này nên bị bỏ qua. Các cột được dùng: code, name, level, parent, tags. Kiểm tra lỗi chính tả nếu đây là cột cần dùng.",
            at: loc(1, 17))])
    }

    func testProgressFileKeepsIndicatorColumnsAsExtrasAndDropsPersonalData() {
        let columns = [CSVColumn("unit", aliases: ["ma_don_vi", "don_vi"], required: true),
                       CSVColumn("note", aliases: ["ghi_chu"])]
        let text = "Đơn vị,Tỷ lệ hộ nghèo,so_ho_ngheo,Số điện thoại,Số hộ nghèo dân tộc thiểu số,Ghi chú\n"
            + "Xã A,\"4,5\",120,0912345678,30,\n"
        let (table, _) = CSVReader.parse(text, file: "progress/2023.csv")
        let (bound, diags) = ColumnBinder.bind(table, columns: columns, unknownColumnsAreExtra: true)
        XCTAssertEqual(diags, [.warning("PERSONAL_DATA_COLUMN",
            "Cột “Số điện thoại” chứa dữ liệu cá nhân nên bị bỏ qua và sẽ không được công bố. Nên xóa cột này khỏi tệp.",
            at: SourceLocation(file: "progress/2023.csv", line: 1, column: 35))])
        XCTAssertEqual(bound.extraColumns.map(\.index), [1, 2, 4])
        XCTAssertEqual(bound.extraColumns.map(\.header.text), ["Tỷ lệ hộ nghèo", "so_ho_ngheo", "Số hộ nghèo dân tộc thiểu số"])
        XCTAssertEqual(bound.index(of: "note"), 5)
    }

    func testPersonalDataColumnsAreDroppedEverywhere() {
        let text = "code,name,level,CCCD,Ngày sinh,SĐT,địa chỉ\n1,A,xa,001099012345,01/01/1990,0912345678,thôn B\n"
        let (table, _) = CSVReader.parse(text, file: "units.csv")
        let (bound, diags) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: false)
        XCTAssertEqual(diags.map(\.code), Array(repeating: "PERSONAL_DATA_COLUMN", count: 4))
        XCTAssertEqual(diags.map(\.severity), Array(repeating: .warning, count: 4))
        XCTAssertEqual(diags.map(\.location.column), [17, 22, 32, 36])
        XCTAssertTrue(bound.extraColumns.isEmpty)
    }

    func testEmptyHeaderCellsAreIgnoredUnlessTheyHoldData() {
        let (table, _) = CSVReader.parse("code;name;level;;\n1;A;xa;;ghi\n", file: "units.csv")
        let (_, diags) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: true)
        XCTAssertEqual(diags, [.warning("CSV_UNKNOWN_COLUMN",
            "Cột thứ 5 có dữ liệu nhưng không có tên ở dòng tiêu đề nên bị bỏ qua. Điền tên cột hoặc xóa cột này.",
            at: loc(1, 18))])
    }

    func testRequireNonEmptyReportsBlankRequiredCells() {
        let (table, _) = CSVReader.parse("Mã đơn vị,name,level\n  ,A,xa\n 07 ,B,xa\n", file: "units.csv")
        let (bound, _) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: false)
        var diags: [Diagnostic] = []
        XCTAssertNil(bound.requireNonEmpty("code", in: table.rows[0], diagnostics: &diags))
        XCTAssertEqual(bound.requireNonEmpty("code", in: table.rows[1], diagnostics: &diags)?.text, "07")
        XCTAssertNil(bound.requireNonEmpty("tags", in: table.rows[1], diagnostics: &diags))
        XCTAssertEqual(diags, [.error("CSV_EMPTY_FIELD",
            "Ô thuộc cột “Mã đơn vị” (code) ở dòng 2 đang để trống. Cột này bắt buộc: điền giá trị cho ô này.",
            at: loc(2, 1))])
    }

    func testNoMissingColumnNoiseForAnEmptyFile() {
        let (table, readDiags) = CSVReader.parse("", file: "units.csv")
        let (_, diags) = ColumnBinder.bind(table, columns: unitColumns, unknownColumnsAreExtra: false)
        XCTAssertEqual(readDiags.map(\.code), ["CSV_EMPTY"])
        XCTAssertEqual(diags, [])
    }
}
