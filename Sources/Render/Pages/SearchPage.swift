import Model
import SiteOutput
import VietText

/// `/tim-kiem/` and its index: every model, unit, document and commendation recipient, with
/// folded text (marks removed, đ→d) so "da nang" finds "Đà Nẵng".
enum SearchPage {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        [
            PageJob(Routes.search) { page(ctx) },
            PageJob(path: Routes.searchIndex) { OutputFile(path: Routes.searchIndex, text: index(ctx)) },
        ]
    }

    static func page(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.search)
        let meta = PageMeta(path: Routes.search, title: "Tìm kiếm",
                            description: "Tìm điển hình tiên tiến, đơn vị, văn bản và người được khen thưởng; gõ có dấu hoặc không dấu.",
                            section: .search)
        return ctx.page("search", meta: meta, linker: linker, ["indexHref": linker.link(Routes.searchIndex)])
    }

    /// Paths in the index are relative to the site root; the page prefixes them with its own root.
    static func index(_ ctx: RenderContext) -> String {
        var items: [JSON] = []
        func add(_ kind: String, _ title: String, _ path: String, _ unit: String, _ text: String) {
            items.append(.object([("k", .string(kind)), ("t", .string(title)), ("u", .string(path)), ("d", .string(unit)),
                                  ("s", .string(text)), ("f", .string(VietFold.fold(title + " " + unit + " " + text)))]))
        }
        for i in ctx.modelOrder {
            let m = ctx.site.models[i]
            add("Điển hình", m.title, Routes.model(m), ctx.site.units[m.unit].name, m.summary)
        }
        for u in ctx.site.units.units {
            add("Đơn vị", u.name, Routes.unit(u), u.parentCode.flatMap { ctx.site.units.unit(code: $0)?.name } ?? "", u.level.label)
        }
        for d in ctx.site.documents {
            add("Văn bản", d.title, Routes.document(d), d.number ?? "", d.summary ?? "")
        }
        for a in ctx.awardOrder {
            let award = ctx.site.awards[a]
            let path = award.modelID.flatMap { ctx.modelByID[$0] }.map { Routes.model(ctx.site.models[$0]) } ?? Routes.awardsYear(award.year)
            add("Khen thưởng", award.recipient, path, ctx.site.units[award.unit].name, "\(award.form) – \(award.decision)")
        }
        return JSON.array(items).text
    }
}
