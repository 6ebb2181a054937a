import Model

/// Entry point: derived values and every target check of a site, computed once per build.
public enum Calculator {
    /// Derives missing values, resolves which targets apply to each unit and evaluates them in every round.
    public static func compute(_ site: Site) -> Computation {
        let values = ValueDerivation.store(for: site)
        let applicability = TargetApplicability(site: site)
        let groupOf = groupIDs(site.targets)
        let unitCount = site.units.count
        let indicatorCount = site.indicators.count
        let yearCount = values.years.count

        var applicable = [[Int]](repeating: [], count: unitCount)
        var checksByUnit = [[TargetCheck]](repeating: [], count: unitCount)
        var statusTable = StatusTable(unitCount: unitCount, indicatorCount: indicatorCount, yearCount: yearCount)

        for unit in site.units.units {
            let u = unit.index
            let targetRows = applicability.applicable(to: unit)
            applicable[u] = targetRows
            guard !targetRows.isEmpty else { continue }
            var checks: [TargetCheck] = []
            for ti in targetRows {
                RuleEvaluation.appendChecks(of: site.targets[ti], unit: u, values: values, to: &checks)
            }
            if targetRows.contains(where: { groupOf[$0] >= 0 }) {
                resolveGroups(&checks, groupOf: groupOf)
            }
            for c in checks {
                guard let yi = values.yearIndex(of: c.year) else { continue }
                statusTable.record(c, indicator: site.targets[c.target].indicator, yearIndex: yi)
            }
            checksByUnit[u] = checks
        }

        let latest = values.years.indices.reversed().first { values.hasAnyValue(yearIndex: $0) }.map { values.years[$0] }
        return Computation(values: values, targetIndicator: site.targets.map(\.indicator), applicable: applicable,
                           checksByUnit: checksByUnit, statusTable: statusTable, latestYear: latest)
    }

    /// Small integer per distinct non-empty group string, -1 for targets outside any group.
    static func groupIDs(_ targets: [Target]) -> [Int] {
        var ids: [String: Int] = [:]
        return targets.map { t in
            guard let g = t.group, !g.isEmpty else { return -1 }
            if let id = ids[g] { return id }
            let id = ids.count
            ids[g] = id
            return id
        }
    }

    /// Sets each group member's groupStatus from the members checked in the same year.
    static func resolveGroups(_ checks: inout [TargetCheck], groupOf: [Int]) {
        // Only members are compared, so units with many ungrouped checks stay linear.
        let members = checks.indices.filter { groupOf[checks[$0].target] >= 0 }
        let keys = members.map { (group: groupOf[checks[$0].target], year: checks[$0].year, status: checks[$0].status) }
        let combined = keys.map { key in
            TargetStatus.alternative(keys.lazy.filter { $0.group == key.group && $0.year == key.year }.map(\.status))
        }
        for (k, i) in members.enumerated() { checks[i] = checks[i].withGroupStatus(combined[k]) }
    }
}
