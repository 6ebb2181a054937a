import Diagnostics

/// One cell of a CSV file: its text (quotes removed, `""` unescaped) and where it starts in the file.
/// A national site keeps two million cells until its model is built, so a cell is 32 bytes: the
/// file name is shared by every cell of a file and the position is two 32-bit numbers.
public struct CSVField: Sendable, Hashable {
    public let text: String
    private let position: PackedLocation

    public init(text: String, location: SourceLocation) {
        self.init(text: text, at: PackedLocation(file: SharedFileName(location.file), line: location.line, column: location.column))
    }

    init(text: String, at position: PackedLocation) {
        self.text = text
        self.position = position
    }

    /// Another text at this field's position.
    func with(text: String) -> CSVField {
        CSVField(text: text, at: position)
    }

    public var location: SourceLocation { position.location }

    /// The text without surrounding spaces, tabs or line breaks (staff often type a stray space).
    public var trimmedText: String { text.trimmingSpaces() }

    /// True when the cell holds nothing but whitespace: an empty cell means "no data", never zero.
    public var isBlank: Bool {
        // A visible ASCII first byte starts a Character that is not whitespace (most cells).
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.allSatisfy { $0.isWhitespace }
    }

    public static func == (a: CSVField, b: CSVField) -> Bool {
        a.text == b.text && a.position == b.position
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(location)
    }
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
        // Visible ASCII at both ends (most cells): neither end Character is whitespace, since a
        // whitespace scalar never joins a following ASCII one into a Character, nor ASCII a
        // following whitespace one. Checked from two bytes instead of walking Characters.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        // Most cells need no trimming: they then share this string's storage instead of copying it.
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
