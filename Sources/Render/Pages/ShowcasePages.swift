import Compute
import Foundation
import Model
import VietText

/// `/dien-hinh/`, one page per model, its press sheet, the browse-by pages (field, subject, year,
/// district) and the coverage page.
enum ShowcasePages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        jobs(ctx, pageSize: CardPaging.pageSize, pagedAbove: CardPaging.pagedAbove)
    }

    /// Lists of more than `pagedAbove` cards (the showcase, each browse page) get `pageSize` per page.
    static func jobs(_ ctx: RenderContext, pageSize: Int, pagedAbove: Int, siblingsAbove: Int = ShowcasePages.siblingsAbove) -> [PageJob] {
        let index = ShowcaseIndex(ctx)
        let all = CardPaging(first: Routes.models, models: ctx.modelOrder, size: pageSize, pagedAbove: pagedAbove)
        var jobs = (1...all.pageCount).map { k in PageJob(all.path(k)) { indexPage(ctx, index, paging: all, page: k) } }
        for (i, m) in ctx.site.models.enumerated() {
            jobs.append(PageJob(Routes.model(m)) { modelPage(ctx, index, i) }.releasing { m.releaseStory() })
            jobs.append(PageJob(Routes.pressSheet(m)) { pressSheet(ctx, i) })
        }
        let titles: [String: (ShowcaseFacet) -> String] = [
            "field": { "Điển hình lĩnh vực \($0.label)" },
            "subject": { "Điển hình: \($0.label)" },
            "year": { "Điển hình năm \($0.label)" },
            "district": { "Điển hình ở \($0.label)" },
        ]
        for group in index.groups {
            for facet in group.facets {
                let paging = CardPaging(first: facet.path, models: facet.models, size: pageSize, pagedAbove: pagedAbove)
                for k in 1...paging.pageCount {
                    jobs.append(PageJob(paging.path(k)) {
                        list(ctx, facet: facet, title: titles[group.key]!(facet), group: group, paging: paging, page: k,
                             siblingsAbove: siblingsAbove)
                    })
                }
            }
        }
        jobs.append(PageJob(Routes.modelCoverage) { coveragePage(ctx) })
        return jobs
    }

    static func indexPage(_ ctx: RenderContext, _ index: ShowcaseIndex, paging: CardPaging, page: Int) -> OutputFileText {
        let path = paging.path(page)
        let linker = PageLinker(path: path)
        var meta = PageMeta(path: path, title: paging.title("Điển hình tiên tiến", page: page),
                            description: "Những mô hình, tập thể, hộ gia đình và cá nhân tiêu biểu trong phong trào: câu chuyện, kết quả và khen thưởng.",
                            section: .models)
        if page > 1 {
            meta.description = "Trang \(page)/\(paging.pageCount) của danh sách điển hình tiên tiến: câu chuyện, kết quả và khen thưởng."
            meta.breadcrumb = [("Điển hình", Routes.models)]
        }
        let groups: [ViewModel] = index.groups.filter { !$0.facets.isEmpty }.map { group in
            [
                "key": group.key, "label": group.label, "id": "loc-\(group.key)",
                "items": group.facets.map { f in
                    ["value": f.key, "label": f.label, "href": linker.pageLink(f.path), "count": ctx.format.integer(f.models.count)] as ViewModel
                },
            ]
        }
        let featured = ctx.modelOrder.filter { ctx.site.models[$0].featured }.count
        return ctx.page("models", meta: meta, linker: linker, paging.keys(page: page, linker: linker, format: ctx.format).merging([
            "models": paging.models(on: page).map { ctx.modelCard($0, linker: linker) },
            "hasModels": !ctx.modelOrder.isEmpty,
            "modelCount": ctx.format.integer(ctx.modelOrder.count),
            "featuredCount": ctx.format.integer(featured),
            "hasFeatured": featured > 0,
            "facetGroups": groups,
            "hasFacets": !groups.isEmpty,
            "coverageHref": linker.link(Routes.modelCoverage),
        ]))
    }

    static func list(_ ctx: RenderContext, facet: ShowcaseFacet, title: String,
                     group: (key: String, label: String, facets: [ShowcaseFacet]), paging: CardPaging, page: Int,
                     siblingsAbove: Int = ShowcasePages.siblingsAbove) -> OutputFileText {
        let path = paging.path(page)
        let linker = PageLinker(path: path)
        var meta = PageMeta(path: path, title: paging.title(title, page: page),
                            description: "\(title): \(ctx.format.integer(facet.models.count)) điển hình tiên tiến, câu chuyện và kết quả.",
                            section: .models, breadcrumb: [("Điển hình", Routes.models)])
        if page > 1 {
            meta.description = "\(title), trang \(page)/\(paging.pageCount): điển hình tiên tiến, câu chuyện và kết quả."
            meta.breadcrumb.append((title, facet.path))
        }
        let siblings = Self.siblings(of: facet, in: group.facets, listedAbove: siblingsAbove)
        return ctx.page("model-list", meta: meta, linker: linker, paging.keys(page: page, linker: linker, format: ctx.format).merging([
            "models": paging.models(on: page).map { ctx.modelCard($0, linker: linker) },
            "modelCount": ctx.format.integer(facet.models.count),
            "facetLabel": group.label,
            "siblings": siblings.facets.map { f -> ViewModel in
                ["label": f.label, "href": linker.pageLink(f.path), "count": ctx.format.integer(f.models.count), "current": f.path == facet.path]
            },
            "hasSiblings": siblings.facets.count > 1 || siblings.province != nil,
            "siblingsProvince": siblings.province.map { ctx.site.units[$0].name as Any } ?? false,
            "siblingsAll": siblings.province == nil ? false : [
                "href": linker.link(Routes.models) + "#duyet-" + group.key,
                "label": "Tất cả \(ctx.format.integer(group.facets.count)) \(group.label.lowercased()) có điển hình",
            ] as ViewModel,
            "modelsHref": linker.link(Routes.models),
            "coverage": false,
        ]))
    }

    /// A browse group with more entries than this (a national site has 700 districts) shows, on a
    /// district's page, only the other districts of its province and a link to the whole list: 700
    /// chips on each of 700 pages were most of their bytes, and a reader looks for the neighbours.
    static let siblingsAbove = 60

    /// The entries a browse page lists beside its own, and the province they were chosen by (nil: all).
    static func siblings(of facet: ShowcaseFacet, in facets: [ShowcaseFacet],
                         listedAbove limit: Int) -> (facets: [ShowcaseFacet], province: Int?) {
        guard facets.count > limit, let province = facet.province else { return (facets, nil) }
        return (facets.filter { $0.province == province }, province)
    }

    static func coveragePage(_ ctx: RenderContext) -> OutputFileText {
        let path = Routes.modelCoverage
        let linker = PageLinker(path: path)
        let meta = PageMeta(path: path, title: "Xã chưa có điển hình tiên tiến",
                            description: "Theo từng huyện: những xã, phường, thị trấn chưa có điển hình tiên tiến nào được giới thiệu, để biết cần phát hiện điển hình ở đâu.",
                            section: .models, breadcrumb: [("Điển hình", Routes.models)])
        var keys = ShowcaseCoverage.keys(ctx, linker: linker)
        keys["models"] = [ViewModel]()
        keys["modelsHref"] = linker.link(Routes.models)
        keys["siblings"] = [ViewModel]()
        keys["paged"] = false
        return ctx.page("model-list", meta: meta, linker: linker, keys)
    }

    /// Keys shared by the model page and its press sheet.
    static func common(_ ctx: RenderContext, _ i: Int, linker: PageLinker) -> ViewModel {
        let m = ctx.site.models[i]
        var keys = ctx.modelCard(i, linker: linker)
        // The layout's current breadcrumb step has no `href`; a page-level one would leak into it.
        keys["href"] = nil
        keys["results"] = m.results.map { ["label": $0.label, "value": $0.value] as ViewModel }
        keys["hasResults"] = !m.results.isEmpty
        // The office to contact: the model's own, or the site's standing office.
        keys["contactOffice"] = (m.contact ?? ctx.site.config.contact).map { $0 as Any } ?? false
        keys["permalink"] = Routes.absolute(Routes.model(m), base: ctx.site.config.baseURL)
        // Last updated is the date the content gives, never the build time (output stays byte-identical).
        keys["updated"] = m.published.map { $0.long as Any } ?? false
        return keys
    }

    static func modelPage(_ ctx: RenderContext, _ index: ShowcaseIndex, _ i: Int) -> OutputFileText {
        let m = ctx.site.models[i]
        let path = Routes.model(m)
        let linker = PageLinker(path: path)
        var keys = common(ctx, i, linker: linker)
        keys["story"] = ctx.html(m.story, linker: linker)
        keys["hasStory"] = m.story.text.unicodeScalars.contains { !$0.properties.isWhitespace }
        let awards = ctx.awardsByModel[m.id] ?? []
        keys["awards"] = awards.map { ctx.awardRow($0, linker: linker) }
        keys["hasAwards"] = !awards.isEmpty
        keys["pressHref"] = linker.link(Routes.pressSheet(m))
        let permalink = keys["permalink"] as! String
        keys["share"] = ShareLinks.links(title: m.title, summary: m.summary, url: permalink)
        let related = index.related(to: i, in: ctx)
        keys["related"] = related.map { ctx.modelCard($0, linker: linker) }
        keys["hasRelated"] = !related.isEmpty
        keys["tags"] = m.tags
        keys["hasTags"] = !m.tags.isEmpty
        // Breadcrumb tỉnh › huyện › xã: the unit's path, each step its unit page.
        let trail = [("Điển hình", Routes.models)] + ctx.site.units.path(to: m.unit).map { u in
            (ctx.site.units[u].name, Routes.unit(ctx.site.units[u]))
        }
        var meta = PageMeta(path: path, title: m.title, description: m.summary, section: .models, breadcrumb: trail)
        meta.ogType = "article"
        meta.image = m.image
        meta.imageAlt = m.imageAlt
        return ctx.page("model", meta: meta, linker: linker, keys)
    }

    static func pressSheet(_ ctx: RenderContext, _ i: Int) -> OutputFileText {
        let m = ctx.site.models[i]
        let path = Routes.pressSheet(m)
        let linker = PageLinker(path: path)
        var keys = common(ctx, i, linker: linker)
        keys["facts"] = PressFacts.facts(ctx, model: i)
        keys["modelHref"] = linker.link(Routes.model(m))
        var meta = PageMeta(path: path, title: "Tài liệu báo chí: \(m.title)", description: m.summary, section: .models,
                            breadcrumb: [("Điển hình", Routes.models), (m.title, Routes.model(m))])
        meta.ogType = "article"
        meta.image = m.image
        meta.imageAlt = m.imageAlt
        return ctx.page("press-sheet", meta: meta, linker: linker, keys)
    }
}
