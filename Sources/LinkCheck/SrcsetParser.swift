/// Splits a `srcset` value into its candidate URLs, dropping width/density descriptors
/// (the HTML parsing rules: a URL runs to whitespace; trailing commas end a candidate).
enum SrcsetParser {
    /// Ranges of the candidate URLs inside `range` of `bytes`.
    static func urlRanges(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end, HTMLAttributeScanner.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: ",") { i += 1 }
            guard i < end else { break }
            let start = i
            while i < end, !HTMLAttributeScanner.isSpace(bytes[i]) { i += 1 }
            var urlEnd = i
            var endedByComma = false
            while urlEnd > start, bytes[urlEnd - 1] == UInt8(ascii: ",") {
                urlEnd -= 1
                endedByComma = true
            }
            ranges.append(start..<urlEnd)
            if !endedByComma {
                while i < end, bytes[i] != UInt8(ascii: ",") { i += 1 }
            }
        }
        return ranges
    }

    /// The candidate URLs of a `srcset` value, as written.
    static func urls(in value: String) -> [String] {
        let bytes = Array(value.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            urlRanges(buffer, in: 0..<buffer.count).map { String(decoding: buffer[$0], as: UTF8.self) }
        }
    }
}
