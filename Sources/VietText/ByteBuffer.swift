/// Bytes in memory the owner manages itself, for output built piece by piece (a page, a chart).
/// Array's generic `append(contentsOf:)` cost about 100 instructions per call, and a national site
/// appends tens of millions of short runs (template text, SVG names and numbers); here an append is a
/// capacity test and a copy. The owner calls `deallocate()` once it has taken the bytes out with
/// `array()`, and never copies the buffer (copies would share, and free, the same memory).
@frozen
public struct ByteBuffer {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var used = 0
    @usableFromInline var capacity: Int

    /// Bytes written so far.
    public var count: Int { used }

    public init(capacity: Int) {
        self.capacity = Swift.max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    @inlinable @inline(__always)
    public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0 else { return }
        if used + n > capacity { grow(to: used + n) }
        (base + used).initialize(from: bytes.baseAddress!, count: n)
        used += n
    }

    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if used == capacity { grow(to: used + 1) }
        base[used] = byte
        used += 1
    }

    /// Appends a literal's bytes.
    @inlinable @inline(__always)
    public mutating func append(_ literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Empties the buffer, keeping its memory for what is written next.
    @inlinable
    public mutating func removeAll() {
        used = 0
    }

    /// Inserts `bytes` before the byte at `index` (a partial's indentation).
    public mutating func insert(_ bytes: [UInt8], at index: Int) {
        precondition(index >= 0 && index <= used)
        let n = bytes.count
        guard n > 0 else { return }
        if used + n > capacity { grow(to: used + n) }
        (base + index + n).moveInitialize(from: base + index, count: used - index)
        bytes.withUnsafeBufferPointer { (base + index).initialize(from: $0.baseAddress!, count: n) }
        used += n
    }

    public subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < used)
        return base[index]
    }

    /// The bytes written, as an array.
    public func array() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: used))
    }

    /// The bytes written, read in place.
    @inlinable
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: used))
    }

    public func deallocate() {
        base.deallocate()
    }

    @usableFromInline
    mutating func grow(to needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: used)
        base.deallocate()
        base = moved
        capacity = larger
    }
}

/// Where bytes are appended: `[UInt8]`, or a `ByteBuffer` (a page being rendered, a chart).
public protocol ByteSink {
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
    mutating func append(_ byte: UInt8)
}

extension Array: ByteSink where Element == UInt8 {}

extension ByteBuffer: ByteSink {}

extension ByteSink {
    /// Appends a String's UTF-8 bytes.
    @inlinable @inline(__always)
    public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends the bytes of an array.
    @inlinable @inline(__always)
    public mutating func append(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

extension ByteSink {
    /// `String(value)`'s bytes, without the String: the open-data tables write millions of years
    /// and counts.
    @inlinable
    public mutating func append(decimal value: Int) {
        // Written right to left on the stack (at most a sign and 19 digits), then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { raw in
            var i = raw.count
            var rest = value.magnitude
            repeat {
                i -= 1
                raw[i] = 0x30 + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                i -= 1
                raw[i] = 0x2D
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: raw[i...]))
        }
    }
}
