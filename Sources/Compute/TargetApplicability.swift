import Model

/// Which target rows apply to which unit: per indicator and rule the most specific matching row
/// (code > tag > level > `*`), the first in file order among equals.
struct TargetApplicability {
    /// Target indices of each indicator, in file order; built once so a unit never scans all rows.
    let byIndicator: [[Int]]
    private let targets: [Target]
    private let rules = TargetRule.allCases

    init(site: Site) {
        targets = site.targets
        var by = [[Int]](repeating: [], count: site.indicators.count)
        for t in site.targets where t.indicator >= 0 && t.indicator < by.count { by[t.indicator].append(t.index) }
        byIndicator = by
    }

    /// Target indices that apply to `unit`, in targets.csv order.
    func applicable(to unit: OrgUnit) -> [Int] {
        var result: [Int] = []
        // Best row so far per rule of the current indicator; -1 = none.
        var best = [Int](repeating: -1, count: rules.count)
        for rows in byIndicator where !rows.isEmpty {
            for r in best.indices { best[r] = -1 }
            for ti in rows {
                let t = targets[ti]
                guard t.scope.applies(to: unit) else { continue }
                let r = t.rule.ruleSlot
                if best[r] < 0 || t.scope.specificity > targets[best[r]].scope.specificity { best[r] = ti }
            }
            for ti in best where ti >= 0 { result.append(ti) }
        }
        result.sort()
        return result
    }
}

extension TargetRule {
    /// Position in `allCases`, a small array index for per-rule bookkeeping.
    var ruleSlot: Int {
        switch self {
        case .giamDiemMoiNam: return 0
        case .giamPhanTramDauKy: return 1
        case .giamSoLuong: return 2
        case .toiDa: return 3
        case .toiThieu: return 4
        }
    }
}
