/// The evaluation status a chart element shows by shape, text and colour together.
public enum ChartStatus: Sendable, Equatable {
    /// The target is met ("đạt").
    case met
    /// The target is not met ("chưa đạt").
    case notMet
    /// The target cannot be evaluated for lack of data ("chưa có số liệu").
    case noData
    /// No status is attached to this element.
    case none

    /// The status in running Vietnamese text, as used in tooltips.
    public var label: String {
        switch self {
        case .met: return "đạt"
        case .notMet: return "chưa đạt"
        case .noData: return "chưa có số liệu"
        case .none: return ""
        }
    }

    /// The status as a legend entry, capitalised.
    public var legendLabel: String {
        switch self {
        case .met: return "Đạt"
        case .notMet: return "Chưa đạt"
        case .noData: return "Chưa có số liệu"
        case .none: return ""
        }
    }

    /// The CSS class the site's stylesheet can use to recolour this status.
    public var cssClass: String {
        switch self {
        case .met: return "status-dat"
        case .notMet: return "status-chua-dat"
        case .noData: return "status-thieu"
        case .none: return ""
        }
    }

    /// Legend order is fixed so that output does not depend on data order.
    static let legendOrder: [ChartStatus] = [.met, .notMet, .noData]
}
