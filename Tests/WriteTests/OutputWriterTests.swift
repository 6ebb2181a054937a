import XCTest
import Foundation
import SiteOutput
@testable import Write

final class OutputWriterTests: ScratchTestCase {

    func writer() -> OutputWriter {
        OutputWriter(outputDirectory: output, protectedDirectories: [scratch.path("content"), scratch.path("templates")])
    }

    func site(home: String = "Trang chủ") -> [OutputFile] {
        [
            OutputFile(path: "index.html", text: "<h1>\(home)</h1>"),
            OutputFile(path: "don-vi/xa-a/index.html", text: "Xã A"),
            OutputFile(path: "don-vi/xa-b/index.html", text: "Xã B"),
            OutputFile(path: "assets/site.css", text: "body{}"),
        ]
    }

    var copies: [CopiedFile] { [CopiedFile(source: scratch.path("content/media/anh.png"), path: "media/anh.png")] }

    func testFirstWriteCreatesTheTreeWithMarker() throws {
        XCTAssertEqual(try writer().plan(files: site(), copies: copies), WriteSummary(written: 5, unchanged: 0, removed: 0, replacedFolder: true))
        XCTAssertFalse(exists(output))
        let summary = try writer().write(files: site(), copies: copies)
        XCTAssertEqual(summary, WriteSummary(written: 5, unchanged: 0, removed: 0, replacedFolder: true))
        XCTAssertEqual(text(output + "/index.html"), "<h1>Trang chủ</h1>")
        XCTAssertEqual(text(output + "/don-vi/xa-b/index.html"), "Xã B")
        XCTAssertEqual(text(output + "/media/anh.png"), "PNG-1")
        XCTAssertEqual(Set(fileStates(output).keys), [
            ".thidua-output", "index.html", "don-vi/xa-a/index.html", "don-vi/xa-b/index.html", "assets/site.css", "media/anh.png",
        ])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.root).sorted(), ["content", "public"])
    }

    func testIdenticalSecondWriteTouchesNothing() throws {
        _ = try writer().write(files: site(), copies: copies)
        let before = snapshot(output)
        let rootBefore = snapshot(scratch.root)["public"]
        let summary = try writer().write(files: site(), copies: copies)
        XCTAssertEqual(summary, WriteSummary(written: 0, unchanged: 5, removed: 0, replacedFolder: false))
        XCTAssertEqual(snapshot(output), before)
        XCTAssertEqual(snapshot(scratch.root)["public"], rootBefore)
        XCTAssertEqual(try writer().plan(files: site(), copies: copies), summary)
    }

    func testOneChangedFileGetsANewInodeAndTheOthersKeepTheirs() throws {
        _ = try writer().write(files: site(), copies: copies)
        let before = fileStates(output)
        let summary = try writer().write(files: site(home: "Trang chủ mới"), copies: copies)
        XCTAssertEqual(summary, WriteSummary(written: 1, unchanged: 4, removed: 0, replacedFolder: true))
        assertOnlyRewritten("index.html", since: before)
        XCTAssertEqual(text(output + "/index.html"), "<h1>Trang chủ mới</h1>")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.root).sorted(), ["content", "public"])
    }

    func testChangedCopySourceIsCopiedAgain() throws {
        _ = try writer().write(files: site(), copies: copies)
        let before = fileStates(output)
        scratch.makeFile("content/media/anh.png", "PNG-2")
        XCTAssertEqual(try writer().write(files: site(), copies: copies), WriteSummary(written: 1, unchanged: 4, removed: 0, replacedFolder: true))
        XCTAssertEqual(text(output + "/media/anh.png"), "PNG-2")
        XCTAssertNotEqual(fileStates(output)["media/anh.png"]!.inode, before["media/anh.png"]!.inode)
        XCTAssertEqual(fileStates(output)["index.html"], before["index.html"])
    }

    func testRemovedFilesAndTheirFoldersDisappear() throws {
        _ = try writer().write(files: site(), copies: copies)
        let fewer = site().filter { $0.path != "don-vi/xa-b/index.html" }
        XCTAssertEqual(try writer().plan(files: fewer, copies: []), WriteSummary(written: 0, unchanged: 3, removed: 2, replacedFolder: true))
        XCTAssertEqual(try writer().write(files: fewer, copies: []), WriteSummary(written: 0, unchanged: 3, removed: 2, replacedFolder: true))
        XCTAssertEqual(Set(snapshot(output).keys), [".thidua-output", "index.html", "don-vi", "don-vi/xa-a", "don-vi/xa-a/index.html", "assets", "assets/site.css"])
    }

    func testAnExtraEmptyFolderIsRemovedToo() throws {
        _ = try writer().write(files: site(), copies: copies)
        try FileManager.default.createDirectory(atPath: output + "/rong", withIntermediateDirectories: false)
        XCTAssertEqual(try writer().write(files: site(), copies: copies), WriteSummary(written: 0, unchanged: 5, removed: 0, replacedFolder: true))
        XCTAssertFalse(exists(output + "/rong"))
    }

    func testSymlinksInTheOldOutputAreRemovedWithoutTouchingTheirTargets() throws {
        scratch.makeFile("elsewhere/keep.txt", "giữ")
        _ = try writer().write(files: site(), copies: copies)
        try FileManager.default.createSymbolicLink(atPath: output + "/lien-ket", withDestinationPath: scratch.path("elsewhere"))
        XCTAssertEqual(try writer().write(files: site(), copies: copies), WriteSummary(written: 0, unchanged: 5, removed: 1, replacedFolder: true))
        XCTAssertFalse(exists(output + "/lien-ket"))
        XCTAssertEqual(text(scratch.path("elsewhere/keep.txt")), "giữ")
    }

    func testWritesIntoAnExistingEmptyFolderAndCreatesMissingParents() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
        XCTAssertEqual(try writer().write(files: site(), copies: []).written, 4)
        XCTAssertEqual(text(output + "/don-vi/xa-a/index.html"), "Xã A")
        let nested = OutputWriter(outputDirectory: scratch.path("a/b/site"), protectedDirectories: [])
        XCTAssertEqual(try nested.write(files: site(), copies: []).written, 4)
        XCTAssertEqual(text(scratch.path("a/b/site/assets/site.css")), "body{}")
    }
}
