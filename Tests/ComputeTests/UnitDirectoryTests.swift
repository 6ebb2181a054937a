import Diagnostics
import Model
import XCTest

/// `ancestor(of:level:)` walks up the parents without making the path: the nearest unit of the level
/// (the unit itself included) as `path(to:)` finds it, also where the parents form a cycle.
final class UnitDirectoryTests: XCTestCase {
    func directory(_ rows: [(code: String, level: UnitLevel, parent: String?)]) -> UnitDirectory {
        UnitDirectory(units: rows.enumerated().map { i, u in
            OrgUnit(index: i, code: u.code, name: "Đơn vị \(u.code)", level: u.level, parentCode: u.parent, tags: [],
                    slug: u.code, location: SourceLocation(file: "units.csv", line: i + 2))
        })
    }

    func testTheNearestAncestorOfALevelIsTheOneOnThePath() {
        let tree = directory([("01", .tinh, nil), ("001", .huyen, "01"), ("00001", .xa, "001"), ("SLD", .coQuan, "01"),
                              ("002", .huyen, "SLD"), ("00002", .xa, "002"), ("X", .xa, nil),
                              ("C1", .huyen, "C2"), ("C2", .xa, "C1"), ("C3", .xa, "C2")])
        for u in 0..<tree.count {
            for level in UnitLevel.allCases {
                XCTAssertEqual(tree.ancestor(of: u, level: level), tree.path(to: u).last { tree[$0].level == level },
                               "\(tree[u].code) \(level)")
            }
        }
        XCTAssertEqual(tree.ancestor(of: 2, level: .tinh), 0)
        XCTAssertEqual(tree.ancestor(of: 5, level: .huyen), 4)
        XCTAssertEqual(tree.ancestor(of: 9, level: .huyen), 7, "through a cycle")
        XCTAssertNil(tree.ancestor(of: 9, level: .tinh), "a cycle without the level ends")
    }
}
