import XCTest
import Model
import Compute

/// Which rows apply: code > tag > level > `*` per indicator and rule, the first row among equals.
final class ApplicabilityTests: XCTestCase {
    private func site() -> SiteFactory {
        var f = SiteFactory()
        f.unit("01", .tinh)
        f.unit("001", .huyen, parent: "01", tags: ["huyen_ngheo"])
        f.unit("002", .huyen, parent: "01", tags: ["huyen_ngheo"])
        f.unit("003", .huyen, parent: "01")
        f.unit("00001", .xa, parent: "003", tags: ["xa_dbkk", "bien_gioi"])
        f.indicator("ty_le")
        f.indicator("ho", unit: "hộ", .sum)
        f.target("ty_le", .giamDiemMoiNam, 3)                                        // 0
        f.target("ty_le", .giamDiemMoiNam, 4, scope: .tag("huyen_ngheo"))          // 1
        f.target("ty_le", .giamDiemMoiNam, 5, scope: .code("002"))                 // 2
        f.target("ty_le", .toiDa, 2)                                                // 3
        f.target("ty_le", .giamDiemMoiNam, 3.5, scope: .level(.huyen))             // 4
        f.target("ho", .giamSoLuong, 100, scope: .tag("bien_gioi"))                // 5
        f.target("ho", .giamSoLuong, 200, scope: .tag("xa_dbkk"))                  // 6
        f.target("ho", .giamSoLuong, 300, scope: .level(.tinh))                    // 7
        return f
    }

    func testMostSpecificRowWinsPerRule() {
        let f = site()
        let c = Calculator.compute(f.site())
        XCTAssertEqual(c.applicableTargets(unit: f.u("01")), [0, 3, 7])
        // Tag beats level and `*`.
        XCTAssertEqual(c.applicableTargets(unit: f.u("001")), [1, 3])
        // Code beats tag.
        XCTAssertEqual(c.applicableTargets(unit: f.u("002")), [2, 3])
        // Level beats `*`.
        XCTAssertEqual(c.applicableTargets(unit: f.u("003")), [3, 4])
        // Two tags of equal specificity: the first row in the file wins.
        XCTAssertEqual(c.applicableTargets(unit: f.u("00001")), [0, 3, 5])
    }

    func testWinningRowSetsTheRequirement() {
        var f = site()
        for code in ["001", "002", "003", "00001"] {
            f.round(2021, code, ["ty_le": 20])
            f.round(2022, code, ["ty_le": 16])
        }
        let c = Calculator.compute(f.site())
        func required(_ code: String) -> [Double?] {
            c.checks(unit: f.u(code), indicator: f.i("ty_le")).filter { $0.year == 2022 }.map(\.required)
        }
        // giam_diem_moi_nam first, then toi_da's bound 20 + (2 − 20)/4 = 15,5.
        XCTAssertEqual(required("001"), [4, 15.5])
        XCTAssertEqual(required("002"), [5, 15.5])
        XCTAssertEqual(required("003"), [15.5, 3.5])
        XCTAssertEqual(required("00001"), [3, 15.5])
        XCTAssertEqual(c.checks(unit: f.u("002"), indicator: f.i("ty_le")).map(\.status).filter { $0 == .met }.count,
                       0, "4 points fall short of code 002's 5 and of the 15,5 bound")
    }

    func testTargetsOfAnotherIndicatorAreSeparate() {
        var f = site()
        f.round(2021, "00001", ["ho": 1000])
        f.round(2022, "00001", ["ho": 850])
        let c = Calculator.compute(f.site())
        let ho = c.checks(unit: f.u("00001"), indicator: f.i("ho"))
        // from defaults to the baseline 2021, which must itself fall from a 2020 round that does not exist.
        XCTAssertEqual(ho.map(\.target), [5, 5])
        XCTAssertEqual(ho.map(\.year), [2021, 2022])
        XCTAssertEqual(ho.map(\.status), [.noData, .met])
        XCTAssertEqual(c.checks(unit: f.u("00001"), target: 0).map(\.year), [2022])
        XCTAssertEqual(c.checks(unit: f.u("00001")).map(\.target), [0, 3, 5, 5])
    }
}
