import Diagnostics
import Foundation
@testable import Pipeline
@testable import Render
import SiteOutput
import XCTest

/// `build` renders, checks and writes in batches; with any batch size it must write exactly what
/// `check` renders and report exactly what `check` reports.
final class StreamingBuildTests: XCTestCase {
    func options(_ content: String, output: URL) -> BuildOptions {
        BuildOptions(content: content, templates: FixturePaths.defaultTemplates, output: output.path)
    }

    /// Path → bytes of every regular file below `root`, the marker excluded.
    static func files(_ root: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for case let rel as String in fm.enumerator(atPath: root.path) ?? FileManager.DirectoryEnumerator() where rel != ".thidua-output" {
            let full = root.appendingPathComponent(rel).path
            guard (try? fm.attributesOfItem(atPath: full))?[.type] as? FileAttributeType == .typeRegular else { continue }
            out[rel] = fm.contents(atPath: full)
        }
        return out
    }

    func testSmallBatchesWriteExactlyWhatCheckRenders() throws {
        let tmp = FixturePaths.temporaryFolder("stream")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("public")
        let content = FixturePaths.fixture("minimal").appendingPathComponent("content").path
        let checked = Pipeline.check(options(content, output: out))
        let rendered = try XCTUnwrap(checked.rendered)
        let built = Pipeline.streamingBuild(options(content, output: out), batchSize: 4)
        XCTAssertTrue(built.succeeded, DiagnosticPrinter.text(built.diagnostics))
        XCTAssertEqual(built.diagnostics.items, checked.diagnostics.items)
        XCTAssertEqual(built.pageCount, rendered.pageCount)
        XCTAssertEqual(built.write?.written, rendered.files.count + rendered.copies.count)
        XCTAssertGreaterThan(rendered.files.count, 20, "the site must span many batches")
        XCTAssertFalse(rendered.copies.isEmpty)

        let onDisk = Self.files(out)
        XCTAssertEqual(Set(onDisk.keys), Set(rendered.files.map(\.path) + rendered.copies.map(\.path)))
        for file in rendered.files {
            XCTAssertEqual(onDisk[file.path], Data(file.bytes), file.path)
        }
        for copy in rendered.copies {
            XCTAssertEqual(onDisk[copy.path], FileManager.default.contents(atPath: copy.source), copy.path)
        }
        let again = Pipeline.streamingBuild(options(content, output: out), batchSize: 3)
        XCTAssertEqual(again.write?.written, 0)
        XCTAssertEqual(again.write?.replacedFolder, false)
    }

    /// Only a model's own page reads its story, so only that job lets it go; the rest of the site is
    /// rendered after it by a streaming build (`testSmallBatchesWriteExactlyWhatCheckRenders` shows
    /// that no later page needed it).
    func testOnlyModelPagesLetGoOfSiteData() throws {
        let content = FixturePaths.fixture("minimal").appendingPathComponent("content").path
        let (_, prepared) = Pipeline.prepare(options(content, output: FixturePaths.temporaryFolder("stream-release")), progress: { _ in })
        let ctx = try XCTUnwrap(prepared)
        let releasing = SiteRenderer.jobs(ctx).filter(\.releasesSiteData).map(\.path)
        XCTAssertEqual(releasing, ctx.site.models.map { Routes.model($0) })
        XCTAssertFalse(releasing.isEmpty)
    }

    func testStreamingCheckReportsWhatCheckReportsAndWritesNothing() throws {
        let workspace = try FixtureWorkspace(copying: FixturePaths.fixture("minimal"), label: "stream-check")
        defer { workspace.delete() }
        try workspace.write("pages/a-lien-ket.md", "---\ntitle: \"Liên kết hỏng\"\n---\nXem [trang cũ](../khong-co/).\n")
        let out = workspace.root.appendingPathComponent("site/public")
        let checked = Pipeline.check(options(workspace.contentPath, output: out))
        let streamed = Pipeline.streamingCheck(options(workspace.contentPath, output: out))
        XCTAssertTrue(checked.diagnostics.items.contains { $0.code == "LINK_BROKEN" })
        XCTAssertEqual(streamed.diagnostics.items, checked.diagnostics.items)
        XCTAssertEqual(streamed.pageCount, checked.rendered?.pageCount)
        XCTAssertNil(streamed.write)
        XCTAssertNil(streamed.rendered)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.deletingLastPathComponent().path), "check wrote something")
    }

    func testSectionTimingsCountEveryRenderedFileOnce() throws {
        let tmp = FixturePaths.temporaryFolder("stream-timings")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let content = FixturePaths.fixture("minimal").appendingPathComponent("content").path
        var opts = options(content, output: tmp.appendingPathComponent("public"))
        XCTAssertNil(Pipeline.streamingBuild(opts, batchSize: 4).renderTimings, "recorded only when asked")
        opts.timeSections = true
        let built = Pipeline.streamingBuild(opts, batchSize: 4)
        let sections = try XCTUnwrap(built.renderTimings).bySection
        let rendered = try XCTUnwrap(Pipeline.check(options(content, output: tmp)).rendered)
        XCTAssertEqual(sections.reduce(0) { $0 + $1.section.files }, rendered.files.count)
        XCTAssertEqual(sections.reduce(0) { $0 + $1.section.bytes }, rendered.files.reduce(0) { $0 + $1.bytes.count })
        XCTAssertEqual(sections.first { $0.name == "don-vi/" }?.section.files, rendered.files.filter { $0.path.hasPrefix("don-vi/") }.count)
        XCTAssertEqual(RenderTimings.section(of: "don-vi/xa-a/index.html"), "don-vi/")
        XCTAssertEqual(RenderTimings.section(of: "sitemap.xml"), "sitemap.xml")
    }

    func testBrokenLinksInAnyBatchFailTheBuildAndLeaveTheOutputAsItWas() throws {
        let workspace = try FixtureWorkspace(copying: FixturePaths.fixture("minimal"), label: "stream-links")
        defer { workspace.delete() }
        let out = workspace.root.appendingPathComponent("site/public")
        XCTAssertTrue(Pipeline.streamingBuild(options(workspace.contentPath, output: out), batchSize: 3).succeeded)
        let before = RebuildTests.snapshot(out)

        // Pages with links to pages the site does not have; they render in different batches. The
        // model's page renders before the home page in a streaming build (it lets go of its story),
        // yet the links are reported in the site's order, as `check` reports them.
        try workspace.write("pages/a-lien-ket.md", "---\ntitle: \"Liên kết hỏng A\"\n---\nXem [trang cũ](../khong-co-a/).\n")
        try workspace.write("pages/z-lien-ket.md", "---\ntitle: \"Liên kết hỏng Z\"\n---\nXem [trang cũ](../khong-co-z/index.html).\n")
        try workspace.write("index.md", "Xem [trang chủ cũ](khong-co-trang-chu/).\n")
        let model = try String(contentsOfFile: workspace.contentPath + "/models/nuoi-de.md", encoding: .utf8)
        try workspace.write("models/nuoi-de.md", model + "\nXem [bài cũ](../../khong-co-dien-hinh/) và [bài khác](../../khong-co-nua/).\n")
        let checked = Pipeline.check(options(workspace.contentPath, output: out))
        let expected = checked.diagnostics.items.filter { $0.code == "LINK_BROKEN" }
        XCTAssertEqual(expected.count, 5, DiagnosticPrinter.text(checked.diagnostics))
        XCTAssertTrue(expected.first?.message.contains("khong-co-trang-chu") ?? false, DiagnosticPrinter.text(checked.diagnostics))
        let failed = Pipeline.streamingBuild(options(workspace.contentPath, output: out), batchSize: 3)
        XCTAssertFalse(failed.succeeded)
        XCTAssertNil(failed.write)
        XCTAssertEqual(failed.diagnostics.items, checked.diagnostics.items)

        RebuildTests.assertUntouched(out, since: before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path), ["public"])

        // A first build that fails leaves no output and not even the folders it would have created above it.
        let fresh = workspace.root.appendingPathComponent("moi/public")
        XCTAssertFalse(Pipeline.streamingBuild(options(workspace.contentPath, output: fresh), batchSize: 3).succeeded)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.deletingLastPathComponent().path))
    }

    /// Large jobs (national open-data tables) are rendered at most one per core and never beside
    /// ordinary pages, so their bytes are written before anything else is rendered.
    func testRenderGroupsNeverMixLargeAndOrdinaryJobs() {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let kinds = [false, false, true, true, true, true, true, false] + Array(repeating: false, count: Pipeline.renderGroup + 3)
        let jobs = kinds.enumerated().map { i, large -> PageJob in
            let job = PageJob(path: "p\(i)") { OutputFile(path: "p\(i)", text: "") }
            return large ? job.large() : job
        }
        var start = 0, groups: [Range<Int>] = []
        while start < jobs.count {
            let end = Pipeline.groupEnd(jobs, from: start)
            XCTAssertGreaterThan(end, start)
            groups.append(start..<end)
            start = end
        }
        XCTAssertEqual(groups.first, 0..<2)
        for group in groups {
            let large = Set(group.map { jobs[$0].isLarge })
            XCTAssertEqual(large.count, 1, "group \(group) mixes kinds")
            XCTAssertLessThanOrEqual(group.count, large.first! ? cores : Pipeline.renderGroup)
        }
        XCTAssertEqual(groups.filter { jobs[$0.lowerBound].isLarge }.map(\.count).reduce(0, +), 5)
    }

    /// Large jobs side by side only while their expected bytes fit the budget; one over the budget
    /// on its own still renders.
    func testLargeJobsShareAGroupOnlyWithinTheBudget() {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let budget = Pipeline.largeBudget
        let sizes = [budget * 2, 1, budget - 1, budget / 2, budget / 2, 0, 0]
        let jobs = sizes.enumerated().map { i, size in
            PageJob(path: "d\(i)") { OutputFile(path: "d\(i)", text: "") }.large(expectedBytes: size)
        }
        var start = 0, groups: [Range<Int>] = []
        while start < jobs.count {
            let end = Pipeline.groupEnd(jobs, from: start)
            groups.append(start..<end)
            start = end
        }
        for group in groups {
            XCTAssertLessThanOrEqual(group.count, cores)
            if group.count > 1 { XCTAssertLessThanOrEqual(group.map { sizes[$0] }.reduce(0, +), budget, "\(group)") }
        }
        XCTAssertEqual(groups.first, 0..<1, "a job over the budget renders alone")
        if cores >= 2 { XCTAssertEqual(groups.dropFirst().first, 1..<3, "1 + (budget − 1) fits") }
    }
}
