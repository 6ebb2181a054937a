import Compute
import Model
import VietText

/// `/don-vi/` (the tree) and `/don-vi/<slug>/` (one unit).
enum UnitPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        var jobs = [PageJob(Routes.units) { treePage(ctx) }]
        for u in ctx.site.units.units {
            jobs.append(PageJob(Routes.unit(u)) { unitPage(ctx, u.index) })
        }
        return jobs
    }

    static func treePage(_ ctx: RenderContext) -> OutputFileText {
        treePage(ctx, splitAbove: ctx.splitAbove)
    }

    /// Above `splitAbove` units (a national site: 10,794 units, 2.3 MB as one tree) the tree stops at
    /// the level below the regions (provinces and districts); each unit's page lists its own units.
    static func treePage(_ ctx: RenderContext, splitAbove: Int) -> OutputFileText {
        let linker = PageLinker(path: Routes.units)
        let units = ctx.site.units
        let parts = units.count > splitAbove ? ctx.regions : nil
        let lastDepth = parts.map { $0.depth + 1 }
        func node(_ i: Int, depth: Int) -> ViewModel {
            var n = ctx.unitLink(i, linker: linker)
            if let (year, status) = ctx.computation.latestStatus(unit: i) {
                n["status"] = ctx.statusView(status)
                n["statusYear"] = String(year)
            } else {
                n["status"] = false // not absent: Mustache would show the parent node's status
            }
            let cut = lastDepth.map { depth >= $0 } ?? false
            let children = cut ? [] : units.childrenOf[i].map { node($0, depth: depth + 1) }
            // Like `status`: set on every node, or a node would show its parent's count.
            n["cutChildren"] = cut && !units.childrenOf[i].isEmpty ? String(units.childrenOf[i].count) : false
            n["children"] = children
            n["hasChildren"] = !children.isEmpty
            n["childCount"] = String(children.count)
            // Every node sets it: a missing key would be looked up in the parent node.
            n["open"] = units.parentOf[i] == nil
            return n
        }
        let administrative = units.roots.filter { units[$0].level.isAdministrative }.map { node($0, depth: 0) }
        let others = units.roots.filter { !units[$0].level.isAdministrative }.map { node($0, depth: 0) }
        var counts: [ViewModel] = []
        for level in UnitLevel.allCases {
            let n = units.units.filter { $0.level == level }.count
            if n > 0 { counts.append(["level": level.label, "count": ctx.format.integer(n)]) }
        }
        let meta = PageMeta(path: Routes.units, title: "Đơn vị tham gia",
                            description: "Danh sách \(ctx.format.integer(units.count)) đơn vị tham gia phong trào, theo cấp hành chính, kèm tình trạng đạt mục tiêu mới nhất.",
                            section: .units)
        var keys: ViewModel = [
            "tree": administrative, "others": others, "hasOthers": !others.isEmpty, "levelCounts": counts,
            "unitCount": ctx.format.integer(units.count), "cutLevel": false,
        ]
        if let parts, let below = parts.order.first(where: { $0.depth == parts.depth + 1 }) {
            keys["cutLevel"] = units[below.unit].level.label.lowercasedFirst
        }
        return ctx.page("units", meta: meta, linker: linker, keys)
    }

    static func unitPage(_ ctx: RenderContext, _ i: Int) -> OutputFileText {
        let units = ctx.site.units
        let unit = units[i]
        let path = ctx.unitRoutes[i]
        let linker = PageLinker(path: path)
        let ancestors = units.path(to: i).dropLast()
        var keys: ViewModel = [
            "unit": ctx.unitLink(i, linker: linker),
            "levelLabel": unit.level.label,
            "code": unit.code,
        ]
        if let p = units.parentOf[i] { keys.add("parent", ctx.unitLink(p, linker: linker)) }
        if let narrative = ctx.site.narratives[i] { keys.add("narrative", ctx.html(narrative, linker: linker, headingOffset: ctx.sectionOffset(narrative))) }
        if let (year, status) = ctx.computation.latestStatus(unit: i) {
            if let view = ctx.statusView(status) { keys.add("status", view) }
            keys.add("statusYear", String(year))
        }
        keys.add("progress", UnitProgressView.build(ctx, unit: i, linker: linker))
        let children = units.childrenOf[i]
        keys.add("children", children.map { c -> ViewModel in
            var row = ctx.unitLink(c, linker: linker)
            // false rather than absent, or Mustache would show this page's own status on the row.
            row.add("status", ctx.computation.latestStatus(unit: c).flatMap { ctx.statusView($0.1) } ?? false)
            return row
        })
        keys.add("hasChildren", !children.isEmpty)
        let models = ctx.modelsUnder[i] ?? []
        keys.add("models", models.prefix(12).map { ctx.modelCard($0, linker: linker) })
        keys.add("hasModels", !models.isEmpty)
        keys.add("modelCount", ctx.format.integer(models.count))
        keys.add("moreModels", models.count > 12)
        let awards = ctx.awardsUnder[i] ?? []
        keys.add("awards", awards.prefix(50).map { ctx.awardRow($0, linker: linker) })
        keys.add("hasAwards", !awards.isEmpty)
        keys.add("awardCount", ctx.format.integer(awards.count))
        keys.add("caption", awards.count > 50
            ? "Khen thưởng của \(unit.name) và các đơn vị trực thuộc (50 trong số \(ctx.format.integer(awards.count)) lượt)"
            : "Khen thưởng của \(unit.name) và các đơn vị trực thuộc")
        keys.add("moreAwards", awards.count > 50)
        keys.add("modelsHref", linker.link(Routes.models))
        keys.add("awardsHref", linker.link(Routes.awards))
        var meta = PageMeta(path: path, title: unit.name,
                            description: "\(unit.name): số liệu từng năm so với mục tiêu, đơn vị trực thuộc, điển hình tiên tiến và khen thưởng trong phong trào \(ctx.site.config.title).",
                            section: .units,
                            breadcrumb: [("Đơn vị", Routes.units)] + ancestors.map { (units[$0].name, ctx.unitRoutes[$0]) })
        meta.ogType = "article"
        return ctx.page("unit", meta: meta, linker: linker, keys)
    }
}
