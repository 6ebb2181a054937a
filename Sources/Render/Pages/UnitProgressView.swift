import Compute
import Model
import VietText

/// The progress part of a unit page: each indicator year by year (given or derived), then per
/// targeted indicator a trend chart against the target path and each applicable target with its
/// document, status, margin and pace, then the children ranked.
enum UnitProgressView {
    static func build(_ ctx: RenderContext, unit: Int, linker: PageLinker) -> [String: Any] {
        let years = ctx.computation.values.years
        var indicators: [[String: Any]] = []
        var anyDerived = false
        for ind in ctx.site.indicators {
            var cells: [[String: Any]] = []
            var any = false
            for y in years {
                if let v = ctx.computation.values.value(unit: unit, indicator: ind.index, year: y) {
                    any = true
                    anyDerived = anyDerived || v.derived
                    cells.append(["value": ctx.format.number(v.value, ind), "derived": v.derived])
                } else {
                    cells.append(["missing": true])
                }
            }
            guard any else { continue }
            indicators.append(["name": ind.name, "unit": ind.unit, "cells": cells,
                               "href": linker.link(ctx.indicatorPath(ind, unit: unit))])
        }
        let applicable = ctx.computation.applicableTargets(unit: unit)
        var targets: [[String: Any]] = []
        var byIndicator: [[String: Any]] = []
        for ind in ctx.site.indicators {
            let own = applicable.filter { ctx.site.targets[$0].indicator == ind.index }
            guard !own.isEmpty else { continue }
            let rows = own.map { TargetChecksView.build(ctx, unit: unit, target: $0, linker: linker) }
            targets += rows
            var entry: [String: Any] = ["name": ind.name, "href": linker.link(ctx.indicatorPath(ind, unit: unit)),
                                        "id": "muc-tieu-" + Routes.slug(ind.id), "targets": rows, "figure": false]
            if let figure = TrendFigure.make(ctx, unit: unit, indicator: ind, targets: own, id: "xu-huong-" + Routes.slug(ind.id)) {
                entry["figure"] = figure.html()
            }
            byIndicator.append(entry)
        }
        var view: [String: Any] = [
            "years": years.map { String($0) }, "indicators": indicators, "hasIndicators": !indicators.isEmpty,
            "anyDerived": anyDerived, "targets": targets, "hasTargets": !targets.isEmpty,
            "targetIndicators": byIndicator,
        ]
        view["ranking"] = ChildRanking.build(ctx, unit: unit, linker: linker) ?? false
        return view
    }
}
