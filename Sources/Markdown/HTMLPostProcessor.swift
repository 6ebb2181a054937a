/// Deterministic edits of cmark's HTML that its renderer cannot make: heading ids and lazy images.
/// Safe because in safe mode `<h1>`…`<h6>` and `<img ` can only come from heading and image nodes
/// (text, code and attributes are escaped, raw HTML is omitted), in document order.
enum HTMLPostProcessor {
    static func process(_ html: String, headingIDs: [String]) -> String {
        let input = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + headingIDs.count * 24)
        var headingIndex = 0
        var i = 0
        let n = input.count
        let lazy = Array(" loading=\"lazy\"".utf8)
        while i < n {
            let byte = input[i]
            guard byte == UInt8(ascii: "<"), i + 3 < n else {
                output.append(byte)
                i += 1
                continue
            }
            if input[i + 1] == UInt8(ascii: "h"), input[i + 2] >= UInt8(ascii: "1"), input[i + 2] <= UInt8(ascii: "6"),
               input[i + 3] == UInt8(ascii: ">"), headingIndex < headingIDs.count {
                output.append(contentsOf: input[i..<(i + 3)])
                output.append(contentsOf: Array(" id=\"".utf8))
                output.append(contentsOf: escapeAttribute(headingIDs[headingIndex]))
                output.append(UInt8(ascii: "\""))
                output.append(UInt8(ascii: ">"))
                headingIndex += 1
                i += 4
                continue
            }
            if i + 4 < n, input[i + 1] == UInt8(ascii: "i"), input[i + 2] == UInt8(ascii: "m"), input[i + 3] == UInt8(ascii: "g"),
               input[i + 4] == UInt8(ascii: " ") {
                output.append(contentsOf: input[i..<(i + 4)])
                output.append(contentsOf: lazy)
                i += 4
                continue
            }
            output.append(byte)
            i += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func escapeAttribute(_ value: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "\""): bytes.append(contentsOf: Array("&quot;".utf8))
            case UInt8(ascii: "<"): bytes.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): bytes.append(contentsOf: Array("&gt;".utf8))
            default: bytes.append(byte)
            }
        }
        return bytes
    }
}
