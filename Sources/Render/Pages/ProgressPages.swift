import Compute
import Model
import VietText

/// `/tien-do/` and `/tien-do/<indicator>/`.
enum ProgressPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        jobs(ctx, splitAbove: ctx.splitAbove)
    }

    /// `splitAbove`: the number of units above which each indicator gets one page per region.
    static func jobs(_ ctx: RenderContext, splitAbove: Int) -> [PageJob] {
        var jobs = [PageJob(Routes.progress) { overview(ctx) }]
        let parts = ctx.site.units.count > splitAbove ? ctx.regions : nil
        for ind in ctx.site.indicators {
            guard let parts else {
                // One table of every unit and year: a few hundred rows on a province's site.
                jobs.append(PageJob(Routes.indicator(ind)) { indicatorPage(ctx, ind, scope: .all) }.large())
                continue
            }
            let regions = parts.regions.filter { r in parts.units(of: r).contains { ctx.hasValues(unit: $0, indicator: ind) } }
            jobs.append(PageJob(Routes.indicator(ind)) { indicatorPage(ctx, ind, scope: .summary(parts, regions)) })
            for region in regions {
                jobs.append(PageJob(Routes.indicatorPart(ind, ctx.site.units[region.unit])) {
                    indicatorPage(ctx, ind, scope: .region(parts, region))
                })
            }
        }
        return jobs
    }

    /// Which units an indicator page covers.
    enum Scope {
        /// Every unit, on one page.
        case all
        /// The indicator page of a split site: regions and the level below, with links to the regions.
        case summary(RegionParts, [RegionParts.Region])
        /// One region's page: every unit under it.
        case region(RegionParts, RegionParts.Region)
    }

    /// Indicators some target row names, in indicators.csv order: the ones the overview charts.
    static func targeted(_ ctx: RenderContext) -> [Indicator] {
        let ids = Set(ctx.site.targets.map(\.indicator))
        return ctx.site.indicators.filter { ids.contains($0.index) }
    }

    static func overview(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.progress)
        let sections = targeted(ctx).map { OverviewSection.build(ctx, indicator: $0, linker: linker) }
        let targetedIDs = Set(targeted(ctx).map(\.index))
        let others = ctx.site.indicators.filter { !targetedIDs.contains($0.index) }.map { ind -> ViewModel in
            ["name": ind.name, "href": linker.pageLink(Routes.indicator(ind))]
        }
        var keys: ViewModel = ["indicators": sections, "years": ctx.computation.values.years.map { String($0) },
                                   "hasIndicators": !sections.isEmpty, "others": others, "hasOthers": !others.isEmpty,
                                   "latestYear": false]
        if let y = ctx.computation.latestYear { keys["latestYear"] = String(y) }
        if let root = ctx.primaryRoot { keys["rootUnit"] = ctx.unitLink(root, linker: linker) }
        let meta = PageMeta(path: Routes.progress, title: "Tiến độ thực hiện mục tiêu",
                            description: "Mỗi chỉ tiêu: bao nhiêu đơn vị đạt mục tiêu từng năm, xu hướng toàn tỉnh và các đơn vị chậm tiến độ.",
                            section: .progress)
        return ctx.page("progress", meta: meta, linker: linker, keys)
    }

    /// The shapes of an indicator table's cells and rows (see `ViewModelShape`).
    private static let valueCell = ViewModelShape(["value", "derived", "missing"])
    private static let missingCell: ViewModel = ["missing": true]
    private static let unitRow = ViewModelShape(["unit", "cells", "depth"])

    static func indicatorPage(_ ctx: RenderContext, _ ind: Indicator, scope: Scope) -> OutputFileText {
        let units = ctx.site.units
        let path: String
        let entries: [(unit: Int, depth: Int)]
        var regionUnit: Int?
        switch scope {
        case .all:
            path = Routes.indicator(ind)
            entries = ctx.treeOrder
        case .summary(let parts, _):
            path = Routes.indicator(ind)
            entries = parts.order.filter(parts.isOnIndicatorPage)
        case .region(let parts, let region):
            path = Routes.indicatorPart(ind, units[region.unit])
            entries = Array(parts.order[region.range])
            regionUnit = region.unit
        }
        let linker = PageLinker(path: path)
        let years = ctx.computation.values.years
        let store = ctx.computation.values
        var anyDerived = false
        let rows: [ViewModel] = entries.compactMap { entry in
            let series = store.series(unit: entry.unit, indicator: ind.index)
            guard series.contains(where: { $0 != nil }) else { return nil }
            let cells = series.map { v -> ViewModel in
                guard let v else { return missingCell }
                anyDerived = anyDerived || v.derived
                // `missing` spelled out: an absent name is looked up in every enclosing object.
                return valueCell(ctx.format.number(v.value, ind), v.derived, false)
            }
            return unitRow(ctx.unitLink(entry.unit, linker: linker), cells, String(min(entry.depth, 4)))
        }
        let targets = targetRows(ctx, ind, linker: linker)
        var keys: ViewModel = [
            "indicator": ["name": ind.name, "unit": TrendFigure.unitLabel(ind)] as ViewModel, "years": years.map { String($0) }, "rows": rows,
            "hasRows": !rows.isEmpty, "anyDerived": anyDerived,
            "direction": ind.direction == .giam ? "càng thấp càng tốt" : "càng cao càng tốt",
            "targets": targets, "hasTargets": !targets.isEmpty, "ranking": false, "latestYear": false,
            "progressHref": linker.link(Routes.progress), "parts": false, "region": false, "hasParts": false,
            "rowsTitle": "Số liệu mọi đơn vị qua các năm",
        ]
        let latest = ctx.computation.latestYear
        if let year = latest {
            keys["latestYear"] = String(year)
            // A region's page ranks and lists its own units; the split indicator page ranks every
            // unit (top and bottom in charts, the full table being on the regions' pages) and lists
            // only the units it shows.
            let shown: Set<Int>? = if case .all = scope { nil } else { Set(entries.map(\.unit)) }
            var summary = false
            if case .summary = scope { summary = true }
            let ranking = IndicatorRanking.build(ctx, indicator: ind, year: year, linker: linker,
                                                 within: summary ? nil : shown, fullTable: !summary)
            keys["ranking"] = ranking ?? false
            var behind = BehindList.items(ctx, indicator: ind, year: year, linker: linker, within: shown)
            if summary { behind.total = ctx.computation.behindSchedule(indicator: ind.index, year: year).count }
            keys["behind"] = behind.items
            keys["hasBehind"] = behind.total > 0
            keys["behindCount"] = ctx.format.integer(behind.total)
        }
        var title = ind.name
        var breadcrumb = [("Tiến độ", Routes.progress)]
        switch scope {
        case .all:
            break
        case .summary(let parts, let regions):
            keys["parts"] = partLinks(ctx, ind, parts: parts, regions: regions, year: latest, linker: linker)
            keys["hasParts"] = !regions.isEmpty
            let level = units[parts.regions[0].unit].level.label.lowercasedFirst
            keys["partLevel"] = level
            keys["rowsTitle"] = "Số liệu các đơn vị \(level) và cấp dưới trực tiếp qua các năm"
        case .region(_, let region):
            let name = units[region.unit].name
            title = "\(ind.name): \(name)"
            keys["region"] = ["name": name, "indicatorHref": linker.link(Routes.indicator(ind)), "indicatorName": ind.name] as ViewModel
            keys["rowsTitle"] = "Số liệu mọi đơn vị của \(name) qua các năm"
            breadcrumb.append((ind.name, Routes.indicator(ind)))
        }
        let meta = PageMeta(path: path, title: title,
                            description: regionUnit.map { "\(ind.name) của \(units[$0].name) và mọi đơn vị trực thuộc qua các năm, xếp hạng năm gần nhất và các đơn vị chậm tiến độ." }
                                ?? "\(ind.name) của mọi đơn vị qua các năm, xếp hạng năm gần nhất và các đơn vị chậm tiến độ.",
                            section: .progress, breadcrumb: breadcrumb)
        return ctx.page("indicator", meta: meta, linker: linker, keys)
    }

    /// The regions' pages as the split indicator page lists them, with how many of each region's
    /// units are behind schedule in the latest year.
    static func partLinks(_ ctx: RenderContext, _ ind: Indicator, parts: RegionParts, regions: [RegionParts.Region],
                          year: Int?, linker: PageLinker) -> [ViewModel] {
        let behind = year.map { Set(ctx.computation.behindSchedule(indicator: ind.index, year: $0)) } ?? []
        return regions.map { region in
            let count = parts.order[region.range].filter { behind.contains($0.unit) }.count
            return ["name": ctx.site.units[region.unit].name,
                    "href": linker.pageLink(Routes.indicatorPart(ind, ctx.site.units[region.unit])),
                    "behindCount": count > 0 ? ctx.format.integer(count) : false]
        }
    }

    /// The target rows of targets.csv on this indicator: who they apply to, what they ask, the document.
    static func targetRows(_ ctx: RenderContext, _ ind: Indicator, linker: PageLinker) -> [ViewModel] {
        ctx.site.targets.filter { $0.indicator == ind.index }.map { t -> ViewModel in
            var row: ViewModel = ["scope": scopeText(ctx, t.scope), "requirement": ctx.requirements[t.index]]
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
