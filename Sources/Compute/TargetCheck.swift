/// Outcome of a target in a year; raw values are the codes of `du-lieu/muc-tieu.csv`.
public enum TargetStatus: String, Sendable, CaseIterable {
    case met = "dat"
    case notMet = "chua_dat"
    case noData = "chua_co_so_lieu"

    /// Vietnamese wording shown on pages.
    public var label: String {
        switch self {
        case .met: return "đạt"
        case .notMet: return "chưa đạt"
        case .noData: return "chưa có số liệu"
        }
    }

    /// Combines statuses of several targets: any notMet wins, then any noData, else met; nil for none.
    public static func combined<S: Sequence>(_ statuses: S) -> TargetStatus? where S.Element == TargetStatus {
        var result: TargetStatus?
        for s in statuses {
            switch s {
            case .notMet: return .notMet
            case .noData: result = .noData
            case .met: if result == nil { result = .met }
            }
        }
        return result
    }

    /// Alternatives of a group: any met wins, then any noData, else notMet; nil for none.
    public static func alternative<S: Sequence>(_ statuses: S) -> TargetStatus? where S.Element == TargetStatus {
        var result: TargetStatus?
        for s in statuses {
            switch s {
            case .met: return .met
            case .noData: result = .noData
            case .notMet: if result == nil { result = .notMet }
            }
        }
        return result
    }
}

/// Whether the average pace so far, kept up, reaches the requirement at the target's `to` year.
public enum Pace: String, Sendable, CaseIterable {
    case onCourse = "dung_tien_do"
    case behind = "cham_tien_do"

    /// Vietnamese wording shown on pages.
    public var label: String {
        switch self {
        case .onCourse: return "đúng tiến độ"
        case .behind: return "chậm tiến độ"
        }
    }
}

/// One unit × target × year evaluation.
public struct TargetCheck: Sendable, Equatable {
    /// Index in `Site.targets`.
    public let target: Int
    /// Index in `Site.units`.
    public let unit: Int
    public let year: Int
    /// The change (or, for toi_da/toi_thieu, the level) the rule requires in that year.
    public let required: Double?
    /// The change (or level) achieved.
    public let achieved: Double?
    public let status: TargetStatus
    /// ≥ 0: met by that much; < 0: short by that much, in the indicator's unit (points for %).
    public let margin: Double?
    /// Only before the target's `to` year, when the status is computable.
    public let pace: Pace?
    /// Status of the target's group of alternatives for this unit and year; nil outside a group.
    public let groupStatus: TargetStatus?

    /// The status that counts: the group's when the target is one of several alternatives.
    public var effectiveStatus: TargetStatus { groupStatus ?? status }

    public init(target: Int, unit: Int, year: Int, required: Double?, achieved: Double?, status: TargetStatus,
                margin: Double?, pace: Pace?, groupStatus: TargetStatus?) {
        self.target = target
        self.unit = unit
        self.year = year
        self.required = required
        self.achieved = achieved
        self.status = status
        self.margin = margin
        self.pace = pace
        self.groupStatus = groupStatus
    }

    /// The same check with its group's status set.
    func withGroupStatus(_ s: TargetStatus?) -> TargetCheck {
        TargetCheck(target: target, unit: unit, year: year, required: required, achieved: achieved, status: status,
                    margin: margin, pace: pace, groupStatus: s)
    }
}
