import Foundation
import Model
import Mustache
import VietText

/// Where every page lives in the output folder. Paths are folder-relative, end in a file name,
/// and are the single source of truth for links, the sitemap and the feed.
public enum Routes {
    public static let home = "index.html"
    public static let units = "don-vi/index.html"
    public static let progress = "tien-do/index.html"
    public static let models = "dien-hinh/index.html"
    public static let awards = "khen-thuong/index.html"
    public static let documents = "van-ban/index.html"
    public static let data = "du-lieu/index.html"
    public static let search = "tim-kiem/index.html"
    public static let notFound = "404.html"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let stylesheet = "assets/site.css"
    public static let script = "assets/site.js"
    public static let searchIndex = "tim-kiem/chi-muc.json"

    /// Model ids that would collide with the showcase's own sub-folders.
    public static let reservedModelIDs: Set<String> = ExemplaryModel.reservedIDs

    public static func unit(_ u: OrgUnit) -> String { "don-vi/\(u.slug)/index.html" }
    public static func indicator(_ i: Indicator) -> String { "tien-do/\(slug(i.id))/index.html" }
    /// One region's commendations of a year split by region (national sites).
    public static func awardsYearPart(_ year: Int, _ region: OrgUnit) -> String { "khen-thuong/\(year)/\(region.slug)/index.html" }
    /// One region's units on an indicator split by region (national sites).
    public static func indicatorPart(_ i: Indicator, _ region: OrgUnit) -> String { "tien-do/\(slug(i.id))/\(region.slug)/index.html" }
    public static func model(_ m: ExemplaryModel) -> String { "dien-hinh/\(m.id)/index.html" }
    public static func pressSheet(_ m: ExemplaryModel) -> String { "dien-hinh/\(m.id)/bao-chi/index.html" }
    /// Page `number` (2 or more) of a list whose first page is `first` (`…/index.html`).
    public static func listPage(_ first: String, _ number: Int) -> String {
        String(first.dropLast("index.html".count)) + "trang/\(number)/index.html"
    }
    public static func field(slug: String) -> String { "dien-hinh/linh-vuc/\(slug)/index.html" }
    public static func subject(_ s: ModelSubject) -> String { "dien-hinh/doi-tuong/\(Trimming.hyphenated(s.rawValue))/index.html" }
    public static func modelYear(_ y: Int) -> String { "dien-hinh/nam/\(y)/index.html" }
    public static func modelDistrict(_ u: OrgUnit) -> String { "dien-hinh/huyen/\(u.slug)/index.html" }
    public static func awardsYear(_ y: Int) -> String { "khen-thuong/\(y)/index.html" }
    /// Which communes have no published exemplary model yet, by district.
    public static let modelCoverage = "dien-hinh/do-phu/index.html"
    public static func document(_ d: Document) -> String { "van-ban/\(d.slug)/index.html" }
    public static func page(_ p: Page) -> String { "\(p.slug)/index.html" }
    public static func dataFile(_ name: String) -> String { "du-lieu/\(name)" }

    /// Indicator ids use `_`; URL segments use `-`.
    static func slug(_ id: String) -> String { Trimming.hyphenated(id) }

    /// The address shown to the outside world (feed, sitemap, Open Graph): `index.html` dropped.
    public static func absolute(_ path: String, base: String) -> String {
        if path == home { return base }
        if path.hasSuffix("/index.html") { return base + path.dropLast("index.html".count) }
        return base + path
    }
}

/// Links from one page to another, relative so the site works from any sub-folder and from
/// `file://`. Links name `index.html` explicitly because a browser opening files from disk does not
/// look for it in a folder.
public struct PageLinker: Sendable {
    /// Output path of the page being rendered.
    public let path: String
    /// `../` once per folder level of the page.
    public let root: String
    /// Folder levels of the page.
    let depth: Int

    public init(path: String) {
        self.path = path
        // Non-empty segments less one, counted on the bytes: splitting into Substrings walked
        // Characters, tens of thousands of instructions per page.
        var segments = 0
        var inSegment = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                inSegment = false
            } else if !inSegment {
                inSegment = true
                segments += 1
            }
        }
        depth = segments - 1
        self.root = String(repeating: "../", count: depth)
    }

    /// `link(target)` as a value templates print: no String is made for it (see `PageLink`).
    func pageLink(_ target: String) -> PageLink {
        if let name = ownFileName(target) { return PageLink(target: name, depth: 0) }
        return PageLink(target: target, depth: depth)
    }

    /// `link(target)`, then `#` and `anchor` when there is one, as a value; `joined` is the target
    /// with that anchor, made once by the caller for every page that links it.
    func pageLink(_ target: String, anchor: String?, joined: String) -> PageLink {
        guard let anchor else { return pageLink(target) }
        if let name = ownFileName(target) { return PageLink(target: name + "#" + anchor, depth: 0) }
        return PageLink(target: joined, depth: depth)
    }

    public func link(_ target: String) -> String {
        ownFileName(target) ?? root + target
    }

    /// A link to the page itself is its file name alone; split by hand, as NSString's path parsing
    /// costs more than the page's other links together.
    private func ownFileName(_ target: String) -> String? {
        guard target == path, let slash = target.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return String(target[target.utf8.index(after: slash)...])
    }

    /// Rewrites a content-relative reference from Markdown (`media/x.jpg`, `../van-ban/...`).
    public func contentURL(_ url: String) -> String {
        let trimmed = Trimming.trimmed(url, newlines: false)
        if trimmed.hasPrefix("media/") { return root + trimmed }
        if trimmed.hasPrefix("./media/") { return root + trimmed.dropFirst(2) }
        return trimmed
    }
}

/// A link from the page being rendered to `target`, printed as `link(target)` is: `depth` times `../`,
/// then the target's path. A national site prints about 1.7 million links; as Strings each was made
/// twice (the route, then the route behind its `../`) and freed after printing. Templates see it as
/// they saw that String: the fast renderer writes its two parts, swift-mustache prints `description`;
/// it has no named children, and transforms and sorting work on its text.
struct PageLink: CustomStringConvertible, CustomDebugStringConvertible, MustacheParent, MustacheTransformable, Comparable,
    Sendable {
    let target: String
    let depth: Int

    var description: String { String(repeating: "../", count: depth) + target }

    /// Quoted as the String was, where a whole object holding the link is printed (`{{card}}`).
    var debugDescription: String { description.debugDescription }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { description.transform(name) }

    static func < (a: PageLink, b: PageLink) -> Bool { a.description < b.description }

    /// The link's text as UTF-8, HTML-escaped when `escaped` (`../` needs none).
    func append<Sink: ByteSink>(to out: inout Sink, escaped: Bool) {
        for _ in 0..<depth {
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "/"))
        }
        if escaped { HTMLEscape.append(target, to: &out) } else { out.append(utf8: target) }
    }
}
