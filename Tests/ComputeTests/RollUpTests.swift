import XCTest
import Model
import Compute

final class RollUpTests: XCTestCase {
    /// Province → district → two communes, plus an agency under the province; the ratio is declared
    /// before the indicators it depends on.
    private func tree() -> SiteFactory {
        var f = SiteFactory()
        f.unit("01", .tinh)
        f.unit("001", .huyen, parent: "01")
        f.unit("00001", .xa, parent: "001")
        f.unit("00002", .xa, parent: "001")
        f.unit("SLDTBXH", .coQuan, parent: "01")
        f.indicator("ty_le", .ratio(numerator: "ho_ngheo", denominator: "ho"))
        f.indicator("ho_ngheo", unit: "hộ", .sum)
        f.indicator("ho", unit: "hộ", .sum)
        f.indicator("tap_huan", unit: "%")
        return f
    }

    func testRatioRollUpIsNotTheAverageOfPercents() {
        var f = tree()
        f.round(2021, "00001", ["ho_ngheo": 10, "ho": 100])
        f.round(2021, "00002", ["ho_ngheo": 30, "ho": 900])
        let values = Calculator.compute(f.site()).values
        XCTAssertEqual(values.value(unit: f.u("00001"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 10, derived: true))
        XCTAssertEqual(values.value(unit: f.u("00002"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 100.0 * 30 / 900, derived: true))
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ho_ngheo"), year: 2021),
                       ComputedValue(value: 40, derived: true))
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ho"), year: 2021),
                       ComputedValue(value: 1000, derived: true))
        // 40 / 1000, not (10 % + 3,33 %) / 2.
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 4, derived: true))
        // The agency has no figures, yet the province still rolls up its district.
        XCTAssertEqual(values.value(unit: f.u("01"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 4, derived: true))
        XCTAssertEqual(values.value(unit: f.u("01"), indicator: f.i("ho"), year: 2021),
                       ComputedValue(value: 1000, derived: true))
        XCTAssertNil(values.value(unit: f.u("SLDTBXH"), indicator: f.i("ho"), year: 2021))
        XCTAssertEqual(values.years, [2021])
    }

    func testSumNeedsEveryChild() {
        var f = tree()
        f.round(2021, "00001", ["ho_ngheo": 10, "ho": 100])
        f.round(2021, "00002", ["ho": 900])
        let values = Calculator.compute(f.site()).values
        XCTAssertNil(values.value(unit: f.u("001"), indicator: f.i("ho_ngheo"), year: 2021))
        XCTAssertNil(values.value(unit: f.u("001"), indicator: f.i("ty_le"), year: 2021))
        XCTAssertNil(values.value(unit: f.u("01"), indicator: f.i("ho_ngheo"), year: 2021))
        XCTAssertNil(values.value(unit: f.u("00002"), indicator: f.i("ty_le"), year: 2021))
        XCTAssertEqual(values.value(unit: f.u("01"), indicator: f.i("ho"), year: 2021),
                       ComputedValue(value: 1000, derived: true))
    }

    func testGivenValueWinsAndRatioUsesOwnValues() {
        var f = tree()
        f.round(2021, "00001", ["ho_ngheo": 10, "ho": 100])
        f.round(2021, "00002", ["ho_ngheo": 30, "ho": 900])
        // The district reports 45 poor households itself (a late correction the communes lack).
        f.round(2021, "001", ["ho_ngheo": 45])
        f.round(2021, "01", ["ty_le": 5])
        let values = Calculator.compute(f.site()).values
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ho_ngheo"), year: 2021),
                       ComputedValue(value: 45, derived: false))
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 4.5, derived: true))
        XCTAssertEqual(values.value(unit: f.u("01"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 5, derived: false))
        XCTAssertEqual(values.value(unit: f.u("01"), indicator: f.i("ho_ngheo"), year: 2021),
                       ComputedValue(value: 45, derived: true))
    }

    func testRatioFallsBackToChildrenSumsWhenOwnValueMissing() {
        var f = tree()
        f.round(2021, "00001", ["ho_ngheo": 10, "ho": 100])
        f.round(2021, "00002", ["ho_ngheo": 30, "ho": 900])
        // `ho` given at the district as 2000 (no own ho_ngheo: that one is derived, 40).
        f.round(2021, "001", ["ho": 2000])
        let values = Calculator.compute(f.site()).values
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 2, derived: true))
    }

    func testNonPositiveDenominatorGivesNoValue() {
        var f = tree()
        f.round(2021, "00001", ["ho_ngheo": 0, "ho": 0])
        f.round(2021, "00002", ["ho_ngheo": 0, "ho": 0])
        let values = Calculator.compute(f.site()).values
        XCTAssertNil(values.value(unit: f.u("00001"), indicator: f.i("ty_le"), year: 2021))
        XCTAssertNil(values.value(unit: f.u("001"), indicator: f.i("ty_le"), year: 2021))
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ho"), year: 2021),
                       ComputedValue(value: 0, derived: true))
    }

    func testNoneIsNeverDerivedAndLeavesHaveNoValue() {
        var f = tree()
        f.round(2021, "00001", ["tap_huan": 80])
        f.round(2021, "00002", ["tap_huan": 90])
        let values = Calculator.compute(f.site()).values
        XCTAssertNil(values.value(unit: f.u("001"), indicator: f.i("tap_huan"), year: 2021))
        XCTAssertNil(values.value(unit: f.u("00001"), indicator: f.i("ho"), year: 2021))
        XCTAssertNil(values.value(unit: f.u("00001"), indicator: f.i("ho"), year: 2030))
    }

    func testNonAdministrativeUnitSumsAllItsChildrenAcrossLevels() {
        var f = SiteFactory()
        f.unit("01", .tinh)
        f.unit("SCT", .coQuan, parent: "01")
        f.unit("DN1", .doanhNghiep, parent: "SCT")
        f.unit("HTX1", .htx, parent: "SCT")
        f.unit("001", .huyen, parent: "01")
        f.unit("00001", .xa, parent: "001")
        f.unit("0000101", .thon, parent: "00001")
        f.unit("0000102", .thon, parent: "00001")
        f.indicator("ho", unit: "hộ", .sum)
        f.round(2022, "DN1", ["ho": 3])
        f.round(2022, "HTX1", ["ho": 4])
        f.round(2022, "0000101", ["ho": 50])
        f.round(2022, "0000102", ["ho": 70])
        let values = Calculator.compute(f.site()).values
        XCTAssertEqual(values.value(unit: f.u("SCT"), indicator: 0, year: 2022), ComputedValue(value: 7, derived: true))
        XCTAssertEqual(values.value(unit: f.u("00001"), indicator: 0, year: 2022),
                       ComputedValue(value: 120, derived: true))
        // The agency's 7 are not households of the province.
        XCTAssertEqual(values.value(unit: f.u("01"), indicator: 0, year: 2022), ComputedValue(value: 120, derived: true))
    }

    func testRatioOfRatioFollowsDependencies() {
        var f = SiteFactory()
        f.unit("001", .huyen)
        f.unit("00001", .xa, parent: "001")
        f.indicator("ty_le_tren_ty_le", .ratio(numerator: "ty_le", denominator: "muc_chuan"))
        f.indicator("ty_le", .ratio(numerator: "ngheo", denominator: "ho"))
        f.indicator("muc_chuan", .none)
        f.indicator("ngheo", unit: "hộ", .sum)
        f.indicator("ho", unit: "hộ", .sum)
        f.round(2021, "00001", ["ngheo": 25, "ho": 500])
        f.round(2021, "001", ["muc_chuan": 10])
        let values = Calculator.compute(f.site()).values
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ty_le"), year: 2021),
                       ComputedValue(value: 5, derived: true))
        XCTAssertEqual(values.value(unit: f.u("001"), indicator: f.i("ty_le_tren_ty_le"), year: 2021),
                       ComputedValue(value: 50, derived: true))
    }
}
