import Diagnostics
import Model
@testable import Render
import VietText
import XCTest

/// Commendations are listed by form, newest year and date, then recipient in Vietnamese order; the
/// recipients' collation keys are made one run of equal form, year and date at a time, which must
/// give the order of one comparison over all keys.
final class AwardOrderingTests: XCTestCase {
    func testRunByRunOrderIsTheOrderOfOneComparisonOverAllKeys() throws {
        let names = ["Đặng Văn An", "Dương Thị Bình", "Nguyễn Văn Ân", "Ngô Thị Ánh", "Hộ ông Lò Văn Ba", "Hà Văn Ba",
                     "UBND xã Tả Van", "Ủy ban MTTQ xã Ia Chia", "Lê Văn Ba", "Lê Văn Ba", "Bà Y Nơ", "Ông A Páo"]
        var seed: UInt64 = 5
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % n
        }
        let awards = try (0..<600).map { i in
            let date = try XCTUnwrap(CivilDate(year: 2022 + next(2), month: 1 + next(2), day: 1 + next(2)))
            return Award(index: i, decision: "\(1 + next(3))/QĐ-UBND", decisionReference: nil, date: date,
                         form: "Bằng khen", formRank: next(3), recipient: names[next(names.count)], recipientType: nil,
                         position: nil, unit: 0, achievement: nil, round: .hangNam, year: date.year - next(2), modelID: nil,
                         location: SourceLocation(file: "awards/a.csv", line: i + 2))
        }
        let keys = awards.map { VietCollation.key($0.recipient) }
        let expected = awards.indices.sorted { a, b in
            let (x, y) = (awards[a], awards[b])
            if x.formRank != y.formRank { return x.formRank < y.formRank }
            if x.year != y.year { return x.year > y.year }
            if x.date != y.date { return x.date > y.date }
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return a < b
        }
        XCTAssertEqual(AwardOrdering.sorted(awards), expected)
        XCTAssertEqual(AwardOrdering.sorted([]), [])
        XCTAssertEqual(AwardOrdering.sorted(Array(awards.prefix(1))), [0])
    }
}
