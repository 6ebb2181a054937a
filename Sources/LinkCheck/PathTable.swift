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
                if memcmpBytes(arena.baseAddress! + start, bytes.baseAddress!, length) { return true }
            }
            slot = (slot + 1) & mask
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // FNV-1a: the keys are short ASCII paths; collisions only cost a probe.
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 32))
    }

    private func memcmpBytes(_ a: UnsafeMutablePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for k in 0..<count where a[k] != b[k] { return false }
        return true
    }
}
