import Diagnostics

/// One record as read, before it is checked against the header.
struct CSVRecord {
    var fields: [CSVField]
    var line: Int
    /// The record contains a quote that never closed; its fields are a guess, so it is left out.
    var broken = false

    var isBlank: Bool { fields.allSatisfy { $0.isBlank } }
}

/// Walks the UTF-8 bytes once, record by record (RFC 4180 with a few office-friendly leniencies:
/// spaces around a quoted field, CR-only line ends). Quote problems go into `diagnostics`.
struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String
    private let fileName: SharedFileName
    private(set) var diagnostics: [Diagnostic] = []
    private var i: Int
    private var line = 1
    private var counter = ColumnCounter()
    /// The header's field count once it is read: each record's array is made that size at once
    /// instead of doubling (a national award file has 120,000 rows, all kept until the model is built).
    var expectedFields = 0

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        self.fileName = SharedFileName(file)
        self.i = CSVBytes.bomLength(bytes)
    }

    var atEnd: Bool { i >= bytes.count }

    /// Hands over the problems found so far, so the reader can keep them in file order.
    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics.removeAll(keepingCapacity: true) }
        return diagnostics
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: counter.column) }
    private var position: PackedLocation { PackedLocation(file: fileName, line: line, column: counter.column) }

    /// Reads the next record; call only when `atEnd` is false.
    mutating func nextRecord() -> CSVRecord {
        var record = CSVRecord(fields: [], line: line)
        record.fields.reserveCapacity(expectedFields)
        while true {
            let (field, broken) = readField()
            record.fields.append(field)
            if broken { record.broken = true }
            if i >= bytes.count { return record }
            let b = bytes[i]
            if b == delimiter {
                i += 1
                counter.advanceASCII()
                if i >= bytes.count {
                    // A delimiter at the very end still opens one last, empty field.
                    record.fields.append(CSVField(text: "", at: position))
                    return record
                }
                continue
            }
            consumeLineBreak()
            return record
        }
    }

    /// Consumes LF, CRLF or a lone CR at `i`.
    private mutating func consumeLineBreak() {
        if bytes[i] == CSVBytes.cr, i + 1 < bytes.count, bytes[i + 1] == CSVBytes.lf { i += 1 }
        i += 1
        line += 1
        counter.newLine()
    }

    private func isFieldEnd(_ b: UInt8) -> Bool {
        b == delimiter || b == CSVBytes.lf || b == CSVBytes.cr
    }

    private mutating func readField() -> (CSVField, broken: Bool) {
        let start = position
        var j = i
        while j < bytes.count, bytes[j] == CSVBytes.space || bytes[j] == CSVBytes.tab { j += 1 }
        if j < bytes.count, bytes[j] == CSVBytes.quote {
            while i < j { i += counter.advance(bytes, at: i) }
            return readQuoted(start: start)
        }
        return (readUnquoted(start: start, prefix: nil), false)
    }

    /// Reads up to the next delimiter or line end, reporting quotes found on the way.
    private mutating func readUnquoted(start: PackedLocation, prefix: [UInt8]?) -> CSVField {
        let from = i
        var reported = false
        while i < bytes.count {
            let b = bytes[i]
            if isFieldEnd(b) { break }
            if b == CSVBytes.quote, !reported, prefix == nil {
                reported = true
                let at = here
                let value = text(from, lineEnd())
                diagnostics.append(.error("CSV_BAD_QUOTE", CSVMessages.quoteInsideValue(value), at: at))
            }
            i += counter.advance(bytes, at: i)
        }
        guard var bytesSoFar = prefix else { return CSVField(text: text(from, i), at: start) }
        bytesSoFar.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
        return CSVField(text: String(decoding: bytesSoFar, as: UTF8.self), at: start)
    }

    private mutating func readQuoted(start: PackedLocation) -> (CSVField, broken: Bool) {
        let open = here
        let (openIndex, openLine, openCounter) = (i, line, counter)
        i += 1
        counter.advanceASCII()
        var value: [UInt8] = []
        var chunkStart = i
        while i < bytes.count {
            let b = bytes[i]
            if b == CSVBytes.quote {
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<i]))
                if i + 1 < bytes.count, bytes[i + 1] == CSVBytes.quote {
                    value.append(CSVBytes.quote)
                    i += 2
                    counter.advanceASCII(by: 2)
                    chunkStart = i
                    continue
                }
                i += 1
                counter.advanceASCII()
                return (finishQuoted(value, start: start), false)
            }
            if b == CSVBytes.lf || b == CSVBytes.cr {
                // Line breaks inside a value become LF whatever the file uses.
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<i]))
                value.append(CSVBytes.lf)
                consumeLineBreak()
                chunkStart = i
                continue
            }
            i += counter.advance(bytes, at: i)
        }
        diagnostics.append(.error("CSV_UNTERMINATED_QUOTE", CSVMessages.unterminatedQuote(at: open), at: open))
        // Recover: the quote most likely was a typo, so the rest of its line is the value and
        // reading resumes on the next line; later problems are still reported.
        (i, line, counter) = (openIndex + 1, openLine, openCounter)
        counter.advanceASCII()
        let from = i
        while i < bytes.count, bytes[i] != CSVBytes.lf, bytes[i] != CSVBytes.cr {
            i += counter.advance(bytes, at: i)
        }
        return (CSVField(text: text(from, i), at: start), true)
    }

    /// After a closing quote only spaces may come before the delimiter or the line end.
    private mutating func finishQuoted(_ value: [UInt8], start: PackedLocation) -> CSVField {
        var j = i
        while j < bytes.count, bytes[j] == CSVBytes.space || bytes[j] == CSVBytes.tab { j += 1 }
        if j >= bytes.count || isFieldEnd(bytes[j]) {
            while i < j { i += counter.advance(bytes, at: i) }
            return CSVField(text: String(decoding: value, as: UTF8.self), at: start)
        }
        let at = here
        let after = text(i, lineEnd())
        diagnostics.append(.error("CSV_BAD_QUOTE",
                                  CSVMessages.textAfterClosingQuote(String(decoding: value, as: UTF8.self), after),
                                  at: at))
        return readUnquoted(start: start, prefix: value)
    }

    private func lineEnd() -> Int {
        var j = i
        while j < bytes.count, !isFieldEnd(bytes[j]) { j += 1 }
        return j
    }

    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}
