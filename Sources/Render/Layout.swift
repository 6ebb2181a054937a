import Model
import VietText

/// The top-level sections, for the navigation's "current page" mark.
public enum Section: String, Sendable, CaseIterable {
    case home, units, progress, models, awards, documents, data, search, other

    var label: String {
        switch self {
        case .home: return "Trang chủ"
        case .units: return "Đơn vị"
        case .progress: return "Tiến độ"
        case .models: return "Điển hình"
        case .awards: return "Khen thưởng"
        case .documents: return "Văn bản"
        case .data: return "Dữ liệu mở"
        case .search: return "Tìm kiếm"
        case .other: return ""
        }
    }

    var route: String? {
        switch self {
        case .home: return Routes.home
        case .units: return Routes.units
        case .progress: return Routes.progress
        case .models: return Routes.models
        case .awards: return Routes.awards
        case .documents: return Routes.documents
        case .data: return Routes.data
        case .search: return Routes.search
        case .other: return nil
        }
    }
}

/// What every page tells the layout: its place, title, description and trail.
public struct PageMeta: Sendable {
    public var path: String
    public var title: String
    public var description: String
    public var section: Section
    /// Trail above the title, root first; the page itself is added last.
    public var breadcrumb: [(label: String, path: String)]
    public var ogType: String = "website"
    /// Output path of an image for sharing (Open Graph), if the page has one.
    public var image: String?
    public var imageAlt: String?

    public init(path: String, title: String, description: String, section: Section,
                breadcrumb: [(label: String, path: String)] = []) {
        self.path = path
        self.title = title
        self.description = description
        self.section = section
        self.breadcrumb = breadcrumb
    }
}

extension RenderContext {
    /// The keys the layout template uses, merged under each page's own keys; `room` more keys fit
    /// without the dictionary growing (growing rehashed every key of every page once more).
    private static let navItem = ViewModelShape(["label", "href", "current"])
    private static let trailStep = ViewModelShape(["trailLabel", "trailHref", "trailLast"])

    func layout(_ meta: PageMeta, linker: PageLinker, room: Int = 0) -> ViewModel {
        let config = site.config
        let nav: [ViewModel] = Section.allCases.compactMap { s in
            guard let r = s.route, s != .search else { return nil }
            return Self.navItem(s.label, linker.pageLink(r), s == meta.section)
        }
        // Keys unique to the trail: Mustache looks a missing key up in the page's own context, so a
        // page with an `href` key would otherwise turn the last step into a link.
        var trail: [ViewModel] = []
        if meta.section != .home {
            trail.append(Self.trailStep("Trang chủ", linker.pageLink(Routes.home), false))
            for step in meta.breadcrumb where step.path != meta.path {
                trail.append(Self.trailStep(step.label, linker.pageLink(step.path), false))
            }
            trail.append(Self.trailStep(meta.title, "", true))
        }
        let description = Self.clip(meta.description.isEmpty ? config.title : meta.description, to: 200)
        var ctx: ViewModel = ViewModel(minimumCapacity: 26 + room)
        ctx.add("lang", "vi")
        ctx.add("siteTitle", config.title)
        ctx.add("organization", config.organization)
        ctx.add("period", "\(config.periodStart)–\(config.periodEnd)")
        ctx.add("sampleData", config.sampleData)
        ctx.add("root", linker.root)
        ctx.add("css", linker.pageLink(Routes.stylesheet))
        ctx.add("js", linker.pageLink(Routes.script))
        ctx.add("homeHref", linker.pageLink(Routes.home))
        ctx.add("searchHref", linker.pageLink(Routes.search))
        ctx.add("dataHref", linker.pageLink(Routes.data))
        ctx.add("feedHref", linker.pageLink(Routes.feed))
        ctx.add("pageTitle", meta.title)
        ctx.add("headTitle", meta.section == .home ? config.title : "\(meta.title) – \(config.title)")
        ctx.add("description", description)
        ctx.add("canonical", Routes.absolute(meta.path, base: config.baseURL))
        ctx.add("ogType", meta.ogType)
        ctx.add("nav", nav)
        ctx.add("breadcrumb", trail)
        ctx.add("hasBreadcrumb", !trail.isEmpty)
        ctx.add("footerPages", site.pages.map { ["label": $0.title, "href": linker.pageLink(Routes.page($0))] as ViewModel })
        if let contact = config.contact { ctx.add("contact", contact) }
        if let image = meta.image {
            ctx.add("ogImage", Routes.absolute(image, base: config.baseURL))
            ctx.add("ogImageAlt", meta.imageAlt ?? meta.title)
        }
        return ctx
    }

    /// Renders a page template with the layout keys. A page key with a layout key's name would
    /// silently change the header or footer of that page (a unit `root` once broke the favicon link),
    /// so debug builds (and therefore the tests) refuse it.
    func page(_ template: String, meta: PageMeta, linker: PageLinker, _ keys: ViewModel) -> OutputFileText {
        var ctx = layout(meta, linker: linker, room: keys.count)
        // `add` stops debug builds (and so the tests) on a page key the layout has.
        for (k, v) in keys.entries { ctx.add(k, v) }
        let page = templates.renderPage(ctx, template: template)
        return OutputFileText(path: meta.path, bytes: page.bytes, linkFree: page.linkFree)
    }

    /// `s` on one line, cut at a word to at most `n` characters plus "…".
    static func clip(_ s: String, to n: Int) -> String {
        if fitsOnOneLine(s, n) { return s }
        if let clipped = clipStandalone(s, n) { return clipped }
        // Flattening a prefix gives a prefix of the flattened whole: when it already runs past `n`
        // the result is the same, without walking every Character of a long story.
        let head = s.prefix(n + n / 2 + 16)
        if head.endIndex < s.endIndex, case let flatHead = flatten(head), flatHead.count > n {
            return cut(flatHead, to: n)
        }
        return cut(flatten(s[...]), to: n)
    }

    /// True when `clip(s, to: n)` is `s` itself, found from the bytes: at most `n` scalars (so at most
    /// `n` characters), no newline or tab, and no space at either end or next to another. Page
    /// descriptions and search snippets are mostly like that, and walking Characters is slow.
    private static func fitsOnOneLine(_ s: String, _ n: Int) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
            var scalars = 0
            var previous: UInt8 = 0
            // A story clipped for a snippet is thousands of bytes: the answer is known at scalar n + 1.
            for b in bytes {
                if b & 0xC0 != 0x80 {
                    scalars += 1
                    if scalars > n { return false }
                }
                if b == 0x0A || b == 0x09 || (b == 0x20 && previous == 0x20) { return false }
                previous = b
            }
            return true
        }
    }

    /// The same answer from scalars, for text whose scalars are each a character of their own
    /// (ASCII but CR, Latin letters and signs, Vietnamese letters, common punctuation): unit pages'
    /// descriptions run past `n` and walking their Characters cost more than the rest of the layout.
    /// Only the first `n + 1` characters of the flattened text decide the result, so the walk stops
    /// there. Nil for other text (combining marks, CR LF, other scripts).
    private static func clipStandalone(_ s: String, _ n: Int) -> String? {
        var s = s
        // On UTF-8 bytes: appending scalar by scalar to a String cost a hundred thousand
        // instructions per description.
        return s.withUTF8 { bytes -> String? in
            var flat: [UInt8] = []
            flat.reserveCapacity(Swift.min(bytes.count, 4 * n + 4))
            var count = 0
            var pendingSpace = false
            var overflow = false
            var lastSpace: Int?
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = length == 1 ? UInt32(lead) : UInt32(lead & (0x7F >> length))
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                guard StandaloneScalar.contains(value) else { return nil }
                if value == 0x20 || value == 0x0A || value == 0x09 {
                    if count > 0 { pendingSpace = true }
                    i += length
                    continue
                }
                if pendingSpace {
                    if count == n { overflow = true; break }
                    lastSpace = flat.count
                    flat.append(0x20)
                    count += 1
                    pendingSpace = false
                }
                if count == n { overflow = true; break }
                flat.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                count += 1
                i += length
            }
            // `flat` is now the whole flattened text, or its first `n` characters when it is longer.
            if !overflow { return String(decoding: flat, as: UTF8.self) }
            if let lastSpace { return String(decoding: flat[..<lastSpace], as: UTF8.self) + "…" }
            return String(decoding: flat, as: UTF8.self) + "…"
        }
    }

    private static func flatten(_ s: Substring) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static func cut(_ flat: String, to n: Int) -> String {
        if flat.count <= n { return flat }
        let cut = flat.prefix(n)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + "…" }
        return String(cut) + "…"
    }
}

/// A rendered page: its UTF-8 bytes as the renderer wrote them (a national site's pages are never
/// turned into Strings and back).
public struct OutputFileText: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// See `OutputFile.linkFree`.
    public var linkFree: [Range<Int>] = []
}
