import Diagnostics
import Foundation
import Pipeline
import XCTest

/// `--strict` and `--format json`, through the same `Pipeline` and `DiagnosticPrinter` the CLI calls.
final class InvalidOutputFormatTests: XCTestCase {
    func testWarningsAloneDoNotFailABuild() throws {
        let (lines, outcome) = try InvalidFixtureTests.run(kind: "warnings")
        XCTAssertEqual(lines.count, 7)
        XCTAssertTrue(lines.allSatisfy { $0.contains(": cảnh báo [") }, lines.joined(separator: "\n"))
        XCTAssertTrue(outcome.succeeded)
        XCTAssertNotNil(outcome.rendered)
        XCTAssertEqual(DiagnosticPrinter.summary(outcome.diagnostics), "0 lỗi, 7 cảnh báo")
    }

    func testStrictTurnsEveryWarningIntoAnError() throws {
        let (plain, _) = try InvalidFixtureTests.run(kind: "warnings")
        let (strict, outcome) = try InvalidFixtureTests.run(kind: "warnings", strict: true)
        XCTAssertFalse(outcome.succeeded)
        XCTAssertEqual(strict, plain.map { $0.replacingOccurrences(of: ": cảnh báo [", with: ": lỗi [") })
        XCTAssertEqual(DiagnosticPrinter.summary(outcome.diagnostics), "7 lỗi, 0 cảnh báo")
    }

    func testStrictBuildWritesNothing() throws {
        let workspace = try FixtureWorkspace(copying: InvalidFixtureTests.folder.appendingPathComponent("_base"), label: "strict")
        defer { workspace.delete() }
        try workspace.overlay(InvalidFixtureTests.folder.appendingPathComponent("warnings/content"))
        let output = workspace.root.appendingPathComponent("public").path
        let options = BuildOptions(content: workspace.contentPath, templates: FixturePaths.defaultTemplates, output: output, strict: true)
        let outcome = Pipeline.build(options)
        XCTAssertFalse(outcome.succeeded)
        XCTAssertNil(outcome.write)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        // The same content without --strict builds.
        let relaxed = Pipeline.build(BuildOptions(content: workspace.contentPath, templates: FixturePaths.defaultTemplates, output: output))
        XCTAssertTrue(relaxed.succeeded)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    /// Every diagnostic comes out as one JSON object with the fields a portal's pipeline reads.
    func testJSONCarriesEveryFieldOfEveryDiagnostic() throws {
        for kind in ["csv-unterminated-quote", "warnings", "personal-data-in-text", "yaml-syntax"] {
            let (_, outcome) = try InvalidFixtureTests.run(kind: kind)
            let json = DiagnosticPrinter.json(outcome.diagnostics)
            let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], kind)
            let expected = outcome.diagnostics.sorted
            XCTAssertEqual(parsed.count, expected.count, kind)
            for (object, d) in zip(parsed, expected) {
                XCTAssertEqual(Set(object.keys), ["severity", "code", "file", "line", "column", "message"])
                XCTAssertEqual(object["severity"] as? String, d.severity.rawValue)
                XCTAssertEqual(object["code"] as? String, d.code)
                XCTAssertEqual(object["file"] as? String, d.location.file)
                XCTAssertEqual(object["line"] as? Int, d.location.line)
                XCTAssertEqual(object["column"] as? Int, d.location.column)
                XCTAssertEqual(object["message"] as? String, d.message)
            }
        }
    }

    func testJSONOfStrictRunSaysError() throws {
        let (_, outcome) = try InvalidFixtureTests.run(kind: "warnings", strict: true)
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(DiagnosticPrinter.json(outcome.diagnostics).utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(parsed.compactMap { $0["severity"] as? String }), ["error"])
    }

    func testJSONOfACleanRunIsAnEmptyArray() throws {
        let (_, outcome) = try InvalidFixtureTests.run(kind: "_base")
        XCTAssertEqual(DiagnosticPrinter.json(outcome.diagnostics), "[]")
    }

    /// Quotes, backslashes, line breaks and control characters in a message stay valid JSON.
    func testJSONEscapesAwkwardText() throws {
        let list = DiagnosticList([.error("X_TEST", "a \"b\" \\ c\nd\te\u{1}f “g”", at: SourceLocation(file: "content/a \"b\".csv", line: 2, column: 3))])
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(DiagnosticPrinter.json(list).utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.first?["message"] as? String, "a \"b\" \\ c\nd\te\u{1}f “g”")
        XCTAssertEqual(parsed.first?["file"] as? String, "content/a \"b\".csv")
    }
}
