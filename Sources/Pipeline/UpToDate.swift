import Diagnostics
import Write

/// Skipping a build whose inputs and output are exactly as the last successful build left them.
/// A national site takes minutes to rebuild; the portal's nightly job runs `thidua build` whether or
/// not anyone changed a file, and must then finish at once and rewrite nothing.
///
/// Inputs are the content and templates folders (every file's path, size, inode, mtime and ctime),
/// the thidua program itself and the options; the output folder is stamped the same way, so a file
/// edited or deleted in `public/` by hand also triggers a real build.
enum UpToDate {
    static let header = "thidua-state 1"

    static func inputs(_ options: BuildOptions) -> String? {
        guard let content = TreeStamp.of(options.content), let templates = TreeStamp.of(options.templates) else { return nil }
        return [
            "content=\(content)", "templates=\(templates)", "program=\(TreeStamp.ofExecutable())",
            "drafts=\(options.includeDrafts)", "strict=\(options.strict)",
        ].joined(separator: " ")
    }

    /// The previous outcome (its warnings, page and file counts, nothing written) when nothing changed.
    static func reuse(_ state: BuildStateFile, inputs: String, output: String) -> Pipeline.Outcome? {
        guard let text = state.read() else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(header), lines.popFirst() == Substring("inputs " + inputs),
              let outputLine = lines.popFirst(), outputLine.hasPrefix("output "),
              let pagesLine = lines.popFirst(), let pages = Int(pagesLine.dropFirst("pages ".count)),
              let filesLine = lines.popFirst(), let files = Int(filesLine.dropFirst("files ".count)),
              TreeStamp.of(output) == String(outputLine.dropFirst("output ".count)) else { return nil }
        var outcome = Pipeline.Outcome(diagnostics: DiagnosticList())
        for line in lines where !line.isEmpty {
            guard let d = decode(line) else { return nil }
            outcome.diagnostics.append(d)
        }
        outcome.pageCount = pages
        outcome.upToDate = true
        outcome.write = WriteSummary(written: 0, unchanged: files, removed: 0, replacedFolder: false)
        return outcome
    }

    static func record(inputs: String, output: String, outcome: Pipeline.Outcome) -> String? {
        guard let stamp = TreeStamp.of(output), let w = outcome.write else { return nil }
        var lines = [header, "inputs " + inputs, "output " + stamp, "pages \(outcome.pageCount)", "files \(w.written + w.unchanged)"]
        lines += outcome.diagnostics.items.map(encode)
        return lines.joined(separator: "\n") + "\n"
    }

    static func encode(_ d: Diagnostic) -> String {
        [d.severity.rawValue, d.code, d.location.file, String(d.location.line), String(d.location.column), d.message]
            .map(escape).joined(separator: "\t")
    }

    static func decode(_ line: Substring) -> Diagnostic? {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(unescape)
        guard f.count == 6, let severity = Severity(rawValue: f[0]), let l = Int(f[3]), let c = Int(f[4]) else { return nil }
        return Diagnostic(severity, f[1], f[5], at: SourceLocation(file: f[2], line: l, column: c))
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func unescape(_ s: Substring) -> String {
        var out = ""
        var escaping = false
        for ch in s {
            if escaping {
                out.append(ch == "t" ? "\t" : ch == "n" ? "\n" : ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
