import LinkCheck
import Pipeline
@testable import Render
import SiteOutput
import XCTest

/// Checks shared by the pages split by region (progress by indicator, commendations by year).
enum SplitPagesSupport {
    static func context(_ o: Pipeline.Outcome) throws -> RenderContext {
        let (templates, _) = TemplateSet.load(directory: FixturePaths.defaultTemplates)
        return RenderContext(site: try XCTUnwrap(o.site), computation: try XCTUnwrap(o.computation), templates: try XCTUnwrap(templates))
    }

    /// Output path → page text.
    static func pages(_ jobs: [PageJob]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: SiteRenderer.render(jobs[...]).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// Every link of the pages `jobs` makes resolves within the site plus those pages, ids are unique
    /// on each page, and swift-mustache renders the same bytes.
    static func assertWellFormed(_ ctx: RenderContext, _ jobs: (RenderContext) -> [PageJob],
                                 file: StaticString = #filePath, line: UInt = #line) {
        let files = SiteRenderer.render(jobs(ctx)[...])
        var paths = Set(SiteRenderer.jobs(ctx).map(\.path)).union(files.map(\.path))
        paths.formUnion(SiteRenderer.copies(ctx).map(\.path))
        XCTAssertEqual(LinkChecker.check(files: files, against: SitePaths(paths)).map { "\($0.page): \($0.target)" }, [],
                       file: file, line: line)
        for f in files {
            let ids = String(decoding: f.bytes, as: UTF8.self).matches(of: #/\sid="([^"]+)"/#).map { String($0.output.1) }
            XCTAssertEqual(ids.count, Set(ids).count, f.path, file: file, line: line)
        }
        let comparison = TemplateComparison()
        let both = RenderContext(site: ctx.site, computation: ctx.computation, templates: ctx.templates.with(engine: .compare(comparison)))
        _ = SiteRenderer.render(jobs(both)[...])
        XCTAssertGreaterThan(comparison.compared, 0, file: file, line: line)
        XCTAssertEqual(comparison.gaveUp, 0, file: file, line: line)
        XCTAssertEqual(comparison.mismatches.map(\.template), [], file: file, line: line)
    }
}
