import Compute
import Dispatch
import Foundation
import Parallel
import Model
import SiteOutput

/// One file to produce. Jobs are independent so they render in parallel.
public struct PageJob: Sendable {
    public let path: String
    public private(set) var make: @Sendable () -> OutputFile
    /// Megabytes on a national site (open-data tables, all-units progress tables): a streaming build
    /// renders these one per core and writes each out before the next, so they are never all in memory
    /// together.
    public private(set) var isLarge = false
    /// About how many bytes a large job makes (0 when small or not known), so that a streaming
    /// build renders large jobs side by side only within a memory budget.
    public private(set) var expectedBytes = 0
    /// The job holds its file or the rows of it (the search index): a streaming build writes these
    /// first so their memory is given back before the site's largest pages render.
    public private(set) var isEarly = false
    /// Lets go of what only this job needed from the site (a model's story), once it has rendered.
    private var release: (@Sendable () -> Void)?

    public init(path: String, make: @escaping @Sendable () -> OutputFile) {
        self.path = path
        self.make = make
    }

    init(_ path: String, text: @escaping @Sendable () -> OutputFileText) {
        self.path = path
        self.make = {
            let page = text()
            return OutputFile(path: path, bytes: page.bytes, linkFree: page.linkFree)
        }
    }

    func large(expectedBytes: Int = 0) -> PageJob {
        var job = self
        job.isLarge = true
        job.expectedBytes = expectedBytes
        return job
    }

    /// The job without what its closure holds (precomputed files, rows), once its file is made; what
    /// only this job read from the site is let go too (see `releasing`).
    public func spent() -> PageJob {
        var job = self
        let path = self.path
        job.make = { preconditionFailure("\(path) was rendered already") }
        release?()
        job.release = nil
        return job
    }

    /// Rendering it lets go of site data (see `releasing`): a streaming build renders these early.
    public var releasesSiteData: Bool { release != nil }

    /// The job with `release` run when it is spent: for site data no other page reads.
    func releasing(_ release: @escaping @Sendable () -> Void) -> PageJob {
        var job = self
        job.release = release
        return job
    }

    func early() -> PageJob {
        var job = self
        job.isEarly = true
        return job
    }
}

/// What the render stage hands to the writer: every generated file plus the files copied as they are.
public struct RenderedSite: Sendable {
    public let files: [OutputFile]
    public let copies: [CopiedFile]
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}

/// The render stage: pure, returns values; only the writer touches the disk.
public enum SiteRenderer {
    public static func jobs(_ ctx: RenderContext) -> [PageJob] {
        var jobs: [PageJob] = []
        jobs += HomePage.jobs(ctx)
        jobs += UnitPages.jobs(ctx)
        jobs += ProgressPages.jobs(ctx)
        jobs += ShowcasePages.jobs(ctx)
        jobs += AwardPages.jobs(ctx)
        jobs += DocumentPages.jobs(ctx)
        jobs += SearchPage.jobs(ctx)
        jobs += OpenDataFiles.jobs(ctx)
        jobs += SiteFiles.jobs(ctx)
        for bundle in ctx.templates.bundles {
            jobs.append(PageJob(path: bundle.path) { OutputFile(path: bundle.path, text: bundle.text) })
        }
        let pages = jobs.map(\.path)
        jobs.append(PageJob(path: Routes.sitemap) { SiteFiles.sitemap(ctx, pages: pages) })
        return jobs
    }

    public static func render(_ ctx: RenderContext) -> RenderedSite {
        RenderedSite(files: render(jobs(ctx)[...]), copies: copies(ctx))
    }

    /// Renders `jobs` in parallel; the result is in job order whatever the scheduling, so a site
    /// rendered batch by batch comes out exactly as one rendered whole.
    public static func render(_ jobs: ArraySlice<PageJob>, timings: RenderTimings? = nil) -> [OutputFile] {
        let first = jobs.startIndex
        return Parallel.map(jobs.count) { RenderTimings.make(jobs[first + $0], into: timings) }
    }

    /// Media and template assets, copied as they are.
    public static func copies(_ ctx: RenderContext) -> [CopiedFile] {
        var copies = ctx.site.media.map { CopiedFile(source: (ctx.site.contentRoot as NSString).appendingPathComponent($0), path: $0) }
        copies += ctx.templates.assets.map { CopiedFile(source: $0.source, path: $0.path) }
        return copies
    }
}
