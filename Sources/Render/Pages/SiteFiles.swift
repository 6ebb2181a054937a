import Charts
import Model
import SiteOutput
import VietText

/// robots.txt, sitemap.xml, feed.xml and 404.html.
enum SiteFiles {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        [
            PageJob(path: Routes.robots) { OutputFile(path: Routes.robots, text: robots(ctx)) },
            PageJob(path: Routes.feed) { OutputFile(path: Routes.feed, text: AtomFeed.xml(ctx)) },
            PageJob(Routes.notFound) { notFound(ctx) },
        ]
    }

    static func robots(_ ctx: RenderContext) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(Routes.absolute(Routes.sitemap, base: ctx.site.config.baseURL))\n"
    }

    /// Every HTML page but the 404 page, in path order.
    static func sitemap(_ ctx: RenderContext, pages: [String]) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in pages.sorted() where p.hasSuffix(".html") && p != Routes.notFound {
            xml += "  <url><loc>\(XMLText.escape(Routes.absolute(p, base: ctx.site.config.baseURL)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: Routes.sitemap, text: xml)
    }

    static func notFound(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.notFound)
        let meta = PageMeta(path: Routes.notFound, title: "Không tìm thấy trang",
                            description: "Trang bạn tìm không có hoặc đã chuyển chỗ.", section: .other)
        return ctx.page("404", meta: meta, linker: linker, [:])
    }
}

/// Atom feed of exemplary models and documents, newest first, with absolute addresses.
enum AtomFeed {
    struct Entry {
        let title: String, path: String, date: CivilDate, summary: String, category: String
    }

    /// Every published model and every dated document, newest first. An entry's date comes from the
    /// content, never from the build: a model's `published`, or the last day of its year when it has
    /// none; a document's `date` (undated documents have nothing to order by and stay out).
    static func entries(_ ctx: RenderContext) -> [Entry] {
        var out: [Entry] = []
        for m in ctx.site.models {
            let date = m.published ?? CivilDate(year: m.year, month: 12, day: 31)!
            out.append(Entry(title: m.title, path: Routes.model(m), date: date, summary: m.summary, category: "Điển hình tiên tiến"))
        }
        for d in ctx.site.documents {
            guard let date = d.date else { continue }
            out.append(Entry(title: d.title, path: Routes.document(d), date: date, summary: d.summary ?? d.title,
                             category: d.kind?.label ?? "Văn bản"))
        }
        return out.sorted { a, b in a.date != b.date ? a.date > b.date : a.path < b.path }
    }

    static func xml(_ ctx: RenderContext) -> String {
        let config = ctx.site.config
        let items = entries(ctx)
        let updated = items.first.map { stamp($0.date) } ?? "\(config.periodStart)-01-01T00:00:00Z"
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n"
        x += "  <title>\(XMLText.escape(config.title))</title>\n"
        x += "  <subtitle>Điển hình tiên tiến và văn bản mới – \(XMLText.escape(config.organization))</subtitle>\n"
        x += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(config.baseURL))\"/>\n"
        x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(Routes.absolute(Routes.feed, base: config.baseURL)))\"/>\n"
        x += "  <id>\(XMLText.escape(config.baseURL))</id>\n"
        x += "  <updated>\(updated)</updated>\n"
        x += "  <author><name>\(XMLText.escape(config.organization))</name></author>\n"
        for e in items {
            let url = XMLText.escape(Routes.absolute(e.path, base: config.baseURL))
            x += "  <entry>\n"
            x += "    <title>\(XMLText.escape(e.title))</title>\n"
            x += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            x += "    <id>\(url)</id>\n"
            x += "    <updated>\(stamp(e.date))</updated>\n"
            x += "    <category term=\"\(XMLText.escape(e.category))\"/>\n"
            x += "    <summary>\(XMLText.escape(e.summary))</summary>\n"
            x += "  </entry>\n"
        }
        x += "</feed>\n"
        return x
    }

    /// Dates carry no time of day; midnight UTC keeps the feed identical from build to build.
    static func stamp(_ d: CivilDate) -> String { "\(d.iso)T00:00:00Z" }
}
