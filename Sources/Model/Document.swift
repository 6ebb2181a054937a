import Diagnostics
import VietText

public enum DocumentKind: String, Sendable, CaseIterable, Choice {
    case keHoach = "ke_hoach"
    case baoCao = "bao_cao"
    case congVan = "cong_van"
    case quyetDinh = "quyet_dinh"
    case thongBao = "thong_bao"
    case huongDan = "huong_dan"

    public var label: String {
        switch self {
        case .keHoach: return "Kế hoạch"
        case .baoCao: return "Báo cáo"
        case .congVan: return "Công văn"
        case .quyetDinh: return "Quyết định"
        case .thongBao: return "Thông báo"
        case .huongDan: return "Hướng dẫn"
        }
    }
}

/// A plan, report or letter from `documents/*.md`.
public struct Document: Sendable {
    public let slug: String
    public let title: String
    public let number: String?
    public let reference: DocumentReference?
    public let date: CivilDate?
    public let kind: DocumentKind?
    public let issuer: String?
    public let signer: String?
    public let summary: String?
    public let body: MarkdownText
    public let location: SourceLocation

    public init(slug: String, title: String, number: String?, reference: DocumentReference?, date: CivilDate?,
                kind: DocumentKind?, issuer: String?, signer: String?, summary: String?, body: MarkdownText,
                location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.number = number
        self.reference = reference
        self.date = date
        self.kind = kind
        self.issuer = issuer
        self.signer = signer
        self.summary = summary
        self.body = body
        self.location = location
    }
}

/// A free page from `pages/*.md`, published at `/<slug>/`.
public struct Page: Sendable {
    public let slug: String
    public let title: String
    public let description: String?
    public let body: MarkdownText
    public let location: SourceLocation

    public init(slug: String, title: String, description: String?, body: MarkdownText, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.description = description
        self.body = body
        self.location = location
    }
}
