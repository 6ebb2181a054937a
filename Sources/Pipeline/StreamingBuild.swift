import Diagnostics
import Foundation
import LinkCheck
import Render
import SiteOutput
import Write

extension Pipeline {
    /// Jobs link-checked and written together: the batch being rendered and at most two waiting to
    /// be written (a few MB each) are all that is held of the rendered site, and each write pass over
    /// a batch runs on all cores.
    static let batchSize = 256
    /// A batch is written early once its files hold this many bytes.
    static let batchBytes = 16 << 20
    /// Jobs rendered in parallel at a time. Each group ends with every core waiting for its slowest
    /// page, so groups are long: 32 jobs per core made the national build 6 % faster than 4 did,
    /// for no more memory (a group is a few MB of pages).
    static let renderGroup = ProcessInfo.processInfo.activeProcessorCount * 32
    /// Large jobs rendered in parallel at a time: one per core, as long as their expected bytes
    /// together stay within `largeBudget`.
    static let largeGroup = ProcessInfo.processInfo.activeProcessorCount
    /// About the largest table of a national site: the commendations as CSV and JSON side by side
    /// (40 and 58 MB at 4× the national fixture) raised the peak by the smaller one, and one table at
    /// a time cost 1 s of a 10 s build at 1×.
    static let largeBudget = 64 << 20

    /// `check` for the command line: renders and link-checks batch by batch like `build` and writes
    /// nothing, so a national site is checked in the memory a build needs (the in-memory `check`
    /// holds every page, about 1 GB there). Same diagnostics as `check`; no `rendered`.
    public static func streamingCheck(_ options: BuildOptions, progress: Progress = { _ in }) -> Outcome {
        streamingBuild(options, batchSize: batchSize, progress: progress, writeOutput: false)
    }

    /// Check, then write the output folder atomically. Nothing is written when there are errors.
    /// `batchSize` is `Pipeline.batchSize` except in tests, which use tiny ones so a small site spans
    /// many batches. `writeOutput` false renders and checks without writing (`streamingCheck`).
    ///
    /// The site is rendered batch by batch into a temporary tree beside the output, each batch's bytes
    /// dropped once written: every output path is known from the jobs before rendering, so links are
    /// checked per batch against the whole site. The new tree is swapped in only when the whole build
    /// has no error; otherwise it is removed and the output stays exactly as it was. Diagnostics, their
    /// order and the written bytes are the same as `check` followed by `OutputWriter.write`.
    static func streamingBuild(_ options: BuildOptions, batchSize: Int, progress: Progress = { _ in },
                               writeOutput: Bool = true) -> Outcome {
        var (outcome, prepared) = prepare(options, progress: progress)
        guard let context = prepared else { return finish(outcome, options) }
        if options.timeSections { outcome.renderTimings = RenderTimings() }
        var renderSeconds = 0.0, writeSeconds = 0.0
        var clock = Clock()
        progress(.render)
        var jobs = SiteRenderer.jobs(context)
        // The site's own order, which `check` reports broken links in.
        let siteOrder = jobs.map(\.path)
        // Files already in memory go first, so they are written and freed before the largest pages
        // (each job is dropped once rendered, with what its closure holds). Then the pages whose
        // rendering lets go of site data: the models' stories, about 50 MB at 4× the national
        // fixture, are then no longer under every later page.
        jobs = jobs.filter(\.isEarly) + jobs.filter { !$0.isEarly && $0.releasesSiteData }
            + jobs.filter { !$0.isEarly && !$0.releasesSiteData }
        let copies = SiteRenderer.copies(context)
        let paths = jobs.map(\.path)
        let site = SitePaths(Set(paths).union(copies.map(\.path)))
        renderSeconds += clock.lap()

        // With --strict any warning so far already fails the build: render and check, write nothing.
        let writes = writeOutput && !(options.strict && !outcome.diagnostics.isEmpty)
        let writer = BatchWriter(site: site, makeSession: writes ? {
            let writer = OutputWriter(outputDirectory: options.output, protectedDirectories: [options.content, options.templates])
            return try OutputSession(writer: writer, filePaths: paths, copies: copies)
        } : nil)

        var pending: [OutputFile] = []
        var pendingBytes = 0
        var next = jobs.startIndex
        while next < jobs.endIndex {
            // A few jobs per core at a time; large ones (the open-data and all-units tables of a
            // national site, ~170 MB together) one per core, each group written before the next.
            let end = groupEnd(jobs, from: next)
            let large = jobs[next].isLarge
            // Two national tables are never in memory with a third, nor with anything waiting to be written.
            if large { writer.drain() }
            let files = SiteRenderer.render(jobs[next..<end], timings: outcome.renderTimings)
            for i in next..<end { jobs[i] = jobs[i].spent() }
            next = end
            pendingBytes += files.reduce(0) { $0 + $1.bytes.count }
            pending += files
            guard pending.count >= batchSize || pendingBytes >= batchBytes || large || next == jobs.endIndex else { continue }
            writer.add(pending, releaseMemory: large)
            pending = []
            pendingBytes = 0
            if large { writer.drain() }
        }
        renderSeconds += clock.lap()
        let written = writer.finish()
        writeSeconds += clock.lap()
        let session = written.session
        var writeError = written.error
        let broken = Self.inSiteOrder(written.broken, siteOrder)
        outcome.pageCount = written.pages
        reportBrokenLinks(broken, into: &outcome, options)
        outcome.seconds[.render] = renderSeconds
        outcome = finish(outcome, options)
        guard outcome.succeeded else {
            session?.abort()
            return outcome
        }

        guard writeOutput else { return outcome }
        progress(.write)
        if let session {
            do { outcome.write = try session.commit() } catch { writeError = error }
        }
        if let writeError { outcome.diagnostics.append(writeFailure(writeError, options)) }
        outcome.seconds[.write] = writeSeconds + clock.lap()
        return outcome
    }

    /// Broken links ordered as `check` reports them: by page in the site's job order, then as found.
    static func inSiteOrder(_ links: [BrokenLink], _ siteOrder: [String]) -> [BrokenLink] {
        guard !links.isEmpty else { return links }
        let pageOrder = Dictionary(siteOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return links.enumerated()
            .sorted { (pageOrder[$0.element.page] ?? .max, $0.offset) < (pageOrder[$1.element.page] ?? .max, $1.offset) }
            .map(\.element)
    }

    /// Where the render group starting at `start` ends: never mixes large and ordinary jobs.
    static func groupEnd(_ jobs: [PageJob], from start: Int) -> Int {
        let large = jobs[start].isLarge
        let limit = min(start + (large ? largeGroup : renderGroup), jobs.endIndex)
        var end = start + 1
        var bytes = jobs[start].expectedBytes
        while end < limit, jobs[end].isLarge == large {
            if large {
                bytes += jobs[end].expectedBytes
                if bytes > largeBudget { break }
            }
            end += 1
        }
        return end
    }
}
