import Compute
import Model
import VietText

/// The progress part of a unit page: each indicator year by year (given or derived), each
/// applicable target with its status and margin.
enum UnitProgressView {
    static func build(_ ctx: RenderContext, unit: Int, linker: PageLinker) -> [String: Any] {
        let years = ctx.computation.values.years
        var indicators: [[String: Any]] = []
        for ind in ctx.site.indicators {
            var cells: [[String: Any]] = []
            var any = false
            for y in years {
                if let v = ctx.computation.values.value(unit: unit, indicator: ind.index, year: y) {
                    any = true
                    cells.append(["value": ctx.format.number(v.value, ind), "derived": v.derived])
                } else {
                    cells.append(["missing": true])
                }
            }
            guard any else { continue }
            indicators.append(["name": ind.name, "unit": ind.unit, "cells": cells,
                               "href": linker.link(Routes.indicator(ind))])
        }
        var targets: [[String: Any]] = []
        for t in ctx.computation.applicableTargets(unit: unit) {
            let target = ctx.site.targets[t]
            let ind = ctx.site.indicators[target.indicator]
            let checks = ctx.computation.checks(unit: unit).filter { $0.target == t }
            var row: [String: Any] = ["indicator": ind.name, "requirement": ctx.format.requirement(target, ind)]
            if let s = target.source { row["source"] = s }
            if let doc = ctx.document(for: target.sourceReference) { row["sourceHref"] = linker.link(Routes.document(doc)) }
            row["checks"] = checks.map { c -> [String: Any] in
                var r: [String: Any] = ["year": String(c.year), "status": ctx.statusView(c.effectiveStatus) as Any]
                if let m = c.margin { r["margin"] = ctx.format.margin(m, ind) }
                if let p = c.pace { r["pace"] = p.label; r["behind"] = p == .behind }
                return r
            }
            targets.append(row)
        }
        return ["years": years.map { String($0) }, "indicators": indicators, "hasIndicators": !indicators.isEmpty,
                "targets": targets, "hasTargets": !targets.isEmpty]
    }
}
