/// One figure of a unit, indicator and year, and whether it was derived rather than given.
public struct ComputedValue: Sendable, Equatable {
    public let value: Double
    /// True when the progress file did not give it and it was rolled up or computed from NUM/DEN.
    public let derived: Bool

    public init(value: Double, derived: Bool) {
        self.value = value
        self.derived = derived
    }
}

/// Given and derived values of every round, flat per year (NaN means no value) so a national
/// site stays a few megabytes and lookups never hash.
public struct ValueStore: Sendable {
    /// Rounds present (years of the progress files), ascending.
    public let years: [Int]
    public let unitCount: Int
    public let indicatorCount: Int
    /// Per year index: unitCount × indicatorCount values, unit-major.
    let values: [[Double]]
    /// Per year index: true where the value was derived.
    let derivedFlags: [[Bool]]
    /// `yearSlots[year - firstYear]` is the year index, or -1 for a year with no round.
    private let yearSlots: [Int]
    /// How many values there are, given or derived, over every unit, indicator and round.
    public let count: Int

    init(years: [Int], unitCount: Int, indicatorCount: Int, values: [[Double]], derivedFlags: [[Bool]]) {
        self.years = years
        self.unitCount = unitCount
        self.indicatorCount = indicatorCount
        self.values = values
        self.derivedFlags = derivedFlags
        count = values.reduce(0) { total, year in total + year.reduce(0) { $0 + ($1.isNaN ? 0 : 1) } }
        if let first = years.first, let last = years.last {
            var slots = [Int](repeating: -1, count: last - first + 1)
            for (i, y) in years.enumerated() { slots[y - first] = i }
            yearSlots = slots
        } else {
            yearSlots = []
        }
    }

    /// Position of `year` in `years`, or nil when there is no round for it.
    public func yearIndex(of year: Int) -> Int? {
        guard let first = years.first else { return nil }
        let offset = year - first
        guard offset >= 0, offset < yearSlots.count else { return nil }
        let slot = yearSlots[offset]
        return slot < 0 ? nil : slot
    }

    /// The value of a unit's indicator in a round, given or derived; nil when it has none.
    public func value(unit: Int, indicator: Int, year: Int) -> ComputedValue? {
        guard let y = yearIndex(of: year) else { return nil }
        return value(unit: unit, indicator: indicator, yearIndex: y)
    }

    /// Same as `value(unit:indicator:year:)` with the position in `years`, for loops over rounds.
    public func value(unit: Int, indicator: Int, yearIndex y: Int) -> ComputedValue? {
        let slot = unit * indicatorCount + indicator
        let v = values[y][slot]
        return v.isNaN ? nil : ComputedValue(value: v, derived: derivedFlags[y][slot])
    }

    /// The bare number (given or derived) of a unit's indicator in a year, nil when absent.
    public func number(unit: Int, indicator: Int, year: Int) -> Double? {
        guard let y = yearIndex(of: year) else { return nil }
        let v = values[y][unit * indicatorCount + indicator]
        return v.isNaN ? nil : v
    }

    /// A unit's values of one indicator, aligned with `years`.
    public func series(unit: Int, indicator: Int) -> [ComputedValue?] {
        years.indices.map { value(unit: unit, indicator: indicator, yearIndex: $0) }
    }

    /// Whether any unit has any value in the round at `yearIndex`.
    public func hasAnyValue(yearIndex y: Int) -> Bool {
        values[y].contains { !$0.isNaN }
    }
}
