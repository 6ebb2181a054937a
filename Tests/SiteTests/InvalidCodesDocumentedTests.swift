import Foundation
import XCTest

/// docs/ma-loi.md documents every diagnostic code the sources can emit, each with a printed example.
final class InvalidCodesDocumentedTests: XCTestCase {
    /// Codes passed to `.error("…"` / `.warning("…"` anywhere under Sources/.
    static func emittedCodes() throws -> Set<String> {
        let sources = FixturePaths.repoRoot.appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"(?:error|warning)\(\s*"([A-Z][A-Z0-9_]+)""#)
        var codes: Set<String> = []
        for case let rel as String in FileManager.default.enumerator(atPath: sources.path) ?? NSEnumerator() where rel.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(rel), encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        return codes
    }

    func testEveryCodeHasASectionAndAnExampleLine() throws {
        let doc = try String(contentsOf: FixturePaths.repoRoot.appendingPathComponent("docs/ma-loi.md"), encoding: .utf8)
        let codes = try Self.emittedCodes()
        XCTAssertGreaterThan(codes.count, 70)
        let headings = doc.split(separator: "\n").filter { $0.hasPrefix("### ") }.joined(separator: "\n")
        for code in codes.sorted() {
            XCTAssertTrue(headings.contains(code), "\(code) has no section in docs/ma-loi.md")
            XCTAssertTrue(doc.contains("[\(code)]: "), "\(code) has no example line in docs/ma-loi.md")
        }
    }

    /// Every code a fixture expects is one the sources emit (a renamed code must update the fixtures).
    func testFixtureCodesExist() throws {
        let codes = try Self.emittedCodes()
        for kind in InvalidFixtureTests.kinds {
            let text = try String(contentsOf: InvalidFixtureTests.folder.appendingPathComponent("\(kind)/expected.txt"), encoding: .utf8)
            for e in InvalidFixtureTests.parse(text) {
                let code = e.head.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
                XCTAssertTrue(codes.contains(code), "\(kind): \(code)")
            }
        }
    }
}
