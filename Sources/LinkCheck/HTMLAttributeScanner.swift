/// A byte-level tokenizer just good enough to find `href`, `src` and `srcset` values in tags,
/// skipping comments and the contents of `<script>` and `<style>` (where `<` is not a tag).
enum HTMLAttributeScanner {
    /// Calls `found(attributeName, valueAsWritten)` for each wanted attribute, in document order.
    static func scan(_ html: UnsafeBufferPointer<UInt8>, found: (String, String) -> Void) {
        let n = html.count
        var i = 0
        while i < n {
            guard html[i] == UInt8(ascii: "<"), i + 1 < n else {
                i += 1
                continue
            }
            let next = html[i + 1]
            if next == UInt8(ascii: "!"), matches(html, at: i, "<!--") {
                i = indexAfter(html, from: i + 4, "-->")
            } else if isLetter(next) {
                i = scanTag(html, from: i + 1, found: found)
            } else if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                i = indexAfter(html, from: i + 1, ">")
            } else {
                i += 1
            }
        }
    }

    /// Scans a start tag whose name begins at `start`; returns the index after it (and after a raw-text element's content).
    private static func scanTag(_ html: UnsafeBufferPointer<UInt8>, from start: Int, found: (String, String) -> Void) -> Int {
        let n = html.count
        var i = start
        while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: ">"), html[i] != UInt8(ascii: "/") { i += 1 }
        let name = lowercased(html, start..<i)
        while i < n {
            while i < n, isSpace(html[i]) || html[i] == UInt8(ascii: "/") { i += 1 }
            if i >= n { break }
            if html[i] == UInt8(ascii: ">") {
                i += 1
                break
            }
            let nameStart = i
            while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: "="), html[i] != UInt8(ascii: ">"), html[i] != UInt8(ascii: "/") { i += 1 }
            let attributeRange = nameStart..<i
            while i < n, isSpace(html[i]) { i += 1 }
            guard i < n, html[i] == UInt8(ascii: "=") else { continue }
            i += 1
            while i < n, isSpace(html[i]) { i += 1 }
            guard i < n else { break }
            var valueRange: Range<Int>
            let quote = html[i]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = i + 1
                i = valueStart
                while i < n, html[i] != quote { i += 1 }
                valueRange = valueStart..<i
                if i < n { i += 1 }
            } else {
                let valueStart = i
                while i < n, !isSpace(html[i]), html[i] != UInt8(ascii: ">") { i += 1 }
                valueRange = valueStart..<i
            }
            if let wanted = wantedAttribute(html, attributeRange) {
                found(wanted, String(decoding: UnsafeBufferPointer(rebasing: html[valueRange]), as: UTF8.self))
            }
        }
        // As in HTML, `<script/>` does not close the element: its content still runs to `</script`.
        if name == "script" || name == "style" {
            return indexOfClosing(html, from: i, name: name)
        }
        return i
    }

    private static func wantedAttribute(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        switch range.count {
        case 3, 4, 6:
            let name = lowercased(html, range)
            return name == "src" || name == "href" || name == "srcset" ? name : nil
        default:
            return nil
        }
    }

    /// Index of `</name` (any case) at or after `from`, or the end.
    private static func indexOfClosing(_ html: UnsafeBufferPointer<UInt8>, from: Int, name: String) -> Int {
        let closing = Array(("</" + name).utf8)
        var i = from
        while i + closing.count <= html.count {
            if html[i] == UInt8(ascii: "<"), html[i + 1] == UInt8(ascii: "/") {
                var same = true
                for k in 2..<closing.count where lower(html[i + k]) != closing[k] {
                    same = false
                    break
                }
                if same { return i }
            }
            i += 1
        }
        return html.count
    }

    private static func matches(_ html: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= html.count else { return false }
        let bytes = literal.utf8Start
        for k in 0..<count where html[index + k] != bytes[k] { return false }
        return true
    }

    /// Index just after the next `literal` at or after `from`, or the end.
    private static func indexAfter(_ html: UnsafeBufferPointer<UInt8>, from: Int, _ literal: StaticString) -> Int {
        var i = from
        while i < html.count {
            if matches(html, at: i, literal) { return i + literal.utf8CodeUnitCount }
            i += 1
        }
        return html.count
    }

    private static func lowercased(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: html[range].map(lower), as: UTF8.self)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let l = lower(byte)
        return l >= 0x61 && l <= 0x7A
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
