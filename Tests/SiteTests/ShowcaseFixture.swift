import Foundation
import Pipeline
import XCTest

/// Tests/Fixtures/showcase built with the default theme: models in Markdown and CSV, a draft,
/// awards pointing at models, an unknown award form, a personal-data column.
enum ShowcaseFixture {
    static let base = FixturePaths.fixture("showcase")
    static var content: String { base.appendingPathComponent("content").path }

    static func outcome(content: String = ShowcaseFixture.content, drafts: Bool = false) -> Pipeline.Outcome {
        Pipeline.check(BuildOptions(content: content, templates: FixturePaths.defaultTemplates, includeDrafts: drafts))
    }

    /// Built once for the whole test run.
    static let shared = outcome()

    static func file(_ path: String, in o: Pipeline.Outcome = shared) -> String? {
        o.rendered?.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// What the page puts inside `<main>`: the part the showcase's templates own (the element itself
    /// belongs to the theme's layout).
    static func main(_ html: String) -> String? {
        guard let open = html.range(of: "<main"), let start = html.range(of: ">", range: open.upperBound..<html.endIndex),
              let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// Compares with Tests/Fixtures/showcase/expected/<name>; THIDUA_RECORD=1 rewrites the file.
    static func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = base.appendingPathComponent("expected/\(name)")
        if ProcessInfo.processInfo.environment["THIDUA_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(actual, expected, "differs from expected/\(name) (THIDUA_RECORD=1 rewrites it)", file: file, line: line)
    }

    /// A copy of the fixture's content in a fresh temporary folder, to add or change files.
    static func copyOfContent(_ label: String) throws -> URL {
        let folder = FixturePaths.temporaryFolder(label).appendingPathComponent("content")
        try FileManager.default.copyItem(atPath: content, toPath: folder.path)
        return folder
    }
}
