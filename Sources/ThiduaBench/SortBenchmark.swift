import Foundation
import VietText

/// Sorts the commune names of `dvhc-2024.csv` 20 times with `sortedVietnamese` (keys included) and
/// reports the median, in Vietnamese then English. Meaningful only in a release build.
func runSortBenchmark(csvPath: String) throws -> String {
    let names = try loadWardNames(csvPath: csvPath)
    let runs = 20
    var timings: [Double] = []
    var checksum = 0
    let clock = ContinuousClock()
    for _ in 0..<runs {
        let start = clock.now
        let sorted = names.sortedVietnamese(by: { $0 })
        let elapsed = clock.now - start
        checksum &+= sorted.first?.utf8.count ?? 0 // keeps the optimiser from dropping the sort
        let parts = elapsed.components
        timings.append(Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15)
    }
    timings.sort()
    let median = (timings[(runs - 1) / 2] + timings[runs / 2]) / 2
    let count = VietNumber.format(Double(names.count), decimals: 0)
    let vi = "Sắp xếp \(count) tên xã: trung vị \(VietNumber.format(median, decimals: 1)) ms (\(runs) lần)"
    let en = "Sorting \(names.count) commune names: median \(VietNumber.format(median, decimals: 1, style: .plain)) ms (\(runs) runs, min \(VietNumber.format(timings[0], decimals: 1, style: .plain)) ms)"
    _ = checksum
    return vi + "\n" + en
}

private struct BenchmarkInputError: Error, CustomStringConvertible {
    let description: String
}

// The official lists have no quoted fields; a quote would mean a different file, so refuse it.
private func loadWardNames(csvPath: String) throws -> [String] {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: csvPath)))
    let text: String
    switch VietTextDecoder.decode(bytes) {
    case .success(let decoded): text = decoded.text
    case .failure(let error): throw BenchmarkInputError(description: error.message)
    }
    var lines = text.split(whereSeparator: \.isNewline)
    guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false),
          let column = header.firstIndex(of: "ward_name") else {
        throw BenchmarkInputError(description: "\(csvPath): thiếu cột ward_name ở dòng đầu.")
    }
    lines.removeFirst()
    var names: [String] = []
    for (index, line) in lines.enumerated() {
        if line.contains("\"") {
            throw BenchmarkInputError(description: "\(csvPath) dòng \(index + 2): có dấu ngoặc kép, không đọc được ở đây.")
        }
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
        if column < fields.count, !fields[column].isEmpty { names.append(String(fields[column])) }
    }
    return names
}
