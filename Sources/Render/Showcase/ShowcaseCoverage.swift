import Model
import VietText

/// Where exemplary models are still missing: for each district, the communes (xã, phường, thị trấn)
/// with no published model in them or in their villages. The board's criticism ("phát hiện và nhân
/// rộng điển hình tiên tiến còn hạn chế") made visible, so the province knows where to look.
enum ShowcaseCoverage {
    struct District: Sendable {
        let unit: Int
        let communes: [Int]
        /// Communes with no published model, in the unit tree's order.
        let without: [Int]
        var withModels: Int { communes.count - without.count }
    }

    /// Every district that has communes, in the unit tree's order.
    static func districts(_ ctx: RenderContext) -> [District] {
        let units = ctx.site.units
        var out: [District] = []
        for root in units.roots {
            for d in [root] + units.descendants(of: root) where units[d].level == .huyen {
                let communes = units.descendants(of: d).filter { units[$0].level == .xa }
                guard !communes.isEmpty else { continue }
                let without = communes.filter { (ctx.modelsUnder[$0] ?? []).isEmpty }
                out.append(District(unit: d, communes: communes, without: without))
            }
        }
        return out
    }

    /// The page's view model: totals, one table row per district, and the communes still without.
    static func keys(_ ctx: RenderContext, linker: PageLinker) -> ViewModel {
        let districts = districts(ctx)
        let total = districts.reduce(0) { $0 + $1.communes.count }
        let without = districts.reduce(0) { $0 + $1.without.count }
        func share(_ n: Int, _ of: Int) -> String {
            of > 0 ? VietNumber.percent(Double(n) / Double(of), decimals: 1, trimZeros: false) : "–"
        }
        let rows: [ViewModel] = districts.map { d in
            let unit = ctx.site.units[d.unit]
            let modelsHref: Any = ctx.modelsUnder[d.unit] == nil ? false : linker.pageLink(Routes.modelDistrict(unit))
            return [
                "name": unit.name,
                "href": linker.pageLink(ctx.unitRoutes[d.unit]),
                "anchor": unit.slug,
                "communes": ctx.format.integer(d.communes.count),
                "withModels": ctx.format.integer(d.withModels),
                "without": ctx.format.integer(d.without.count),
                "share": share(d.withModels, d.communes.count),
                "hasWithout": !d.without.isEmpty,
                "missing": d.without.map { ctx.unitLink($0, linker: linker) },
                "modelsHref": modelsHref,
            ]
        }
        return [
            "coverage": true,
            "coverageRows": rows,
            "coverageTotal": ctx.format.integer(total),
            "coverageWith": ctx.format.integer(total - without),
            "coverageWithout": ctx.format.integer(without),
            "coverageShare": share(total - without, total),
            "hasCoverage": !rows.isEmpty,
        ]
    }
}
