import Diagnostics
import Foundation
import Pipeline
import XCTest

/// A build with nothing changed since the last successful one does nothing (the portal's nightly
/// rebuild), and any change to content, templates, options or the output itself makes it build.
final class UpToDateTests: XCTestCase {
    struct Site {
        let workspace: FixtureWorkspace
        let templates: URL
        let output: URL
        var state: String { output.deletingLastPathComponent().appendingPathComponent(".public.thidua-state").path }

        init(_ label: String) throws {
            let minimal = FixturePaths.fixture("minimal")
            workspace = try FixtureWorkspace(copying: minimal, label: label)
            templates = workspace.root.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: minimal.appendingPathComponent("templates"), to: templates)
            output = workspace.root.appendingPathComponent("public")
        }

        func build(drafts: Bool = false) -> Pipeline.Outcome {
            Pipeline.build(BuildOptions(content: workspace.contentPath, templates: templates.path, output: output.path,
                                        includeDrafts: drafts, skipWhenUnchanged: true))
        }
    }

    func testSecondBuildDoesNothingAndRepeatsTheWarnings() throws {
        let site = try Site("uptodate-same")
        // A warning that must be printed again by the build that skips the work.
        try site.workspace.write("site.yml", String(contentsOf: site.workspace.content.appendingPathComponent("site.yml"), encoding: .utf8)
            + "khoa_la: 1\n")
        let first = site.build()
        XCTAssertTrue(first.succeeded, DiagnosticPrinter.text(first.diagnostics))
        XCTAssertFalse(first.upToDate)
        XCTAssertEqual(first.diagnostics.items.map(\.code), ["SITE_CONFIG_UNKNOWN_KEY"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.state))
        let before = RebuildTests.snapshot(site.output)

        let second = site.build()
        XCTAssertTrue(second.upToDate)
        XCTAssertNil(second.rendered)
        XCTAssertEqual(second.write?.written, 0)
        XCTAssertEqual(second.write?.unchanged, first.write.map { $0.written + $0.unchanged })
        XCTAssertEqual(second.pageCount, first.pageCount)
        XCTAssertEqual(second.diagnostics.items, first.diagnostics.items)
        let after = RebuildTests.snapshot(site.output)
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        for (path, entry) in before { XCTAssertEqual(after[path]?.0, entry.0, path) }
    }

    func testContentTemplateOptionAndOutputChangesEachBuildAgain() throws {
        let site = try Site("uptodate-changes")
        XCTAssertFalse(site.build().upToDate)
        XCTAssertTrue(site.build().upToDate)

        // Same size, new bytes: the inode's ctime still moves.
        let page = site.workspace.content.appendingPathComponent("pages/gioi-thieu.md")
        var bytes = try Array(Data(contentsOf: page))
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try site.workspace.write("pages/gioi-thieu.md", bytes: bytes)
        let edited = site.build()
        XCTAssertFalse(edited.upToDate)
        XCTAssertEqual(edited.write?.written, 1, "only the edited page is rewritten")
        XCTAssertTrue(site.build().upToDate)

        let layout = site.templates.appendingPathComponent("layout.mustache")
        try (String(contentsOf: layout, encoding: .utf8) + "\n").write(to: layout, atomically: false, encoding: .utf8)
        XCTAssertFalse(site.build().upToDate)
        XCTAssertTrue(site.build().upToDate)

        XCTAssertFalse(site.build(drafts: true).upToDate)
        XCTAssertTrue(site.build(drafts: true).upToDate)

        // A file deleted from the published folder by hand comes back.
        let removed = site.output.appendingPathComponent("gioi-thieu/index.html")
        try FileManager.default.removeItem(at: removed)
        let repaired = site.build(drafts: true)
        XCTAssertFalse(repaired.upToDate)
        XCTAssertTrue(FileManager.default.fileExists(atPath: removed.path))
    }

    func testAFailedBuildForgetsTheStateSoTheNextBuildIsReal() throws {
        let site = try Site("uptodate-failed")
        XCTAssertTrue(site.build().succeeded)
        let units = site.workspace.content.appendingPathComponent("units.csv")
        let good = try Data(contentsOf: units)
        try site.workspace.write("units.csv", String(decoding: good, as: UTF8.self) + "001,Trùng mã,huyen,01\n")
        let failed = site.build()
        XCTAssertFalse(failed.succeeded)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.state))
        try site.workspace.write("units.csv", bytes: Array(good))
        let again = site.build()
        XCTAssertTrue(again.succeeded)
        XCTAssertFalse(again.upToDate)
        XCTAssertEqual(again.write?.written, 0, "the old output was kept, so nothing differs")
        XCTAssertTrue(site.build().upToDate)
    }

    /// Tests and library callers get a real build unless they ask for the shortcut.
    func testBuildsDoTheWorkUnlessAsked() throws {
        let site = try Site("uptodate-default")
        XCTAssertTrue(site.build().succeeded)
        let plain = Pipeline.build(BuildOptions(content: site.workspace.contentPath, templates: site.templates.path,
                                                output: site.output.path))
        XCTAssertFalse(plain.upToDate)
        XCTAssertGreaterThan(plain.pageCount, 0)
        XCTAssertNotNil(plain.write)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.state), "a build without the shortcut leaves no state")
    }
}
