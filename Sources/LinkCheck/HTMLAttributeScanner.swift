#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attributes whose values are links or media references.
enum LinkAttribute: String {
    case href, src, srcset
}

/// A byte-level tokenizer just good enough to find `href`, `src` and `srcset` values in tags,
/// skipping comments and the contents of `<script>` and `<style>` (where `<` is not a tag).
/// An iterator over bytes and ranges, so that 20,000 pages cost no allocation or closure call per tag.
struct HTMLAttributeScanner {
    private let html: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var inTag = false
    /// `</script` or `</style` while inside such a start tag: its content is skipped after the tag.
    private var rawTextClosing: StaticString?

    /// Ranges to pass over (whole `<svg>` elements the renderer drew, in order); see `OutputFile.linkFree`.
    private let skipped: [Range<Int>]
    private var nextSkipped = 0

    init(_ html: UnsafeBufferPointer<UInt8>, skipping skipped: [Range<Int>] = []) {
        self.html = html
        self.skipped = skipped
    }

    /// The next wanted attribute and the range of its value as written, in document order.
    mutating func next() -> (LinkAttribute, Range<Int>)? {
        let n = html.count
        while true {
            if inTag {
                if let found = nextAttributeInTag() { return found }
                inTag = false
                if let closing = rawTextClosing {
                    // As in HTML, `<script/>` does not close the element: its content still runs to `</script`.
                    i = HTMLAttributeScanner.indexOfClosing(html, from: i, closing)
                    rawTextClosing = nil
                }
                continue
            }
            guard i < n else { return nil }
            // Text between tags is most of a page: let memchr find the next `<`.
            guard let found = memchr(html.baseAddress! + i, Int32(UInt8(ascii: "<")), n - i) else { return nil }
            i = html.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if nextSkipped < skipped.count, skipAt(i) { continue }
            guard i + 1 < n else { return nil }
            let next = html[i + 1]
            if next == UInt8(ascii: "!"), HTMLAttributeScanner.matches(html, at: i, "<!--") {
                i = HTMLAttributeScanner.indexAfter(html, from: i + 4, "-->")
            } else if HTMLAttributeScanner.isLetter(next) {
                let start = i + 1
                i = start
                while i < n, !ByteClass.endsTagName(html[i]) { i += 1 }
                // Only a name of five or six letters starting with `s` can be `style` or `script`.
                let named = i - start
                rawTextClosing = (named == 5 || named == 6) && HTMLAttributeScanner.lower(html[start]) == 0x73
                    ? HTMLAttributeScanner.closingTag(ofRawText: html, start..<i) : nil
                inTag = true
            } else if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                i = HTMLAttributeScanner.indexAfter(html, from: i + 1, ">")
            } else {
                i += 1
            }
        }
    }

    /// Past a skipped range that starts at the tag at `i` (true), dropping ranges already behind.
    /// A range is passed over only from its first byte, as text, and only when it starts an `<svg`
    /// element: anything else is scanned as usual.
    private mutating func skipAt(_ i: Int) -> Bool {
        while nextSkipped < skipped.count, skipped[nextSkipped].lowerBound < i { nextSkipped += 1 }
        guard nextSkipped < skipped.count, skipped[nextSkipped].lowerBound == i,
              skipped[nextSkipped].upperBound <= html.count, HTMLAttributeScanner.matches(html, at: i, "<svg") else { return false }
        self.i = skipped[nextSkipped].upperBound
        nextSkipped += 1
        return true
    }

    /// Reads attributes until a wanted one (returned) or the end of the tag (nil, `i` after the `>`).
    private mutating func nextAttributeInTag() -> (LinkAttribute, Range<Int>)? {
        let n = html.count
        while i < n {
            while i < n, ByteClass.separatesAttributes(html[i]) { i += 1 }
            if i >= n { break }
            if html[i] == UInt8(ascii: ">") {
                i += 1
                return nil
            }
            let nameStart = i
            while i < n, !ByteClass.endsAttributeName(html[i]) { i += 1 }
            let attributeRange = nameStart..<i
            while i < n, HTMLAttributeScanner.isSpace(html[i]) { i += 1 }
            guard i < n, html[i] == UInt8(ascii: "=") else { continue }
            i += 1
            while i < n, HTMLAttributeScanner.isSpace(html[i]) { i += 1 }
            guard i < n else { break }
            let valueRange: Range<Int>
            let quote = html[i]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = i + 1
                // Values (path data, tooltips, descriptions) are most of an SVG chart's bytes.
                if valueStart < n, let end = memchr(html.baseAddress! + valueStart, Int32(quote), n - valueStart) {
                    i = html.baseAddress!.distance(to: end.assumingMemoryBound(to: UInt8.self))
                } else {
                    i = n
                }
                valueRange = valueStart..<i
                if i < n { i += 1 }
            } else {
                let valueStart = i
                while i < n, !ByteClass.endsUnquotedValue(html[i]) { i += 1 }
                valueRange = valueStart..<i
            }
            if let wanted = HTMLAttributeScanner.wantedAttribute(html, attributeRange) { return (wanted, valueRange) }
        }
        return nil
    }

    private static func closingTag(ofRawText html: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> StaticString? {
        equalsIgnoringCase(html, name, "script") ? "</script" : equalsIgnoringCase(html, name, "style") ? "</style" : nil
    }

    @inline(__always)
    private static func wantedAttribute(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> LinkAttribute? {
        // Most attributes are none of the three: their first letter (or length) says so at once.
        guard !range.isEmpty else { return nil }
        let first = lower(html[range.lowerBound])
        guard first == 0x68 || first == 0x73 else { return nil }
        switch range.count {
        case 3: return equalsIgnoringCase(html, range, "src") ? .src : nil
        case 4: return equalsIgnoringCase(html, range, "href") ? .href : nil
        case 6: return equalsIgnoringCase(html, range, "srcset") ? .srcset : nil
        default: return nil
        }
    }

    /// Index of `closing` (`</script`, any case) at or after `from`, or the end.
    private static func indexOfClosing(_ html: UnsafeBufferPointer<UInt8>, from: Int, _ closing: StaticString) -> Int {
        let count = closing.utf8CodeUnitCount
        var i = from
        while i + count <= html.count {
            if html[i] == UInt8(ascii: "<"), equalsIgnoringCase(html, i..<(i + count), closing) { return i }
            i += 1
        }
        return html.count
    }

    /// `literal` must be lowercase.
    private static func equalsIgnoringCase(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let bytes = literal.utf8Start
        var k = 0
        for index in range {
            if lower(html[index]) != bytes[k] { return false }
            k += 1
        }
        return true
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
        let first = literal.utf8Start[0]
        var i = from
        while i < html.count {
            if html[i] == first, matches(html, at: i, literal) { return i + literal.utf8CodeUnitCount }
            i += 1
        }
        return html.count
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let l = lower(byte)
        return l >= 0x61 && l <= 0x7A
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}

/// What a byte ends or separates inside a tag. Every byte these look for is at most `>` (0x3E) and
/// letters are above it, so a name's letters cost one comparison each: the scanner's loops over tag
/// and attribute names run for every attribute of every element of 18,000 pages.
private enum ByteClass {
    /// Space, `>` or `/`.
    @inline(__always) static func endsTagName(_ b: UInt8) -> Bool {
        b <= 0x3E && (b == 0x3E || b == 0x2F || HTMLAttributeScanner.isSpace(b))
    }

    /// Space or `/`.
    @inline(__always) static func separatesAttributes(_ b: UInt8) -> Bool {
        b <= 0x2F && (b == 0x2F || HTMLAttributeScanner.isSpace(b))
    }

    /// Space, `=`, `>` or `/`.
    @inline(__always) static func endsAttributeName(_ b: UInt8) -> Bool {
        b <= 0x3E && (b == 0x3D || b == 0x3E || b == 0x2F || HTMLAttributeScanner.isSpace(b))
    }

    /// Space or `>`.
    @inline(__always) static func endsUnquotedValue(_ b: UInt8) -> Bool {
        b <= 0x3E && (b == 0x3E || HTMLAttributeScanner.isSpace(b))
    }
}
