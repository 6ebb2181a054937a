import XCTest
import Model
import Compute

/// Combined statuses, counts and the units behind schedule, as the progress pages read them.
final class SummaryTests: XCTestCase {
    /// Five communes of one district; a rate that must fall 1 point a year and households that must
    /// fall by 100 each year from 2022.
    private func site(with2024: Bool = false) -> SiteFactory {
        var f = SiteFactory()
        f.unit("001", .huyen)
        for code in ["0000A", "0000B", "0000C", "0000D", "0000E"] { f.unit(code, .xa, parent: "001") }
        f.indicator("ty_le")
        f.indicator("ho", unit: "hộ")
        f.target("ty_le", .giamDiemMoiNam, 1, scope: .level(.xa))
        f.target("ho", .giamSoLuong, 100, scope: .level(.xa), from: 2022)
        let rate2022: [String: Double] = ["0000A": 8.5, "0000B": 9.5, "0000C": 9, "0000E": 9]
        let rate2023: [String: Double] = ["0000A": 7, "0000B": 9, "0000C": 8, "0000D": 8, "0000E": 7.5]
        for code in ["0000A", "0000B", "0000C", "0000D", "0000E"] {
            f.round(2021, code, ["ty_le": 10, "ho": 1000])
            f.round(2022, code, ["ho": code == "0000A" ? 950 : 900])
            if let r = rate2022[code] { f.round(2022, code, ["ty_le": r]) }
            f.round(2023, code, ["ty_le": rate2023[code]!, "ho": code == "0000A" ? 830 : 800])
        }
        if with2024 {
            f.round(2024, "0000A", ["ty_le": 7, "ho": 800])
            f.round(2024, "0000B", ["ty_le": 6.5, "ho": 650])
        }
        return f
    }

    func testStatusCountsAndBehindSchedule() {
        let f = site()
        let c = Calculator.compute(f.site())
        let rate = f.i("ty_le"), ho = f.i("ho")
        XCTAssertEqual(c.statusCounts(indicator: rate, year: 2022), [.met: 3, .notMet: 1, .noData: 1])
        XCTAssertEqual(c.behindSchedule(indicator: rate, year: 2022), [f.u("0000B")])
        XCTAssertEqual(c.statusCounts(indicator: ho, year: 2022), [.met: 4, .notMet: 1, .noData: 0])
        XCTAssertEqual(c.behindSchedule(indicator: ho, year: 2022), [f.u("0000A")])
        // 2023: A fell by 120 (met) but averages (50 + 120) / 2 = 85 a year: behind schedule though met.
        XCTAssertEqual(c.indicatorStatus(unit: f.u("0000A"), indicator: ho, year: 2023), .met)
        XCTAssertEqual(c.checks(unit: f.u("0000A"), indicator: ho).map(\.pace), [.behind, .behind])
        XCTAssertEqual(c.statusCounts(indicator: ho, year: 2023), [.met: 5, .notMet: 0, .noData: 0])
        XCTAssertEqual(c.behindSchedule(indicator: ho, year: 2023), [f.u("0000A")])
        // Rate 2023: B fell 1 point against 2; kept up, 2 points by 2025 < 4.
        XCTAssertEqual(c.behindSchedule(indicator: rate, year: 2023), [f.u("0000B")])
        XCTAssertEqual(c.statusCounts(indicator: rate, year: 2021), [.met: 0, .notMet: 0, .noData: 0])
        XCTAssertEqual(c.behindSchedule(indicator: rate, year: 2030), [])
    }

    func testUnitStatusAndLatest() {
        let f = site()
        let c = Calculator.compute(f.site())
        XCTAssertEqual(c.unitStatus(unit: f.u("0000A"), year: 2022), .notMet)
        XCTAssertEqual(c.unitStatus(unit: f.u("0000C"), year: 2022), .met)
        XCTAssertEqual(c.unitStatus(unit: f.u("0000D"), year: 2022), .noData)
        XCTAssertNil(c.unitStatus(unit: f.u("001"), year: 2022), "no target applies to the district")
        XCTAssertNil(c.unitStatus(unit: f.u("0000A"), year: 2021))
        XCTAssertEqual(c.latestYear, 2023)
        XCTAssertEqual(c.latestStatus(unit: f.u("0000A"))?.year, 2023)
        XCTAssertEqual(c.latestStatus(unit: f.u("0000A"))?.status, .met)
        XCTAssertNil(c.latestStatus(unit: f.u("001")))
        XCTAssertEqual(c.allChecks.count, 20)
        XCTAssertEqual(c.allChecks.map(\.unit), (1...5).flatMap { [$0, $0, $0, $0] })
        XCTAssertEqual(c.allChecks.prefix(4).map(\.year), [2022, 2023, 2022, 2023])
    }

    func testAddingAYearChangesStatuses() {
        let before = Calculator.compute(site().site())
        let f = site(with2024: true)
        let after = Calculator.compute(f.site())
        let a = f.u("0000A"), b = f.u("0000B"), rate = f.i("ty_le"), ho = f.i("ho")
        XCTAssertEqual(before.latestYear, 2023)
        XCTAssertEqual(after.latestYear, 2024)
        // A: rate 3 points against 3 (met), but only 30 households fewer against 100.
        XCTAssertEqual(after.latestStatus(unit: a)?.year, 2024)
        XCTAssertEqual(after.latestStatus(unit: a)?.status, .notMet)
        XCTAssertEqual(after.indicatorStatus(unit: a, indicator: rate, year: 2024), .met)
        XCTAssertEqual(after.indicatorStatus(unit: a, indicator: ho, year: 2024), .notMet)
        // B caught up: 3,5 points against 3 and 150 households against 100.
        XCTAssertEqual(before.latestStatus(unit: b)?.status, .notMet)
        XCTAssertEqual(after.latestStatus(unit: b)?.status, .met)
        // The others had no 2024 figures.
        XCTAssertEqual(after.statusCounts(indicator: ho, year: 2024), [.met: 1, .notMet: 1, .noData: 3])
        XCTAssertEqual(after.latestStatus(unit: f.u("0000C"))?.status, .noData)
        // Earlier years are untouched by the new round.
        XCTAssertEqual(before.checks(unit: a), Array(after.checks(unit: a).filter { $0.year < 2024 }))
        XCTAssertNil(before.indicatorStatus(unit: a, indicator: rate, year: 2024))
    }

    func testSiteWithoutRounds() {
        var f = SiteFactory()
        f.unit("00001", .xa)
        f.indicator("ty_le")
        f.target("ty_le", .toiDa, 2)
        let c = Calculator.compute(f.site())
        XCTAssertEqual(c.values.years, [])
        XCTAssertNil(c.latestYear)
        XCTAssertEqual(c.applicableTargets(unit: 0), [0])
        XCTAssertEqual(c.checks(unit: 0), [])
        XCTAssertNil(c.latestStatus(unit: 0))
        XCTAssertEqual(c.statusCounts(indicator: 0, year: 2022), [.met: 0, .notMet: 0, .noData: 0])
    }
}
