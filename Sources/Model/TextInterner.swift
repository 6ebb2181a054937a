#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One shared copy of each distinct text in a column that repeats: a national commendation file
/// has 120,000 rows but fifty achievement texts and many repeated recipients, and each cell would
/// otherwise keep its own heap copy for the whole build (about 30 MB at 4× the national fixture).
struct TextInterner {
    private var known: Set<Bytes> = []
    private var last: String?

    /// A text keyed by its UTF-8 bytes: hashing a String normalizes it first, which for Vietnamese
    /// text cost thousands of instructions per cell; and only a text of the same bytes may stand in
    /// for a cell, or the cell's own spelling would be lost.
    private struct Bytes: Hashable {
        let text: String

        static func == (a: Bytes, b: Bytes) -> Bool { sameBytes(a.text, b.text) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// `text`, or the text of the same bytes seen before. Rows of one decision come together, so the
    /// previous text is tried before the table.
    mutating func callAsFunction(_ text: String) -> String {
        if let last, Self.sameBytes(last, text) { return last }
        let shared = known.insert(Bytes(text: text)).memberAfterInsert.text
        last = shared
        return shared
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    mutating func callAsFunction(_ text: String?) -> String? {
        text.map { self($0) }
    }
}
