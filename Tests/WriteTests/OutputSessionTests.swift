import XCTest
import Foundation
import SiteOutput
@testable import Write

/// The streamed write: files arrive in batches and must end up exactly as `OutputWriter.write` puts them.
final class OutputSessionTests: ScratchTestCase {
    var copies: [CopiedFile] { [CopiedFile(source: scratch.path("content/media/anh.png"), path: "media/anh.png")] }

    func writer(_ output: String? = nil) -> OutputWriter {
        OutputWriter(outputDirectory: output ?? self.output, protectedDirectories: [scratch.path("content")])
    }

    /// 50 pages in 7 folders; `changed` pages get other bytes.
    func site(changed: Set<Int> = []) -> [OutputFile] {
        (0..<50).map { OutputFile(path: "p\($0 % 7)/\($0).html", text: changed.contains($0) ? "mới \($0)" : "trang \($0)") }
    }

    /// Feeds `files` to a session in batches of `size` and commits.
    func stream(_ files: [OutputFile], copies: [CopiedFile], size: Int = 8, writer: OutputWriter? = nil) throws -> WriteSummary {
        let session = try OutputSession(writer: writer ?? self.writer(), filePaths: files.map(\.path), copies: copies)
        for start in stride(from: 0, to: files.count, by: size) {
            try session.add(Array(files[start..<min(start + size, files.count)]))
        }
        return try session.commit()
    }

    func siblings() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: scratch.root).sorted()) ?? []
    }

    func testBatchedWriteGivesTheSameTreeAndSummaryAsAWholeWrite() throws {
        let whole = scratch.path("whole")
        let expected = try writer(whole).write(files: site(), copies: copies)
        XCTAssertEqual(try stream(site(), copies: copies), expected)
        XCTAssertEqual(expected, WriteSummary(written: 51, unchanged: 0, removed: 0, replacedFolder: true))
        XCTAssertEqual(fileStates(output).mapValues(\.bytes), fileStates(whole).mapValues(\.bytes))
        XCTAssertEqual(siblings(), ["content", "public", "whole"])
    }

    /// Folders are made as the files that need them arrive: nested ones, ones whose parent came in an
    /// earlier batch, and ones of files that were unchanged before the first difference.
    func testNestedFoldersAreMadeAsTheirFilesArrive() throws {
        func nested(_ changed: Bool) -> [OutputFile] {
            ["a/b/c/1.html", "a/2.html", "5.html", "a/b/3.html", "x/y/z/4.html", "a/b/c/d/6.html", "x/7.html", "a/b/e/8.html"]
                .map { OutputFile(path: $0, text: changed && $0 == "x/7.html" ? "mới" : "trang \($0)") }
        }
        let whole = scratch.path("whole")
        _ = try writer(whole).write(files: nested(false), copies: copies)
        // The second stream finds everything unchanged and writes nothing.
        for (size, written) in [(1, 9), (3, 0)] {
            XCTAssertEqual(try stream(nested(false), copies: copies, size: size).written, written)
            XCTAssertEqual(fileStates(output).mapValues(\.bytes), fileStates(whole).mapValues(\.bytes))
        }
        XCTAssertEqual(try stream(nested(true), copies: copies, size: 2),
                       WriteSummary(written: 1, unchanged: 8, removed: 0, replacedFolder: true))
        XCTAssertEqual(text(output + "/x/7.html"), "mới")
        XCTAssertEqual(text(output + "/a/b/c/d/6.html"), "trang a/b/c/d/6.html")
    }

    func testUnchangedRebuildTouchesNothingAndCreatesNoTemporaryTree() throws {
        _ = try stream(site(), copies: copies)
        let before = snapshot(scratch.root)
        let session = try OutputSession(writer: writer(), filePaths: site().map(\.path), copies: copies)
        for start in stride(from: 0, to: 50, by: 8) {
            try session.add(Array(site()[start..<min(start + 8, 50)]))
            XCTAssertEqual(siblings(), ["content", "public"], "no temporary tree while nothing differs")
        }
        XCTAssertEqual(try session.commit(), WriteSummary(written: 0, unchanged: 51, removed: 0, replacedFolder: false))
        XCTAssertEqual(snapshot(scratch.root), before)
    }

    func testAChangeInALateBatchKeepsTheInodesOfEarlierUnchangedFiles() throws {
        _ = try stream(site(), copies: copies)
        let before = fileStates(output)
        // Pages 0…39 are unchanged and handled before the first difference (page 45, in the sixth batch).
        XCTAssertEqual(try stream(site(changed: [45]), copies: copies),
                       WriteSummary(written: 1, unchanged: 50, removed: 0, replacedFolder: true))
        assertOnlyRewritten("p3/45.html", since: before)
        XCTAssertEqual(text(output + "/p3/45.html"), "mới 45")
        XCTAssertEqual(siblings(), ["content", "public"])
    }

    func testRemovedFilesAreCountedAndGone() throws {
        _ = try stream(site(), copies: copies)
        let fewer = site().filter { $0.path != "p1/8.html" }
        XCTAssertEqual(try stream(fewer, copies: []), WriteSummary(written: 0, unchanged: 49, removed: 2, replacedFolder: true))
        XCTAssertFalse(exists(output + "/p1/8.html"))
        XCTAssertFalse(exists(output + "/media"))
    }

    func testFailureInALateBatchLeavesThePreviousOutputIdentical() throws {
        _ = try stream(site(), copies: copies)
        let before = snapshot(scratch.root)
        var failing = writer()
        failing.failingPath = "p6/48.html"
        let changed = site(changed: Set(0..<50))
        let session = try OutputSession(writer: failing, filePaths: changed.map(\.path), copies: copies)
        for start in stride(from: 0, to: 40, by: 8) { try session.add(Array(changed[start..<start + 8])) }
        XCTAssertTrue(siblings().contains { $0.hasPrefix(".public.thidua-tmp-") }, "earlier batches went into the temporary tree")
        assertWriteError("Lỗi thử nghiệm khi ghi p6/48.html") { try session.add(Array(changed[40..<50])) }
        XCTAssertEqual(snapshot(scratch.root), before)
    }

    func testAbortAfterEveryBatchLeavesThePreviousOutputAndNoCreatedFolders() throws {
        _ = try stream(site(), copies: copies)
        let before = snapshot(scratch.root)
        let changed = site(changed: [3, 30])
        let session = try OutputSession(writer: writer(), filePaths: changed.map(\.path), copies: copies)
        try session.add(changed)
        session.abort()  // what the build does when the link check found errors
        XCTAssertEqual(snapshot(scratch.root), before)

        // A first build into a folder whose parents do not exist yet: they go away again too.
        let nested = try OutputSession(writer: writer(scratch.path("a/b/site")), filePaths: changed.map(\.path), copies: [])
        try nested.add(changed)
        nested.abort()
        XCTAssertEqual(snapshot(scratch.root), before)
    }

    func testFilesOutOfTheAnnouncedOrderAreRefused() throws {
        let session = try OutputSession(writer: writer(), filePaths: site().map(\.path), copies: [])
        assertWriteError("không theo đúng thứ tự") { try session.add(Array(site()[1..<3])) }
        XCTAssertEqual(siblings(), ["content"])
    }

    func testLayoutAndMissingMediaAreCheckedBeforeAnythingIsWritten() {
        let twice = site() + [OutputFile(path: "p0/0.html", text: "x")]
        assertWriteError("được tạo hai lần") { try OutputSession(writer: writer(), filePaths: twice.map(\.path), copies: []) }
        let missing = [CopiedFile(source: scratch.path("content/media/khong-co.png"), path: "media/khong-co.png")]
        assertWriteError("Không đọc được tệp") { try OutputSession(writer: writer(), filePaths: site().map(\.path), copies: missing) }
        XCTAssertEqual(siblings(), ["content"])
    }
}
