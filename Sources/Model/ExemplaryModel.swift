import Diagnostics
import Foundation
import VietText

public enum ModelSubject: String, Sendable, CaseIterable, Choice {
    case hoGiaDinh = "ho_gia_dinh"
    case caNhan = "ca_nhan"
    case tapThe = "tap_the"
    case doanhNghiep = "doanh_nghiep"
    case htx
    case congDong = "cong_dong"

    public var label: String {
        switch self {
        case .hoGiaDinh: return "Hộ gia đình"
        case .caNhan: return "Cá nhân"
        case .tapThe: return "Tập thể"
        case .doanhNghiep: return "Doanh nghiệp"
        case .htx: return "Hợp tác xã"
        case .congDong: return "Cộng đồng"
        }
    }
}

/// A key figure of a model's fact box.
public struct ModelResult: Sendable, Hashable {
    public let label: String
    public let value: String
    public init(label: String, value: String) { self.label = label; self.value = value }
}

/// Markdown text together with where it starts in its file, so that positions found inside it
/// (fenced blocks, links) can be reported at the right line.
public struct MarkdownText: Sendable {
    public let text: String
    public let file: String
    public let firstLine: Int
    public init(text: String, file: String, firstLine: Int) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
    }
}

/// An exemplary model (điển hình tiên tiến), from `models/*.md` or a row of `models/*.csv`.
public final class ExemplaryModel: Sendable, Identifiable {
    /// Ids the showcase uses for its own sub-folders (`dien-hinh/linh-vuc/`, …), so no model may take them.
    public static let reservedIDs: Set<String> = ["linh-vuc", "doi-tuong", "nam", "huyen", "bao-chi", "do-phu", "trang"]

    public let id: String
    public let title: String
    public let unit: Int
    public let year: Int
    public let subject: ModelSubject?
    public let field: String?
    public let summary: String
    public let tags: [String]
    public let results: [ModelResult]
    /// Content-relative path (`media/trau.jpg`), checked to exist inside `media/`.
    public let image: String?
    public let imageAlt: String?
    public let contact: String?
    public let published: CivilDate?
    public let featured: Bool
    public let draft: Bool
    public let location: SourceLocation
    private let storyText: ReleasableStory

    /// The story. Once the site is built only the model's own page reads it, so a streaming build lets
    /// it go when that page is rendered (`releaseStory`): the stories are the largest part of a
    /// national site's model (about 50 MB at 4× the fixture).
    public var story: MarkdownText { storyText.value }

    /// Drops the story; reading it afterwards is a programming error. Only for a build that renders the
    /// model's page once and has rendered it.
    public func releaseStory() { storyText.release() }

    public init(id: String, title: String, unit: Int, year: Int, subject: ModelSubject?, field: String?, summary: String,
                tags: [String], results: [ModelResult], image: String?, imageAlt: String?, contact: String?,
                published: CivilDate?, featured: Bool, draft: Bool, story: MarkdownText, location: SourceLocation) {
        self.id = id
        self.title = title
        self.unit = unit
        self.year = year
        self.subject = subject
        self.field = field
        self.summary = summary
        self.tags = tags
        self.results = results
        self.image = image
        self.imageAlt = imageAlt
        self.contact = contact
        self.published = published
        self.featured = featured
        self.draft = draft
        self.storyText = ReleasableStory(story)
        self.location = location
    }
}

/// A story that can be let go while the model that holds it stays (the model is shared by every page).
final class ReleasableStory: @unchecked Sendable {
    private let lock = NSLock()
    private var text: MarkdownText?
    /// Kept apart from the text, to name the story if it is read after it was let go.
    private let file: String

    init(_ story: MarkdownText) {
        text = story
        file = story.file
    }

    var value: MarkdownText {
        guard let story = lock.withLock({ text }) else { preconditionFailure("the story of \(file) was read after it was let go") }
        return story
    }

    func release() { lock.withLock { text = nil } }
}
