import Compute
import Model
import VietText

/// The progress part of a unit page: each indicator year by year (given or derived), then per
/// targeted indicator a trend chart against the target path and each applicable target with its
/// document, status, margin and pace, then the children ranked.
enum UnitProgressView {
    /// The shapes of the objects below, each made thousands of times per indicator (see `ViewModelShape`).
    private static let valueCell = ViewModelShape(["value", "derived", "missing"])
    private static let missingCell: ViewModel = ["missing": true]
    private static let indicatorRow = ViewModelShape(["name", "unit", "cells", "href"])
    private static let targetIndicator = ViewModelShape(["name", "href", "id", "targets", "figure"])

    static func build(_ ctx: RenderContext, unit: Int, linker: PageLinker) -> ViewModel {
        let years = ctx.computation.values.years
        var indicators: [ViewModel] = []
        var anyDerived = false
        var hrefs: [Int: PageLink] = [:]
        for ind in ctx.site.indicators {
            var cells: [ViewModel] = []
            var any = false
            for y in years {
                if let v = ctx.computation.values.value(unit: unit, indicator: ind.index, year: y) {
                    any = true
                    anyDerived = anyDerived || v.derived
                    // `missing` spelled out: an absent name is looked up in every enclosing object.
                    cells.append(valueCell(ctx.format.number(v.value, ind), v.derived, false))
                } else {
                    cells.append(missingCell)
                }
            }
            guard any else { continue }
            let href = linker.pageLink(ctx.indicatorPath(ind, unit: unit))
            hrefs[ind.index] = href
            indicators.append(indicatorRow(ind.name, ind.unit, cells, href))
        }
        let applicable = ctx.computation.applicableTargets(unit: unit)
        var targets: [ViewModel] = []
        var byIndicator: [ViewModel] = []
        for ind in ctx.site.indicators {
            let own = applicable.filter { ctx.site.targets[$0].indicator == ind.index }
            guard !own.isEmpty else { continue }
            let rows = own.map { TargetChecksView.build(ctx, unit: unit, target: $0, linker: linker) }
            targets += rows
            // Known from the table above when the unit has values; the path check needs them.
            let href = hrefs[ind.index] ?? linker.pageLink(ctx.indicatorPath(ind, unit: unit))
            let figure = TrendFigure.make(ctx, unit: unit, indicator: ind, targets: own, id: ctx.indicatorIDs[ind.index].trend)
            byIndicator.append(targetIndicator(ind.name, href, ctx.indicatorIDs[ind.index].targets, rows,
                                               figure.map { $0.fragment() as Any } ?? false))
        }
        var view: ViewModel = [
            "years": years.map { String($0) }, "indicators": indicators, "hasIndicators": !indicators.isEmpty,
            "anyDerived": anyDerived, "targets": targets, "hasTargets": !targets.isEmpty,
            "targetIndicators": byIndicator,
        ]
        view["ranking"] = ChildRanking.build(ctx, unit: unit, linker: linker) ?? false
        return view
    }
}
