import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `thidua build` killed with SIGKILL at any moment leaves the output folder exactly as it was or exactly
/// the complete new site, never a mix, and the only debris is a `.public.thidua-tmp-*` sibling that
/// the next build removes.
final class KillTests: XCTestCase {
    /// The `thidua` executable `swift test` built next to the test bundle.
    static var executable: URL? {
        let candidates = [
            Bundle(for: KillTests.self).bundleURL.deletingLastPathComponent().appendingPathComponent("thidua"),
            FixturePaths.repoRoot.appendingPathComponent(".build/debug/thidua"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func testKilledBuildsLeaveTheOldTreeOrTheNewTree() throws {
        guard let thidua = Self.executable else { throw XCTSkip("thidua is not built (run `swift build` first)") }
        let tmp = FixturePaths.temporaryFolder("kill")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let fm = FileManager.default

        // Two versions of the sample content; B changes every page (the title), adds one file and drops another.
        let contentA = tmp.appendingPathComponent("a/content"), contentB = tmp.appendingPathComponent("b/content")
        try fm.createDirectory(at: contentA.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.createDirectory(at: contentB.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(atPath: FixturePaths.sampleContent, toPath: contentA.path)
        try fm.copyItem(atPath: FixturePaths.sampleContent, toPath: contentB.path)
        let siteYML = contentB.appendingPathComponent("site.yml")
        var yml = try String(contentsOf: siteYML, encoding: .utf8)
        let title = try XCTUnwrap(yml.range(of: "title: \""))
        yml.replaceSubrange(title, with: "title: \"Bản sửa – ")
        try yml.write(to: siteYML, atomically: false, encoding: .utf8)
        try "---\ntitle: \"Trang mới\"\n---\nTrang chỉ có ở bản sửa.\n".write(
            to: contentB.appendingPathComponent("pages/trang-moi.md"), atomically: false, encoding: .utf8)
        let pages = try fm.contentsOfDirectory(atPath: contentB.appendingPathComponent("pages").path).sorted()
        try fm.removeItem(at: contentB.appendingPathComponent("pages/\(try XCTUnwrap(pages.first { $0 != "trang-moi.md" }))"))

        let parent = tmp.appendingPathComponent("site")
        let output = parent.appendingPathComponent("public")
        func run(_ content: URL) -> Process {
            let p = Process()
            p.executableURL = thidua
            p.arguments = ["build", "--content", content.path, "--templates", FixturePaths.defaultTemplates, "--output", output.path]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try! p.run()
            return p
        }
        func temporary(of p: Process) -> String { parent.appendingPathComponent(".public.thidua-tmp-\(p.processIdentifier)").path }
        func siblings() -> [String] { ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted() }

        // The old tree; then the new one, timing a whole build and, by watching the folder, when the
        // temporary tree appears (writing starts) and when the output's inode changes (the swap).
        let first = run(contentA)
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        let treeA = try TreeSnapshot(output)
        XCTAssertGreaterThan(treeA.fileCount, 200)
        let inodeA = Self.inode(output.path)
        let clock = Date()
        let timing = run(contentB)
        var writeStart: Double?, swap: Double?
        while timing.isRunning {
            let now = Date().timeIntervalSince(clock)
            if writeStart == nil, fm.fileExists(atPath: temporary(of: timing)) { writeStart = now }
            if swap == nil, Self.inode(output.path) != inodeA { swap = now }
            usleep(500)
        }
        let full = Date().timeIntervalSince(clock)
        XCTAssertEqual(timing.terminationStatus, 0)
        let treeB = try TreeSnapshot(output)
        XCTAssertNotEqual(treeA, treeB)
        let building = max(0.002, (swap ?? full) - (writeStart ?? full * 0.7))

        // 16 delays spread from 5 ms to a whole build, then 4 kills while the new tree is being written
        // (found by watching for the temporary folder) up to the moment of the swap.
        let spread: [Double] = (0..<16).map { k in 0.005 * pow(full / 0.005, Double(k) / 15) }
        let inWrite: [Double] = [0, 0.35, 0.7, 1.0].map { $0 * building }
        var outcomes: [String] = []
        for (index, delay) in (spread.map { (false, $0) } + inWrite.map { (true, $0) }).enumerated() {
            let before = try TreeSnapshot(output)
            XCTAssertTrue(before == treeA || before == treeB, "run \(index): output is neither tree before the kill")
            // Always build the other version, so every killed build has files to replace.
            let target = before == treeA ? treeB : treeA
            let p = run(before == treeA ? contentB : contentA)
            if delay.0 {
                let started = Date()
                while p.isRunning, !fm.fileExists(atPath: temporary(of: p)), Date().timeIntervalSince(started) < full * 3 { usleep(200) }
            }
            usleep(useconds_t(delay.1 * 1_000_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()

            let after = try TreeSnapshot(output)
            let state = after == before ? "old" : after == target ? "new" : "MIXED"
            outcomes.append("\(delay.0 ? "write+" : "")\(Int(delay.1 * 1000))ms:\(state)")
            XCTAssertNotEqual(state, "MIXED", "run \(index) (\(delay)): the output is neither the old nor the new tree")
            // `.public.thidua-state` is the build record the up-to-date check reads, not a leftover.
            for entry in siblings() where entry != "public" && entry != ".public.thidua-state" {
                XCTAssertTrue(entry.hasPrefix(".public.thidua-tmp-"), "run \(index): unexpected leftover \(entry)")
            }
        }

        // The next complete build removes every leftover and still yields exactly the other tree.
        let current = try TreeSnapshot(output)
        let last = run(current == treeA ? contentB : contentA)
        last.waitUntilExit()
        XCTAssertEqual(last.terminationStatus, 0)
        XCTAssertEqual(try TreeSnapshot(output), current == treeA ? treeB : treeA)
        XCTAssertEqual(siblings().filter { $0 != ".public.thidua-state" }, ["public"])
        XCTAssertTrue(siblings().contains(".public.thidua-state"), "a successful build records its inputs")
        print("KillTests: build \(String(format: "%.2f", full)) s, new tree written in \(String(format: "%.3f", building)) s; \(outcomes.joined(separator: ", "))")
    }

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }
}

/// A whole folder as one value: every path (folders too), its kind and its bytes.
struct TreeSnapshot: Equatable {
    private let entries: [String: Data]
    var fileCount: Int { entries.keys.filter { !$0.hasSuffix("/") }.count }

    init(_ root: URL) throws {
        let fm = FileManager.default
        var entries: [String: Data] = [:]
        for rel in fm.enumerator(atPath: root.path)?.allObjects as? [String] ?? [] {
            let full = root.appendingPathComponent(rel).path
            switch try fm.attributesOfItem(atPath: full)[.type] as? FileAttributeType {
            case .typeDirectory?: entries[rel + "/"] = Data()
            case .typeRegular?: entries[rel] = try Data(contentsOf: URL(fileURLWithPath: full))
            default: entries[rel + "?"] = Data() // anything else is a difference too
            }
        }
        self.entries = entries
    }
}
