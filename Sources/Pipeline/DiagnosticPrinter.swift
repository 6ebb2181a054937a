import Diagnostics
import Render

/// Diagnostics for people (`file:line:column: lỗi [CODE]: message`) or for machines (a JSON array).
public enum DiagnosticPrinter {
    public static func text(_ list: DiagnosticList) -> String {
        list.sorted.map(\.description).joined(separator: "\n")
    }

    public static func json(_ list: DiagnosticList) -> String {
        JSON.array(list.sorted.map { d in
            .object([("severity", .string(d.severity.rawValue)), ("code", .string(d.code)), ("file", .string(d.location.file)),
                     ("line", .int(d.location.line)), ("column", .int(d.location.column)), ("message", .string(d.message))])
        }).text
    }

    /// "2 lỗi, 1 cảnh báo".
    public static func summary(_ list: DiagnosticList) -> String {
        "\(list.errorCount) lỗi, \(list.warningCount) cảnh báo"
    }
}
