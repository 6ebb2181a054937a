import Diagnostics
import Foundation
import Pipeline
import XCTest

/// One folder per kind of mistake under Tests/Fixtures/invalid/<kind>/: `content/` holds the files that
/// differ from `_base/content/` (a valid small site), `remove.txt` lists base files to delete, and
/// `expected.txt` lists every diagnostic the check must print, in printed order:
///
///     content/units.csv:4:1: lỗi [UNIT_DUPLICATE_CODE]
///     content/progress/2022.csv:3:1: lỗi [UNIT_AMBIGUOUS] ~ 00002, 00004
///
/// The message is left out, so wording can improve without touching fixtures; text after ` ~ ` must
/// appear in the message (a value, a code list, an encoding name). Lines starting with `#` are comments.
/// `THIDUA_RECORD=1` rewrites expected.txt from the actual output (review the diff before committing).
final class InvalidFixtureTests: XCTestCase {
    static let folder = FixturePaths.fixture("invalid")

    static var kinds: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }

    struct Expectation: Equatable {
        var head: String
        var fragments: [String]
    }

    static func parse(_ text: String) -> [Expectation] {
        text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let parts = line.components(separatedBy: " ~ ")
            return Expectation(head: parts[0], fragments: Array(parts.dropFirst()))
        }
    }

    /// `content/units.csv:4:1: lỗi [UNIT_DUPLICATE_CODE]` of a printed line.
    static func head(of printed: String) -> String {
        guard let close = printed.range(of: "]") else { return printed }
        return String(printed[..<close.upperBound])
    }

    /// Builds the kind's site in a temporary folder and returns the printed diagnostics.
    static func run(kind: String, strict: Bool = false) throws -> (lines: [String], outcome: Pipeline.Outcome) {
        let kindURL = folder.appendingPathComponent(kind)
        let workspace = try FixtureWorkspace(copying: folder.appendingPathComponent("_base"), label: "invalid-\(kind)")
        defer { workspace.delete() }
        let removals = (try? String(contentsOf: kindURL.appendingPathComponent("remove.txt"), encoding: .utf8)) ?? ""
        try workspace.remove(removals.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        try workspace.overlay(kindURL.appendingPathComponent("content"))
        let outcome = workspace.check(strict: strict)
        return (workspace.lines(outcome.diagnostics), outcome)
    }

    func testBaseIsValid() throws {
        let (lines, outcome) = try Self.run(kind: "_base")
        XCTAssertEqual(lines, [])
        XCTAssertNotNil(outcome.rendered)
    }

    func testThereIsAFolderForEveryKindTheIssueNames() {
        let required = ["csv-ragged-row", "csv-unterminated-quote", "csv-duplicate-column", "csv-missing-column",
                        "csv-empty-field", "duplicate-codes", "unknown-unit", "unknown-parent", "unknown-indicator", "unknown-model",
                        "unknown-target-selector",
                        "parent-cycle", "ambiguous-unit-name", "progress-duplicate-unit", "number-malformed",
                        "date-impossible", "year-out-of-period", "negative-count", "ratio-num-exceeds-den",
                        "yaml-syntax", "image-missing", "live-block-unknown-option", "encoding-tcvn3", "encoding-vni",
                        "personal-data-column", "personal-data-in-text"]
        XCTAssertEqual(required.filter { !Self.kinds.contains($0) }, [])
    }

    func testEveryKindReportsExactlyItsExpectedDiagnostics() throws {
        XCTAssertFalse(Self.kinds.isEmpty)
        for kind in Self.kinds {
            let expectedURL = Self.folder.appendingPathComponent("\(kind)/expected.txt")
            let (lines, _) = try Self.run(kind: kind)
            if ProcessInfo.processInfo.environment["THIDUA_RECORD"] == "1" {
                // Fragments written by hand are kept for lines that are still there.
                var kept: [String: [[String]]] = [:]
                for e in Self.parse((try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "") { kept[e.head, default: []].append(e.fragments) }
                let recorded = lines.map(Self.head).map { head -> String in
                    let fragments = kept[head]?.isEmpty == false ? kept[head]!.removeFirst() : []
                    return ([head] + fragments).joined(separator: " ~ ")
                }
                try Data((recorded.joined(separator: "\n") + "\n").utf8).write(to: expectedURL)
                continue
            }
            let expected = Self.parse(try String(contentsOf: expectedURL, encoding: .utf8))
            XCTAssertEqual(lines.map(Self.head), expected.map(\.head), "\(kind): diagnostics differ:\n\(lines.joined(separator: "\n"))")
            for (line, e) in zip(lines, expected) {
                for fragment in e.fragments {
                    XCTAssertTrue(line.contains(fragment), "\(kind): “\(fragment)” missing from: \(line)")
                }
            }
            XCTAssertFalse(lines.isEmpty, "\(kind) reports nothing")
        }
    }

    /// Every message is Vietnamese prose that says something, not an internal dump.
    func testMessagesAreWordedForStaff() throws {
        for kind in Self.kinds {
            let (_, outcome) = try Self.run(kind: kind)
            for d in outcome.diagnostics.items {
                XCTAssertGreaterThan(d.message.count, 20, "\(kind): \(d)")
                XCTAssertTrue(d.code.allSatisfy { $0.isUppercase || $0 == "_" || $0.isNumber }, d.code)
                XCTAssertGreaterThanOrEqual(d.location.line, 1)
                XCTAssertGreaterThanOrEqual(d.location.column, 1)
            }
        }
    }
}
