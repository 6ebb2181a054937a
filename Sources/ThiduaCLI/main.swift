import ArgumentParser
import Diagnostics
import Foundation
import Pipeline

/// The command line: parses options, runs the pipeline, prints. All work happens in `Pipeline`.
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Dựng trang web báo cáo phong trào thi đua từ Markdown và CSV.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self)
}

enum OutputFormat: String, ExpressibleByArgument { case text, json }

struct CommonOptions: ParsableArguments {
    @Option(help: "Thư mục nội dung.") var content = "content"
    @Option(help: "Thư mục mẫu giao diện.") var templates = "templates"
    @Flag(help: "Đưa cả bản nháp (draft: true) vào trang.") var drafts = false
    @Flag(help: "Coi mọi cảnh báo là lỗi.") var strict = false
    @Option(help: "Cách in thông báo: text hoặc json.") var format: OutputFormat = .text
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra nội dung và dựng trang web vào thư mục kết quả.")
    @OptionGroup var common: CommonOptions
    @Option(help: "Thư mục kết quả (được thay toàn bộ mỗi lần dựng).") var output = "public"

    func run() throws {
        let options = BuildOptions(content: common.content, templates: common.templates, output: output,
                                   includeDrafts: common.drafts, strict: common.strict)
        let outcome = Pipeline.build(options, progress: Terminal.progress(enabled: common.format == .text))
        Terminal.report(outcome, format: common.format)
        if let w = outcome.write, outcome.succeeded, common.format == .text {
            let total = outcome.seconds.values.reduce(0, +)
            let pages = outcome.pageCount
            Terminal.err("Xong: \(pages) trang; \(w.written) tệp ghi mới, \(w.unchanged) tệp không đổi, \(w.removed) tệp bỏ; \(String(format: "%.2f", total)) giây.")
            Terminal.err("Mở \((output as NSString).appendingPathComponent("index.html")) trong trình duyệt để xem.")
        }
        if !outcome.succeeded { throw ExitCode(1) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra nội dung, tính toán và dựng thử trong bộ nhớ, không ghi gì ra đĩa.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let options = BuildOptions(content: common.content, templates: common.templates, output: "public",
                                   includeDrafts: common.drafts, strict: common.strict)
        let outcome = Pipeline.check(options, progress: Terminal.progress(enabled: common.format == .text))
        Terminal.report(outcome, format: common.format)
        if outcome.succeeded, common.format == .text {
            Terminal.err("Nội dung hợp lệ: \(outcome.pageCount) trang sẽ được dựng.")
        }
        if !outcome.succeeded { throw ExitCode(1) }
    }
}

enum Terminal {
    static func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    /// Step names on a terminal only, so logs and pipes stay clean.
    static func progress(enabled: Bool) -> Pipeline.Progress {
        guard enabled, isatty(STDERR_FILENO) != 0 else { return { _ in } }
        return { step in err("… \(step.rawValue)") }
    }

    static func report(_ outcome: Pipeline.Outcome, format: OutputFormat) {
        if ProcessInfo.processInfo.environment["THIDUA_TIMINGS"] == "1" {
            for step in BuildStep.allCases {
                if let s = outcome.seconds[step] { err(String(format: "  %@: %.3f s", step.rawValue, s)) }
            }
        }
        switch format {
        case .json:
            print(DiagnosticPrinter.json(outcome.diagnostics))
        case .text:
            if !outcome.diagnostics.isEmpty {
                err(DiagnosticPrinter.text(outcome.diagnostics))
                err(DiagnosticPrinter.summary(outcome.diagnostics))
            }
        }
    }
}

Thidua.main()
