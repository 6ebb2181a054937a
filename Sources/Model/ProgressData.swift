/// Values of one year for every unit × indicator, stored flat so a national site
/// (10,000 units × 10 indicators) costs under a megabyte a year. NaN means no value.
public struct YearTable: Sendable {
    public let unitCount: Int
    public let indicatorCount: Int
    public private(set) var storage: [Double]

    public init(unitCount: Int, indicatorCount: Int) {
        self.unitCount = unitCount
        self.indicatorCount = indicatorCount
        self.storage = [Double](repeating: .nan, count: unitCount * indicatorCount)
    }

    public subscript(unit: Int, indicator: Int) -> Double? {
        get {
            let v = storage[unit * indicatorCount + indicator]
            return v.isNaN ? nil : v
        }
        set { storage[unit * indicatorCount + indicator] = newValue ?? .nan }
    }
}

/// Figures as given in `progress/YYYY.csv`, one table per round, plus each row's note.
public struct ProgressData: Sendable {
    /// Rounds present, ascending.
    public private(set) var years: [Int] = []
    public private(set) var given: [Int: YearTable] = [:]
    /// Note (`ghi_chu`) of a unit's row in a year, keyed by year then unit index.
    public var notes: [Int: [Int: String]] = [:]
    /// Source (`nguon`) of a unit's row in a year.
    public var sources: [Int: [Int: String]] = [:]
    public let unitCount: Int
    public let indicatorCount: Int

    public init(unitCount: Int, indicatorCount: Int) {
        self.unitCount = unitCount
        self.indicatorCount = indicatorCount
    }

    public mutating func addYear(_ year: Int, table: YearTable) {
        given[year] = table
        years = given.keys.sorted()
    }

    public func value(unit: Int, indicator: Int, year: Int) -> Double? {
        given[year]?[unit, indicator]
    }
}
