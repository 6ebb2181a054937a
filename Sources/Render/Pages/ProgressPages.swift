import Compute
import Model
import VietText

/// `/tien-do/` and `/tien-do/<indicator>/`.
enum ProgressPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        var jobs = [PageJob(Routes.progress) { overview(ctx) }]
        for ind in ctx.site.indicators { jobs.append(PageJob(Routes.indicator(ind)) { indicatorPage(ctx, ind) }) }
        return jobs
    }

    static func overview(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.progress)
        let years = ctx.computation.values.years
        let rows: [[String: Any]] = ctx.site.indicators.map { ind in
            let counts = years.map { y -> [String: Any] in
                let c = ctx.computation.statusCounts(indicator: ind.index, year: y)
                return ["year": String(y), "met": ctx.format.integer(c[.met] ?? 0), "notMet": ctx.format.integer(c[.notMet] ?? 0),
                        "noData": ctx.format.integer(c[.noData] ?? 0)]
            }
            return ["name": ind.name, "href": linker.link(Routes.indicator(ind)), "years": counts]
        }
        let meta = PageMeta(path: Routes.progress, title: "Tiến độ thực hiện mục tiêu",
                            description: "Mỗi chỉ tiêu: bao nhiêu đơn vị đạt mục tiêu từng năm, xu hướng toàn tỉnh và các đơn vị chậm tiến độ.",
                            section: .progress)
        return ctx.page("progress", meta: meta, linker: linker, ["indicators": rows, "years": years.map { String($0) }])
    }

    static func indicatorPage(_ ctx: RenderContext, _ ind: Indicator) -> OutputFileText {
        let path = Routes.indicator(ind)
        let linker = PageLinker(path: path)
        let years = ctx.computation.values.years
        let rows: [[String: Any]] = ctx.site.units.units.compactMap { u in
            let cells = years.map { y -> [String: Any] in
                guard let v = ctx.computation.values.value(unit: u.index, indicator: ind.index, year: y) else { return ["missing": true] }
                return ["value": ctx.format.number(v.value, ind), "derived": v.derived]
            }
            guard cells.contains(where: { $0["value"] != nil }) else { return nil }
            return ["unit": ctx.unitLink(u.index, linker: linker), "cells": cells]
        }
        let meta = PageMeta(path: path, title: ind.name,
                            description: "\(ind.name) của mọi đơn vị qua các năm, xếp hạng năm gần nhất và các đơn vị chậm tiến độ.",
                            section: .progress, breadcrumb: [("Tiến độ", Routes.progress)])
        return ctx.page("indicator", meta: meta, linker: linker, [
            "indicator": ["name": ind.name, "unit": ind.unit], "years": years.map { String($0) }, "rows": rows,
        ])
    }
}
