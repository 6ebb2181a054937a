import ArgumentParser
import Foundation

/// Benchmarks are commands, never timed tests: `make bench` runs them in a release build.
struct ThiduaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua-bench",
        abstract: "Đo tốc độ và sinh dữ liệu thử quy mô quốc gia.",
        subcommands: [Sort.self, Fixture.self])
}

/// Resolves the official unit list whether run from the repo (../shared) or given explicitly.
func defaultDVHCPath() -> String {
    let candidates = ["../shared/data/dvhc-2024.csv", "shared/data/dvhc-2024.csv", "/work/shared/data/dvhc-2024.csv"]
    return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
}

struct Sort: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Thời gian sắp xếp 10.035 tên xã theo thứ tự từ điển tiếng Việt.")
    @Option(help: "Đường dẫn dvhc-2024.csv.") var dvhc = defaultDVHCPath()
    func run() throws { print(try runSortBenchmark(csvPath: dvhc)) }
}

struct Fixture: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sinh thư mục nội dung quy mô quốc gia từ danh mục đơn vị hành chính.")
    @Option(help: "Đường dẫn dvhc-2024.csv.") var dvhc = defaultDVHCPath()
    @Option(help: "Thư mục nội dung sẽ tạo.") var out: String
    @Option(name: .customLong("model-scale"), help: "Bội số của 3.000 điển hình.") var modelScale = 1
    @Option(name: .customLong("award-scale"), help: "Bội số của 30.000 khen thưởng.") var awardScale = 1
    @Option(help: "Số đợt báo cáo hằng năm.") var rounds = 4
    @Flag(name: .customLong("extra-round"), help: "Thêm tệp số liệu của năm tiếp theo.") var extraRound = false
    func run() throws {
        print(try generateNationalFixture(dvhcPath: dvhc, output: out, modelScale: modelScale, awardScale: awardScale,
                                          rounds: rounds, extraRound: extraRound))
    }
}

ThiduaBench.main()
