import Diagnostics
import Foundation
import Pipeline
import XCTest

/// What the portal sees on disk: identical rebuilds touch nothing, failed builds change nothing.
final class RebuildTests: XCTestCase {
    let minimal = FixturePaths.fixture("minimal")

    func options(output: URL, content: String? = nil) -> BuildOptions {
        BuildOptions(content: content ?? minimal.appendingPathComponent("content").path,
                     templates: minimal.appendingPathComponent("templates").path, output: output.path)
    }

    /// Path → (inode, modification time, bytes) of every file below a folder.
    static func snapshot(_ root: URL) -> [String: (UInt64, Date, Data)] {
        var out: [String: (UInt64, Date, Data)] = [:]
        let fm = FileManager.default
        for case let rel as String in fm.enumerator(atPath: root.path) ?? FileManager.DirectoryEnumerator() {
            let full = root.appendingPathComponent(rel).path
            guard let attrs = try? fm.attributesOfItem(atPath: full), attrs[.type] as? FileAttributeType == .typeRegular else { continue }
            out[rel] = ((attrs[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0, attrs[.modificationDate] as? Date ?? .distantPast,
                        fm.contents(atPath: full) ?? Data())
        }
        return out
    }

    /// Every file of `before` is still there, same inode, mtime and bytes, and no other file appeared.
    static func assertUntouched(_ root: URL, since before: [String: (UInt64, Date, Data)], file: StaticString = #filePath, line: UInt = #line) {
        let after = snapshot(root)
        XCTAssertEqual(Set(after.keys), Set(before.keys), file: file, line: line)
        for (path, (inode, mtime, bytes)) in before {
            XCTAssertEqual(after[path]?.0, inode, path, file: file, line: line)
            XCTAssertEqual(after[path]?.1, mtime, path, file: file, line: line)
            XCTAssertEqual(after[path]?.2, bytes, path, file: file, line: line)
        }
    }

    func testSecondBuildIsByteIdenticalAndRewritesNothing() throws {
        let out = FixturePaths.temporaryFolder("rebuild").appendingPathComponent("public")
        let first = Pipeline.build(options(output: out))
        XCTAssertTrue(first.succeeded, DiagnosticPrinter.text(first.diagnostics))
        let before = Self.snapshot(out)
        XCTAssertGreaterThan(before.count, 20)
        let second = Pipeline.build(options(output: out))
        XCTAssertTrue(second.succeeded)
        XCTAssertEqual(second.write?.written, 0)
        let after = Self.snapshot(out)
        XCTAssertEqual(Set(before.keys), Set(after.keys))
        for (path, (inode, mtime, bytes)) in before {
            XCTAssertEqual(after[path]?.0, inode, "\(path) got a new inode")
            XCTAssertEqual(after[path]?.1, mtime, "\(path) was touched")
            XCTAssertEqual(after[path]?.2, bytes, "\(path) changed")
        }
    }

    func testFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws {
        let tmp = FixturePaths.temporaryFolder("failed")
        let out = tmp.appendingPathComponent("public")
        XCTAssertTrue(Pipeline.build(options(output: out)).succeeded)
        let before = Self.snapshot(out)
        // A copy of the fixture with one broken row.
        let broken = tmp.appendingPathComponent("content")
        try FileManager.default.copyItem(at: minimal.appendingPathComponent("content"), to: broken)
        let units = broken.appendingPathComponent("units.csv")
        try (String(contentsOf: units, encoding: .utf8) + "00009,Xã Lỗi,xa,999,\n").write(to: units, atomically: false, encoding: .utf8)
        let failed = Pipeline.build(options(output: out, content: broken.path))
        XCTAssertFalse(failed.succeeded)
        XCTAssertTrue(failed.diagnostics.items.contains { $0.code == "UNIT_UNKNOWN_PARENT" })
        Self.assertUntouched(out, since: before)
    }

    func testOutputThatIsTheContentFolderIsRefused() {
        let content = minimal.appendingPathComponent("content")
        let o = Pipeline.build(BuildOptions(content: content.path, templates: minimal.appendingPathComponent("templates").path,
                                            output: content.path))
        XCTAssertTrue(o.diagnostics.items.contains { $0.code == "OUTPUT_WRITE_FAILED" })
    }
}
