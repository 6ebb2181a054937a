/// Tests on eight bytes at once, for scans that look for a few byte values in mostly plain text
/// (HTML, JSON and SVG escaping). Each result has the high bit set in at least one byte exactly when
/// some byte of the word matches: exact about whether a word has one, not about which.
public enum ByteWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let high: UInt64 = 0x8080_8080_8080_8080

    /// Eight bytes from `offset`, in memory order.
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Nonzero when a byte of `word` equals `byte`.
    @inlinable @inline(__always)
    public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        below(word ^ (ones &* UInt64(byte)), 1)
    }

    /// Nonzero when a byte of `word` is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & high
    }

    /// Nonzero when a byte of `word` is above `low` and below `high` (both at most 0x80).
    @inlinable @inline(__always)
    public static func between(_ word: UInt64, above low: UInt8, below limit: UInt8) -> UInt64 {
        let seven = word & ~high
        return (ones &* (127 + UInt64(limit)) &- seven) & ~word & (seven &+ ones &* (127 - UInt64(low))) & high
    }
}

/// String equality that answers from the Strings' two words when both keep up to 15 ASCII bytes
/// inside themselves: such Strings are equal exactly when their words are. Names looked up by the
/// thousand (view-model names, CSV column names) are mostly such literals; others go to `==`, which
/// also equates canonically equivalent spellings.
public enum ShortText {
    private static let smallASCII: UInt64 = 1 << 61 | 1 << 62

    @inline(__always)
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = unsafeBitCast(a, to: (UInt64, UInt64).self)
        let y = unsafeBitCast(b, to: (UInt64, UInt64).self)
        if x == y { return true }
        if x.1 & y.1 & smallASCII == smallASCII { return false }
        return a == b
    }
}
