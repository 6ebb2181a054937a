/// Splits a `srcset` value into its candidate URLs (as written), dropping width/density descriptors.
enum SrcsetParser {
    static func urls(in value: String) -> [String] {
        var urls: [String] = []
        let bytes = Array(value.utf8)
        var i = 0
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: ",") { i += 1 }
            guard i < bytes.count else { break }
            let start = i
            while i < bytes.count, !isSpace(bytes[i]) { i += 1 }
            var end = i
            // A URL directly followed by a comma has no descriptor; the comma ends the candidate.
            var endedByComma = false
            while end > start, bytes[end - 1] == UInt8(ascii: ",") {
                end -= 1
                endedByComma = true
            }
            urls.append(String(decoding: bytes[start..<end], as: UTF8.self))
            if !endedByComma {
                while i < bytes.count, bytes[i] != UInt8(ascii: ",") { i += 1 }
            }
        }
        return urls
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
