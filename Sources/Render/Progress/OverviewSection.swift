import Charts
import Compute
import Model

/// One indicator on `/tien-do/`: status counts per year (chart and table), the top unit's trend
/// against its target path, and the units behind schedule in the latest round.
enum OverviewSection {
    static let behindLimit = 20

    static func build(_ ctx: RenderContext, indicator ind: Indicator, linker: PageLinker) -> ViewModel {
        let slug = Routes.slug(ind.id)
        var section: ViewModel = ["name": ind.name, "href": linker.pageLink(Routes.indicator(ind)), "id": slug,
                                      "counts": false, "trend": false, "latestYear": false]
        let counted = ctx.computation.values.years.map { y -> (year: Int, counts: [TargetStatus: Int]) in
            (y, ctx.computation.statusCounts(indicator: ind.index, year: y))
        }.filter { $0.counts.values.reduce(0, +) > 0 }
        section["years"] = counted.map { entry -> ViewModel in
            ["year": String(entry.year), "met": ctx.format.integer(entry.counts[.met] ?? 0),
             "notMet": ctx.format.integer(entry.counts[.notMet] ?? 0), "noData": ctx.format.integer(entry.counts[.noData] ?? 0)]
        }
        if !counted.isEmpty { section["counts"] = countsFigure(ctx, ind, counted, id: "so-don-vi-" + slug).fragment() }
        if let root = ctx.primaryRoot {
            let targets = ctx.computation.applicableTargets(unit: root).filter { ctx.site.targets[$0].indicator == ind.index }
            if let f = TrendFigure.make(ctx, unit: root, indicator: ind, targets: targets, id: "xu-huong-" + slug) {
                section["trend"] = f.fragment()
            }
        }
        if let year = ctx.computation.latestYear {
            let behind = BehindList.items(ctx, indicator: ind, year: year, linker: linker, limit: behindLimit)
            section["latestYear"] = String(year)
            section["behind"] = behind.items
            section["hasBehind"] = behind.total > 0
            section["behindCount"] = ctx.format.integer(behind.total)
            section["moreBehind"] = behind.total > behind.items.count
            section["behindShown"] = ctx.format.integer(behind.items.count)
        }
        return section
    }

    static func countsFigure(_ ctx: RenderContext, _ ind: Indicator, _ counted: [(year: Int, counts: [TargetStatus: Int])],
                             id: String) -> ProgressFigure {
        let title = "\(ind.name): số đơn vị đạt, chưa đạt và chưa có số liệu mỗi năm"
        let columns = counted.map { StatusCounts(label: String($0.year), met: $0.counts[.met] ?? 0,
                                                 notMet: $0.counts[.notMet] ?? 0, noData: $0.counts[.noData] ?? 0) }
        let words = counted.map { e in
            "\(e.year): \(ctx.format.integer(e.counts[.met] ?? 0)) đạt, \(ctx.format.integer(e.counts[.notMet] ?? 0)) chưa đạt, "
                + "\(ctx.format.integer(e.counts[.noData] ?? 0)) chưa có số liệu"
        }
        let chart = StackedBarChart(id: id + "-bieu-do", title: title, description: words.joined(separator: "; ") + ".",
                                    columns: columns, countFormatter: { ctx.format.integer(Int($0.rounded())) })
        let rows = counted.map { e -> ProgressFigure.Row in
            let (met, notMet, noData) = (e.counts[.met] ?? 0, e.counts[.notMet] ?? 0, e.counts[.noData] ?? 0)
            return .init(head: String(e.year), cells: [met, notMet, noData, met + notMet + noData].map { .init(text: ctx.format.integer($0)) })
        }
        return ProgressFigure(id: id, caption: title, svg: chart.svgBytes(), corner: "Năm",
                              columns: ["Đạt", "Chưa đạt", "Chưa có số liệu", "Tổng số đơn vị"], rows: rows)
    }
}
