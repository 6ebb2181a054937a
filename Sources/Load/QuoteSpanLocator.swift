/// Finds a quoted YAML value that opened on an earlier line and closed on a given line.
///
/// A forgotten closing quote does not fail where it was forgotten: YAML reads on (quoted values may
/// span lines) until the next quote, often the opening quote of a later value, and fails there.
/// Staff must fix the line where the quote opened, so the parser reports that line instead.
enum QuoteSpanLocator {
    /// 1-based line and column of the opening quote of a value that spans into `line` and closes there,
    /// nil when no quoted value ends on that line after starting above it.
    static func opening(closingOn line: Int, in yaml: String) -> (line: Int, column: Int)? {
        var current = 1
        var column = 0
        var open: (quote: Character, line: Int, column: Int)?
        var previous: Character = "\n"
        var lastNonSpace: Character = "\n"
        var inComment = false
        var chars = Array(yaml)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            column += 1
            defer {
                previous = c
                if c != " " { lastNonSpace = c }
                i += 1
            }
            if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < chars.count, chars[i + 1] == "\n" { i += 1 }
                if current >= line && open == nil { return nil }
                current += 1
                column = 0
                inComment = false
                lastNonSpace = "\n"
                continue
            }
            if inComment { continue }
            if let o = open {
                if o.quote == "\"", c == "\\" {
                    i += 1 // the escaped character cannot close the value
                    column += 1
                    continue
                }
                guard c == o.quote else { continue }
                if o.quote == "'", i + 1 < chars.count, chars[i + 1] == "'" {
                    i += 1
                    column += 1
                    continue
                }
                open = nil
                if current == line && o.line < line { return (o.line, o.column) }
                continue
            }
            if c == "#", previous == " " || previous == "\t" || previous == "\n" {
                inComment = true
                continue
            }
            // A quote opens a value only where a value can start: after indentation, `key: `, `- `,
            // `[`, `{` or `,`; a quote inside plain text (`Xã Đắk R'Moan`) is just a character.
            if c == "\"" || c == "'", "\n:-[{,".contains(lastNonSpace), previous == " " || "\n[{,".contains(previous) {
                open = (c, current, column)
            }
        }
        return nil
    }
}
