import XCTest
import Model
import Compute

/// Rows of one group are alternatives: "đạt tỷ lệ quy định hoặc quy mô giảm 50% so với đầu kỳ".
final class GroupTests: XCTestCase {
    private func site() -> SiteFactory {
        var f = SiteFactory()
        f.unit("001", .huyen)
        f.unit("00001", .xa, parent: "001")
        f.unit("00002", .xa, parent: "001")
        f.unit("00003", .xa, parent: "001")
        f.unit("00004", .xa, parent: "001")
        f.indicator("ty_le")
        f.indicator("ho_ngheo", unit: "hộ")
        f.target("ty_le", .toiDa, 3, scope: .level(.xa), group: "g")                   // 0
        f.target("ho_ngheo", .giamPhanTramDauKy, 50, scope: .level(.xa), group: "g")   // 1
        // Both units' own values: 10 → 9 (rate) and 800 → 350 (households) in 2023.
        f.round(2021, "00001", ["ty_le": 10, "ho_ngheo": 800])
        f.round(2023, "00001", ["ty_le": 9, "ho_ngheo": 350])
        f.round(2021, "00003", ["ty_le": 10])
        f.round(2023, "00003", ["ty_le": 9])
        f.round(2021, "00004", ["ty_le": 10, "ho_ngheo": 800])
        f.round(2023, "00004", ["ty_le": 9, "ho_ngheo": 700])
        return f
    }

    func testOnlyTheAlternativeIsMet() {
        let f = site()
        let c = Calculator.compute(f.site())
        let checks = c.checks(unit: f.u("00001"))
        XCTAssertEqual(checks, [
            // Bound 10 + (3 − 10) × 2/4 = 6,5.
            TargetCheck(target: 0, unit: f.u("00001"), year: 2023, required: 6.5, achieved: 9, status: .notMet,
                        margin: -2.5, pace: .behind, groupStatus: .met),
            // 800 × 50 % × 2/4 = 200; 450 achieved.
            TargetCheck(target: 1, unit: f.u("00001"), year: 2023, required: 200, achieved: 450, status: .met,
                        margin: 250, pace: .onCourse, groupStatus: .met),
        ])
        XCTAssertEqual(checks[0].effectiveStatus, .met)
        XCTAssertEqual(c.indicatorStatus(unit: f.u("00001"), indicator: f.i("ty_le"), year: 2023), .met)
        XCTAssertEqual(c.unitStatus(unit: f.u("00001"), year: 2023), .met)
    }

    func testGroupWithoutAnyMetMember() {
        let f = site()
        let c = Calculator.compute(f.site())
        // No data at all.
        XCTAssertEqual(c.checks(unit: f.u("00002")).map(\.groupStatus), [.noData, .noData])
        // Rate not met, households unknown: the alternative might still be met.
        XCTAssertEqual(c.checks(unit: f.u("00003")).map(\.status), [.notMet, .noData])
        XCTAssertEqual(c.checks(unit: f.u("00003")).map(\.groupStatus), [.noData, .noData])
        XCTAssertEqual(c.indicatorStatus(unit: f.u("00003"), indicator: f.i("ty_le"), year: 2023), .noData)
        // 100 households against 200 required and the rate both short.
        XCTAssertEqual(c.checks(unit: f.u("00004")).map(\.groupStatus), [.notMet, .notMet])
        XCTAssertEqual(c.unitStatus(unit: f.u("00004"), year: 2023), .notMet)
    }

    func testMembersWithoutACheckThatYearDoNotCount() {
        var f = SiteFactory()
        f.unit("00001", .xa)
        f.indicator("ty_le")
        f.indicator("ho_ngheo", unit: "hộ")
        f.indicator("khac")
        f.target("ty_le", .giamDiemMoiNam, 2, group: "h")
        f.target("ho_ngheo", .giamSoLuong, 50, from: 2024, to: 2024, group: "h")
        f.target("khac", .toiThieu, 100)
        f.round(2021, "00001", ["ty_le": 10, "ho_ngheo": 500, "khac": 50])
        f.round(2023, "00001", ["ty_le": 8, "ho_ngheo": 480])
        f.round(2024, "00001", ["ty_le": 7, "ho_ngheo": 400])
        let c = Calculator.compute(f.site())
        let checks = c.checks(unit: 0)
        XCTAssertEqual(checks.map(\.target), [0, 0, 1, 2, 2])
        XCTAssertEqual(checks.map(\.year), [2023, 2024, 2024, 2023, 2024])
        // 2023: only the rate is checked (2 points against 4).
        XCTAssertEqual(checks[0].groupStatus, .notMet)
        // 2024: rate 3 against 6, but 80 households fewer against 50.
        XCTAssertEqual(checks[1].status, .notMet)
        XCTAssertEqual(checks[1].groupStatus, .met)
        XCTAssertEqual(checks[2].groupStatus, .met)
        // Outside any group.
        XCTAssertEqual(checks[3].groupStatus, nil)
        XCTAssertEqual(checks[3].effectiveStatus, .noData)
    }
}
