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
}
