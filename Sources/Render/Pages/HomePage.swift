import Compute
import Model
import VietText

/// `/`: the movement, its period and milestones, key figures, featured models, latest commendations.
enum HomePage {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        [PageJob(Routes.home) { page(ctx) }]
    }

    static func page(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.home)
        let config = ctx.site.config
        var keys: ViewModel = [:]
        if let home = ctx.site.home { keys["intro"] = ctx.html(home, linker: linker, headingOffset: ctx.sectionOffset(home)) }
        keys["milestones"] = config.milestones.map { ["year": String($0.year), "title": $0.title] }
        keys["hasMilestones"] = !config.milestones.isEmpty
        let figures = KeyFigures.build(ctx, linker: linker)
        keys["keyFigures"] = figures
        // swift-mustache has no `list.0`, so emptiness is its own key.
        keys["hasKeyFigures"] = !figures.isEmpty
        if let latest = ctx.computation.latestYear { keys["latestYear"] = String(latest) }
        let featured = ctx.modelOrder.filter { ctx.site.models[$0].featured }
        let shown = featured.isEmpty ? Array(ctx.modelOrder.prefix(3)) : Array(featured.prefix(6))
        keys["featuredModels"] = shown.map { ctx.modelCard($0, linker: linker) }
        keys["hasModels"] = !shown.isEmpty
        let latest = ctx.site.awards.indices.sorted { a, b in
            let (x, y) = (ctx.site.awards[a], ctx.site.awards[b])
            if x.date != y.date { return x.date > y.date }
            if x.formRank != y.formRank { return x.formRank < y.formRank }
            return a < b
        }.prefix(6)
        keys["latestAwards"] = latest.map { ctx.awardRow($0, linker: linker) }
        keys["hasAwards"] = !latest.isEmpty
        keys["modelsHref"] = linker.link(Routes.models)
        keys["awardsHref"] = linker.link(Routes.awards)
        keys["progressHref"] = linker.link(Routes.progress)
        keys["unitsHref"] = linker.link(Routes.units)
        keys["counts"] = [
            ["label": "đơn vị tham gia", "value": ctx.format.integer(ctx.site.units.count), "href": linker.link(Routes.units)],
            ["label": "điển hình tiên tiến", "value": ctx.format.integer(ctx.site.models.count), "href": linker.link(Routes.models)],
            ["label": "lượt khen thưởng", "value": ctx.format.integer(ctx.site.awards.count), "href": linker.link(Routes.awards)],
            ["label": "văn bản", "value": ctx.format.integer(ctx.site.documents.count), "href": linker.link(Routes.documents)],
        ]
        let meta = PageMeta(path: Routes.home, title: config.title,
                            description: "\(config.organization): tiến độ, điển hình tiên tiến và khen thưởng của phong trào giai đoạn \(config.periodStart)–\(config.periodEnd).",
                            section: .home)
        return ctx.page("home", meta: meta, linker: linker, keys)
    }
}
