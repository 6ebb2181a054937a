/// Default paints, written as presentation attributes so that any site CSS rule overrides them.
/// Text colours keep at least 4.5:1 on white and graphic colours at least 3:1 (checked by tests).
enum Palette {
    static let text = "#1a1a1a"
    static let axisText = "#4d4d4d"
    static let grid = "#e0e0e0"
    static let axis = "#767676"
    static let halo = "#ffffff"
    static let target = "#b35900"
    static let actualSeries = ["#1f5f99", "#6a3d9a", "#00695c", "#8d4e00"]

    static func status(_ status: ChartStatus) -> String {
        switch status {
        case .met: return "#2e7d32"
        case .notMet: return "#c62828"
        case .noData: return "#757575"
        case .none: return actualSeries[0]
        }
    }

    static func actual(_ index: Int) -> String {
        actualSeries[index % actualSeries.count]
    }
}

/// Sizes shared by all charts, in viewBox units.
enum Metrics {
    static let fontSize = 12.0
    static let legendRowHeight = 18.0
    static let margin = 6.0
}
