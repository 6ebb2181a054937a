import Parallel
import XCTest

/// The two parallel helpers every stage uses: results in input order whatever the scheduling, and
/// `both` with parallel maps inside each of its steps (as the loader and the model builder use it).
final class ParallelTests: XCTestCase {
    func testMapKeepsInputOrder() {
        XCTAssertEqual(Parallel.map(1000) { $0 * $0 }, (0..<1000).map { $0 * $0 })
        XCTAssertEqual(Parallel.map(1000, chunk: 64) { String($0) }, (0..<1000).map { String($0) })
        XCTAssertEqual(Parallel.map(0) { $0 }, [])
    }

    func testBothRunsStepsWithParallelMapsInsideAndReturnsBothResults() {
        // Many rounds, the second step the longer one (the caller then wakes the moment it ends): its
        // closure must be released before `both` returns, every time.
        for round in 0..<300 {
            let (a, b) = Parallel.both({ Parallel.map(20) { $0 + round } }, { Parallel.map(2000) { "\($0)" }.joined() })
            XCTAssertEqual(a, (0..<20).map { $0 + round })
            XCTAssertEqual(b, (0..<2000).map { "\($0)" }.joined())
        }
    }
}
