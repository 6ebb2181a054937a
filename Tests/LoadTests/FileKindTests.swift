import Foundation
@testable import Load
import XCTest

/// Content files are classified with one `lstat` and read with POSIX calls.
final class FileKindTests: XCTestCase {
    func testKindsAndBytesOfFilesFoldersLinksAndMissingPaths() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-filekind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("a.md"), empty = dir.appendingPathComponent("rong.csv")
        let big = dir.appendingPathComponent("lon.csv"), link = dir.appendingPathComponent("lien-ket.md")
        try Data("Xã Hữu Văn\n".utf8).write(to: text)
        try Data().write(to: empty)
        let large = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(large).write(to: big)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: text)

        XCTAssertEqual(FileKind.of(text.path), .regular)
        XCTAssertEqual(FileKind.of(dir.path), .directory)
        XCTAssertEqual(FileKind.of(link.path), .symlink, "a link is not followed")
        XCTAssertEqual(FileKind.of(dir.appendingPathComponent("khong-co").path), .missing)

        XCTAssertEqual(FileBytes.read(text.path), Array("Xã Hữu Văn\n".utf8))
        XCTAssertEqual(FileBytes.read(empty.path), [])
        XCTAssertEqual(FileBytes.read(big.path), large)
        XCTAssertNil(FileBytes.read(dir.path), "a folder is not a file")
        XCTAssertNil(FileBytes.read(dir.appendingPathComponent("khong-co").path))
    }

    /// Path names read from the bytes answer what NSString answers, for plain and unusual names.
    func testFileNamesAreNSStringsAnswers() {
        let paths = ["a.md", "models/a.md", "models/sub/b-2_x.csv", "a", ".md", "a.", "a.b.md", "a b.md", "ảnh.md", "a/", "/a.md",
                     "a//b.md", "./a.md", "../x/y.MD", "", ".", "..", "models/.hidden.md", "x.tar.gz", "X.CSV", "a/b.c/d"]
        for path in paths {
            XCTAssertEqual(FileName.last(path), (path as NSString).lastPathComponent, path)
            XCTAssertEqual(FileName.ext(path), (path as NSString).pathExtension, path)
            XCTAssertEqual(FileName.base(path), (path as NSString).deletingPathExtension, path)
        }
    }
}
