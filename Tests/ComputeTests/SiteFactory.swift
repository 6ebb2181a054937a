import Diagnostics
import Model

/// Builds small `Site` values in code: units, indicators, targets and rounds by code and id.
struct SiteFactory {
    struct UnitSpec {
        let code: String
        let level: UnitLevel
        let parent: String?
        let tags: [String]
    }

    struct TargetSpec {
        let indicator: String
        let scope: TargetScope
        let rule: TargetRule
        let value: Double
        let from: Int?
        let to: Int?
        let group: String?
    }

    var baselineYear = 2021
    var periodEnd = 2025
    var units: [UnitSpec] = []
    var indicators: [(id: String, unit: String, direction: Direction, aggregation: Aggregation)] = []
    var targets: [TargetSpec] = []
    /// year → unit code → indicator id → value.
    var rounds: [Int: [String: [String: Double]]] = [:]

    mutating func unit(_ code: String, _ level: UnitLevel, parent: String? = nil, tags: [String] = []) {
        units.append(UnitSpec(code: code, level: level, parent: parent, tags: tags))
    }

    mutating func indicator(_ id: String, unit: String = "%", direction: Direction = .giam,
                            _ aggregation: Aggregation = .none) {
        indicators.append((id, unit, direction, aggregation))
    }

    mutating func target(_ indicator: String, _ rule: TargetRule, _ value: Double, scope: TargetScope = .all,
                         from: Int? = nil, to: Int? = nil, group: String? = nil) {
        targets.append(TargetSpec(indicator: indicator, scope: scope, rule: rule, value: value, from: from, to: to,
                                  group: group))
    }

    /// Sets values of one unit in one round.
    mutating func round(_ year: Int, _ code: String, _ values: [String: Double]) {
        rounds[year, default: [:]][code, default: [:]].merge(values) { _, new in new }
    }

    /// Declares a round (its file exists) even when it gives no value.
    mutating func emptyRound(_ year: Int) {
        rounds[year, default: [:]] = rounds[year] ?? [:]
    }

    func site() -> Site {
        let unitValues = units.enumerated().map { i, u in
            OrgUnit(index: i, code: u.code, name: "Đơn vị \(u.code)", level: u.level, parentCode: u.parent, tags: u.tags,
                 slug: u.code.lowercased(), location: SourceLocation(file: "units.csv", line: i + 2))
        }
        let directory = UnitDirectory(units: unitValues)
        let indicatorValues = indicators.enumerated().map { i, d in
            Indicator(index: i, id: d.id, name: d.id, unit: d.unit, direction: d.direction,
                      decimals: d.unit == "%" ? 2 : 0, aggregation: d.aggregation,
                      location: SourceLocation(file: "indicators.csv", line: i + 2))
        }
        let indicatorIndex = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        let targetValues = targets.enumerated().map { i, t in
            Target(index: i, indicator: indicatorIndex[t.indicator]!, scope: t.scope, rule: t.rule, value: t.value,
                   from: t.from ?? baselineYear, to: t.to ?? periodEnd, group: t.group, source: nil,
                   sourceReference: nil, location: SourceLocation(file: "targets.csv", line: i + 2))
        }
        var progress = ProgressData(unitCount: unitValues.count, indicatorCount: indicatorValues.count)
        for (year, rows) in rounds {
            var table = YearTable(unitCount: unitValues.count, indicatorCount: indicatorValues.count)
            for (code, values) in rows {
                for (id, v) in values { table[directory.byCode[code]!, indicatorIndex[id]!] = v }
            }
            progress.addYear(year, table: table)
        }
        let config = SiteConfig(title: "Thử", organization: "UBND tỉnh", baseURL: "https://example.vn/",
                                periodStart: baselineYear, periodEnd: periodEnd, baselineYear: baselineYear)
        return Site(config: config, units: directory, indicators: indicatorValues, targets: targetValues,
                    progress: progress, awards: [], models: [], documents: [], pages: [], home: nil, narratives: [:],
                    liveBlocks: [:], media: [], contentRoot: "")
    }

    /// Index of a unit code in the built site (units keep the order they were declared in).
    func u(_ code: String) -> Int { units.firstIndex { $0.code == code }! }

    /// Index of an indicator id.
    func i(_ id: String) -> Int { indicators.firstIndex { $0.id == id }! }
}
