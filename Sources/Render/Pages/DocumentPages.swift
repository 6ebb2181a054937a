import Model
import VietText

/// `/van-ban/`, `/van-ban/<slug>/` and the free pages `/<slug>/`.
enum DocumentPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        var jobs = [PageJob(Routes.documents) { index(ctx) }]
        for d in ctx.site.documents { jobs.append(PageJob(Routes.document(d)) { document(ctx, d) }) }
        for p in ctx.site.pages { jobs.append(PageJob(Routes.page(p)) { freePage(ctx, p) }) }
        return jobs
    }

    /// Newest first; undated documents last, by title.
    static func ordered(_ docs: [Document]) -> [Document] {
        let keys = docs.map { VietCollation.key($0.title) }
        return docs.indices.sorted { a, b in
            switch (docs[a].date, docs[b].date) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return keys[a] < keys[b]
            }
        }.map { docs[$0] }
    }

    static func index(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.documents)
        let docs = ordered(ctx.site.documents)
        let meta = PageMeta(path: Routes.documents, title: "Văn bản",
                            description: "Kế hoạch, báo cáo, công văn và quyết định của phong trào, mới nhất trước.", section: .documents)
        return ctx.page("documents", meta: meta, linker: linker, [
            "documents": docs.map { ctx.documentRow($0, linker: linker) }, "hasDocuments": !docs.isEmpty,
        ])
    }

    static func document(_ ctx: RenderContext, _ d: Document) -> OutputFileText {
        let path = Routes.document(d)
        let linker = PageLinker(path: path)
        var keys = ctx.documentRow(d, linker: linker)
        keys["body"] = ctx.html(d.body, linker: linker, headingOffset: ctx.sectionOffset(d.body))
        if let s = d.signer { keys["signer"] = s }
        var meta = PageMeta(path: path, title: d.title,
                            description: d.summary ?? RenderContext.clip(ctx.plainText(d.body), to: 200),
                            section: .documents, breadcrumb: [("Văn bản", Routes.documents)])
        meta.ogType = "article"
        return ctx.page("document", meta: meta, linker: linker, keys)
    }

    static func freePage(_ ctx: RenderContext, _ p: Page) -> OutputFileText {
        let path = Routes.page(p)
        let linker = PageLinker(path: path)
        let meta = PageMeta(path: path, title: p.title,
                            description: p.description ?? RenderContext.clip(ctx.plainText(p.body), to: 200), section: .other)
        return ctx.page("page", meta: meta, linker: linker, ["body": ctx.html(p.body, linker: linker, headingOffset: ctx.sectionOffset(p.body))])
    }
}
