import XCTest
import VietText

final class DateTests: XCTestCase {
    func testSpecLongForm() {
        XCTAssertEqual(CivilDate(year: 2022, month: 7, day: 18)?.long, "ngày 18 tháng 7 năm 2022")
        XCTAssertEqual(CivilDate(year: 2023, month: 2, day: 1)?.long, "ngày 01 tháng 02 năm 2023")
        XCTAssertEqual(CivilDate(year: 2022, month: 6, day: 2)?.long, "ngày 02 tháng 6 năm 2022")
        XCTAssertEqual(CivilDate(year: 2024, month: 12, day: 5)?.long, "ngày 05 tháng 12 năm 2024")
        XCTAssertEqual(CivilDate(year: 2024, month: 1, day: 15)?.long, "ngày 15 tháng 01 năm 2024")
    }

    func testShortAndISO() {
        let d = CivilDate(year: 2024, month: 12, day: 5)!
        XCTAssertEqual(d.short, "05/12/2024")
        XCTAssertEqual(d.iso, "2024-12-05")
    }

    func testParse() {
        XCTAssertEqual(CivilDate.parse("18/7/2022").value, CivilDate(year: 2022, month: 7, day: 18))
        XCTAssertEqual(CivilDate.parse("02/06/2022").value, CivilDate(year: 2022, month: 6, day: 2))
        XCTAssertEqual(CivilDate.parse(" 2022-07-18 ").value, CivilDate(year: 2022, month: 7, day: 18))
        XCTAssertEqual(CivilDate.parse("29/02/2024").value, CivilDate(year: 2024, month: 2, day: 29))
    }

    func testImpossibleAndMalformedDatesAreRefusedWithReason() {
        XCTAssertEqual(CivilDate.parse("31/02/2023").error?.reason,
                       "“31/02/2023”: ngày 31 tháng 2 năm 2023 không tồn tại; tháng 2 năm 2023 chỉ có 28 ngày.")
        XCTAssertEqual(CivilDate.parse("18/7/22").error?.reason,
                       "“18/7/22”: năm phải viết đủ 4 chữ số (ví dụ 2022); viết ngày/tháng/năm (18/07/2022 hoặc 18/7/2022) hoặc năm-tháng-ngày (2022-07-18).")
        for bad in ["", "29/02/2023", "31/04/2024", "0/1/2024", "1/13/2024", "2022-7-18T00:00", "18-07-2022", "18.07.2022", "ngày 18", "1/1/0000", "123/1/2024"] {
            XCTAssertNotNil(CivilDate.parse(bad).error, bad)
        }
        XCTAssertNil(CivilDate(year: 2023, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 2023, month: 0, day: 1))
        XCTAssertNotNil(CivilDate(year: 2000, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 1900, month: 2, day: 29))
    }

    func testDayNumber() {
        XCTAssertEqual(CivilDate(year: 1970, month: 1, day: 1)?.dayNumber, 0)
        XCTAssertEqual(CivilDate(year: 2000, month: 3, day: 1)?.dayNumber, 11_017)
        XCTAssertEqual(CivilDate(year: 1969, month: 12, day: 31)?.dayNumber, -1)
        let a = CivilDate(year: 2025, month: 7, day: 1)!, b = CivilDate(year: 2024, month: 7, day: 1)!
        XCTAssertEqual(a.dayNumber - b.dayNumber, 365)
        XCTAssertLessThan(b, a)
    }

    func testRoundTrips() {
        var rng = SplitMix64(state: 7)
        for _ in 0..<5_000 {
            let n = rng.int(in: -719_162...2_932_896) // 0001-01-01 ... 9999-12-31
            guard let d = CivilDate(dayNumber: n) else { return XCTFail("no date for day \(n)") }
            XCTAssertEqual(d.dayNumber, n)
            XCTAssertEqual(CivilDate.parse(d.short).value, d, d.short)
            XCTAssertEqual(CivilDate.parse(d.iso).value, d, d.iso)
            XCTAssertEqual(CivilDate.parse("\(d.day)/\(d.month)/\(d.short.suffix(4))").value, d)
            XCTAssertEqual(CivilDate(dayNumber: n + 1).map { $0 > d }, true)
        }
        XCTAssertNil(CivilDate(dayNumber: -719_163))
        XCTAssertNil(CivilDate(dayNumber: 2_932_897))
    }
}
