/// Combined statuses per unit × indicator × round and per unit × round, packed in byte arrays so the
/// overview pages count 10,000 units without touching their checks.
struct StatusTable: Sendable {
    let unitCount: Int
    let indicatorCount: Int
    let yearCount: Int
    /// Codes ordered so that combining is `max`: 0 none, 1 met, 2 noData, 3 notMet.
    private(set) var indicatorCodes: [UInt8]
    private(set) var unitCodes: [UInt8]
    /// True where some check of that unit, indicator and round is behind pace.
    private(set) var behind: [Bool]

    init(unitCount: Int, indicatorCount: Int, yearCount: Int) {
        self.unitCount = unitCount
        self.indicatorCount = indicatorCount
        self.yearCount = yearCount
        indicatorCodes = [UInt8](repeating: 0, count: unitCount * indicatorCount * yearCount)
        unitCodes = [UInt8](repeating: 0, count: unitCount * yearCount)
        behind = [Bool](repeating: false, count: indicatorCodes.count)
    }

    static func code(_ s: TargetStatus) -> UInt8 {
        switch s {
        case .met: return 1
        case .noData: return 2
        case .notMet: return 3
        }
    }

    static func status(_ code: UInt8) -> TargetStatus? {
        switch code {
        case 1: return .met
        case 2: return .noData
        case 3: return .notMet
        default: return nil
        }
    }

    private func slot(_ unit: Int, _ indicator: Int, _ yearIndex: Int) -> Int {
        (unit * indicatorCount + indicator) * yearCount + yearIndex
    }

    mutating func record(_ check: TargetCheck, indicator: Int, yearIndex: Int) {
        let code = StatusTable.code(check.effectiveStatus)
        let s = slot(check.unit, indicator, yearIndex)
        indicatorCodes[s] = max(indicatorCodes[s], code)
        if check.pace == .behind { behind[s] = true }
        let us = check.unit * yearCount + yearIndex
        unitCodes[us] = max(unitCodes[us], code)
    }

    func indicatorStatus(unit: Int, indicator: Int, yearIndex: Int) -> TargetStatus? {
        StatusTable.status(indicatorCodes[slot(unit, indicator, yearIndex)])
    }

    /// The packed code (0 none, 1 met, 2 noData, 3 notMet), for counting without optionals.
    func code(unit: Int, indicator: Int, yearIndex: Int) -> Int {
        Int(indicatorCodes[slot(unit, indicator, yearIndex)])
    }

    func isBehind(unit: Int, indicator: Int, yearIndex: Int) -> Bool {
        behind[slot(unit, indicator, yearIndex)]
    }

    func unitStatus(unit: Int, yearIndex: Int) -> TargetStatus? {
        StatusTable.status(unitCodes[unit * yearCount + yearIndex])
    }
}
