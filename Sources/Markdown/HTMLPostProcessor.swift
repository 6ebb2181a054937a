#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deterministic edits of cmark's HTML that its renderer cannot make: heading ids and lazy images.
/// Safe because in safe mode `<h1>`…`<h6>` and `<img ` can only come from heading and image nodes
/// (text, code and attributes are escaped, raw HTML is omitted), in document order.
enum HTMLPostProcessor {
    static func process(_ html: String, headingIDs: [String]) -> String {
        var html = html
        // The text between tags is copied in runs found by memchr: 3,000 stories of a national
        // site went through here byte by byte, each byte appended on its own.
        let edited: [UInt8]? = html.withUTF8 { input in
            guard let base = input.baseAddress else { return nil }
            let n = input.count
            var output: [UInt8] = []
            var copied = 0
            var headingIndex = 0
            var i = 0
            func copy(upTo end: Int) {
                if output.isEmpty { output.reserveCapacity(n + headingIDs.count * 24 + 64) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<end]))
            }
            while i < n, let found = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) {
                i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard i + 3 < n else { break }
                if input[i + 1] == UInt8(ascii: "h"), input[i + 2] >= UInt8(ascii: "1"), input[i + 2] <= UInt8(ascii: "6"),
                   input[i + 3] == UInt8(ascii: ">"), headingIndex < headingIDs.count {
                    copy(upTo: i + 3)
                    output.append(contentsOf: " id=\"".utf8)
                    appendEscapedAttribute(headingIDs[headingIndex], to: &output)
                    output.append(contentsOf: "\">".utf8)
                    headingIndex += 1
                    i += 4
                    copied = i
                    continue
                }
                if i + 4 < n, input[i + 1] == UInt8(ascii: "i"), input[i + 2] == UInt8(ascii: "m"), input[i + 3] == UInt8(ascii: "g"),
                   input[i + 4] == UInt8(ascii: " ") {
                    copy(upTo: i + 4)
                    output.append(contentsOf: " loading=\"lazy\"".utf8)
                    i += 4
                    copied = i
                    continue
                }
                i += 1
            }
            guard copied > 0 else { return nil }
            copy(upTo: n)
            return output
        }
        return edited.map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    private static func appendEscapedAttribute(_ value: String, to bytes: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            default: bytes.append(byte)
            }
        }
    }
}
