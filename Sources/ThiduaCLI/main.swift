import ArgumentParser
import Diagnostics
import Foundation
import Pipeline
import VietText

/// The command line: parses options, runs the pipeline, prints. All work happens in `Pipeline`.
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Dựng trang web báo cáo phong trào thi đua từ Markdown và CSV.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self)
}

/// Counts as Vietnamese readers write them: 16.822.
func n(_ count: Int) -> String { VietNumber.format(Double(count), decimals: 0) }

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
    @Flag(help: "Dựng lại toàn bộ kể cả khi nội dung, giao diện và thư mục kết quả không đổi từ lần dựng trước.") var full = false

    func run() throws {
        var options = BuildOptions(content: common.content, templates: common.templates, output: output,
                                   includeDrafts: common.drafts, strict: common.strict, skipWhenUnchanged: !full)
        options.timeSections = Terminal.timings
        let outcome = Pipeline.build(options, progress: Terminal.progress(enabled: common.format == .text))
        Terminal.report(outcome, format: common.format)
        if let w = outcome.write, outcome.succeeded, common.format == .text {
            let total = outcome.seconds.values.reduce(0, +)
            let pages = outcome.pageCount
            if outcome.upToDate {
                Terminal.err("Không có gì thay đổi từ lần dựng trước: \(n(pages)) trang, \(n(w.unchanged)) tệp giữ nguyên; \(VietNumber.format(total, decimals: 2)) giây. (Dùng --full để dựng lại toàn bộ.)")
                return
            }
            Terminal.err("Xong: \(n(pages)) trang; \(n(w.written)) tệp ghi mới, \(n(w.unchanged)) tệp không đổi, \(n(w.removed)) tệp bỏ; \(VietNumber.format(total, decimals: 2)) giây.")
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
        let outcome = Pipeline.streamingCheck(options, progress: Terminal.progress(enabled: common.format == .text))
        Terminal.report(outcome, format: common.format)
        if outcome.succeeded, common.format == .text {
            Terminal.err("Nội dung hợp lệ: \(n(outcome.pageCount)) trang sẽ được dựng.")
        }
        if !outcome.succeeded { throw ExitCode(1) }
    }
}

enum Terminal {
    static func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    /// Step names on a terminal only, so logs and pipes stay clean.
    static func progress(enabled: Bool) -> Pipeline.Progress {
        if timings {
            // Peak memory so far at the start of each step, to see which step makes the peak.
            return { step in err("… \(step.rawValue) (bộ nhớ cao nhất đến lúc này: \(peakMemory()))") }
        }
        guard enabled, isatty(STDERR_FILENO) != 0 else { return { _ in } }
        return { step in err("… \(step.rawValue)") }
    }

    static let timings = ProcessInfo.processInfo.environment["THIDUA_TIMINGS"] == "1"

    /// VmHWM from /proc/self/status (Linux), e.g. "215 MB".
    static func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return "?" }
        return "\(kb / 1024) MB"
    }

    static func report(_ outcome: Pipeline.Outcome, format: OutputFormat) {
        if timings {
            err("  bộ nhớ cao nhất: \(peakMemory()) (bộ cấp phát: \(MemoryPolicy.allocator))")
            for step in BuildStep.allCases {
                if let s = outcome.seconds[step] { err(String(format: "  %@: %.3f s", step.rawValue, s)) }
            }
            if let sections = outcome.renderTimings?.bySection, !sections.isEmpty {
                err("  dựng trang theo thư mục (giây CPU, cộng mọi nhân):")
                for (name, s) in sections.prefix(12) {
                    err(String(format: "    %@: %.3f s, %@ tệp, %@ MB", name, s.seconds, n(s.files), VietNumber.format(Double(s.bytes) / 1_048_576, decimals: 1)))
                }
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
