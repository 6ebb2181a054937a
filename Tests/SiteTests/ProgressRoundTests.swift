import Diagnostics
import Foundation
import Pipeline
import XCTest

/// A yearly round: 2024.csv dropped into the fixture changes the open data and the statuses exactly
/// as computed by hand (targets: T0 `*` −1 point/year, T1 huyen_ngheo −1,5 points/year, T2 communes
/// at most 5% by 2024 or T3 −40% households by 2024 (group "xa"), T4 province −30 households in 2024).
final class ProgressRoundTests: XCTestCase {
    func testBothRoundsBuildWithoutDiagnostics() {
        XCTAssertEqual(DiagnosticPrinter.text(ProgressFixture.before.diagnostics), "")
        XCTAssertEqual(DiagnosticPrinter.text(ProgressFixture.after.diagnostics), "")
        XCTAssertNotNil(ProgressFixture.before.rendered)
        XCTAssertNotNil(ProgressFixture.after.rendered)
    }

    func testValuesFileColumnsAndDerivedValues() throws {
        let csv = try XCTUnwrap(ProgressFixture.file("du-lieu/so-lieu.csv", in: ProgressFixture.before))
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first, "\u{FEFF}unit,indicator,year,value,derived")
        // Given by communes, summed for districts and the province.
        XCTAssertTrue(lines.contains("00004,so_ho_ngheo,2021,20,0"))
        XCTAssertTrue(lines.contains("002,so_ho_ngheo,2023,51,1"))
        XCTAssertTrue(lines.contains("01,tong_so_ho,2021,2700,1"))
        // Xã Đồng Tâm left 2022 empty: no sum for its district or the province that year.
        XCTAssertFalse(lines.contains { $0.hasPrefix("00004,so_ho_ngheo,2022,") })
        XCTAssertFalse(lines.contains { $0.hasPrefix("002,so_ho_ngheo,2022,") || $0.hasPrefix("01,so_ho_ngheo,2022,") })
        // Huyện Đông 2021: 160 / 1500 = 10,67%, not the mean of 12% and 8%.
        XCTAssertTrue(lines.contains("001,ty_le_ho_ngheo,2021,10.666666667,1"))
        XCTAssertFalse(lines.contains { $0.hasPrefix("002,ty_le_ho_ngheo,2022,") })

        let after = try XCTUnwrap(ProgressFixture.file("du-lieu/so-lieu.csv", in: ProgressFixture.after))
        XCTAssertTrue(after.contains("\r\n01,so_ho_ngheo,2024,128,1\r\n"))
        XCTAssertTrue(after.contains("\r\n00002,ty_le_ho_ngheo,2024,4.8,1\r\n"))
    }

    /// unit,indicator,rule,year → status of du-lieu/muc-tieu.csv.
    func statuses(_ o: Pipeline.Outcome) throws -> [String: String] {
        let csv = try XCTUnwrap(ProgressFixture.file("du-lieu/muc-tieu.csv", in: o))
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, "\u{FEFF}unit,indicator,rule,from,to,year,required,achieved,status")
        var out: [String: String] = [:]
        for line in lines.dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(f.count, 9, line)
            out["\(f[0]),\(f[1]),\(f[2]),\(f[5])"] = f[8]
        }
        return out
    }

    static let handComputed2022and2023: [String: String] = [
        "01,ty_le_ho_ngheo,giam_diem_moi_nam,2022": "chua_co_so_lieu", // 2022 not derivable
        "01,ty_le_ho_ngheo,giam_diem_moi_nam,2023": "dat",             // 8,44 − 6,30 = 2,15 ≥ 2
        "001,ty_le_ho_ngheo,giam_diem_moi_nam,2022": "dat",            // 1,6 ≥ 1,5 (tag row wins over *)
        "001,ty_le_ho_ngheo,giam_diem_moi_nam,2023": "chua_dat",       // 2,73 < 3
        "002,ty_le_ho_ngheo,giam_diem_moi_nam,2022": "chua_co_so_lieu",
        "002,ty_le_ho_ngheo,giam_diem_moi_nam,2023": "chua_dat",       // 1,42 < 2
        "00001,ty_le_ho_ngheo,giam_diem_moi_nam,2022": "dat",          // 12 → 10
        "00001,ty_le_ho_ngheo,giam_diem_moi_nam,2023": "dat",          // 12 → 8,5
        "00001,ty_le_ho_ngheo,toi_da,2022": "chua_dat",                // 10 > 9,67
        "00001,ty_le_ho_ngheo,toi_da,2023": "chua_dat",                // 8,5 > 7,33
        "00001,so_ho_ngheo,giam_phan_tram_dau_ky,2022": "dat",         // 20 ≥ 16
        "00001,so_ho_ngheo,giam_phan_tram_dau_ky,2023": "dat",         // 35 ≥ 32
        "00002,ty_le_ho_ngheo,giam_diem_moi_nam,2022": "chua_dat",     // 0,8 < 1
        "00002,ty_le_ho_ngheo,giam_diem_moi_nam,2023": "chua_dat",     // 1,2 < 2
        "00002,ty_le_ho_ngheo,toi_da,2022": "chua_dat",                // 7,2 > 7
        "00002,ty_le_ho_ngheo,toi_da,2023": "chua_dat",                // 6,8 > 6
        "00002,so_ho_ngheo,giam_phan_tram_dau_ky,2022": "chua_dat",    // 4 < 5,33
        "00002,so_ho_ngheo,giam_phan_tram_dau_ky,2023": "chua_dat",    // 6 < 10,67
        "00003,ty_le_ho_ngheo,giam_diem_moi_nam,2022": "dat",          // exactly 1 = 1
        "00003,ty_le_ho_ngheo,giam_diem_moi_nam,2023": "dat",          // exactly 2 = 2
        "00003,ty_le_ho_ngheo,toi_da,2022": "dat",                     // 5 ≤ 5,67
        "00003,ty_le_ho_ngheo,toi_da,2023": "dat",                     // 4 ≤ 5,33
        "00003,so_ho_ngheo,giam_phan_tram_dau_ky,2022": "dat",         // 8 ≥ 6,4
        "00003,so_ho_ngheo,giam_phan_tram_dau_ky,2023": "dat",         // 16 ≥ 12,8
        "00004,ty_le_ho_ngheo,giam_diem_moi_nam,2022": "chua_co_so_lieu",
        "00004,ty_le_ho_ngheo,giam_diem_moi_nam,2023": "chua_dat",     // 0,25 < 2
        "00004,ty_le_ho_ngheo,toi_da,2022": "chua_co_so_lieu",
        "00004,ty_le_ho_ngheo,toi_da,2023": "dat",                     // 4,75 ≤ 5
        "00004,so_ho_ngheo,giam_phan_tram_dau_ky,2022": "chua_co_so_lieu",
        "00004,so_ho_ngheo,giam_phan_tram_dau_ky,2023": "chua_dat",    // 1 < 5,33
    ]

    static let handComputed2024: [String: String] = [
        "01,ty_le_ho_ngheo,giam_diem_moi_nam,2024": "dat",             // 8,44 − 4,74 = 3,70 ≥ 3
        "01,so_ho_ngheo,giam_so_luong,2024": "dat",                    // 170 − 128 = 42 ≥ 30
        "001,ty_le_ho_ngheo,giam_diem_moi_nam,2024": "dat",            // 5,07 ≥ 4,5
        "002,ty_le_ho_ngheo,giam_diem_moi_nam,2024": "chua_dat",       // 5,67 − 3,67 = 2 < 3
        "00001,ty_le_ho_ngheo,giam_diem_moi_nam,2024": "dat",          // 6 ≥ 3
        "00001,ty_le_ho_ngheo,toi_da,2024": "chua_dat",                // 6 > 5
        "00001,so_ho_ngheo,giam_phan_tram_dau_ky,2024": "dat",         // 60 ≥ 48
        "00002,ty_le_ho_ngheo,giam_diem_moi_nam,2024": "dat",          // 3,2 ≥ 3
        "00002,ty_le_ho_ngheo,toi_da,2024": "dat",                     // 4,8 ≤ 5
        "00002,so_ho_ngheo,giam_phan_tram_dau_ky,2024": "dat",         // exactly 16 = 16
        "00003,ty_le_ho_ngheo,giam_diem_moi_nam,2024": "chua_dat",     // 2,25 < 3
        "00003,ty_le_ho_ngheo,toi_da,2024": "dat",                     // 3,75 ≤ 5
        "00003,so_ho_ngheo,giam_phan_tram_dau_ky,2024": "chua_dat",    // 18 < 19,2
        "00004,ty_le_ho_ngheo,giam_diem_moi_nam,2024": "chua_dat",     // 1,5 < 3
        "00004,ty_le_ho_ngheo,toi_da,2024": "dat",                     // 3,5 ≤ 5
        "00004,so_ho_ngheo,giam_phan_tram_dau_ky,2024": "chua_dat",    // 6 < 8
    ]

    func testTargetStatusesBeforeAndAfterTheNewRound() throws {
        XCTAssertEqual(try statuses(ProgressFixture.before), Self.handComputed2022and2023)
        let expected = Self.handComputed2022and2023.merging(Self.handComputed2024) { a, _ in a }
        XCTAssertEqual(try statuses(ProgressFixture.after), expected)
    }

    func testRequiredAndAchievedArePlainFullPrecision() throws {
        let after = try XCTUnwrap(ProgressFixture.file("du-lieu/muc-tieu.csv", in: ProgressFixture.after))
        XCTAssertTrue(after.contains("\r\n01,so_ho_ngheo,giam_so_luong,2024,2024,2024,30,42,dat\r\n"))
        XCTAssertTrue(after.contains("\r\n00003,ty_le_ho_ngheo,giam_diem_moi_nam,2021,2024,2022,1,1,dat\r\n"))
        XCTAssertTrue(after.contains("\r\n00002,so_ho_ngheo,giam_phan_tram_dau_ky,2021,2024,2024,16,16,dat\r\n"))
        XCTAssertTrue(after.contains("\r\n00004,ty_le_ho_ngheo,toi_da,2021,2024,2022,5,,chua_co_so_lieu\r\n"))
    }

    func testUnitStatusFollowsTheLatestRound() throws {
        func header(_ slug: String, _ o: Pipeline.Outcome) throws -> String? {
            let html = try XCTUnwrap(ProgressFixture.file("don-vi/\(slug)/index.html", in: o))
            return ProgressFixture.text(html).first { $0.hasPrefix("Tình trạng năm") }
        }
        XCTAssertEqual(try header("huyen-dong", ProgressFixture.before), "Tình trạng năm 2023: ✗ chưa đạt")
        XCTAssertEqual(try header("huyen-dong", ProgressFixture.after), "Tình trạng năm 2024: ✓ đạt")
        XCTAssertEqual(try header("xa-cao-son", ProgressFixture.before), "Tình trạng năm 2023: ✓ đạt")
        XCTAssertEqual(try header("xa-cao-son", ProgressFixture.after), "Tình trạng năm 2024: ✗ chưa đạt")
        XCTAssertEqual(try header("xa-binh-minh", ProgressFixture.after), "Tình trạng năm 2024: ✓ đạt")
    }

    func testOverviewCountsEachRound() throws {
        func countRows(_ o: Pipeline.Outcome) throws -> [String] {
            let html = try XCTUnwrap(ProgressFixture.file("tien-do/index.html", in: o))
            let figure = try XCTUnwrap(ProgressFixture.element(id: "so-don-vi-ty-le-ho-ngheo", tag: "figure", in: html))
            return ProgressFixture.tableRows(figure).dropFirst().map { $0.joined(separator: " ") }
        }
        // Year, met, not met, no data, total: seven units carry a target on the rate.
        XCTAssertEqual(try countRows(ProgressFixture.before), ["2022 3 1 3 7", "2023 3 4 0 7"])
        XCTAssertEqual(try countRows(ProgressFixture.after), ["2022 3 1 3 7", "2023 3 4 0 7", "2024 4 3 0 7"])
    }
}
