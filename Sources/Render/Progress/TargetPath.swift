import Compute
import Model

/// The level a target asks a unit to be at in each year, drawn as the dashed path of a trend chart.
/// It restates the rules of INPUT.md as levels: the rule compares changes, the chart shows values.
enum TargetPath {
    /// The required level in year `y`, nil outside F…T or when a value the path starts from is missing.
    static func level(_ t: Target, unit: Int, year y: Int, values: ValueStore) -> Double? {
        let F = t.from, T = t.to, V = t.value
        guard y >= F, y <= T else { return nil }
        let v: (Int) -> Double? = { values.number(unit: unit, indicator: t.indicator, year: $0) }
        switch t.rule {
        case .giamDiemMoiNam:
            return v(F).map { $0 - V * Double(y - F) }
        case .giamPhanTramDauKy:
            guard let vF = v(F) else { return nil }
            let full = vF * V / 100
            return T == F ? vF - full : vF - full * Double(y - F) / Double(T - F)
        case .giamSoLuong:
            return v(y - 1).map { $0 - V }
        case .toiDa, .toiThieu:
            if y == T { return V }
            return v(F).map { $0 + (V - $0) * Double(y - F) / Double(T - F) }
        }
    }

    /// Years a chart of these targets spans: every round plus every year from F to T of each target.
    static func years(rounds: [Int], targets: [Target]) -> [Int] {
        var all = Set(rounds)
        for t in targets where t.from <= t.to { all.formUnion(t.from...t.to) }
        return all.sorted()
    }
}
