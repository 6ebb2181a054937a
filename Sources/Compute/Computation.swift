/// Values, target checks and combined statuses of a whole site; every query is by index.
public struct Computation: Sendable {
    /// Given and derived values of every round.
    public let values: ValueStore
    /// Latest round in which any unit has any value (given or derived).
    public let latestYear: Int?
    private let targetIndicator: [Int]
    private let applicable: [[Int]]
    private let checksByUnit: [[TargetCheck]]
    private let statusTable: StatusTable
    /// `allChecks.count` without walking the checks.
    public let checkCount: Int

    init(values: ValueStore, targetIndicator: [Int], applicable: [[Int]], checksByUnit: [[TargetCheck]],
         statusTable: StatusTable, latestYear: Int?) {
        self.values = values
        self.targetIndicator = targetIndicator
        self.applicable = applicable
        self.checksByUnit = checksByUnit
        checkCount = checksByUnit.reduce(0) { $0 + $1.count }
        self.statusTable = statusTable
        self.latestYear = latestYear
    }

    /// Target indices that apply to the unit after specificity resolution, in targets.csv order.
    public func applicableTargets(unit: Int) -> [Int] { applicable[unit] }

    /// The unit's checks, sorted by target index then year.
    public func checks(unit: Int) -> [TargetCheck] { checksByUnit[unit] }

    /// The unit's checks of targets on one indicator, sorted by target index then year.
    public func checks(unit: Int, indicator: Int) -> [TargetCheck] {
        checksByUnit[unit].filter { targetIndicator[$0.target] == indicator }
    }

    /// The unit's checks of one target, in year order.
    public func checks(unit: Int, target: Int) -> [TargetCheck] {
        checksByUnit[unit].filter { $0.target == target }
    }

    /// Every check, sorted by unit index, target index, year (the rows of du-lieu/muc-tieu.csv).
    /// Read through, not copied: the open-data tables walk it while the largest pages are in memory,
    /// and a national site's list at 4× the fixture is about 24 MB.
    public var allChecks: some Collection<TargetCheck> { checksByUnit.joined() }

    /// Effective statuses of the unit's targets on the indicator that year, combined (any notMet → notMet,
    /// else any noData → noData, else met); nil when none was evaluated that year.
    public func indicatorStatus(unit: Int, indicator: Int, year: Int) -> TargetStatus? {
        guard let yi = values.yearIndex(of: year) else { return nil }
        return statusTable.indicatorStatus(unit: unit, indicator: indicator, yearIndex: yi)
    }

    /// The same combination over all the unit's targets that year.
    public func unitStatus(unit: Int, year: Int) -> TargetStatus? {
        guard let yi = values.yearIndex(of: year) else { return nil }
        return statusTable.unitStatus(unit: unit, yearIndex: yi)
    }

    /// `unitStatus` at the latest round in which the unit has any check.
    public func latestStatus(unit: Int) -> (year: Int, status: TargetStatus)? {
        for yi in values.years.indices.reversed() {
            if let s = statusTable.unitStatus(unit: unit, yearIndex: yi) { return (values.years[yi], s) }
        }
        return nil
    }

    /// How many units have each `indicatorStatus` that year; every status is present, zero when none.
    public func statusCounts(indicator: Int, year: Int) -> [TargetStatus: Int] {
        var byCode = [Int](repeating: 0, count: 4)
        if let yi = values.yearIndex(of: year) {
            for u in 0..<values.unitCount { byCode[statusTable.code(unit: u, indicator: indicator, yearIndex: yi)] += 1 }
        }
        return [.met: byCode[1], .noData: byCode[2], .notMet: byCode[3]]
    }

    /// Units whose indicatorStatus is notMet or that have a check on the indicator behind pace that year,
    /// by unit index.
    public func behindSchedule(indicator: Int, year: Int) -> [Int] {
        guard let yi = values.yearIndex(of: year) else { return [] }
        return (0..<values.unitCount).filter { u in
            statusTable.indicatorStatus(unit: u, indicator: indicator, yearIndex: yi) == .notMet
                || statusTable.isBehind(unit: u, indicator: indicator, yearIndex: yi)
        }
    }
}
