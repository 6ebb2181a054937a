/// Where bytes are appended: `[UInt8]`, or the page being rendered (`RenderBuffer`).
protocol ByteSink {
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
    mutating func append(_ byte: UInt8)
}

extension Array: ByteSink where Element == UInt8 {}

extension ByteSink {
    /// Appends a String's UTF-8 bytes.
    @inline(__always)
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends the bytes of an array.
    @inline(__always)
    mutating func append(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

/// The page the fast renderer writes: bytes in memory it manages itself. Array's generic
/// `append(contentsOf:)` cost about 100 instructions per call, and a national site appends 15
/// million runs of template text besides every value; here an append is a capacity test and a copy.
/// The owner calls `deallocate()` once it has taken the bytes out with `array()`.
struct RenderBuffer: ByteSink {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0 else { return }
        if count + n > capacity { grow(to: count + n) }
        (base + count).initialize(from: bytes.baseAddress!, count: n)
        count += n
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Inserts `bytes` before the byte at `index` (a partial's indentation).
    mutating func insert(_ bytes: [UInt8], at index: Int) {
        precondition(index >= 0 && index <= count)
        let n = bytes.count
        guard n > 0 else { return }
        if count + n > capacity { grow(to: count + n) }
        (base + index + n).moveInitialize(from: base + index, count: count - index)
        bytes.withUnsafeBufferPointer { (base + index).initialize(from: $0.baseAddress!, count: n) }
        count += n
    }

    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count)
        return base[index]
    }

    /// The bytes written, as an array.
    func array() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    func deallocate() {
        base.deallocate()
    }

    private mutating func grow(to needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
