/// Byte-level helpers shared by the CSV reader and the front-matter splitter.
enum CSVBytes {
    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// 3 when the buffer starts with a UTF-8 BOM: the decoder may have left it in place.
    static func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}

/// Counts columns as an editor shows them: one per character, not per byte. Scalars that never
/// stand alone on screen (combining marks left over from NFD text, variation selectors, emoji
/// modifiers, the scalar after a zero-width joiner) do not move the column.
struct ColumnCounter {
    private(set) var column = 1
    private var afterJoiner = false

    mutating func newLine() {
        column = 1
        afterJoiner = false
    }

    @inline(__always)
    mutating func advanceASCII(by n: Int = 1) {
        column += n
        afterJoiner = false
    }

    /// Advances over the scalar starting at `i` (valid UTF-8 assumed) and returns its byte length.
    @inline(__always)
    mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 {
            column += 1
            afterJoiner = false
            return 1
        }
        let (value, length) = Self.decode(bytes, at: i)
        if afterJoiner {
            afterJoiner = false
        } else if !Self.isZeroWidth(value) {
            column += 1
        }
        if value == 0x200D { afterJoiner = true }
        return length
    }

    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = UInt32(bytes[i])
        let n = bytes.count
        func cont(_ k: Int) -> UInt32 { i + k < n ? UInt32(bytes[i + k] & 0x3F) : 0 }
        if b >= 0xF0 { return (((b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), min(4, n - i)) }
        if b >= 0xE0 { return (((b & 0x0F) << 12) | (cont(1) << 6) | cont(2), min(3, n - i)) }
        if b >= 0xC0 { return (((b & 0x1F) << 6) | cont(1), min(2, n - i)) }
        return (0xFFFD, 1) // a stray continuation byte cannot come from a Swift String; count it
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true // combining marks
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x1F3FB...0x1F3FF, 0x200D:
            return true // variation selectors, skin tones, joiner
        default:
            return false
        }
    }
}
