import Compute
import Model
import VietText

/// Key figures of the latest round for the top unit: each indicator's baseline, latest value and
/// change, its period target and whether it is on course.
enum KeyFigures {
    static func build(_ ctx: RenderContext, linker: PageLinker) -> [ViewModel] {
        guard let root = ctx.primaryRoot, let latest = ctx.computation.latestYear else { return [] }
        let baseline = ctx.site.config.baselineYear
        let applicable = ctx.computation.applicableTargets(unit: root)
        var out: [ViewModel] = []
        for ind in ctx.site.indicators {
            guard let now = ctx.computation.values.value(unit: root, indicator: ind.index, year: latest) else { continue }
            var f: ViewModel = ["name": ind.name, "value": ctx.format.withUnit(now.value, ind), "year": String(latest),
                                    "href": linker.link(Routes.indicator(ind))]
            if latest != baseline, let base = ctx.computation.values.value(unit: root, indicator: ind.index, year: baseline) {
                f["baseline"] = ctx.format.withUnit(base.value, ind)
                f["baselineYear"] = String(baseline)
                let change = now.value - base.value
                let unit = ctx.format.changeUnit(ind)
                f["change"] = (change >= 0 ? "+" : "−") + ctx.format.number(abs(change), ind) + (unit.isEmpty ? "" : " \(unit)")
            }
            if let s = ctx.computation.indicatorStatus(unit: root, indicator: ind.index, year: latest) {
                f["status"] = ctx.statusView(s)
            }
            let targets = applicable.filter { ctx.site.targets[$0].indicator == ind.index }.map { ctx.site.targets[$0] }
            if !targets.isEmpty {
                f["target"] = "mục tiêu: " + targets.map { ctx.format.periodTarget($0, ind) }.joined(separator: "; ")
            }
            let paces = ctx.computation.checks(unit: root, indicator: ind.index).filter { $0.year == latest }.compactMap(\.pace)
            if !paces.isEmpty {
                let behind = paces.contains(.behind)
                f["onCourse"] = behind ? Pace.behind.label : Pace.onCourse.label
                f["behind"] = behind
            }
            out.append(f)
        }
        return out
    }
}
