import XCTest
@testable import Charts

final class NiceScaleTests: XCTestCase {
    func testPercentFromZero() {
        XCTAssertEqual(NiceScale(minimum: 1.7, maximum: 5.8, includeZero: true).ticks, [0, 2, 4, 6])
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 4.7, includeZero: true).ticks, [0, 1, 2, 3, 4, 5])
    }

    func testStartsAtNiceValueBelowMinimum() {
        let scale = NiceScale(minimum: 3.2, maximum: 7.9)
        XCTAssertEqual(scale.ticks, [3, 4, 5, 6, 7, 8])
        XCTAssertEqual(scale.lower, 3)
        XCTAssertEqual(scale.upper, 8)
    }

    func testTwoAndAHalfStep() {
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 1234, includeZero: true).ticks,
                       [0, 250, 500, 750, 1000, 1250])
    }

    func testFractionalTicksCarryNoBinaryNoise() {
        let ticks = NiceScale(minimum: 0.12, maximum: 0.31).ticks
        XCTAssertEqual(ticks, [0.1, 0.15, 0.2, 0.25, 0.3, 0.35])
        XCTAssertEqual(ticks.map { "\($0)" }, ["0.1", "0.15", "0.2", "0.25", "0.3", "0.35"])
    }

    func testValueOnATickIsNotPushedOut() {
        // 0.3 / 0.1 is 2.9999999999999996 in binary; the scale must still start at 0.3.
        XCTAssertEqual(NiceScale(minimum: 0.3, maximum: 0.7).ticks, [0.3, 0.4, 0.5, 0.6, 0.7])
    }

    func testNegativeRange() {
        XCTAssertEqual(NiceScale(minimum: -2.3, maximum: 1.1).ticks, [-3, -2, -1, 0, 1, 2])
    }

    func testLargeCounts() {
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 48_250, includeZero: true).ticks,
                       [0, 10_000, 20_000, 30_000, 40_000, 50_000])
    }

    func testIntegerStepsForCounts() {
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 3, includeZero: true, integerSteps: true).ticks, [0, 1, 2, 3])
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 1, includeZero: true, integerSteps: true).ticks, [0, 1])
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 20, includeZero: true, integerSteps: true).ticks,
                       [0, 5, 10, 15, 20])
    }

    func testFlatAndEmptyData() {
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 0).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(NiceScale(minimum: 5, maximum: 5).ticks, [4.5, 4.75, 5, 5.25, 5.5])
        XCTAssertEqual(NiceScale(minimum: .nan, maximum: 3).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    func testRespectsMaxIntervals() {
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 6.75, maxIntervals: 4, includeZero: true).ticks, [0, 2, 4, 6, 8])
    }
}
