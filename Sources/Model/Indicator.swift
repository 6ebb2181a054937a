import Foundation
import Diagnostics
import VietText

/// Which direction is progress.
public enum Direction: String, Sendable {
    /// Lower is better (poverty rate).
    case giam
    /// Higher is better (households out of poverty).
    case tang
}

/// How a unit's missing value is derived from its children.
public enum Aggregation: Sendable, Equatable {
    case sum
    /// 100 × NUM / DEN, from the unit's own NUM and DEN, else from the children's sums.
    case ratio(numerator: String, denominator: String)
    case none
}

/// A measured indicator (chỉ tiêu). `index` is its position in `Site.indicators`.
public final class Indicator: Sendable, Identifiable {
    public let index: Int
    public let id: String
    public let name: String
    public let unit: String
    public let direction: Direction
    public let decimals: Int
    public let aggregation: Aggregation
    public let location: SourceLocation
    /// Stored: every figure on every page asks it, and trimming a String through Foundation is slow.
    public let isPercent: Bool

    public init(index: Int, id: String, name: String, unit: String, direction: Direction, decimals: Int,
                aggregation: Aggregation, location: SourceLocation) {
        self.index = index
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.decimals = decimals
        self.aggregation = aggregation
        self.location = location
        self.isPercent = Trimming.trimmed(unit, newlines: false) == "%"
    }
}
