import Diagnostics

/// Which units a live chart or table shows.
public enum UnitSelection: Sendable, Equatable {
    case unit(Int)
    case children(Int)
    case level(UnitLevel)
    case list([Int])
}

/// A ```thidua-chart``` or ```thidua-table``` block inside a document or page: figures that update
/// themselves each round. Keyed by the block's index within its Markdown text.
public struct LiveBlock: Sendable {
    public enum Kind: String, Sendable { case chart, table }
    public enum ChartStyle: String, Sendable { case line, bar }

    public let kind: Kind
    public let indicator: Int
    public let units: UnitSelection
    /// Years to show; nil means every round.
    public let years: [Int]?
    public let title: String?
    public let style: ChartStyle
    public let location: SourceLocation

    public init(kind: Kind, indicator: Int, units: UnitSelection, years: [Int]?, title: String?, style: ChartStyle,
                location: SourceLocation) {
        self.kind = kind
        self.indicator = indicator
        self.units = units
        self.years = years
        self.title = title
        self.style = style
        self.location = location
    }
}
