import Diagnostics
@testable import Load
import XCTest

/// The official administrative-unit list (CRLF, commas, Vietnamese names) is what real offices start from.
final class SharedDataTests: XCTestCase {
    private func sharedFolder() throws -> URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("spec").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        throw XCTSkip("no shared/spec folder above \(#filePath)")
    }

    func testAdministrativeUnitList() throws {
        let url = try sharedFolder().appendingPathComponent("data/dvhc-2024.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (table, diags) = CSVReader.parse(text, file: "dvhc-2024.csv")
        XCTAssertEqual(diags, [])
        XCTAssertEqual(table.delimiter, ",")
        XCTAssertEqual(table.header.map(\.text), ["province_code", "province_name", "district_code", "district_name",
                                                   "district_type", "ward_code", "ward_name", "ward_type"])
        XCTAssertEqual(table.rows.count, 10_040)
        XCTAssertEqual(table.rows[0].fields.map(\.text),
                       ["01", "Thành phố Hà Nội", "001", "Quận Ba Đình", "Quận", "00001", "Phường Phúc Xá", "Phường"])
        let last = try XCTUnwrap(table.rows.last)
        XCTAssertEqual(last.line, 10_041)
        XCTAssertEqual(last.fields[6].text, "Xã Đất Mũi")
        XCTAssertEqual(last.fields[6].location, SourceLocation(file: "dvhc-2024.csv", line: 10_041, column: 48))
    }
}
