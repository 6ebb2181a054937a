// libFuzzer entry for CSVReader.parse: arbitrary bytes, decoded as UTF-8 with replacement, must never
// crash, hang or break the reader's promises below (a broken promise is a crash, so libFuzzer keeps it).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (table, diagnostics) = CSVReader.parse(text, file: "fuzz.csv")
    let lineCount = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") || $1 == UInt8(ascii: "\r") ? $0 + 1 : $0 }

    precondition(table.delimiter == "," || table.delimiter == ";")
    if table.header.isEmpty {
        precondition(table.rows.isEmpty && diagnostics.contains { $0.code == "CSV_EMPTY" })
    }
    var previousLine = 0
    for row in table.rows {
        precondition(row.fields.count == table.header.count, "row kept with a wrong field count")
        precondition(row.line > previousLine && row.line <= lineCount, "row line out of order or range")
        previousLine = row.line
        for field in row.fields {
            precondition(field.location.line >= row.line && field.location.line <= lineCount)
            precondition(field.location.column >= 1)
        }
    }
    for d in diagnostics {
        precondition(d.location.line >= 1 && d.location.line <= lineCount && d.location.column >= 1)
        precondition(!d.message.isEmpty && d.code.hasPrefix("CSV_"))
    }
    if diagnostics.isEmpty, table.header.count >= 2 || table.delimiter == "," {
        checkRoundTrip(table)
    }
    return 0
}

/// Writing the table back with every field quoted and reading it again must give the same cells.
private func checkRoundTrip(_ table: CSVTable) {
    let d = String(table.delimiter)
    func line(_ fields: [CSVField]) -> String {
        fields.map { "\"" + $0.text.replacingQuotes() + "\"" }.joined(separator: d)
    }
    let text = ([line(table.header)] + table.rows.map { line($0.fields) }).joined(separator: "\r\n") + "\r\n"
    let (again, diagnostics) = CSVReader.parse(text, file: "again.csv")
    precondition(diagnostics.isEmpty, "re-reading written CSV reported \(diagnostics)")
    precondition(again.header.map(\.text) == table.header.map(\.text), "header changed on round trip")
    precondition(again.rows.map { $0.fields.map(\.text) } == table.rows.map { $0.fields.map(\.text) },
                 "rows changed on round trip")
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for c in self { out += c == "\"" ? "\"\"" : String(c) }
        return out
    }
}
