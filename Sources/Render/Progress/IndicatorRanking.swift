import Charts
import Compute
import Model
import VietText

/// The latest-round ranking on `/tien-do/<indicator>/`: the level with most units that have a
/// value, best first in the indicator's direction; top and bottom 20 when the level is large.
enum IndicatorRanking {
    static let chartSize = 20

    /// `within`: the units to rank (all when nil). `fullTable`: the table of every ranked unit below
    /// the top and bottom charts (left out where the ranked units are listed region by region).
    static func build(_ ctx: RenderContext, indicator ind: Indicator, year: Int, linker: PageLinker,
                      within: Set<Int>? = nil, fullTable: Bool = true) -> ViewModel? {
        let store = ctx.computation.values
        var byLevel: [UnitLevel: [Int]] = [:]
        // In unit order either way, so ties rank the same on every page.
        for u in within.map({ $0.sorted() }) ?? Array(ctx.site.units.units.indices)
            where store.number(unit: u, indicator: ind.index, year: year) != nil {
            byLevel[ctx.site.units[u].level, default: []].append(u)
        }
        guard let level = UnitLevel.allCases.filter({ byLevel[$0] != nil })
            .max(by: { byLevel[$0]!.count < byLevel[$1]!.count || (byLevel[$0]!.count == byLevel[$1]!.count && $0 > $1) })
        else { return nil }
        let lowerIsBetter = ind.direction == .giam
        let names = ctx.unitNameRanks
        let ranked = byLevel[level]!.map { (u: $0, value: store.number(unit: $0, indicator: ind.index, year: year)!) }
            .sorted { a, b in
                if a.value != b.value { return lowerIsBetter ? a.value < b.value : a.value > b.value }
                return names[a.u] < names[b.u]
            }.map(\.u)
        let reference = commonReference(ctx, ind: ind, units: ranked, year: year)
        let levelName = level.label.lowercasedFirst
        let direction = lowerIsBetter ? "thấp nhất (tốt nhất) trước" : "cao nhất (tốt nhất) trước"
        var figures: [HTMLFragment] = []
        if ranked.count <= 2 * chartSize {
            figures.append(figure(ctx, ind, Array(ranked.enumerated()), year: year, reference: reference, linker: linker,
                                  id: "xep-hang-\(year)", title: "\(ind.name) năm \(year), đơn vị \(levelName), \(direction)"))
        } else {
            let all = Array(ranked.enumerated())
            figures.append(figure(ctx, ind, Array(all.prefix(chartSize)), year: year, reference: reference, linker: linker,
                                  id: "dung-dau-\(year)", title: "\(ind.name) năm \(year): \(chartSize) đơn vị \(levelName) dẫn đầu"))
            figures.append(figure(ctx, ind, Array(all.suffix(chartSize)), year: year, reference: reference, linker: linker,
                                  id: "cuoi-bang-\(year)", title: "\(ind.name) năm \(year): \(chartSize) đơn vị \(levelName) cuối bảng"))
        }
        var view: ViewModel = ["year": String(year), "level": levelName, "count": ctx.format.integer(ranked.count),
                                   "figures": figures, "full": false, "hasFull": fullTable && ranked.count > 2 * chartSize]
        if fullTable && ranked.count > 2 * chartSize {
            // A district's or province's link is the same on each of its units' rows: made once.
            var parentLinks: [Int: ViewModel] = [:]
            func parentLink(_ p: Int) -> ViewModel {
                if let link = parentLinks[p] { return link }
                let link = ctx.unitLink(p, linker: linker)
                parentLinks[p] = link
                return link
            }
            view["full"] = ranked.enumerated().map { pos, u -> ViewModel in
                var row = ctx.unitLink(u, linker: linker, room: 5)
                row.add("stt", ctx.format.integer(pos + 1))
                let v = store.value(unit: u, indicator: ind.index, year: year)!
                row.add("value", ctx.format.number(v.value, ind))
                row.add("derived", v.derived)
                row.add("status", ctx.computation.indicatorStatus(unit: u, indicator: ind.index, year: year).flatMap { ctx.statusView($0) } ?? false)
                row.add("parent", ctx.site.units.parentOf[u].map(parentLink) ?? false)
                return row
            }
        }
        return view
    }

    /// The level every ranked unit must reach that year when it is one shared number (toi_da / toi_thieu).
    static func commonReference(_ ctx: RenderContext, ind: Indicator, units: [Int], year: Int) -> BarReference? {
        var common: Double?
        var rule: TargetRule?
        for u in units {
            let levels = ctx.computation.checks(unit: u, indicator: ind.index).filter { c in
                let r = ctx.site.targets[c.target].rule
                return c.year == year && (r == .toiDa || r == .toiThieu) && c.required != nil
            }
            guard levels.count == 1, let req = levels[0].required else { return nil }
            let r = ctx.site.targets[levels[0].target].rule
            if let c = common, abs(c - req) > 1e-9 || rule != r { return nil }
            common = req
            rule = r
        }
        guard let value = common, let rule else { return nil }
        return BarReference(value: value, label: "Mục tiêu: \(rule == .toiDa ? "≤" : "≥") \(ctx.format.withUnit(value, ind))")
    }

    static func figure(_ ctx: RenderContext, _ ind: Indicator, _ entries: [(offset: Int, element: Int)], year: Int,
                       reference: BarReference?, linker: PageLinker, id: String, title: String) -> HTMLFragment {
        let store = ctx.computation.values
        let bars = entries.map { e -> Bar in
            let v = store.number(unit: e.element, indicator: ind.index, year: year)
            return Bar(label: ctx.site.units[e.element].name, value: v,
                       status: ctx.computation.indicatorStatus(unit: e.element, indicator: ind.index, year: year).chart,
                       valueLabel: v.map { ctx.format.number($0, ind) })
        }
        var description = entries.map { e in
            "\(ctx.format.integer(e.offset + 1)). \(ctx.site.units[e.element].name): "
                + (store.number(unit: e.element, indicator: ind.index, year: year).map { ctx.format.withUnit($0, ind) } ?? "chưa có số liệu")
        }.joined(separator: "; ") + "."
        if let reference { description += " \(reference.label)." }
        let chart = BarChart(id: id + "-bieu-do", title: title, description: description, bars: bars,
                             valueFormatter: ctx.format.axis, reference: reference)
        let rows = entries.map { e -> ProgressFigure.Row in
            let u = e.element
            let status = ctx.computation.indicatorStatus(unit: u, indicator: ind.index, year: year)
            return .init(head: ctx.site.units[u].name, href: linker.link(ctx.unitRoutes[u]), cells: [
                .init(text: ctx.format.integer(e.offset + 1)),
                TrendFigure.valueCell(ctx, store.value(unit: u, indicator: ind.index, year: year), ind),
                status.map { .init(text: $0.label, status: $0) } ?? .init(text: ""),
            ])
        }
        return ProgressFigure(id: id, caption: title + " (\(TrendFigure.unitLabel(ind)))", svg: chart.svgBytes(), corner: "Đơn vị",
                              columns: ["Hạng", "Năm \(year)", "Kết quả"], rows: rows, textColumns: [2]).fragment()
    }
}
