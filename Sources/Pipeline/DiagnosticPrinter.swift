import Diagnostics

/// Diagnostics for people (`file:line:column: lỗi [CODE]: message`) or for machines (JSON lines in one array).
public enum DiagnosticPrinter {
    public static func text(_ list: DiagnosticList) -> String {
        list.sorted.map(\.description).joined(separator: "\n")
    }

    public static func json(_ list: DiagnosticList) -> String {
        let items = list.sorted.map { d in
            "{\"severity\":\"\(d.severity.rawValue)\",\"code\":\(quote(d.code)),\"file\":\(quote(d.location.file)),\"line\":\(d.location.line),\"column\":\(d.location.column),\"message\":\(quote(d.message))}"
        }
        return "[" + items.joined(separator: ",\n") + "]"
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u00" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// "2 lỗi, 1 cảnh báo".
    public static func summary(_ list: DiagnosticList) -> String {
        "\(list.errorCount) lỗi, \(list.warningCount) cảnh báo"
    }
}
