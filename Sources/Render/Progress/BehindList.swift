import Compute
import Model

/// Units behind schedule on an indicator in a year (status chưa đạt or a pace chậm tiến độ), in
/// tree order, each with its status and the worst shortfall.
enum BehindList {
    static func items(_ ctx: RenderContext, indicator ind: Indicator, year: Int, linker: PageLinker,
                      limit: Int? = nil, within: Set<Int>? = nil) -> (items: [ViewModel], total: Int) {
        let positions = ctx.treePositions
        var units = ctx.computation.behindSchedule(indicator: ind.index, year: year)
        // Only the page's own units are put in tree order (a region's page, not the whole country).
        if let within { units = units.filter(within.contains) }
        units.sort { positions[$0] < positions[$1] }
        let shown = limit.map { Array(units.prefix($0)) } ?? units
        let items = shown.map { u -> ViewModel in
            var item = ctx.unitLink(u, linker: linker, room: 3)
            let checks = ctx.computation.checks(unit: u, indicator: ind.index).filter { $0.year == year }
            item.add("status", ctx.computation.indicatorStatus(unit: u, indicator: ind.index, year: year).flatMap { ctx.statusView($0) } ?? false)
            item.add("isBehind", checks.contains { $0.pace == .behind })
            let shortfall = checks.filter { $0.effectiveStatus == .notMet }.compactMap(\.margin).min()
            item.add("margin", shortfall.map { ctx.format.margin($0, ind) } ?? false)
            return item
        }
        return (items, units.count)
    }
}
