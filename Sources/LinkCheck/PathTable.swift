#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only set of output paths looked up by bytes, so checking a link needs no String and no
/// SipHash: the link check does millions of lookups on a national site.
final class PathTable: @unchecked Sendable {
    // Immutable after init, hence safe to read from several threads.
    private let arena: UnsafeMutableBufferPointer<UInt8>
    private let starts: UnsafeMutableBufferPointer<Int>
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int

    init(_ paths: Set<String>) {
        let total = paths.reduce(0) { $0 + $1.utf8.count }
        arena = .allocate(capacity: max(total, 1))
        starts = .allocate(capacity: paths.count + 1)
        var capacity = 16
        while capacity < paths.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: -1)
        var offset = 0
        for (index, path) in paths.enumerated() {
            starts[index] = offset
            for byte in path.utf8 {
                arena[offset] = byte
                offset += 1
            }
            var slot = PathTable.hash(UnsafeBufferPointer(rebasing: arena[starts[index]..<offset])) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
        starts[paths.count] = offset
    }

    deinit {
        arena.deallocate()
        starts.deallocate()
        slots.deallocate()
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var slot = PathTable.hash(bytes) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return false }
            let start = starts[index]
            let length = starts[index + 1] - start
            if length == bytes.count {
                if length == 0 { return true }
                if memcmp(arena.baseAddress! + start, bytes.baseAddress!, length) == 0 { return true }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Eight bytes at a time (a multiply-xorshift per word, the tail zero-padded and mixed with the
    /// length): paths are 20–60 bytes, and hashing them byte by byte was most of a lookup.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var value: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        while offset + 8 <= count {
            value = mix(value ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            value = mix(value ^ tail)
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
        var v = x &* 0xBF58_476D_1CE4_E5B9
        v ^= v >> 31
        return v &* 0x94D0_49BB_1331_11EB
    }
}
