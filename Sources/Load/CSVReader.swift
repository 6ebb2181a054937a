import Diagnostics

/// Reads a CSV file (RFC 4180, `,` or `;`) into a header and rows that remember their positions.
public enum CSVReader {
    /// Parses already decoded text; every problem of the file is returned, not only the first.
    /// Rows with a wrong number of fields or an unclosed quote are reported and left out of `rows`.
    public static func parse(_ text: String, file: String) -> (table: CSVTable, diagnostics: [Diagnostic]) {
        var text = text
        return text.withUTF8 { parse(bytes: $0, file: file) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) -> (table: CSVTable, diagnostics: [Diagnostic]) {
        let delimiterByte = DelimiterDetector.detect(bytes: bytes)
        let delimiter = Character(Unicode.Scalar(delimiterByte))
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiterByte, file: file)
        var header: [CSVField]?
        var rows: [CSVRow] = []
        var diagnostics: [Diagnostic] = []
        while !scanner.atEnd {
            let record = scanner.nextRecord()
            diagnostics.append(contentsOf: scanner.takeDiagnostics())
            // Blank lines and rows of empty cells (Excel leaves `;;;;` behind) carry no data.
            if record.isBlank && !record.broken { continue }
            guard let header else {
                header = record.fields
                scanner.expectedFields = record.fields.count
                continue
            }
            if record.broken { continue }
            if record.fields.count != header.count {
                diagnostics.append(raggedRow(record, headerCount: header.count, delimiter: delimiter, file: file))
                continue
            }
            rows.append(CSVRow(fields: record.fields, line: record.line))
        }
        if header == nil {
            diagnostics.append(.error("CSV_EMPTY", CSVMessages.empty, at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let table = CSVTable(file: file, delimiter: delimiter, header: header ?? [], rows: rows)
        return (table, diagnostics)
    }

    private static func raggedRow(_ record: CSVRecord, headerCount: Int, delimiter: Character, file: String) -> Diagnostic {
        let extra = record.fields.count > headerCount ? record.fields[headerCount] : nil
        let location = extra?.location ?? record.fields.first?.location
            ?? SourceLocation(file: file, line: record.line, column: 1)
        let message = CSVMessages.raggedRow(line: record.line, count: record.fields.count, headerCount: headerCount,
                                            firstExtra: extra?.text, delimiter: delimiter)
        return .error("CSV_RAGGED_ROW", message, at: location)
    }
}
