import Charts
import Compute

extension Optional where Wrapped == TargetStatus {
    /// The status as the chart module draws it; `.none` when nothing was evaluated.
    var chart: ChartStatus {
        switch self {
        case .met?: return .met
        case .notMet?: return .notMet
        case .noData?: return .noData
        case nil: return .none
        }
    }
}
