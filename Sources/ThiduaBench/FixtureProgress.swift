import VietText
import Foundation

/// The fixture's indicators, in the column order of the progress files.
enum FixtureIndicators {
    struct Row {
        let id: String, name: String, unit: String, better: String, decimals: String, aggregate: String
    }

    static let rows: [Row] = [
        Row(id: "tong_so_ho", name: "Tổng số hộ dân cư", unit: "hộ", better: "tang", decimals: "0", aggregate: "sum"),
        Row(id: "so_ho_ngheo", name: "Số hộ nghèo", unit: "hộ", better: "giam", decimals: "0", aggregate: "sum"),
        Row(id: "ty_le_ho_ngheo", name: "Tỷ lệ hộ nghèo đa chiều", unit: "%", better: "giam", decimals: "2",
            aggregate: "ratio:so_ho_ngheo/tong_so_ho"),
        Row(id: "so_ho_can_ngheo", name: "Số hộ cận nghèo", unit: "hộ", better: "giam", decimals: "0", aggregate: "sum"),
        Row(id: "ty_le_ho_can_ngheo", name: "Tỷ lệ hộ cận nghèo", unit: "%", better: "giam", decimals: "2",
            aggregate: "ratio:so_ho_can_ngheo/tong_so_ho"),
        Row(id: "ho_thoat_ngheo", name: "Số hộ thoát nghèo trong năm", unit: "hộ", better: "tang", decimals: "0", aggregate: "sum"),
        Row(id: "nha_dai_doan_ket", name: "Số nhà Đại đoàn kết xây mới, sửa chữa", unit: "căn", better: "tang", decimals: "0", aggregate: "sum"),
        Row(id: "lao_dong_viec_lam_moi", name: "Số lao động có việc làm mới", unit: "người", better: "tang", decimals: "0", aggregate: "sum"),
        Row(id: "thu_nhap_binh_quan", name: "Thu nhập bình quân đầu người", unit: "triệu đồng/năm", better: "tang", decimals: "1",
            aggregate: "none"),
    ]

    static func csv() -> String {
        var c = CSVText()
        c.row(["id", "name", "unit", "better", "decimals", "aggregate"])
        for r in rows { c.row([r.id, r.name, r.unit, r.better, r.decimals, r.aggregate]) }
        return c.text
    }
}

/// One reporting unit's figures for every year of the period, computed from its own seed so that
/// they do not depend on how many rounds are written.
struct UnitSeries {
    static let firstYear = 2021
    static let lastYear = 2025

    var households: [Int] = []
    var poor: [Int] = []
    var nearPoor: [Int] = []
    var leftPoverty: [Int] = []
    var houses: [Int] = []
    var newJobs: [Int] = []
    var income: [Double?] = []

    init(unit: FixtureUnit) {
        var rng = SplitMix64(key: "progress:" + unit.code)
        var h: Double
        switch unit.level {
        case .huyen: h = Double(rng.int(in: 1_800...6_500))
        default:
            if unit.name.hasPrefix("Phường") { h = Double(rng.int(in: 2_200...9_500)) }
            else if unit.name.hasPrefix("Thị trấn") { h = Double(rng.int(in: 1_500...5_200)) }
            else if unit.region == .northMountain || unit.region == .centralHighlands { h = Double(rng.int(in: 450...2_300)) }
            else { h = Double(rng.int(in: 900...3_900)) }
        }
        var rate = unit.baseRate
        var near = min(rate * rng.double(in: 0.45...1.05), max(0.3, 92 - rate))
        var inc = max(14, min(95, 62 - rate * 1.05 + rng.double(in: -8...12)))
        var previousPoor = (h * rate / 100 * rng.double(in: 1.08...1.3)).rounded()
        let jobBase = Double(rng.int(in: 4...max(5, Int(h) / 14)))
        for _ in UnitSeries.firstYear...UnitSeries.lastYear {
            let p = Int((h * rate / 100).rounded())
            let n = min(Int((h * near / 100).rounded()), Int(h) - p)
            households.append(Int(h))
            poor.append(p)
            nearPoor.append(n)
            let fresh = (previousPoor * rng.double(in: 0.02...0.07)).rounded()
            leftPoverty.append(max(0, Int(previousPoor) - p + Int(fresh)))
            houses.append(rng.int(in: 0...max(1, p / 35)))
            newJobs.append(Int((jobBase * rng.double(in: 0.7...1.3)).rounded()))
            income.append(rng.chance(0.02) ? nil : inc)
            previousPoor = Double(p)
            // Most places improve each year; a few slip back after floods or a failed harvest.
            h *= rng.double(in: 1.004...1.024)
            rate *= rng.chance(0.06) ? rng.double(in: 1.0...1.12) : rng.double(in: 0.68...0.95)
            near *= rng.double(in: 0.82...1.03)
            inc *= rng.double(in: 1.03...1.12)
        }
    }
}

/// Writes `progress/YYYY.csv`, varying the layouts offices really send (names as headers, `;`,
/// CRLF, unit names instead of codes, `%` signs) so the fixture exercises the readers too.
enum FixtureProgress {
    static func write(years: [Int], units: FixtureUnits, into writer: inout FixtureWriter) throws -> Int {
        let unique = uniqueNames(units)
        let series = units.reporting.map { UnitSeries(unit: units.all[$0]) }
        var rows = 0
        for year in years {
            let style = year - UnitSeries.firstYear
            let byName = style == 1
            var csv = CSVText(delimiter: byName ? ";" : ",")
            let ids = FixtureIndicators.rows.map { byName ? $0.name : $0.id }
            csv.row(["unit"] + ids + ["note", "source"])
            let y = year - UnitSeries.firstYear
            for (k, ui) in units.reporting.enumerated() {
                let u = units.all[ui]
                let s = series[k]
                var rng = SplitMix64(key: "round:\(year):" + u.code)
                let unitCell = (rng.chance(0.04) && unique.contains(ui)) ? u.name : u.code
                let h = s.households[y], p = s.poor[y], n = s.nearPoor[y]
                let percentSign = style == 3 ? "%" : ""
                let rate = rng.chance(0.5) ? VietNumber.format(100 * Double(p) / Double(h), decimals: 2) + percentSign : ""
                let nearRate = rng.chance(0.5) ? VietNumber.format(100 * Double(n) / Double(h), decimals: 2) + percentSign : ""
                let income = s.income[y].map { VietNumber.format($0, decimals: 1) } ?? ""
                let note = rng.chance(0.01) ? "Số liệu sau phúc tra cuối năm \(year)" : ""
                let source = rng.chance(0.03) ? "Kết quả rà soát hộ nghèo, hộ cận nghèo năm \(year)" : ""
                csv.row([unitCell, VietNumber.format(Double(h), decimals: 0), VietNumber.format(Double(p), decimals: 0), rate, VietNumber.format(Double(n), decimals: 0), nearRate,
                         VietNumber.format(Double(s.leftPoverty[y]), decimals: 0), VietNumber.format(Double(s.houses[y]), decimals: 0), VietNumber.format(Double(s.newJobs[y]), decimals: 0), income,
                         note, source])
                rows += 1
            }
            var text = csv.text
            if style == 2 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            try writer.write("progress/\(year).csv", text)
        }
        return rows
    }

    /// Units whose name cannot match any other unit's, even ignoring marks, case and punctuation,
    /// so writing the name instead of the code is never ambiguous.
    static func uniqueNames(_ units: FixtureUnits) -> Set<Int> {
        var count: [String: Int] = [:]
        let keys = units.all.map { VietSlug.make($0.name) }
        for k in keys { count[k, default: 0] += 1 }
        var out = Set<Int>()
        for (i, k) in keys.enumerated() where count[k] == 1 { out.insert(i) }
        return out
    }
}
