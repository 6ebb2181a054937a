import CSystem
import Compute
import Diagnostics
import Foundation
import LinkCheck
import Load
import Model
import Parallel
import Render
import SiteOutput
import Write

/// The whole flow: load → model → compute → render → (link check) → write. `check` stops before
/// writing; `build` (in StreamingBuild.swift) renders, checks and writes batch by batch.
/// Every stage reports all it finds; a stage runs only on what the previous one produced.
public enum Pipeline {
    public struct Outcome: Sendable {
        public var diagnostics: DiagnosticList
        /// After a streaming build or check, the models' stories have been let go (see
        /// `ExemplaryModel.releaseStory`): reading one is a programming error.
        public var site: Site?
        public var computation: Computation?
        public var rendered: RenderedSite?
        public var write: WriteSummary?
        /// HTML pages rendered (`build` streams the site, so it keeps no `rendered`).
        public var pageCount = 0
        public var seconds: [BuildStep: Double] = [:]
        /// True when a build found its inputs and output unchanged since the last one and did nothing.
        public var upToDate = false
        /// Rendering time by top-level folder, when `BuildOptions.timeSections` asked for it.
        public var renderTimings: RenderTimings?

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public typealias Progress = @Sendable (BuildStep) -> Void

    /// Everything but writing: the site is rendered in memory so template and link problems show too.
    public static func check(_ options: BuildOptions, progress: Progress = { _ in }) -> Outcome {
        var (outcome, context) = prepare(options, progress: progress)
        guard let context else { return finish(outcome, options) }
        var clock = Clock()
        progress(.render)
        let rendered = SiteRenderer.render(context)
        outcome.rendered = rendered
        outcome.pageCount = rendered.pageCount
        let copied = Set(rendered.copies.map(\.path))
        reportBrokenLinks(LinkChecker.check(files: rendered.files, extraPaths: copied), into: &outcome, options)
        outcome.seconds[.render] = clock.lap()
        return finish(outcome, options)
    }

    /// Load, model and compute; the render context comes back only when rendering may go on.
    static func prepare(_ options: BuildOptions, progress: Progress) -> (Outcome, RenderContext?) {
        var outcome = Outcome(diagnostics: DiagnosticList())
        var clock = Clock()
        progress(.load)
        // The raw files (every CSV cell with its position) live only inside this closure: a national
        // site's tables take tens of MB that the model no longer needs.
        let (site, modelProblems, templates): (Site?, DiagnosticList, TemplateSet?) = {
            // The theme is parsed (twice: swift-mustache and the fast compiler) beside the content.
            let ((raw, loadProblems), (templates, templateProblems)) = Parallel.both(
                { ContentLoader.load(root: options.content) }, { TemplateSet.load(directory: options.templates) })
            outcome.diagnostics.append(contentsOf: loadProblems)
            outcome.diagnostics.append(contentsOf: templateProblems)
            outcome.seconds[.load] = clock.lap()

            progress(.model)
            // Freed pages go back to the system now rather than a second later: the allocator keeps
            // them for reuse by the arena that freed them, and what follows allocates from all arenas.
            // Here the files' bytes, decoded and parsed by now.
            thidua_release_free_memory()
            let (site, modelProblems) = SiteBuilder.build(raw, options: .init(includeDrafts: options.includeDrafts))
            return (site, modelProblems, templates)
        }()
        // Likewise the raw files, now that the model is built.
        thidua_release_free_memory()
        outcome.diagnostics.append(contentsOf: modelProblems)
        outcome.site = site
        outcome.seconds[.model] = clock.lap()
        guard let site else { return (outcome, nil) }

        progress(.compute)
        let computation = Calculator.compute(site)
        outcome.computation = computation
        outcome.seconds[.compute] = clock.lap()
        guard let templates, !outcome.diagnostics.hasErrors else { return (outcome, nil) }
        return (outcome, RenderContext(site: site, computation: computation, templates: templates))
    }

    static func reportBrokenLinks(_ links: [BrokenLink], into outcome: inout Outcome, _ options: BuildOptions) {
        for broken in links {
            outcome.diagnostics.error("LINK_BROKEN", "Liên kết “\(broken.target)” (\(broken.attribute)) trỏ tới trang hoặc tệp không có trong trang web. Sửa liên kết trong nội dung hoặc mẫu giao diện.",
                                      at: SourceLocation(file: (options.output as NSString).appendingPathComponent(broken.page)))
        }
    }

    /// Check, then write the output folder atomically; nothing is written when there are errors.
    /// Unless told otherwise, a build whose inputs and output are as the last successful build left
    /// them does nothing (see `UpToDate`).
    public static func build(_ options: BuildOptions, progress: Progress = { _ in }) -> Outcome {
        let state = BuildStateFile(outputDirectory: options.output)
        var clock = Clock()
        let inputs = options.skipWhenUnchanged ? UpToDate.inputs(options) : nil
        if let inputs, var reused = UpToDate.reuse(state, inputs: inputs, output: options.output) {
            reused.seconds[.load] = clock.lap()
            return reused
        }
        state.remove()
        let outcome = streamingBuild(options, batchSize: batchSize, progress: progress)
        if let inputs, outcome.succeeded, let text = UpToDate.record(inputs: inputs, output: options.output, outcome: outcome) {
            state.write(text)
        }
        return outcome
    }

    static func writeFailure(_ error: Error, _ options: BuildOptions) -> Diagnostic {
        let message = (error as? WriteError)?.message ?? "Không ghi được thư mục kết quả: \(error)."
        return .error("OUTPUT_WRITE_FAILED", message, at: SourceLocation(file: options.output))
    }

    static func finish(_ outcome: Outcome, _ options: BuildOptions) -> Outcome {
        var o = outcome
        if options.strict { o.diagnostics = o.diagnostics.promotingWarnings() }
        return o
    }
}

/// Wall time between steps.
struct Clock {
    private var last = DispatchTime.now().uptimeNanoseconds
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
