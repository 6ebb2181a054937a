import Model
import VietText

/// Counts of commendations by recipient type and by district, as table rows.
enum AwardStats {
    /// Rows `label`, `count`, `share` for the given awards, by recipient type in a fixed order;
    /// awards whose type was not written come last.
    static func byRecipientType(_ ctx: RenderContext, awards: [Int]) -> [ViewModel] {
        var counts: [RecipientType?: Int] = [:]
        for a in awards { counts[ctx.site.awards[a].recipientType, default: 0] += 1 }
        let order: [RecipientType?] = RecipientType.allCases.map { $0 } + [nil]
        return order.compactMap { t in
            guard let n = counts[t] else { return nil }
            return row(ctx, label: t?.label ?? "Chưa ghi loại đối tượng", count: n, total: awards.count)
        }
    }

    /// Rows by district in the unit tree's order; awards given above or outside districts
    /// (province, departments, enterprises) form a last row.
    static func byDistrict(_ ctx: RenderContext, awards: [Int], linker: PageLinker) -> [ViewModel] {
        var counts: [Int: Int] = [:]
        var outside = 0
        var districtOfUnit: [Int: Int?] = [:]
        for a in awards {
            let u = ctx.site.awards[a].unit
            let d: Int?
            if let cached = districtOfUnit[u] { d = cached } else {
                d = ctx.district(of: u)?.index
                districtOfUnit[u] = d
            }
            if let d { counts[d, default: 0] += 1 } else { outside += 1 }
        }
        let units = ctx.site.units
        var rows: [ViewModel] = []
        // The districts counted, in tree order (not a walk of the whole tree for every award page).
        for u in counts.keys.sorted(by: { ctx.treePositions[$0] < ctx.treePositions[$1] }) where units[u].level == .huyen {
            let n = counts[u]!
            var r = row(ctx, label: units[u].name, count: n, total: awards.count)
            r["href"] = linker.pageLink(ctx.unitRoutes[u])
            rows.append(r)
        }
        if outside > 0 { rows.append(row(ctx, label: "Cấp tỉnh, sở, ngành và đơn vị khác", count: outside, total: awards.count)) }
        return rows
    }

    static func row(_ ctx: RenderContext, label: String, count: Int, total: Int) -> ViewModel {
        ["label": label, "count": ctx.format.integer(count),
         "share": total > 0 ? VietNumber.percent(Double(count) / Double(total), decimals: 1, trimZeros: false) : "–",
         "href": false]
    }
}
