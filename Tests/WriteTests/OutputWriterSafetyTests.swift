import XCTest
import Foundation
import SiteOutput
@testable import Write
#if canImport(Glibc)
import Glibc
#endif

final class OutputWriterSafetyTests: ScratchTestCase {
    override func setUp() {
        super.setUp()
        scratch.makeFile("content/site.yml", "ten: Lạng Sơn")
        scratch.makeFile("templates/base.mustache", "{{x}}")
    }

    var protected: [String] { [scratch.path("content"), scratch.path("templates")] }
    let files = [OutputFile(path: "index.html", text: "a"), OutputFile(path: "b/index.html", text: "b")]

    func refuse(_ output: String, _ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        let before = snapshot(scratch.root)
        let writer = OutputWriter(outputDirectory: output, protectedDirectories: protected)
        assertWriteError(fragment, file: file, line: line) { try writer.plan(files: files, copies: []) }
        assertWriteError(fragment, file: file, line: line) { try writer.write(files: files, copies: []) }
        XCTAssertEqual(snapshot(scratch.root), before, "the folders must be untouched", file: file, line: line)
    }

    func testRefusesTheRootFolder() {
        refuse("/", "thư mục gốc")
        refuse(scratch.root + "/../../../../../../../..", "thư mục gốc")
    }

    func testRefusesTheHomeAndWorkingFolders() {
        refuse(NSHomeDirectory(), "thư mục nhà")
        refuse(".", "thư mục đang làm việc")
        refuse(FileManager.default.currentDirectoryPath + "/..", "thư mục đang làm việc")
    }

    func testRefusesProtectedFoldersTheirParentsAndInsides() {
        refuse(scratch.path("content"), "trùng với hoặc chứa thư mục")
        refuse(scratch.path("public/../content/"), "trùng với hoặc chứa thư mục")
        refuse(scratch.root, "trùng với hoặc chứa thư mục")
        refuse(scratch.path("templates"), "trùng với hoặc chứa thư mục")
        refuse(scratch.path("content/public"), "nằm trong thư mục")
        refuse(scratch.path("content/media/x/y"), "nằm trong thư mục")
    }

    func testRefusesASymlinkToTheContentFolder() throws {
        try FileManager.default.createSymbolicLink(atPath: scratch.path("public"), withDestinationPath: scratch.path("content"))
        refuse(scratch.path("public"), "trùng với hoặc chứa thư mục")
    }

    func testRefusesANonEmptyFolderWithoutTheMarker() {
        scratch.makeFile("public/ghi-chu.txt", "của người dùng")
        refuse(scratch.path("public"), "thiếu tệp .thidua-output")
        XCTAssertEqual(text(scratch.path("public/ghi-chu.txt")), "của người dùng")
    }

    func testRefusesAFileAtTheOutputPath() {
        scratch.makeFile("public", "tệp")
        refuse(scratch.path("public"), "không phải là thư mục")
    }

    func testRefusesUnsafeDuplicateAndCollidingPaths() {
        let writer = OutputWriter(outputDirectory: scratch.path("public"), protectedDirectories: protected)
        let cases: [([OutputFile], [CopiedFile], String)] = [
            ([OutputFile(path: "../x.html", text: "")], [], "không hợp lệ: \"../x.html\""),
            ([OutputFile(path: "/etc/x", text: "")], [], "không hợp lệ: \"/etc/x\""),
            ([OutputFile(path: "a//b.html", text: "")], [], "không hợp lệ: \"a//b.html\""),
            ([OutputFile(path: "a/./b.html", text: "")], [], "không hợp lệ: \"a/./b.html\""),
            ([OutputFile(path: "a/", text: "")], [], "không hợp lệ: \"a/\""),
            ([OutputFile(path: "", text: "")], [], "không hợp lệ: \"\""),
            ([OutputFile(path: ".thidua-output", text: "")], [], "tên thidua dành riêng"),
            ([OutputFile(path: "a.html", text: "1")], [CopiedFile(source: scratch.path("content/media/anh.png"), path: "a.html")], "Tệp đầu ra a.html được tạo hai lần"),
            ([OutputFile(path: "x/index.html", text: ""), OutputFile(path: "x", text: "")], [], "x vừa là một tệp vừa là thư mục chứa x/index.html"),
        ]
        for (files, copies, fragment) in cases {
            assertWriteError(fragment) { try writer.write(files: files, copies: copies) }
        }
        XCTAssertFalse(exists(scratch.path("public")))
    }

    func testMissingCopySourceIsReportedBeforeAnythingIsWritten() throws {
        let writer = OutputWriter(outputDirectory: scratch.path("public"), protectedDirectories: protected)
        let missing = [CopiedFile(source: scratch.path("content/media/khong-co.png"), path: "media/khong-co.png")]
        assertWriteError("Không đọc được tệp \(scratch.path("content/media/khong-co.png")) để chép vào media/khong-co.png") {
            try writer.write(files: files, copies: missing)
        }
        XCTAssertFalse(exists(scratch.path("public")))
        _ = try writer.write(files: files, copies: [])
        let before = snapshot(scratch.path("public"))
        assertWriteError("Không đọc được tệp") { try writer.write(files: files, copies: missing) }
        XCTAssertEqual(snapshot(scratch.path("public")), before)
    }

    func testFailureMidWriteLeavesThePreviousOutputIdentical() throws {
        var writer = OutputWriter(outputDirectory: scratch.path("public"), protectedDirectories: protected)
        let many = (0..<200).map { OutputFile(path: "p\($0 % 7)/\($0).html", text: "trang \($0)") }
        _ = try writer.write(files: many, copies: [])
        let before = snapshot(scratch.root)
        let changed = many.map { OutputFile(path: $0.path, text: "mới " + String(decoding: $0.bytes, as: UTF8.self)) }
        writer.failingPath = "p3/150.html"
        assertWriteError("Lỗi thử nghiệm khi ghi p3/150.html") { try writer.write(files: changed + [OutputFile(path: "moi.html", text: "x")], copies: []) }
        XCTAssertEqual(snapshot(scratch.root), before)
        writer.failingPath = nil
        XCTAssertEqual(try writer.write(files: changed, copies: []), WriteSummary(written: 200, unchanged: 0, removed: 0, replacedFolder: true))
        XCTAssertEqual(text(scratch.path("public/p3/150.html")), "mới trang 150")
    }

    func testStaleTemporaryFoldersAreRemovedWithoutFollowingLinks() throws {
        scratch.makeFile("elsewhere/keep.txt", "giữ")
        let own = ".public.thidua-tmp-\(getpid())"
        let dead = ".public.thidua-tmp-\(deadProcessID())"
        scratch.makeFile(own + "/index.html", "cũ")
        scratch.makeFile(dead + "/a/b.html", "cũ")
        try FileManager.default.createSymbolicLink(atPath: scratch.path(dead + "/a/lien-ket"), withDestinationPath: scratch.path("elsewhere"))
        scratch.makeFile(dead + "-old/x.html", "cũ")
        scratch.makeFile(".other.thidua-tmp-1/x.html", "của thư mục khác")
        let writer = OutputWriter(outputDirectory: scratch.path("public"), protectedDirectories: protected)
        // Planning touches nothing, not even stale folders.
        _ = try writer.plan(files: files, copies: [])
        XCTAssertTrue(exists(scratch.path(dead)))
        _ = try writer.write(files: files, copies: [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.root).sorted(),
                       [".other.thidua-tmp-1", "content", "elsewhere", "public", "templates"])
        XCTAssertEqual(text(scratch.path("elsewhere/keep.txt")), "giữ")
    }

    /// A process id that no running process has.
    private func deadProcessID() -> Int32 {
        var pid: Int32 = 32000
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }
}
