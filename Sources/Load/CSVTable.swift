import Diagnostics

/// One cell of a CSV file: its text (quotes removed, `""` unescaped) and where it starts in the file.
public struct CSVField: Sendable, Hashable {
    public let text: String
    public let location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// The text without surrounding spaces, tabs or line breaks (staff often type a stray space).
    public var trimmedText: String { text.trimmingSpaces() }

    /// True when the cell holds nothing but whitespace: an empty cell means "no data", never zero.
    public var isBlank: Bool { text.allSatisfy { $0.isWhitespace } }
}

/// One data row; `line` is the file line where the row starts (a quoted field may span lines).
public struct CSVRow: Sendable, Hashable {
    public let fields: [CSVField]
    public let line: Int

    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// A parsed CSV file: header and the rows that have exactly as many fields as the header.
public struct CSVTable: Sendable {
    public let file: String
    public let delimiter: Character
    public let header: [CSVField]
    public let rows: [CSVRow]

    public init(file: String, delimiter: Character, header: [CSVField], rows: [CSVRow]) {
        self.file = file
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
    }

    /// The line of the header row (1 when the file has no header).
    public var headerLine: Int { header.first?.location.line ?? 1 }
}

extension String {
    /// Trims whitespace at both ends without Foundation, so the fuzz build stays small.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        // Most cells need no trimming: they then share this string's storage instead of copying it.
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
