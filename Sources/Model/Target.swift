import Diagnostics
import VietText

/// The five target rules of INPUT.md.
public enum TargetRule: String, Sendable, CaseIterable {
    /// Fall by at least V percentage points a year on average.
    case giamDiemMoiNam = "giam_diem_moi_nam"
    /// Fall by at least V % of the `from` value by `to`, on a straight path.
    case giamPhanTramDauKy = "giam_phan_tram_dau_ky"
    /// Fall by at least V in each year from `from` to `to`.
    case giamSoLuong = "giam_so_luong"
    /// At most V by `to`, on a straight path from the `from` value.
    case toiDa = "toi_da"
    /// At least V by `to`, on a straight path from the `from` value.
    case toiThieu = "toi_thieu"

    /// Vietnamese wording shown beside the target.
    public var label: String {
        switch self {
        case .giamDiemMoiNam: return "Giảm bình quân mỗi năm"
        case .giamPhanTramDauKy: return "Giảm so với đầu kỳ"
        case .giamSoLuong: return "Giảm mỗi năm"
        case .toiDa: return "Tối đa"
        case .toiThieu: return "Tối thiểu"
        }
    }
}

/// Which units a target row applies to. More specific rows win: code, tag, level, `*`.
public enum TargetScope: Sendable, Hashable {
    case all
    case level(UnitLevel)
    case tag(String)
    case code(String)

    public var specificity: Int {
        switch self {
        case .all: return 0
        case .level: return 1
        case .tag: return 2
        case .code: return 3
        }
    }

    public func applies(to unit: OrgUnit) -> Bool {
        switch self {
        case .all: return true
        case .level(let l): return unit.level == l
        case .tag(let t): return unit.tags.contains(t)
        case .code(let c): return unit.code == c
        }
    }

    /// As written in targets.csv.
    public var text: String {
        switch self {
        case .all: return "*"
        case .level(let l): return "level:\(l.rawValue)"
        case .tag(let t): return "tag:\(t)"
        case .code(let c): return c
        }
    }
}

/// One row of targets.csv with `from`/`to` defaults applied. `index` is its row order.
public final class Target: Sendable, Identifiable {
    public let index: Int
    public let indicator: Int
    public let scope: TargetScope
    public let rule: TargetRule
    public let value: Double
    public let from: Int
    public let to: Int
    public let group: String?
    /// As written ("Kế hoạch số 417/KH-UBND ngày 18/7/2022").
    public let source: String?
    /// The reference parsed from `source`, used to link the document that set the target.
    public let sourceReference: DocumentReference?
    public let location: SourceLocation

    public var id: Int { index }

    public init(index: Int, indicator: Int, scope: TargetScope, rule: TargetRule, value: Double, from: Int, to: Int,
                group: String?, source: String?, sourceReference: DocumentReference?, location: SourceLocation) {
        self.index = index
        self.indicator = indicator
        self.scope = scope
        self.rule = rule
        self.value = value
        self.from = from
        self.to = to
        self.group = group
        self.source = source
        self.sourceReference = sourceReference
        self.location = location
    }
}
