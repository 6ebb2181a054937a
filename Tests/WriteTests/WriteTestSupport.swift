import XCTest
import Foundation
import SiteOutput
import Write
#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder under the system temporary folder, removed by `tearDown`.
final class Scratch {
    let root: String

    init() {
        let base = NSTemporaryDirectory() + "thidua-write-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        root = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func makeFile(_ relative: String, _ text: String) {
        let full = path(relative)
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: full, contents: Data(text.utf8)))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// A test case with a fresh scratch folder holding one media file (`content/media/anh.png`), where
/// `public/` is the output folder.
class ScratchTestCase: XCTestCase {
    var scratch: Scratch!

    override func setUp() {
        scratch = Scratch()
        scratch.makeFile("content/media/anh.png", "PNG-1")
    }

    override func tearDown() {
        scratch.remove()
    }

    var output: String { scratch.path("public") }

    /// Only `changed` was rewritten (new inode); every other file of the output is exactly as `before`.
    func assertOnlyRewritten(_ changed: String, since before: [String: FileState], file: StaticString = #filePath, line: UInt = #line) {
        let after = fileStates(output)
        XCTAssertEqual(Set(after.keys), Set(before.keys), file: file, line: line)
        for (path, state) in after where path != changed {
            XCTAssertEqual(state, before[path], path, file: file, line: line)
        }
        XCTAssertNotEqual(after[changed]?.inode, before[changed]?.inode, file: file, line: line)
    }
}

/// What a file looks like on disk, enough to tell a rewrite (new inode or mtime) from an untouched file.
struct FileState: Equatable {
    let inode: UInt64
    let mtimeSeconds: Int
    let mtimeNanoseconds: Int
    let bytes: [UInt8]
    /// "file", "link" or "dir".
    let kind: String
}

/// Every entry under `root` (files, symlinks, empty folders) with its state; equal snapshots mean an identical tree.
func snapshot(_ root: String) -> [String: FileState] {
    var result: [String: FileState] = [:]
    guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
    while let relative = walker.nextObject() as? String {
        let full = root + "/" + relative
        var info = stat()
        guard lstat(full, &info) == 0 else { continue }
        let kind = info.st_mode & S_IFMT
        var bytes: [UInt8] = []
        if kind == S_IFREG {
            bytes = [UInt8](FileManager.default.contents(atPath: full) ?? Data())
        } else if kind == S_IFLNK {
            bytes = Array(((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "").utf8)
        }
        result[relative] = FileState(
            inode: UInt64(info.st_ino), mtimeSeconds: Int(info.st_mtim.tv_sec), mtimeNanoseconds: Int(info.st_mtim.tv_nsec),
            bytes: bytes, kind: kind == S_IFDIR ? "dir" : kind == S_IFLNK ? "link" : "file")
    }
    return result
}

/// Snapshot without inodes and times of folders (a rebuilt tree has new folders but may keep every file).
func fileStates(_ root: String) -> [String: FileState] {
    snapshot(root).filter { $0.value.kind != "dir" }
}

func text(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
}

/// Asserts that `body` throws a `WriteError` whose message contains `fragment`.
func assertWriteError<T>(_ fragment: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T) {
    do {
        _ = try body()
        XCTFail("expected a WriteError containing \"\(fragment)\"", file: file, line: line)
    } catch let error as WriteError {
        XCTAssertTrue(error.message.contains(fragment), "message: \(error.message)", file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}
