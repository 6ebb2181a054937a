import Model
import VietText

/// `/khen-thuong/`: commendations grouped by form in order of precedence, then by year and round,
/// with counts and how soon after the achievement year each round was decided; `/khen-thuong/<year>/`.
enum AwardPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        let rounds = AwardTimeliness.rounds(ctx.site.awards)
        var jobs = [PageJob(Routes.awards) { index(ctx, rounds: rounds) }]
        for y in Set(ctx.site.awards.map(\.year)).sorted() {
            jobs.append(PageJob(Routes.awardsYear(y)) { yearPage(ctx, y, rounds: rounds.filter { $0.year == y }) })
        }
        return jobs
    }

    /// Awards (in list order) grouped by the registry's form, unknown forms last by name; inside a
    /// group, one batch per year (newest first) and round, each a table.
    /// Rows a batch shows on the all-years page; a national list (tens of thousands) would otherwise
    /// make one page of many megabytes. The year pages always list every row.
    static let indexBatchLimit = 50

    static func groups(_ ctx: RenderContext, awards: [Int], linker: PageLinker, showYear: Bool = true,
                       limit: Int? = nil) -> [[String: Any]] {
        struct Group { var name: String; var rank: Int; var sortKey: VietCollationKey; var awards: [Int] }
        var groups: [String: Group] = [:]
        for a in awards {
            let award = ctx.site.awards[a]
            let known = AwardForms.groupName(rank: award.formRank)
            let key = known ?? VietMatch.key(award.form)
            if groups[key] == nil {
                let name = known ?? award.form
                groups[key] = Group(name: name, rank: award.formRank, sortKey: VietCollation.key(name), awards: [])
            }
            groups[key]!.awards.append(a)
        }
        let ordered = groups.values.sorted { x, y in
            if x.rank != y.rank { return x.rank < y.rank }
            if x.sortKey != y.sortKey { return x.sortKey < y.sortKey }
            return x.name < y.name
        }
        return ordered.map { g in
            var batches: [String: (year: Int, round: AwardRound, rows: [Int])] = [:]
            for a in g.awards {
                let award = ctx.site.awards[a]
                batches["\(award.year)|\(award.round.rawValue)", default: (award.year, award.round, [])].rows.append(a)
            }
            let roundOrder = AwardRound.allCases
            let sortedBatches = batches.values.sorted { x, y in
                x.year != y.year ? x.year > y.year : roundOrder.firstIndex(of: x.round)! < roundOrder.firstIndex(of: y.round)!
            }
            let unknown = g.rank >= AwardForms.unknownRank
            let anchor = "hinh-thuc-" + (VietSlug.make(g.name).isEmpty ? "khac" : VietSlug.make(g.name))
            return [
                "form": g.name,
                "anchor": anchor,
                "count": ctx.format.integer(g.awards.count),
                "unknown": unknown,
                "batches": sortedBatches.map { b -> [String: Any] in
                    let heading = showYear ? "Năm \(b.year) · \(b.round.label)" : b.round.label
                    let shown = limit.map { Array(b.rows.prefix($0)) } ?? b.rows
                    let count = ctx.format.integer(b.rows.count)
                    var caption = "\(g.name): thành tích năm \(b.year), đợt \(b.round.label.lowercased()), \(count) lượt"
                    if shown.count < b.rows.count { caption += " (\(ctx.format.integer(shown.count)) lượt đầu)" }
                    return [
                        "heading": heading,
                        "year": String(b.year),
                        "count": count,
                        "caption": caption,
                        "awards": shown.map { ctx.awardRow($0, linker: linker) },
                        "more": shown.count < b.rows.count,
                        "moreHref": linker.link(Routes.awardsYear(b.year)) + "#" + anchor,
                    ]
                },
            ]
        }
    }

    /// Rows of the timeliness table of one year's page, each with the id the award rows link to.
    static func roundRows(_ ctx: RenderContext, _ rounds: [AwardTimeliness.Round], linker: PageLinker) -> [[String: Any]] {
        rounds.map { r in
            var row: [String: Any] = [
                "anchor": r.anchor,
                "decision": "Quyết định số \(r.decision) \(r.date.long)",
                "date": r.date.short,
                "year": String(r.year),
                "round": r.round.label,
                "count": ctx.format.integer(r.count),
                "days": ctx.format.days(Double(r.days)),
                "months": ctx.format.months(days: Double(r.days)),
                "early": r.days < 0,
                "decisionHref": false,
            ]
            if let doc = ctx.document(for: DocumentReference.parse(r.decision)) { row["decisionHref"] = linker.link(Routes.document(doc)) }
            return row
        }
    }

    /// One row per achievement year: rounds, commendations, median, earliest and latest delay.
    static func yearRows(_ ctx: RenderContext, _ rounds: [AwardTimeliness.Round], linker: PageLinker) -> [[String: Any]] {
        AwardTimeliness.byYear(rounds).map { y in
            let days = y.rounds.map(\.days)
            return [
                "year": String(y.year),
                "href": linker.link(Routes.awardsYear(y.year)),
                "rounds": ctx.format.integer(y.rounds.count),
                "count": ctx.format.integer(y.rounds.reduce(0) { $0 + $1.count }),
                "median": ctx.format.days(y.median),
                "medianMonths": ctx.format.months(days: y.median),
                "earliest": ctx.format.days(Double(days.min()!)),
                "latest": ctx.format.days(Double(days.max()!)),
            ]
        }
    }

    static func index(_ ctx: RenderContext, rounds: [AwardTimeliness.Round]) -> OutputFileText {
        let linker = PageLinker(path: Routes.awards)
        var perYear: [Int: Int] = [:]
        for a in ctx.site.awards { perYear[a.year, default: 0] += 1 }
        let meta = PageMeta(path: Routes.awards, title: "Khen thưởng",
                            description: "Các tập thể, hộ gia đình và cá nhân được khen thưởng trong phong trào, theo hình thức khen thưởng, năm và đợt; khen thưởng có kịp thời không.",
                            section: .awards)
        let all = AwardTimeliness.median(rounds.map(\.days))
        return ctx.page("awards", meta: meta, linker: linker, [
            "groups": groups(ctx, awards: ctx.awardOrder, linker: linker, limit: indexBatchLimit),
            "hasAwards": !ctx.awardOrder.isEmpty,
            "total": ctx.format.integer(ctx.awardOrder.count),
            "years": perYear.keys.sorted(by: >).map {
                ["year": String($0), "href": linker.link(Routes.awardsYear($0)), "count": ctx.format.integer(perYear[$0]!)]
            },
            "typeRows": AwardStats.byRecipientType(ctx, awards: ctx.awardOrder),
            "districtRows": AwardStats.byDistrict(ctx, awards: ctx.awardOrder, linker: linker),
            "timelinessYears": yearRows(ctx, rounds, linker: linker),
            "hasTimeliness": !rounds.isEmpty,
            "roundCount": ctx.format.integer(rounds.count),
            "medianAll": all.map { ctx.format.days($0) as Any } ?? false,
            "medianAllMonths": all.map { ctx.format.months(days: $0) as Any } ?? false,
        ])
    }

    static func yearPage(_ ctx: RenderContext, _ year: Int, rounds: [AwardTimeliness.Round]) -> OutputFileText {
        let path = Routes.awardsYear(year)
        let linker = PageLinker(path: path)
        let awards = ctx.awardOrder.filter { ctx.site.awards[$0].year == year }
        let meta = PageMeta(path: path, title: "Khen thưởng năm \(year)",
                            description: "Các quyết định khen thưởng cho thành tích năm \(year), theo hình thức và đợt, và thời gian từ hết năm đến ngày quyết định.",
                            section: .awards, breadcrumb: [("Khen thưởng", Routes.awards)])
        let median = AwardTimeliness.median(rounds.map(\.days))
        return ctx.page("awards-year", meta: meta, linker: linker, [
            "year": String(year),
            "total": ctx.format.integer(awards.count),
            "groups": groups(ctx, awards: awards, linker: linker, showYear: false),
            "typeRows": AwardStats.byRecipientType(ctx, awards: awards),
            "districtRows": AwardStats.byDistrict(ctx, awards: awards, linker: linker),
            "rounds": roundRows(ctx, rounds, linker: linker),
            "hasTimeliness": !rounds.isEmpty,
            "median": median.map { ctx.format.days($0) as Any } ?? false,
            "medianMonths": median.map { ctx.format.months(days: $0) as Any } ?? false,
            "awardsHref": linker.link(Routes.awards),
        ])
    }
}
