import Diagnostics

/// A Markdown file cut into its YAML front matter and its body, with the line each starts on.
public struct SplitMarkdown: Sendable, Hashable {
    /// The text between the `---` lines, or nil when the file has no front matter.
    public let yaml: String?
    /// The file line of the first YAML line (2 when the file starts with `---`).
    public let yamlFirstLine: Int
    public let body: String
    /// The file line of the body's first line, so Markdown positions can be reported in the file.
    public let bodyFirstLine: Int

    public init(yaml: String?, yamlFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}

/// Separates YAML front matter from Markdown.
public enum FrontMatterSplitter {
    /// The first line (after an optional BOM) must be `---`; the front matter ends at a line `---`
    /// or `...`. Trailing spaces on those lines are allowed. Without an opening line the whole text
    /// is the body; an opening line without a closing one is FRONT_MATTER_UNCLOSED at line 1.
    public static func split(_ text: String, file: String) -> Result<SplitMarkdown, Diagnostic> {
        var copy = text
        return copy.withUTF8 { split(bytes: $0, text: text, file: file) }
    }

    private static func split(bytes: UnsafeBufferPointer<UInt8>, text: String, file: String)
        -> Result<SplitMarkdown, Diagnostic>
    {
        let start = CSVBytes.bomLength(bytes)
        let first = lineRange(bytes, from: start)
        guard isMarker(bytes, first.content, dashes: true) else {
            return .success(SplitMarkdown(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        let yamlStart = first.next
        var line = 2
        var i = yamlStart
        while i < bytes.count {
            let range = lineRange(bytes, from: i)
            if isMarker(bytes, range.content, dashes: true) || isMarker(bytes, range.content, dashes: false) {
                let yaml = string(bytes, yamlStart..<i)
                let body = string(bytes, range.next..<bytes.count)
                return .success(SplitMarkdown(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 1))
            }
            i = range.next
            line += 1
        }
        let message = "Phần thông tin đầu tệp (front matter) mở bằng dòng “---” nhưng không có dòng “---” đóng. "
            + "Thêm một dòng chỉ gồm “---” sau phần YAML, trước nội dung bài."
        return .failure(.error("FRONT_MATTER_UNCLOSED", message, at: SourceLocation(file: file, line: 1, column: 1)))
    }

    /// The line starting at `from`: its content without the line break, and where the next line starts.
    /// LF, CRLF and a lone CR end a line, as in CommonMark.
    private static func lineRange(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (content: Range<Int>, next: Int) {
        var i = from
        while i < bytes.count, bytes[i] != CSVBytes.lf, bytes[i] != CSVBytes.cr { i += 1 }
        var next = i
        if next < bytes.count {
            next += (bytes[next] == CSVBytes.cr && next + 1 < bytes.count && bytes[next + 1] == CSVBytes.lf) ? 2 : 1
        }
        return (from..<i, next)
    }

    /// `---` (dashes) or `...`, followed only by spaces or tabs.
    private static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, dashes: Bool) -> Bool {
        let mark = dashes ? UInt8(ascii: "-") : UInt8(ascii: ".")
        guard range.count >= 3 else { return false }
        let r = range.lowerBound
        guard bytes[r] == mark, bytes[r + 1] == mark, bytes[r + 2] == mark else { return false }
        return (r + 3..<range.upperBound).allSatisfy { bytes[$0] == CSVBytes.space || bytes[$0] == CSVBytes.tab }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
