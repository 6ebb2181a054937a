import Compute
import Diagnostics
import Foundation
import LinkCheck
import Load
import Model
import Render
import SiteOutput
import Write

/// The whole flow: load → model → compute → render → (link check) → write. `check` stops before
/// writing. Every stage reports all it finds; a stage runs only on what the previous one produced.
public enum Pipeline {
    public struct Outcome: Sendable {
        public var diagnostics: DiagnosticList
        public var site: Site?
        public var computation: Computation?
        public var rendered: RenderedSite?
        public var write: WriteSummary?
        public var seconds: [BuildStep: Double] = [:]
        /// True when a build found its inputs and output unchanged since the last one and did nothing.
        public var upToDate = false
        var reusedPageCount = 0

        public var pageCount: Int { rendered?.pageCount ?? reusedPageCount }

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public typealias Progress = @Sendable (BuildStep) -> Void

    /// Everything but writing: the site is rendered in memory so template and link problems show too.
    public static func check(_ options: BuildOptions, progress: Progress = { _ in }) -> Outcome {
        var outcome = Outcome(diagnostics: DiagnosticList())
        var clock = Clock()
        progress(.load)
        let (raw, loadProblems) = ContentLoader.load(root: options.content)
        outcome.diagnostics.append(contentsOf: loadProblems)
        let (templates, templateProblems) = TemplateSet.load(directory: options.templates)
        outcome.diagnostics.append(contentsOf: templateProblems)
        outcome.seconds[.load] = clock.lap()

        progress(.model)
        let (site, modelProblems) = SiteBuilder.build(raw, options: .init(includeDrafts: options.includeDrafts))
        outcome.diagnostics.append(contentsOf: modelProblems)
        outcome.site = site
        outcome.seconds[.model] = clock.lap()
        guard let site else { return finish(outcome, options) }

        progress(.compute)
        let computation = Calculator.compute(site)
        outcome.computation = computation
        outcome.seconds[.compute] = clock.lap()
        guard let templates, !outcome.diagnostics.hasErrors else { return finish(outcome, options) }

        progress(.render)
        let context = RenderContext(site: site, computation: computation, templates: templates)
        let rendered = SiteRenderer.render(context)
        outcome.rendered = rendered
        let copied = Set(rendered.copies.map(\.path))
        for broken in LinkChecker.check(files: rendered.files, extraPaths: copied) {
            outcome.diagnostics.error("LINK_BROKEN", "Liên kết “\(broken.target)” (\(broken.attribute)) trỏ tới trang hoặc tệp không có trong trang web. Sửa liên kết trong nội dung hoặc mẫu giao diện.",
                                      at: SourceLocation(file: (options.output as NSString).appendingPathComponent(broken.page)))
        }
        outcome.seconds[.render] = clock.lap()
        return finish(outcome, options)
    }

    /// Check, then write the output folder atomically. Nothing is written when there are errors.
    public static func build(_ options: BuildOptions, progress: Progress = { _ in }) -> Outcome {
        let state = BuildStateFile(outputDirectory: options.output)
        var clock = Clock()
        let inputs = options.skipWhenUnchanged ? UpToDate.inputs(options) : nil
        if let inputs, var reused = UpToDate.reuse(state, inputs: inputs, output: options.output) {
            reused.seconds[.load] = clock.lap()
            return reused
        }
        state.remove()
        var outcome = check(options, progress: progress)
        defer {
            if let inputs, outcome.succeeded, let text = UpToDate.record(inputs: inputs, output: options.output, outcome: outcome) {
                state.write(text)
            }
        }
        guard outcome.succeeded, let rendered = outcome.rendered else { return outcome }
        progress(.write)
        _ = clock.lap()
        let writer = OutputWriter(outputDirectory: options.output, protectedDirectories: [options.content, options.templates])
        do {
            outcome.write = try writer.write(files: rendered.files, copies: rendered.copies)
        } catch let error as WriteError {
            outcome.diagnostics.error("OUTPUT_WRITE_FAILED", error.message, at: SourceLocation(file: options.output))
        } catch {
            outcome.diagnostics.error("OUTPUT_WRITE_FAILED", "Không ghi được thư mục kết quả: \(error).", at: SourceLocation(file: options.output))
        }
        outcome.seconds[.write] = clock.lap()
        return outcome
    }

    private static func finish(_ outcome: Outcome, _ options: BuildOptions) -> Outcome {
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
