import Compute
import Model
import VietText

/// `/dien-hinh/`, one page per model, its press sheet, and the browse-by pages.
enum ShowcasePages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        var jobs = [PageJob(Routes.models) { index(ctx) }]
        for (i, m) in ctx.site.models.enumerated() {
            jobs.append(PageJob(Routes.model(m)) { modelPage(ctx, i) })
            jobs.append(PageJob(Routes.pressSheet(m)) { pressSheet(ctx, i) })
        }
        var fields: [String: (name: String, models: [Int])] = [:]
        for i in ctx.modelOrder { if let f = ctx.site.models[i].field { fields[VietSlug.make(f), default: (f, [])].models.append(i) } }
        for (slug, entry) in fields {
            jobs.append(PageJob(Routes.field(slug: slug)) {
                list(ctx, path: Routes.field(slug: slug), title: "Lĩnh vực: \(entry.name)", models: entry.models)
            })
        }
        return jobs
    }

    static func index(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.models)
        let meta = PageMeta(path: Routes.models, title: "Điển hình tiên tiến",
                            description: "Những mô hình, tập thể, hộ gia đình và cá nhân tiêu biểu trong phong trào: câu chuyện, kết quả và khen thưởng.",
                            section: .models)
        return ctx.page("models", meta: meta, linker: linker, ["models": ctx.modelOrder.map { ctx.modelCard($0, linker: linker) }])
    }

    static func list(_ ctx: RenderContext, path: String, title: String, models: [Int]) -> OutputFileText {
        let linker = PageLinker(path: path)
        let meta = PageMeta(path: path, title: title, description: "\(title): các điển hình tiên tiến.", section: .models,
                            breadcrumb: [("Điển hình", Routes.models)])
        return ctx.page("model-list", meta: meta, linker: linker, ["models": models.map { ctx.modelCard($0, linker: linker) }])
    }

    static func modelPage(_ ctx: RenderContext, _ i: Int) -> OutputFileText {
        let m = ctx.site.models[i]
        let path = Routes.model(m)
        let linker = PageLinker(path: path)
        var keys = ctx.modelCard(i, linker: linker)
        keys["story"] = ctx.html(m.story, linker: linker)
        keys["results"] = m.results.map { ["label": $0.label, "value": $0.value] }
        keys["hasResults"] = !m.results.isEmpty
        if let c = m.contact { keys["contact"] = c }
        keys["awards"] = (ctx.awardsByModel[m.id] ?? []).map { ctx.awardRow($0, linker: linker) }
        keys["pressHref"] = linker.link(Routes.pressSheet(m))
        keys["permalink"] = Routes.absolute(path, base: ctx.site.config.baseURL)
        var meta = PageMeta(path: path, title: m.title, description: m.summary, section: .models,
                            breadcrumb: [("Điển hình", Routes.models)])
        meta.ogType = "article"
        meta.image = m.image
        meta.imageAlt = m.imageAlt
        return ctx.page("model", meta: meta, linker: linker, keys)
    }

    static func pressSheet(_ ctx: RenderContext, _ i: Int) -> OutputFileText {
        let m = ctx.site.models[i]
        let path = Routes.pressSheet(m)
        let linker = PageLinker(path: path)
        var keys = ctx.modelCard(i, linker: linker)
        keys["results"] = m.results.map { ["label": $0.label, "value": $0.value] }
        if let c = m.contact { keys["contact"] = c }
        keys["permalink"] = Routes.absolute(Routes.model(m), base: ctx.site.config.baseURL)
        keys["modelHref"] = linker.link(Routes.model(m))
        let meta = PageMeta(path: path, title: "Tài liệu báo chí: \(m.title)", description: m.summary, section: .models,
                            breadcrumb: [("Điển hình", Routes.models), (m.title, Routes.model(m))])
        return ctx.page("press-sheet", meta: meta, linker: linker, keys)
    }
}
