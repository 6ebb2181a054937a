import Compute
import Model
import VietText

/// Current figures for a ```thidua-table``` / ```thidua-chart``` block of a document or page.
enum LiveBlockRenderer {
    static func units(_ sel: UnitSelection, ctx: RenderContext) -> [Int] {
        switch sel {
        case .unit(let u): return [u]
        case .children(let u): return ctx.site.units.childrenOf[u].filter { ctx.site.units[$0].level.isAdministrative }
        case .level(let l): return ctx.site.units.units.filter { $0.level == l }.map(\.index)
        case .list(let l): return l
        }
    }

    static func html(_ block: LiveBlock, ctx: RenderContext, linker: PageLinker, id: String) -> String {
        let ind = ctx.site.indicators[block.indicator]
        let years = (block.years ?? ctx.computation.values.years).filter { ctx.computation.values.years.contains($0) }
        let caption = block.title ?? "\(ind.name) (\(ind.unit))"
        var h = "<figure class=\"live-block\" id=\"\(id)\"><table class=\"data-table\"><caption>\(HTML.escape(caption))</caption><thead><tr><th scope=\"col\">Đơn vị</th>"
        for y in years { h += "<th scope=\"col\" class=\"num\">\(y)</th>" }
        h += "</tr></thead><tbody>"
        for u in units(block.units, ctx: ctx) {
            let unit = ctx.site.units[u]
            h += "<tr><th scope=\"row\"><a href=\"\(HTML.escape(linker.link(Routes.unit(unit))))\">\(HTML.escape(unit.name))</a></th>"
            for y in years {
                if let v = ctx.computation.values.value(unit: u, indicator: ind.index, year: y) {
                    h += "<td class=\"num\">\(ctx.format.number(v.value, ind))</td>"
                } else {
                    h += "<td class=\"num missing\">–</td>"
                }
            }
            h += "</tr>"
        }
        h += "</tbody></table></figure>"
        return h
    }
}

/// Escaping for the few fragments built in Swift rather than in templates.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
