import Diagnostics

/// The kinds of units that take part, in the order the unit tree lists them.
public enum UnitLevel: String, Sendable, CaseIterable, Comparable, Choice {
    case tinh, huyen, xa, thon
    case coQuan = "co_quan"
    case doanThe = "doan_the"
    case doanhNghiep = "doanh_nghiep"
    case htx

    public var label: String {
        switch self {
        case .tinh: return "Cấp tỉnh"
        case .huyen: return "Cấp huyện"
        case .xa: return "Cấp xã"
        case .thon: return "Thôn, tổ dân phố"
        case .coQuan: return "Cơ quan"
        case .doanThe: return "Đoàn thể"
        case .doanhNghiep: return "Doanh nghiệp"
        case .htx: return "Hợp tác xã"
        }
    }

    /// Administrative levels form the tỉnh → huyện → xã → thôn tree; the others hang beside it.
    public var isAdministrative: Bool { rank < 4 }

    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: UnitLevel, b: UnitLevel) -> Bool { a.rank < b.rank }
}

/// One unit. `index` is its position in `UnitDirectory.units`, used as a compact key by compute.
public final class OrgUnit: Sendable, Identifiable {
    public let index: Int
    public let code: String
    public let name: String
    public let level: UnitLevel
    public let parentCode: String?
    public let tags: [String]
    /// URL segment under `don-vi/`, unique across units.
    public let slug: String
    public let location: SourceLocation

    public var id: String { code }

    public init(index: Int, code: String, name: String, level: UnitLevel, parentCode: String?, tags: [String],
                slug: String, location: SourceLocation) {
        self.index = index
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.tags = tags
        self.slug = slug
        self.location = location
    }
}
