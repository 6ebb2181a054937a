import Compute
import Model

/// One applicable target of a unit for its page: what it asks, the document that set it, and
/// each year's required and achieved figures, status, margin and pace.
enum TargetChecksView {
    static func build(_ ctx: RenderContext, unit u: Int, target ti: Int, linker: PageLinker) -> ViewModel {
        let t = ctx.site.targets[ti]
        let ind = ctx.site.indicators[t.indicator]
        var row: ViewModel = ["indicator": ind.name, "requirement": ctx.requirements[ti],
                                  "title": ctx.requirementTitles[ti],
                                  "rule": t.rule.label, "period": "\(t.from)–\(t.to)"]
        let alternatives = alternativeTargets(ctx, unit: u, target: ti)
        if let source = t.source { row["source"] = source }
        if let doc = ctx.document(for: t.sourceReference) { row["sourceHref"] = linker.pageLink(Routes.document(doc)) }
        if !alternatives.isEmpty {
            row["alternatives"] = alternatives.map { named(ctx, $0) }.joined(separator: "; ")
        }
        let checks = ctx.computation.checks(unit: u, target: ti)
        row["checks"] = checks.map { c in checkView(ctx, c, t, ind, alternatives: alternatives) }
        row["hasChecks"] = !checks.isEmpty
        return row
    }

    /// A target as its group's alternatives list it: "indicator: what it asks".
    static func named(_ ctx: RenderContext, _ target: Int) -> String {
        "\(ctx.site.indicators[ctx.site.targets[target].indicator].name): \(ctx.requirements[target])"
    }

    /// The other targets of the same group that apply to the unit: meeting any of them meets the group.
    static func alternativeTargets(_ ctx: RenderContext, unit u: Int, target ti: Int) -> [Int] {
        guard let g = ctx.site.targets[ti].group, !g.isEmpty else { return [] }
        return ctx.computation.applicableTargets(unit: u).filter { $0 != ti && ctx.site.targets[$0].group == g }
    }

    static func checkView(_ ctx: RenderContext, _ c: TargetCheck, _ t: Target, _ ind: Indicator,
                          alternatives: [Int]) -> ViewModel {
        // Missing figures stay absent (not false): themes print them with {{margin}}, and no outer
        // context of a unit page has keys of these names.
        var r: ViewModel = ViewModel(minimumCapacity: 12)
        r.add("year", String(c.year))
        r.add("status", ctx.statusView(c.effectiveStatus) ?? false)
        var result = ctx.statusView(c.effectiveStatus) ?? [:]
        if c.groupStatus == .met && c.status != .met {
            let met = alternatives.filter { a in
                ctx.computation.checks(unit: c.unit, target: a).contains { $0.year == c.year && $0.status == .met }
            }
            let names = met.map { named(ctx, $0) }
            result["label"] = "đạt theo phương án thay thế" + (names.isEmpty ? "" : " (" + names.joined(separator: "; ") + ")")
            r.add("viaAlternative", true)
            if let own = ctx.statusView(c.status) { r.add("ownStatus", own) }
        }
        r.add("result", result)
        if let v = c.required { r.add("required", ctx.format.required(v, t, ind)) }
        if let v = c.achieved { r.add("achieved", ctx.format.achieved(v, t, ind)) }
        if let m = c.margin { r.add("margin", ctx.format.margin(m, ind)) }
        if let p = c.pace {
            r.add("pace", p.label)
            r.add("behind", p == .behind)
            r.add("paceClass", p == .behind ? "cham" : "dung")
            r.add("paceSymbol", p == .behind ? "⚠" : "→")
        }
        return r
    }
}
