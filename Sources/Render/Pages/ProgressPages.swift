import Compute
import Model
import VietText

/// `/tien-do/` and `/tien-do/<indicator>/`.
enum ProgressPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        var jobs = [PageJob(Routes.progress) { overview(ctx) }]
        // One table of every unit and year: megabytes on a national site.
        for ind in ctx.site.indicators { jobs.append(PageJob(Routes.indicator(ind)) { indicatorPage(ctx, ind) }.large()) }
        return jobs
    }

    /// Indicators some target row names, in indicators.csv order: the ones the overview charts.
    static func targeted(_ ctx: RenderContext) -> [Indicator] {
        let ids = Set(ctx.site.targets.map(\.indicator))
        return ctx.site.indicators.filter { ids.contains($0.index) }
    }

    static func overview(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.progress)
        let positions = UnitTree.positions(ctx.site.units)
        let sections = targeted(ctx).map { OverviewSection.build(ctx, indicator: $0, linker: linker, positions: positions) }
        let targetedIDs = Set(targeted(ctx).map(\.index))
        let others = ctx.site.indicators.filter { !targetedIDs.contains($0.index) }.map { ind -> [String: Any] in
            ["name": ind.name, "href": linker.link(Routes.indicator(ind))]
        }
        var keys: [String: Any] = ["indicators": sections, "years": ctx.computation.values.years.map { String($0) },
                                   "hasIndicators": !sections.isEmpty, "others": others, "hasOthers": !others.isEmpty,
                                   "latestYear": false]
        if let y = ctx.computation.latestYear { keys["latestYear"] = String(y) }
        if let root = ctx.primaryRoot { keys["rootUnit"] = ctx.unitLink(root, linker: linker) }
        let meta = PageMeta(path: Routes.progress, title: "Tiến độ thực hiện mục tiêu",
                            description: "Mỗi chỉ tiêu: bao nhiêu đơn vị đạt mục tiêu từng năm, xu hướng toàn tỉnh và các đơn vị chậm tiến độ.",
                            section: .progress)
        return ctx.page("progress", meta: meta, linker: linker, keys)
    }

    static func indicatorPage(_ ctx: RenderContext, _ ind: Indicator) -> OutputFileText {
        let path = Routes.indicator(ind)
        let linker = PageLinker(path: path)
        let years = ctx.computation.values.years
        let store = ctx.computation.values
        var anyDerived = false
        let rows: [[String: Any]] = UnitTree.order(ctx.site.units).compactMap { entry in
            let series = store.series(unit: entry.unit, indicator: ind.index)
            guard series.contains(where: { $0 != nil }) else { return nil }
            let cells = series.map { v -> [String: Any] in
                guard let v else { return ["missing": true] }
                anyDerived = anyDerived || v.derived
                return ["value": ctx.format.number(v.value, ind), "derived": v.derived]
            }
            return ["unit": ctx.unitLink(entry.unit, linker: linker), "cells": cells, "depth": String(min(entry.depth, 4))]
        }
        var keys: [String: Any] = [
            "indicator": ["name": ind.name, "unit": TrendFigure.unitLabel(ind)], "years": years.map { String($0) }, "rows": rows,
            "hasRows": !rows.isEmpty, "anyDerived": anyDerived,
            "direction": ind.direction == .giam ? "càng thấp càng tốt" : "càng cao càng tốt",
            "targets": targetRows(ctx, ind, linker: linker), "ranking": false, "latestYear": false,
            "progressHref": linker.link(Routes.progress),
        ]
        keys["hasTargets"] = !((keys["targets"] as? [[String: Any]]) ?? []).isEmpty
        if let year = ctx.computation.latestYear {
            keys["latestYear"] = String(year)
            keys["ranking"] = IndicatorRanking.build(ctx, indicator: ind, year: year, linker: linker) ?? false
            let behind = BehindList.items(ctx, indicator: ind, year: year, linker: linker, positions: UnitTree.positions(ctx.site.units))
            keys["behind"] = behind.items
            keys["hasBehind"] = behind.total > 0
            keys["behindCount"] = ctx.format.integer(behind.total)
        }
        let meta = PageMeta(path: path, title: ind.name,
                            description: "\(ind.name) của mọi đơn vị qua các năm, xếp hạng năm gần nhất và các đơn vị chậm tiến độ.",
                            section: .progress, breadcrumb: [("Tiến độ", Routes.progress)])
        return ctx.page("indicator", meta: meta, linker: linker, keys)
    }

    /// The target rows of targets.csv on this indicator: who they apply to, what they ask, the document.
    static func targetRows(_ ctx: RenderContext, _ ind: Indicator, linker: PageLinker) -> [[String: Any]] {
        ctx.site.targets.filter { $0.indicator == ind.index }.map { t -> [String: Any] in
            var row: [String: Any] = ["scope": scopeText(ctx, t.scope), "requirement": ctx.format.requirement(t, ind)]
            if let g = t.group, !g.isEmpty { row["group"] = g }
            if let s = t.source { row["source"] = s }
            if let doc = ctx.document(for: t.sourceReference) { row["sourceHref"] = linker.link(Routes.document(doc)) }
            return row
        }
    }

    static func scopeText(_ ctx: RenderContext, _ s: TargetScope) -> String {
        switch s {
        case .all: return "Mọi đơn vị"
        case .level(let l): return l.label
        case .tag(let t): return "Nhóm \(t)"
        case .code(let c): return ctx.site.units.unit(code: c)?.name ?? c
        }
    }
}
