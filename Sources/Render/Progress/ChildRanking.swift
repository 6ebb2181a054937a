import Charts
import Compute
import Model

/// A unit's children ranked on the key indicators of the latest round. Without JavaScript each key
/// indicator has its own pre-sorted copy of the table, shown through `:target` (the column headers
/// link to them); with JavaScript 40-progress.js sorts the default copy in place and drops the others.
enum ChildRanking {
    static let maxIndicators = 3

    static func build(_ ctx: RenderContext, unit u: Int, linker: PageLinker) -> ViewModel? {
        let all = ctx.site.units.childrenOf[u]
        // A province ranks its districts; agencies hanging under it are not compared with them.
        let administrative = all.filter { ctx.site.units[$0].level.isAdministrative }
        let children = administrative.isEmpty ? all : administrative
        guard !children.isEmpty, let year = ctx.computation.latestYear else { return nil }
        let store = ctx.computation.values
        let keys = keyIndicators(ctx, children: children)
        let ranked = children.filter { c in keys.contains { k in store.series(unit: c, indicator: k).contains { $0 != nil } } }
        guard !keys.isEmpty, !ranked.isEmpty else { return nil }
        // Children are listed in dictionary order, so their position is the name sort key.
        let nameRank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
        let primary = keys[0]
        // A child's link and cells are the same in every view; only its place and sparkline differ.
        var rows: [Int: ViewModel] = [:]
        rows.reserveCapacity(ranked.count)
        for c in ranked { rows[c] = row(ctx, unit: c, keys: keys, year: year, nameRank: nameRank, linker: linker) }
        let views = keys.map { k -> ViewModel in
            let order = sorted(ranked, by: k, year: year, ctx: ctx, nameRank: nameRank)
            return view(ctx, sortedBy: k, order: order, keys: keys, year: year, isDefault: k == primary, rows: rows)
        }
        // Alternatives first: the default copy follows them, so `.rank-view:target ~ .rank-view-default` can hide it.
        let ordered = views.dropFirst() + views.prefix(1)
        return ["year": String(year), "views": Array(ordered), "unitCount": ctx.format.integer(ranked.count),
                "primary": ctx.site.indicators[primary].name]
    }

    /// Indicators targeted for most children, rates first, then indicator order; else indicators targeted anywhere.
    static func keyIndicators(_ ctx: RenderContext, children: [Int]) -> [Int] {
        var counts = [Int](repeating: 0, count: ctx.site.indicators.count)
        for c in children {
            let inds = Set(ctx.computation.applicableTargets(unit: c).map { ctx.site.targets[$0].indicator })
            for i in inds { counts[i] += 1 }
        }
        // Rates come first among equals: they compare units of different sizes fairly, counts do not.
        let isPercent = ctx.site.indicators.map(\.isPercent)
        var keys = counts.indices.filter { counts[$0] > 0 }.sorted { a, b in
            if counts[a] != counts[b] { return counts[a] > counts[b] }
            if isPercent[a] != isPercent[b] { return isPercent[a] }
            return a < b
        }
        if keys.isEmpty {
            let targeted = Set(ctx.site.targets.map(\.indicator))
            let store = ctx.computation.values
            keys = ctx.site.indicators.indices.filter { i in
                targeted.contains(i) && children.contains { c in store.series(unit: c, indicator: i).contains { $0 != nil } }
            }
        }
        return Array(keys.prefix(maxIndicators))
    }

    /// Units with a value first, best first in the indicator's direction; ties and the rest by name.
    static func sorted(_ units: [Int], by ind: Int, year: Int, ctx: RenderContext, nameRank: [Int: Int]) -> [Int] {
        let store = ctx.computation.values
        let lowerIsBetter = ctx.site.indicators[ind].direction == .giam
        return units.sorted { a, b in
            let va = store.number(unit: a, indicator: ind, year: year)
            let vb = store.number(unit: b, indicator: ind, year: year)
            switch (va, vb) {
            case let (x?, y?) where x != y: return lowerIsBetter ? x < y : x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return nameRank[a]! < nameRank[b]!
            }
        }
    }

    static func viewID(_ ctx: RenderContext, _ ind: Int) -> String {
        "xep-hang-" + Routes.slug(ctx.site.indicators[ind].id)
    }

    /// A child's row without its place in the order (`stt`) and sparkline (`spark`).
    static func row(_ ctx: RenderContext, unit c: Int, keys: [Int], year: Int, nameRank: [Int: Int], linker: PageLinker) -> ViewModel {
        let store = ctx.computation.values
        var row = ctx.unitLink(c, linker: linker, room: 5)
        row.add("nameRank", String(nameRank[c]!))
        row["cells"] = keys.map { i -> ViewModel in
            let ind = ctx.site.indicators[i]
            guard let v = store.value(unit: c, indicator: i, year: year) else {
                return ["text": "–", "missing": true, "dataValue": "", "derived": false, "status": false]
            }
            var cell: ViewModel = ["text": ctx.format.withUnit(v.value, ind), "derived": v.derived,
                                       "dataValue": ctx.format.dataValue(v.value), "status": false]
            if let s = ctx.computation.indicatorStatus(unit: c, indicator: i, year: year) { cell["status"] = ctx.statusView(s) }
            return cell
        }
        return row
    }

    static func view(_ ctx: RenderContext, sortedBy k: Int, order: [Int], keys: [Int], year: Int, isDefault: Bool,
                     rows base: [Int: ViewModel]) -> ViewModel {
        let sortInd = ctx.site.indicators[k]
        let columns = keys.map { i -> ViewModel in
            let ind = ctx.site.indicators[i]
            var col: ViewModel = ["label": "\(ind.name) (\(TrendFigure.unitLabel(ind)))", "target": viewID(ctx, i),
                                      "better": ind.direction == .giam ? "asc" : "desc", "ariaSort": false]
            if i == k { col["ariaSort"] = ind.direction == .giam ? "ascending" : "descending" }
            return col
        }
        let primary = ctx.site.indicators[keys[0]]
        let rows = order.enumerated().map { pos, c -> ViewModel in
            var row = base[c]!
            row["stt"] = ctx.format.integer(pos + 1)
            row["spark"] = isDefault ? sparkline(ctx, unit: c, indicator: primary, year: year) : false
            return row
        }
        let direction = sortInd.direction == .giam ? "thấp đến cao" : "cao đến thấp"
        return ["id": viewID(ctx, k), "isDefault": isDefault, "columns": columns, "rows": rows,
                "captionBase": "Đơn vị trực thuộc năm \(year)",
                "caption": "Đơn vị trực thuộc năm \(year), xếp theo \(sortInd.name.lowercasedFirst) từ \(direction)",
                "hasSpark": isDefault, "sparkLabel": primary.name.lowercasedFirst]
    }

    /// The child's trend as a chart fragment, marked as such for the link check.
    static func sparkline(_ ctx: RenderContext, unit c: Int, indicator ind: Indicator, year: Int) -> HTMLFragment {
        let store = ctx.computation.values
        let values = store.series(unit: c, indicator: ind.index)
        let words = zip(store.years, values).map { y, v in "\(y): " + (v.map { ctx.format.withUnit($0.value, ind) } ?? "chưa có số liệu") }
        let status = ctx.computation.indicatorStatus(unit: c, indicator: ind.index, year: year)
        let svg = Sparkline(id: "xu-huong-don-vi-\(ctx.site.units[c].code)", title: "\(ind.name) của \(ctx.site.units[c].name) qua các năm",
                         description: words.joined(separator: "; "), values: values.map { $0?.value },
                         lastStatus: status.chart).svgBytes()
        return HTMLFragment(bytes: svg, linkFree: [0..<svg.count])
    }
}

extension String {
    /// "Tỷ lệ hộ nghèo" → "tỷ lệ hộ nghèo", for a name inside a sentence.
    var lowercasedFirst: String {
        guard let f = first else { return self }
        return f.lowercased() + dropFirst()
    }

    /// "giảm ít nhất 3 điểm %" → "Giảm ít nhất 3 điểm %", for a phrase used as a heading.
    var uppercasedFirst: String {
        guard let f = first else { return self }
        return f.uppercased() + dropFirst()
    }
}
