import Diagnostics
import VietText

public enum RecipientType: String, Sendable, CaseIterable, Choice {
    case tapThe = "tap_the"
    case caNhan = "ca_nhan"
    case hoGiaDinh = "ho_gia_dinh"
    case doanhNghiep = "doanh_nghiep"

    public var label: String {
        switch self {
        case .tapThe: return "Tập thể"
        case .caNhan: return "Cá nhân"
        case .hoGiaDinh: return "Hộ gia đình"
        case .doanhNghiep: return "Doanh nghiệp"
        }
    }
}

public enum AwardRound: String, Sendable, CaseIterable, Choice {
    case hangNam = "hang_nam"
    case soKet = "so_ket"
    case tongKet = "tong_ket"
    case dotXuat = "dot_xuat"

    public var label: String {
        switch self {
        case .hangNam: return "Hằng năm"
        case .soKet: return "Sơ kết"
        case .tongKet: return "Tổng kết"
        case .dotXuat: return "Đột xuất"
        }
    }
}

/// One commendation row. Personal-data columns never reach this type.
/// A class: pages read awards by index tens of thousands of times, and copying a struct of this
/// many strings costs a retain and release of each.
public final class Award: Sendable {
    /// Position in the site's award list (files in name order, rows in file order).
    public let index: Int
    /// As written ("1234/QĐ-UBND").
    public let decision: String
    public let decisionReference: DocumentReference?
    public let date: CivilDate
    public let form: String
    /// Precedence from `AwardForms`; unknown forms rank after every known one.
    public let formRank: Int
    public let recipient: String
    public let recipientType: RecipientType?
    public let position: String?
    public let unit: Int
    public let achievement: String?
    public let round: AwardRound
    public let year: Int
    public let modelID: String?
    public let location: SourceLocation

    public init(index: Int, decision: String, decisionReference: DocumentReference?, date: CivilDate, form: String,
                formRank: Int, recipient: String, recipientType: RecipientType?, position: String?, unit: Int,
                achievement: String?, round: AwardRound, year: Int, modelID: String?, location: SourceLocation) {
        self.index = index
        self.decision = decision
        self.decisionReference = decisionReference
        self.date = date
        self.form = form
        self.formRank = formRank
        self.recipient = recipient
        self.recipientType = recipientType
        self.position = position
        self.unit = unit
        self.achievement = achievement
        self.round = round
        self.year = year
        self.modelID = modelID
        self.location = location
    }

    /// The same row at another place in the site's list.
    func renumbered(_ index: Int) -> Award {
        index == self.index ? self : copy(index: index)
    }

    private func copy(index: Int) -> Award {
        Award(index: index, decision: decision, decisionReference: decisionReference, date: date, form: form,
              formRank: formRank, recipient: recipient, recipientType: recipientType, position: position, unit: unit,
              achievement: achievement, round: round, year: year, modelID: modelID, location: location)
    }
}
