import Foundation
import XCTest

/// Finds `/work/shared` by walking up from this file, so the tests run in a worktree and in the main checkout.
enum SharedData {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("spec").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/work/shared")
    }()

    private static let cache = RowCache()

    /// Rows of a CSV in `shared/data` as header-name → value; the official lists have no quoted fields.
    static func rows(_ file: String) throws -> [[String: String]] {
        try cache.rows(file) { try readRows(file) }
    }

    private static func readRows(_ file: String) throws -> [[String: String]] {
        let text = try String(contentsOf: root.appendingPathComponent("data").appendingPathComponent(file), encoding: .utf8)
        XCTAssertFalse(text.contains("\""), "\(file) has quoted fields; the split below would be wrong")
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    /// Every distinct province, district and ward name of both official lists.
    static func allNames() throws -> [String] {
        var names = Set<String>()
        for file in ["dvhc-2024.csv", "dvhc-2025.csv"] {
            for row in try rows(file) {
                for column in ["province_name", "district_name", "ward_name"] {
                    if let name = row[column], !name.isEmpty { names.insert(name) }
                }
            }
        }
        return names.sorted()
    }
}

/// Parsed CSV files, read once per test run.
final class RowCache: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [[String: String]]] = [:]

    func rows(_ file: String, read: () throws -> [[String: String]]) throws -> [[String: String]] {
        lock.lock()
        defer { lock.unlock() }
        if let rows = files[file] { return rows }
        let rows = try read()
        files[file] = rows
        return rows
    }
}

/// SplitMix64: a tiny seeded generator so random tests are the same on every run.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// Any finite Double, sign and exponent included.
    mutating func anyFiniteDouble() -> Double {
        while true {
            let d = Double(bitPattern: next())
            if d.isFinite { return d }
        }
    }
}

extension Result {
    var value: Success? { if case .success(let v) = self { return v } else { return nil } }
    var error: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
