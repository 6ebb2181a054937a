import Diagnostics
import Foundation
import Pipeline
import XCTest

/// Award files and models are read on all cores; the awards must still be numbered, and every
/// problem listed, exactly as one pass over the files in name order gives.
final class ParallelReadOrderTests: XCTestCase {
    func testAwardFilesAndModelsReadInParallelKeepTheSerialOrder() throws {
        let workspace = try FixtureWorkspace(copying: FixturePaths.fixture("invalid").appendingPathComponent("_base"),
                                             label: "parallel-read")
        defer { workspace.delete() }
        let header = "decision,date,form,recipient,recipient_type,unit,achievement,round,year,model\n"
        // Each file: a row with an unknown unit, a row missing its decision, a good row; c.csv also
        // has a column nobody knows.
        for (file, extra) in [("a", ""), ("b", ""), ("c", ",ghi_chu")] {
            let head = extra.isEmpty ? header : header.dropLast() + extra + "\n"
            let tail = extra.isEmpty ? "" : ",x"
            try workspace.write("awards/\(file).csv", head
                + "1/QĐ-UBND,20/01/2023,Bằng khen của Chủ tịch UBND tỉnh,Người \(file) 1,ca_nhan,99999,,hang_nam,2022,\(tail)\n"
                + ",20/01/2023,Bằng khen của Chủ tịch UBND tỉnh,Người \(file) 2,ca_nhan,00001,,hang_nam,2022,\(tail)\n"
                + "2/QĐ-UBND,21/01/2023,Giấy khen,Người \(file) 3,ca_nhan,00001,,hang_nam,2022,\(tail)\n")
        }
        // Two models share an id (one from a file, one from a table); another has an unknown unit.
        try workspace.write("models/trung-ma.md", "---\ntitle: \"Trùng mã\"\nunit: \"00001\"\nyear: 2022\nsummary: \"Một.\"\n---\nMột.\n")
        try workspace.write("models/sai-don-vi.md", "---\ntitle: \"Sai đơn vị\"\nunit: \"99999\"\nyear: 2022\nsummary: \"Hai.\"\n---\nHai.\n")
        try workspace.write("models/bang.csv", "id,title,unit,year,summary,story\ntrung-ma,Trùng mã 2,00001,2022,Ba.,Ba.\n")

        let runs = (0..<4).map { _ in workspace.check() }
        let lines = runs[0].diagnostics.items.map { "\($0.code) \(($0.location.file as NSString).lastPathComponent):\($0.location.line)" }
        func position(_ line: String) throws -> Int { try XCTUnwrap(lines.firstIndex(of: line), "\(line) not in \(lines)") }
        // Problems in a file keep row order; files keep name order; the kinds keep the serial grouping.
        XCTAssertLessThan(try position("UNIT_UNKNOWN a.csv:2"), try position("UNIT_UNKNOWN b.csv:2"))
        XCTAssertLessThan(try position("UNIT_UNKNOWN b.csv:2"), try position("UNIT_UNKNOWN c.csv:2"))
        let missing = lines.filter { line in line.hasSuffix(".csv:3") && ["a.csv", "b.csv", "c.csv"].contains { line.contains($0) } }
        XCTAssertEqual(missing.map { $0.split(separator: " ")[1] }, ["a.csv:3", "b.csv:3", "c.csv:3"], "\(lines)")
        XCTAssertLessThan(try position(missing[2]), try position("UNIT_UNKNOWN a.csv:2"))
        XCTAssertNotNil(lines.first { $0.hasPrefix("MODEL_DUPLICATE_ID bang.csv") }, "\(lines)")
        XCTAssertNotNil(lines.first { $0.hasSuffix("sai-don-vi.md:3") }, "\(lines)")
        for run in runs.dropFirst() { XCTAssertEqual(run.diagnostics.items, runs[0].diagnostics.items) }

        // Awards are numbered across files in order, whichever file finished first.
        let awards = try XCTUnwrap(runs[0].site).awards
        XCTAssertEqual(awards.map(\.index), Array(awards.indices))
        let names = awards.map(\.recipient).filter { $0.hasPrefix("Người ") }
        XCTAssertEqual(names, ["Người a 3", "Người b 3", "Người c 3"])
    }
}
