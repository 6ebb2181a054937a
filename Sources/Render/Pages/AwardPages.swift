import Model
import VietText

/// `/khen-thuong/` grouped by form in order of precedence, and `/khen-thuong/<year>/`.
enum AwardPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        var jobs = [PageJob(Routes.awards) { index(ctx) }]
        for y in Set(ctx.site.awards.map(\.year)).sorted() {
            jobs.append(PageJob(Routes.awardsYear(y)) { yearPage(ctx, y) })
        }
        return jobs
    }

    static func groups(_ ctx: RenderContext, awards: [Int], linker: PageLinker) -> [[String: Any]] {
        var out: [[String: Any]] = []
        var current: (form: String, rows: [[String: Any]])?
        for a in awards {
            let award = ctx.site.awards[a]
            let key = award.formRank < AwardForms.unknownRank ? AwardForms.ranked[award.formRank].name : award.form
            if current?.form != key {
                if let c = current { out.append(["form": c.form, "caption": "\(c.form): tập thể, cá nhân được khen thưởng", "awards": c.rows, "count": ctx.format.integer(c.rows.count)]) }
                current = (key, [])
            }
            current?.rows.append(ctx.awardRow(a, linker: linker))
        }
        if let c = current { out.append(["form": c.form, "caption": "\(c.form): tập thể, cá nhân được khen thưởng", "awards": c.rows, "count": ctx.format.integer(c.rows.count)]) }
        return out
    }

    static func index(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.awards)
        let years = Set(ctx.site.awards.map(\.year)).sorted(by: >)
        let meta = PageMeta(path: Routes.awards, title: "Khen thưởng",
                            description: "Các tập thể, hộ gia đình và cá nhân được khen thưởng trong phong trào, theo hình thức khen thưởng.",
                            section: .awards)
        return ctx.page("awards", meta: meta, linker: linker, [
            "groups": groups(ctx, awards: ctx.awardOrder, linker: linker),
            "years": years.map { ["year": String($0), "href": linker.link(Routes.awardsYear($0))] },
        ])
    }

    static func yearPage(_ ctx: RenderContext, _ year: Int) -> OutputFileText {
        let path = Routes.awardsYear(year)
        let linker = PageLinker(path: path)
        let awards = ctx.awardOrder.filter { ctx.site.awards[$0].year == year }
        let meta = PageMeta(path: path, title: "Khen thưởng năm \(year)",
                            description: "Các quyết định khen thưởng cho thành tích năm \(year).", section: .awards,
                            breadcrumb: [("Khen thưởng", Routes.awards)])
        return ctx.page("awards-year", meta: meta, linker: linker, [
            "year": String(year), "groups": groups(ctx, awards: awards, linker: linker),
        ])
    }
}
