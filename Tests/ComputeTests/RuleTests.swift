import XCTest
import Model
import Compute

/// Each rule of INPUT.md on one commune, with values worked out by hand.
final class RuleTests: XCTestCase {
    private func commune(_ indicatorUnit: String = "%") -> SiteFactory {
        var f = SiteFactory()
        f.unit("00001", .xa)
        f.indicator("v", unit: indicatorUnit)
        return f
    }

    private func series(_ f: inout SiteFactory, _ values: [Int: Double]) {
        for (year, v) in values { f.round(year, "00001", ["v": v]) }
    }

    private func checks(_ f: SiteFactory) -> [TargetCheck] {
        Calculator.compute(f.site()).checks(unit: 0)
    }

    private func check(_ year: Int, required: Double?, achieved: Double?, _ status: TargetStatus, margin: Double?,
                       pace: Pace?, target: Int = 0) -> TargetCheck {
        TargetCheck(target: target, unit: 0, year: year, required: required, achieved: achieved, status: status,
                    margin: margin, pace: pace, groupStatus: nil)
    }

    func testGiamDiemMoiNam() {
        var f = commune()
        f.target("v", .giamDiemMoiNam, 3)
        series(&f, [2021: 20, 2022: 16.5, 2023: 15])
        XCTAssertEqual(checks(f), [
            // 3,5 points against 3; kept up, 14 points by 2025 ≥ 12.
            check(2022, required: 3, achieved: 3.5, .met, margin: 0.5, pace: .onCourse),
            // 5 against 6; kept up, 10 points by 2025 < 12.
            check(2023, required: 6, achieved: 5, .notMet, margin: -1, pace: .behind),
        ])
    }

    func testExactlyOnTheBoundaryIsMetDespiteFloatingPoint() {
        var f = commune()
        f.target("v", .giamDiemMoiNam, 3, from: 2021, to: 2022)
        series(&f, [2021: 18.4, 2022: 15.4])
        XCTAssertLessThan(18.4 - 15.4, 3.0, "the fixture must not be exact in binary")
        let c = checks(f)
        XCTAssertEqual(c.count, 1)
        XCTAssertEqual(c[0].status, .met)
        XCTAssertEqual(c[0].margin, 0)
        XCTAssertNil(c[0].pace, "no pace in the target's last year")

        var short = commune()
        short.target("v", .giamDiemMoiNam, 3, from: 2021, to: 2022)
        series(&short, [2021: 18.4, 2022: 15.41])
        let s = checks(short)[0]
        XCTAssertEqual(s.status, .notMet)
        XCTAssertEqual(s.margin!, -0.01, accuracy: 1e-12)
    }

    func testOneMissingYearIsNoData() {
        var f = commune()
        f.target("v", .giamDiemMoiNam, 3)
        series(&f, [2021: 20, 2023: 13])
        f.emptyRound(2022)
        XCTAssertEqual(checks(f), [
            check(2022, required: 3, achieved: nil, .noData, margin: nil, pace: nil),
            check(2023, required: 6, achieved: 7, .met, margin: 1, pace: .onCourse),
        ])
    }

    func testMissingBaselineMakesEveryYearNoData() {
        var f = commune("hộ")
        f.target("v", .giamPhanTramDauKy, 50)
        series(&f, [2022: 700, 2023: 600])
        f.emptyRound(2021)
        XCTAssertEqual(checks(f).map(\.status), [.noData, .noData])
        XCTAssertEqual(checks(f).map(\.required), [nil, nil])
    }

    func testGiamPhanTramDauKy() {
        var f = commune("hộ")
        f.target("v", .giamPhanTramDauKy, 50)
        series(&f, [2021: 800, 2023: 560, 2024: 500, 2025: 420])
        XCTAssertEqual(checks(f), [
            // 800 × 50 % × 2/4 = 200; 240 achieved; kept up 480 ≥ 400.
            check(2023, required: 200, achieved: 240, .met, margin: 40, pace: .onCourse),
            // 800 × 50 % × 3/4 = 300 exactly; kept up 300 × 4/3 = 400.
            check(2024, required: 300, achieved: 300, .met, margin: 0, pace: .onCourse),
            check(2025, required: 400, achieved: 380, .notMet, margin: -20, pace: nil),
        ])
    }

    func testGiamSoLuongInsideThePeriodIsOnlyEvaluatedInItsYear() {
        var f = commune("hộ")
        f.target("v", .giamSoLuong, 500, from: 2024, to: 2024)
        series(&f, [2021: 5000, 2022: 4800, 2023: 4400, 2024: 3950, 2025: 3900])
        XCTAssertEqual(checks(f), [check(2024, required: 500, achieved: 450, .notMet, margin: -50, pace: nil)])
    }

    func testGiamSoLuongEachYearWithMeanPace() {
        var f = commune("hộ")
        f.target("v", .giamSoLuong, 300, from: 2022, to: 2025)
        series(&f, [2021: 5000, 2022: 4800, 2023: 4400, 2024: 3950, 2025: 3900])
        XCTAssertEqual(checks(f), [
            check(2022, required: 300, achieved: 200, .notMet, margin: -100, pace: .behind),
            // Mean drop (200 + 400) / 2 = 300.
            check(2023, required: 300, achieved: 400, .met, margin: 100, pace: .onCourse),
            check(2024, required: 300, achieved: 450, .met, margin: 150, pace: .onCourse),
            check(2025, required: 300, achieved: 50, .notMet, margin: -250, pace: nil),
        ])
    }

    func testGiamSoLuongNeedsThePreviousRound() {
        var f = commune("hộ")
        f.target("v", .giamSoLuong, 100, from: 2022, to: 2023)
        series(&f, [2022: 900, 2023: 700])
        XCTAssertEqual(checks(f), [
            check(2022, required: 100, achieved: nil, .noData, margin: nil, pace: nil),
            check(2023, required: 100, achieved: 200, .met, margin: 100, pace: nil),
        ])
    }

    func testToiDa() {
        var f = commune()
        f.target("v", .toiDa, 2)
        series(&f, [2021: 10, 2023: 5.5, 2025: 2.5])
        XCTAssertEqual(checks(f), [
            // Bound 10 + (2 − 10) × 2/4 = 6; kept up 10 + (5,5 − 10) × 2 = 1 ≤ 2.
            check(2023, required: 6, achieved: 5.5, .met, margin: 0.5, pace: .onCourse),
            check(2025, required: 2, achieved: 2.5, .notMet, margin: -0.5, pace: nil),
        ])
    }

    func testToiDaAtTheDeadlineNeedsNoBaseline() {
        var f = commune()
        f.target("v", .toiDa, 2)
        series(&f, [2024: 3, 2025: 1.5])
        XCTAssertEqual(checks(f), [
            check(2024, required: nil, achieved: 3, .noData, margin: nil, pace: nil),
            check(2025, required: 2, achieved: 1.5, .met, margin: 0.5, pace: nil),
        ])
    }

    func testToiThieu() {
        var f = commune()
        f.target("v", .toiThieu, 100)
        series(&f, [2021: 60, 2022: 75, 2024: 85])
        let c = checks(f)
        XCTAssertEqual(c.count, 2)
        // Bound 60 + 40 × 1/4 = 70; kept up 60 + 15 × 4 = 120 ≥ 100.
        XCTAssertEqual(c[0], check(2022, required: 70, achieved: 75, .met, margin: 5, pace: .onCourse))
        // Bound 90; kept up 60 + 25 × 4/3 = 93,3 < 100.
        XCTAssertEqual(c[1], check(2024, required: 90, achieved: 85, .notMet, margin: -5, pace: .behind))
    }

    func testDecreaseRuleOnATangIndicatorIsAppliedAsWritten() {
        var f = SiteFactory()
        f.unit("00001", .xa)
        f.indicator("v", unit: "hộ", direction: .tang)
        f.target("v", .giamSoLuong, 10, from: 2022, to: 2022)
        f.round(2021, "00001", ["v": 100])
        f.round(2022, "00001", ["v": 120])
        XCTAssertEqual(checks(f), [check(2022, required: 10, achieved: -20, .notMet, margin: -30, pace: nil)])
    }

    func testYearsWithoutRoundAndOutsideRangeAreNotEvaluated() {
        var f = commune()
        f.target("v", .giamDiemMoiNam, 1, from: 2022, to: 2024)
        series(&f, [2021: 9, 2022: 8, 2024: 6, 2025: 5])
        XCTAssertEqual(checks(f), [check(2024, required: 2, achieved: 2, .met, margin: 0, pace: nil)])
    }
}
