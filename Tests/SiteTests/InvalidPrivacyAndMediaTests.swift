import Diagnostics
import Foundation
import Pipeline
import XCTest

/// Personal data never reaches any output file, and only files really inside content/media/ are published.
final class InvalidPrivacyAndMediaTests: XCTestCase {
    static let base = InvalidFixtureTests.folder.appendingPathComponent("_base")

    /// Every byte the build would publish: rendered files and copied files.
    static func published(_ outcome: Pipeline.Outcome) -> [(path: String, text: String)] {
        let copies = (outcome.rendered?.copies ?? []).map { c in
            (c.path, (try? String(contentsOfFile: c.source, encoding: .utf8)) ?? "")
        }
        return outcome.outputTexts + copies
    }

    /// The story check looks a Unicode numeric type up only beyond ASCII, where 0–9 are the only
    /// scalars that have one.
    func testAmongASCIIOnlyDigitsHaveANumericType() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(scalar.properties.numericType != nil, value >= 0x30 && value <= 0x39, "U+\(String(value, radix: 16))")
        }
    }

    /// The personal-data-column fixture holds these values only in columns named as personal data.
    func testDroppedPersonalColumnsLeaveNoTraceInAnyOutputFile() throws {
        let (lines, outcome) = try InvalidFixtureTests.run(kind: "personal-data-column")
        XCTAssertEqual(lines.filter { !$0.contains("[PERSONAL_DATA_COLUMN]") }, [])
        XCTAssertTrue(outcome.succeeded)
        let files = Self.published(outcome)
        XCTAssertGreaterThan(files.count, 30)
        // The rows themselves were published; only the personal cells are gone.
        XCTAssertNotNil(outcome.outputText("dien-hinh/mo-hinh-bang/index.html"))
        XCTAssertTrue(outcome.outputText("du-lieu/khen-thuong.csv")?.contains("UBND xã Hòa An") ?? false)
        let secrets = ["001234567890", "0912345678", "12/03/1971", "1971-03-12", "BíMậtCáNhân", "bimatcanhan", "Nà Lùng",
                       "0987654321", "hoang.dung"]
        for file in files {
            for secret in secrets {
                XCTAssertFalse(file.text.contains(secret), "“\(secret)” published in \(file.path)")
            }
        }
    }

    func testPersonalDataInTextStopsTheBuildBeforeAnythingIsRendered() throws {
        let (lines, outcome) = try InvalidFixtureTests.run(kind: "personal-data-in-text")
        XCTAssertEqual(lines.count, 18)
        XCTAssertTrue(lines.allSatisfy { $0.contains(": lỗi [PERSONAL_DATA_IN_TEXT]") })
        XCTAssertNil(outcome.rendered)
    }

    // MARK: media

    func workspace(_ label: String) throws -> FixtureWorkspace {
        try FixtureWorkspace(copying: Self.base, label: label)
    }

    /// A symbolic link inside media/ (to a file or a folder outside) is neither listed nor copied.
    func testSymlinksInMediaAreNotPublished() throws {
        let ws = try workspace("media-symlink")
        defer { ws.delete() }
        let outside = ws.root.appendingPathComponent("ngoai")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("BÍ MẬT NGOÀI THƯ MỤC".utf8).write(to: outside.appendingPathComponent("mat.svg"))
        let media = ws.content.appendingPathComponent("media")
        try FileManager.default.createSymbolicLink(atPath: media.appendingPathComponent("lien-ket.svg").path,
                                                   withDestinationPath: outside.appendingPathComponent("mat.svg").path)
        try FileManager.default.createSymbolicLink(atPath: media.appendingPathComponent("thu-muc").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: media.appendingPathComponent("cau-hinh.svg").path, withDestinationPath: "../site.yml")
        let clean = ws.check()
        XCTAssertEqual(ws.lines(clean.diagnostics).map(InvalidFixtureTests.head), [
            "content/media/cau-hinh.svg:1:1: cảnh báo [CONTENT_SYMLINK]",
            "content/media/lien-ket.svg:1:1: cảnh báo [CONTENT_SYMLINK]",
            "content/media/thu-muc:1:1: cảnh báo [CONTENT_SYMLINK]",
        ])
        let copied = (clean.rendered?.copies ?? []).map(\.path).filter { $0.hasPrefix("media/") }
        XCTAssertEqual(copied, ["media/anh.svg"])
        for file in Self.published(clean) { XCTAssertFalse(file.text.contains("BÍ MẬT"), file.path) }

        // Naming the links is reported as missing media, at the line that names them.
        try ws.write("pages/anh.md", "---\ntitle: \"Ảnh\"\n---\n![Liên kết](media/lien-ket.svg)\n\n![Thư mục](media/thu-muc/mat.svg)\n")
        let named = ws.check()
        XCTAssertEqual(ws.lines(named.diagnostics).map(InvalidFixtureTests.head).filter { !$0.contains("CONTENT_SYMLINK") },
                       ["content/pages/anh.md:4:1: lỗi [MEDIA_MISSING]", "content/pages/anh.md:6:1: lỗi [MEDIA_MISSING]"])
    }

    /// A Markdown or CSV file that is a link (to /etc/passwd, say) is never read, so it cannot be published.
    func testLinkedContentFilesAreNotRead() throws {
        let ws = try workspace("content-symlink")
        defer { ws.delete() }
        let secret = ws.root.appendingPathComponent("bi-mat.md")
        try Data("---\ntitle: \"BÍ MẬT\"\n---\nBÍ MẬT\n".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: ws.content.appendingPathComponent("pages/bi-mat.md").path, withDestinationPath: secret.path)
        try FileManager.default.removeItem(at: ws.content.appendingPathComponent("targets.csv"))
        try FileManager.default.createSymbolicLink(atPath: ws.content.appendingPathComponent("targets.csv").path, withDestinationPath: "/etc/passwd")
        let outcome = ws.check()
        XCTAssertEqual(ws.lines(outcome.diagnostics).map(InvalidFixtureTests.head), [
            "content/pages/bi-mat.md:1:1: cảnh báo [CONTENT_SYMLINK]",
            "content/targets.csv:1:1: lỗi [CONTENT_SYMLINK]",
        ])
    }

    /// A media folder that is itself a link to somewhere else is not published either.
    func testMediaFolderThatIsALinkIsNotPublished() throws {
        let ws = try workspace("media-folder-link")
        defer { ws.delete() }
        let outside = ws.root.appendingPathComponent("anh-chung")
        try FileManager.default.moveItem(at: ws.content.appendingPathComponent("media"), to: outside)
        try FileManager.default.createSymbolicLink(atPath: ws.content.appendingPathComponent("media").path, withDestinationPath: outside.path)
        let outcome = ws.check()
        XCTAssertEqual(ws.lines(outcome.diagnostics).map(InvalidFixtureTests.head), [
            "content/media:1:1: lỗi [CONTENT_SYMLINK]",
            "content/models/nuoi-de.md:12:8: lỗi [MEDIA_MISSING]",
            "content/models/nuoi-de.md:21:1: lỗi [MEDIA_MISSING]",
        ])
    }

    /// Paths that leave media/ are refused whatever their spelling.
    func testUnsafeMediaPathsAreRefused() throws {
        let ws = try workspace("media-paths")
        defer { ws.delete() }
        let bad = ["../site.yml", "/etc/passwd", "media/../site.yml", "media/./anh.svg", "media//anh.svg", "media\\anh.svg",
                   "file:///etc/passwd", "https://example.com/anh.png", "media/%2e%2e/site.yml", "./../site.yml"]
        var model = "id,title,unit,year,summary,image,image_alt,story\n"
        for (i, path) in bad.enumerated() { model += "m\(i),Mô hình \(i),00002,2022,Tóm tắt.,\"\(path)\",Ảnh,Nội dung.\n" }
        try ws.write("models/bang.csv", model)
        let outcome = ws.check()
        let codes = ws.lines(outcome.diagnostics).map(InvalidFixtureTests.head)
        XCTAssertEqual(codes.count, bad.count, codes.joined(separator: "\n"))
        for (i, line) in codes.enumerated() {
            XCTAssertTrue(line.hasPrefix("content/models/bang.csv:\(i + 2):"), line)
            XCTAssertTrue(line.hasSuffix("[MEDIA_PATH_INVALID]") || line.hasSuffix("[MEDIA_MISSING]"), line)
        }
        XCTAssertNil(outcome.rendered)
    }
}
