import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SplitMix64: tiny, fast and identical on every platform, so a fixture is byte-identical across
/// machines and runs (Swift's own `Hasher` and `SystemRandomNumberGenerator` are not).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator whose stream depends only on `key`, so one unit's or model's values do not
    /// change when the fixture grows or other items are added.
    init(key: String) { state = fnv1a(key) }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n.
    mutating func int(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + int(range.count) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }

    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}

/// 64-bit FNV-1a over UTF-8: a stable seed from a string.
func fnv1a(_ s: String) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in s.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01B3
    }
    return h
}

/// CSV rows per RFC 4180 with a chosen delimiter; fields are quoted only when they must be.
struct CSVText {
    let delimiter: Character
    private(set) var text = ""

    init(delimiter: Character = ",") { self.delimiter = delimiter }

    mutating func row(_ fields: [String]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { text.append(delimiter) }
            let d = delimiter.asciiValue ?? UInt8(ascii: ",")
            if f.utf8.contains(where: { $0 == d || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
                text.append("\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            } else {
                text.append(f)
            }
        }
        text.append("\n")
    }
}

/// YAML double-quoted scalar.
func yamlQuoted(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return "\"" + s + "\"" }
    return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

/// Plain byte search: Foundation's `contains`/`range(of:)` are slow on Linux for many short strings.
func containsBytes(_ s: String, _ needle: String) -> Bool {
    let h = Array(s.utf8), n = Array(needle.utf8)
    guard n.count <= h.count else { return false }
    for i in 0...(h.count - n.count) where h[i] == n[0] {
        if h[i..<(i + n.count)].elementsEqual(n) { return true }
    }
    return false
}

/// Writes the fixture's files. Plain POSIX writes: `Data.write` fsyncs every file on Linux, which
/// makes writing thousands of small files several times slower for no benefit in a scratch fixture.
struct FixtureWriter {
    let root: String
    private(set) var files = 0
    private(set) var bytes = 0

    init(root: String) { self.root = root }

    mutating func write(_ relativePath: String, _ text: String) throws {
        let path = root + "/" + relativePath
        let dir = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: dir) {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw FixtureError("không tạo được tệp \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var utf8 = text
        let count = utf8.withUTF8 { buf -> Int in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                if n <= 0 { return -1 }
                done += n
            }
            return done
        }
        guard count >= 0 else { throw FixtureError("không ghi được tệp \(path): \(String(cString: strerror(errno)))") }
        files += 1
        bytes += count
    }
}

/// A generator failure with a message for the user.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
