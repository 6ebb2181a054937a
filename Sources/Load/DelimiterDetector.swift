/// Chooses `,` or `;` from the header line: Excel in a Vietnamese locale writes `;`.
public enum DelimiterDetector {
    /// Counts `,` and `;` outside quotes on the first non-blank line; a tie (or neither) gives `,`.
    public static func detect(_ text: String) -> Character {
        var copy = text
        return copy.withUTF8 { detect(bytes: $0) == UInt8(ascii: ";") ? ";" : "," }
    }

    static func detect(bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";")
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var i = CSVBytes.bomLength(bytes)
        // Skip blank lines before the header, as the reader does.
        var lineStart = i
        while i < bytes.count {
            let b = bytes[i]
            if b == lf || b == cr {
                i += 1
                lineStart = i
            } else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") {
                i += 1
            } else {
                break
            }
        }
        i = lineStart
        var inQuotes = false
        var commas = 0, semicolons = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == comma { commas += 1 }
                else if b == semicolon { semicolons += 1 }
                else if b == lf || b == cr { break }
            }
            i += 1
        }
        return semicolons > commas ? semicolon : comma
    }
}
