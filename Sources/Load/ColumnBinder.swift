import Diagnostics

/// A column a file kind expects: its canonical name, the Vietnamese aliases staff may write instead,
/// and whether the file is unusable without it.
public struct CSVColumn: Sendable {
    public let name: String
    public let aliases: [String]
    public let required: Bool

    public init(_ name: String, aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.required = required
    }

    /// `code, ma, ma_don_vi`: the names a message offers to the person fixing the file.
    var acceptedNames: String { ([name] + aliases).joined(separator: ", ") }
}

/// Matches a table's header against a file kind's columns.
public enum ColumnBinder {
    /// unknownColumnsAreExtra: true for progress files (indicator columns), false elsewhere → an
    /// unknown column is a warning CSV_UNKNOWN_COLUMN. Personal-data columns are always dropped.
    public static func bind(_ table: CSVTable, columns: [CSVColumn], unknownColumnsAreExtra: Bool)
        -> (BoundColumns, [Diagnostic])
    {
        var lookup: [String: Int] = [:]
        for (k, column) in columns.enumerated() {
            for name in [column.name] + column.aliases {
                let key = HeaderName.normalize(name)
                if lookup[key] == nil { lookup[key] = k }
            }
        }
        var boundHeader: [Int: Int] = [:] // schema column → header index
        var extras: [(index: Int, header: CSVField)] = []
        var extraByKey: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []

        for (i, header) in table.header.enumerated() {
            let key = HeaderName.normalize(header.text)
            if key.isEmpty {
                // Excel often leaves empty trailing header cells; only complain when they hold data.
                if table.rows.contains(where: { !$0.fields[i].isBlank }) {
                    diagnostics.append(.warning("CSV_UNKNOWN_COLUMN", BinderMessages.unnamed(column: i + 1), at: header.location))
                }
                continue
            }
            if let k = lookup[key] {
                if let previous = boundHeader[k] {
                    let message = BinderMessages.duplicate(header, table.header[previous], canonical: columns[k].name)
                    diagnostics.append(.error("CSV_DUPLICATE_COLUMN", message, at: header.location))
                } else {
                    boundHeader[k] = i
                }
            } else if PersonalDataColumns.isPersonal(header.text) {
                diagnostics.append(.warning("PERSONAL_DATA_COLUMN", BinderMessages.personal(header.text), at: header.location))
            } else if unknownColumnsAreExtra {
                if let previous = extraByKey[key] {
                    let message = BinderMessages.duplicate(header, table.header[previous], canonical: nil)
                    diagnostics.append(.error("CSV_DUPLICATE_COLUMN", message, at: header.location))
                } else {
                    extraByKey[key] = i
                    extras.append((index: i, header: header))
                }
            } else {
                let accepted = columns.map(\.name).joined(separator: ", ")
                diagnostics.append(.warning("CSV_UNKNOWN_COLUMN", BinderMessages.unknown(header.text, accepted: accepted),
                                            at: header.location))
            }
        }

        // Without a header the reader has already said the file is empty; listing every column again helps nobody.
        if !table.header.isEmpty {
            let at = SourceLocation(file: table.file, line: table.headerLine, column: 1)
            for (k, column) in columns.enumerated() where column.required && boundHeader[k] == nil {
                diagnostics.append(.error("CSV_MISSING_COLUMN", BinderMessages.missing(column), at: at))
            }
        }

        var indexByName: [String: Int] = [:]
        var headerByName: [String: String] = [:]
        for (k, i) in boundHeader {
            indexByName[columns[k].name] = i
            headerByName[columns[k].name] = table.header[i].text
        }
        let bound = BoundColumns(file: table.file, indexByName: indexByName, headerByName: headerByName,
                                 extraColumns: extras)
        return (bound, diagnostics)
    }
}
