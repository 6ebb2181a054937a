import Foundation
import XCTest
import VietText

final class DocumentReferenceTests: XCTestCase {
    func testSpecReferences() {
        XCTAssertEqual(DocumentReference.parse("Số: 417/KH-UBND"), DocumentReference(number: 417, symbol: "KH-UBND"))
        XCTAssertEqual(DocumentReference.parse("Quyết định số 666/QĐ-TTg ngày 02/6/2022"),
                       DocumentReference(number: 666, symbol: "QĐ-TTg", date: CivilDate(year: 2022, month: 6, day: 2)))
        XCTAssertEqual(DocumentReference.parse("Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020"),
                       DocumentReference(number: 30, year: 2020, symbol: "NĐ-CP", date: CivilDate(year: 2020, month: 3, day: 5)))
        XCTAssertEqual(DocumentReference.parse("Nghị quyết số 76/2025/UBTVQH15"),
                       DocumentReference(number: 76, year: 2025, symbol: "UBTVQH15"))
        XCTAssertEqual(DocumentReference.parse("Nghị định 13/2023/ND-CP"),
                       DocumentReference(number: 13, year: 2023, symbol: "ND-CP"))
    }

    func testSpecMixedCaseSymbols() {
        for symbol in ["QyĐ", "CTr", "TTr", "TrS", "QĐ-TTg"] {
            XCTAssertEqual(DocumentReference.parse("Văn bản số 12/\(symbol) về việc")?.symbol, symbol)
        }
    }

    func testSpecLookAlikes() {
        XCTAssertNil(DocumentReference.parse("tỷ lệ 12/15 đạt"))
        XCTAssertNil(DocumentReference.parse("ngày 02/6/2022"))
        XCTAssertNil(DocumentReference.parse("tháng 12/2020"))
        XCTAssertNil(DocumentReference.parse("số nhà 12/3A"))
        XCTAssertNil(DocumentReference.parse("1/tháng"))
        XCTAssertNil(DocumentReference.parse("1/A"))
        XCTAssertNil(DocumentReference.parse("xem trang 5/Tổng hợp"))
    }

    func testCode() {
        XCTAssertEqual(DocumentReference.parse("Quyết định số 666/QĐ-TTg ngày 02/6/2022")?.code, "666/QĐ-TTg")
        XCTAssertEqual(DocumentReference.parse("Nghị định số 30/2020/NĐ-CP")?.code, "30/2020/NĐ-CP")
        XCTAssertEqual(DocumentReference.parse("Chỉ thị 5/CT-TTg")?.code, "05/CT-TTg")
    }

    func testDetails() {
        let nfd = "Quyết định số 666/QĐ-TTg, ngày 02/6/2022.".decomposedStringWithCanonicalMapping
        XCTAssertEqual(DocumentReference.parse(nfd)?.date, CivilDate(year: 2022, month: 6, day: 2))
        XCTAssertNil(DocumentReference.parse("số 666/QĐ-TTg ngày 31/02/2022")?.date)
        XCTAssertEqual(DocumentReference.parse("Kế hoạch 417/KH-UBND.")?.symbol, "KH-UBND")
        XCTAssertEqual(DocumentReference.parse("số 417/KH-UBND-")?.symbol, "KH-UBND")
        XCTAssertEqual(DocumentReference.findAll(in: "Căn cứ 30/2020/NĐ-CP và 417/KH-UBND; tỷ lệ 12/15").map(\.code),
                       ["30/2020/NĐ-CP", "417/KH-UBND"])
    }
}
