import Model
import VietText

/// `/khen-thuong/`: commendations grouped by form in order of precedence, then by year and round,
/// with counts and how soon after the achievement year each round was decided; `/khen-thuong/<year>/`.
enum AwardPages {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        jobs(ctx, splitAbove: ctx.splitAbove)
    }

    /// A year's commendations, split by region when the year has more than `splitAbove` of them.
    struct YearSplit {
        let parts: RegionParts
        /// Region index → that region's awards of the year, in list order.
        let byRegion: [Int: [Int]]
        /// Awards of the year in no region (a national agency at the top of the tree): on the year page.
        let outside: [Int]
        var regions: [Int] { byRegion.keys.sorted() }
    }

    /// Awards by year, in list order, and the years split by region.
    static func years(_ ctx: RenderContext, splitAbove: Int) -> (byYear: [Int: [Int]], splits: [Int: YearSplit]) {
        let parts = ctx.regions
        var byYear: [Int: [Int]] = [:]
        for a in ctx.awardOrder { byYear[ctx.site.awards[a].year, default: []].append(a) }
        var splits: [Int: YearSplit] = [:]
        for (year, awards) in byYear where awards.count > splitAbove {
            guard let parts else { break }
            var byRegion: [Int: [Int]] = [:]
            var outside: [Int] = []
            for a in awards {
                if let r = parts.regionOfUnit[ctx.site.awards[a].unit] { byRegion[r, default: []].append(a) } else { outside.append(a) }
            }
            splits[year] = YearSplit(parts: parts, byRegion: byRegion, outside: outside)
        }
        return (byYear, splits)
    }

    /// The page that lists each award (by index into `site.awards`): its year's page, or its
    /// region's page in a year split by region. Search results lead there.
    static func listingPaths(_ ctx: RenderContext, splitAbove: Int) -> [String] {
        var paths = ctx.site.awards.map { Routes.awardsYear($0.year) }
        for (year, split) in years(ctx, splitAbove: splitAbove).splits {
            for (r, awards) in split.byRegion {
                let path = Routes.awardsYearPart(year, ctx.site.units[split.parts.regions[r].unit])
                for a in awards { paths[a] = path }
            }
        }
        return paths
    }

    static func jobs(_ ctx: RenderContext, splitAbove: Int) -> [PageJob] {
        let rounds = AwardTimeliness.rounds(ctx.site.awards)
        let (byYear, splits) = years(ctx, splitAbove: splitAbove)
        let splitYears = Set(splits.keys)
        var jobs = [PageJob(Routes.awards) { index(ctx, rounds: rounds, splitYears: splitYears) }]
        for y in byYear.keys.sorted() {
            let yearRounds = rounds.filter { $0.year == y }
            let awards = byYear[y]!
            let split = splits[y]
            jobs.append(PageJob(Routes.awardsYear(y)) { yearPage(ctx, y, awards: awards, rounds: yearRounds, split: split) })
            guard let split else { continue }
            for r in split.regions {
                let region = ctx.site.units[split.parts.regions[r].unit]
                jobs.append(PageJob(Routes.awardsYearPart(y, region)) { regionPage(ctx, y, region: region, awards: split.byRegion[r]!) })
            }
        }
        return jobs
    }

    /// Awards (in list order) grouped by the registry's form, unknown forms last by name; inside a
    /// group, one batch per year (newest first) and round, each a table.
    /// Rows a batch shows on the all-years page; a national list (tens of thousands) would otherwise
    /// make one page of many megabytes. The year pages always list every row.
    static let indexBatchLimit = 50

    static func groups(_ ctx: RenderContext, awards: [Int], linker: PageLinker, showYear: Bool = true,
                       limit: Int? = nil, splitYears: Set<Int> = []) -> [ViewModel] {
        struct Group { var name: String; var rank: Int; var sortKey: VietCollationKey; var awards: [Int] }
        // A known form's group found by its rank, an unknown one's by its matching key: hashing the
        // Vietnamese name of the group for each commendation normalized it every time.
        var groups: [Group] = []
        var knownGroup: [Int: Int] = [:], unknownGroup: [String: Int] = [:]
        for a in awards {
            let award = ctx.site.awards[a]
            let known = AwardForms.groupName(rank: award.formRank)
            let existing = known != nil ? knownGroup[award.formRank] : unknownGroup[VietMatch.key(award.form)]
            let index = existing ?? groups.count
            if existing == nil {
                let name = known ?? award.form
                if known != nil { knownGroup[award.formRank] = index } else { unknownGroup[VietMatch.key(award.form)] = index }
                groups.append(Group(name: name, rank: award.formRank, sortKey: VietCollation.key(name), awards: []))
            }
            groups[index].awards.append(a)
        }
        let ordered = groups.sorted { x, y in
            if x.rank != y.rank { return x.rank < y.rank }
            if x.sortKey != y.sortKey { return x.sortKey < y.sortKey }
            return x.name < y.name
        }
        return ordered.map { g in
            struct Batch: Hashable { let year: Int; let round: AwardRound }
            var batches: [Batch: (year: Int, round: AwardRound, rows: [Int])] = [:]
            for a in g.awards {
                let award = ctx.site.awards[a]
                batches[Batch(year: award.year, round: award.round), default: (award.year, award.round, [])].rows.append(a)
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
                "batches": sortedBatches.map { b -> ViewModel in
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
                        // A year split by region lists its rows on the regions' pages, linked from there.
                        "moreHref": linker.link(Routes.awardsYear(b.year)) + "#" + (splitYears.contains(b.year) ? "tung-vung" : anchor),
                    ]
                },
            ]
        }
    }

    /// Rows of the timeliness table of one year's page, each with the id the award rows link to.
    static func roundRows(_ ctx: RenderContext, _ rounds: [AwardTimeliness.Round], linker: PageLinker) -> [ViewModel] {
        rounds.map { r in
            var row: ViewModel = [
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
    static func yearRows(_ ctx: RenderContext, _ rounds: [AwardTimeliness.Round], linker: PageLinker) -> [ViewModel] {
        AwardTimeliness.byYear(rounds).map { y in
            let days = y.rounds.map(\.days)
            return [
                "year": String(y.year),
                "href": linker.pageLink(Routes.awardsYear(y.year)),
                "rounds": ctx.format.integer(y.rounds.count),
                "count": ctx.format.integer(y.rounds.reduce(0) { $0 + $1.count }),
                "median": ctx.format.days(y.median),
                "medianMonths": ctx.format.months(days: y.median),
                "earliest": ctx.format.days(Double(days.min()!)),
                "latest": ctx.format.days(Double(days.max()!)),
            ]
        }
    }

    static func index(_ ctx: RenderContext, rounds: [AwardTimeliness.Round], splitYears: Set<Int> = []) -> OutputFileText {
        let linker = PageLinker(path: Routes.awards)
        var perYear: [Int: Int] = [:]
        for a in ctx.site.awards { perYear[a.year, default: 0] += 1 }
        let meta = PageMeta(path: Routes.awards, title: "Khen thưởng",
                            description: "Các tập thể, hộ gia đình và cá nhân được khen thưởng trong phong trào, theo hình thức khen thưởng, năm và đợt; khen thưởng có kịp thời không.",
                            section: .awards)
        let all = AwardTimeliness.median(rounds.map(\.days))
        return ctx.page("awards", meta: meta, linker: linker, [
            "groups": groups(ctx, awards: ctx.awardOrder, linker: linker, limit: indexBatchLimit, splitYears: splitYears),
            "hasAwards": !ctx.awardOrder.isEmpty,
            "total": ctx.format.integer(ctx.awardOrder.count),
            "years": perYear.keys.sorted(by: >).map {
                ["year": String($0), "href": linker.pageLink(Routes.awardsYear($0)), "count": ctx.format.integer(perYear[$0]!)]
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

    static func yearPage(_ ctx: RenderContext, _ year: Int, awards: [Int], rounds: [AwardTimeliness.Round],
                         split: YearSplit? = nil) -> OutputFileText {
        let path = Routes.awardsYear(year)
        let linker = PageLinker(path: path)
        let meta = PageMeta(path: path, title: "Khen thưởng năm \(year)",
                            description: "Các quyết định khen thưởng cho thành tích năm \(year), theo hình thức và đợt, và thời gian từ hết năm đến ngày quyết định.",
                            section: .awards, breadcrumb: [("Khen thưởng", Routes.awards)])
        let median = AwardTimeliness.median(rounds.map(\.days))
        var keys: ViewModel = [
            "year": String(year),
            "total": ctx.format.integer(awards.count),
            "groups": groups(ctx, awards: split?.outside ?? awards, linker: linker, showYear: false),
            "typeRows": AwardStats.byRecipientType(ctx, awards: awards),
            "districtRows": AwardStats.byDistrict(ctx, awards: awards, linker: linker),
            "rounds": roundRows(ctx, rounds, linker: linker),
            "hasTimeliness": !rounds.isEmpty,
            "median": median.map { ctx.format.days($0) as Any } ?? false,
            "medianMonths": median.map { ctx.format.months(days: $0) as Any } ?? false,
            "awardsHref": linker.link(Routes.awards),
            "parts": false, "hasParts": false, "region": false,
        ]
        if let split {
            keys["hasParts"] = true
            keys["partLevel"] = ctx.site.units[split.parts.regions[0].unit].level.label.lowercasedFirst
            keys["outsideCount"] = split.outside.isEmpty ? false : ctx.format.integer(split.outside.count) as Any
            keys["parts"] = split.regions.map { r -> ViewModel in
                let region = ctx.site.units[split.parts.regions[r].unit]
                return ["name": region.name, "href": linker.pageLink(Routes.awardsYearPart(year, region)),
                        "count": ctx.format.integer(split.byRegion[r]!.count)]
            }
        }
        return ctx.page("awards-year", meta: meta, linker: linker, keys)
    }

    /// One region's commendations of a year that is split by region.
    static func regionPage(_ ctx: RenderContext, _ year: Int, region: OrgUnit, awards: [Int]) -> OutputFileText {
        let path = Routes.awardsYearPart(year, region)
        let linker = PageLinker(path: path)
        let meta = PageMeta(path: path, title: "Khen thưởng năm \(year): \(region.name)",
                            description: "Các tập thể, hộ gia đình và cá nhân của \(region.name) được khen thưởng cho thành tích năm \(year), theo hình thức và đợt.",
                            section: .awards, breadcrumb: [("Khen thưởng", Routes.awards), ("Năm \(year)", Routes.awardsYear(year))])
        return ctx.page("awards-year", meta: meta, linker: linker, [
            "year": String(year),
            "total": ctx.format.integer(awards.count),
            "groups": groups(ctx, awards: awards, linker: linker, showYear: false),
            "typeRows": AwardStats.byRecipientType(ctx, awards: awards),
            "districtRows": AwardStats.byDistrict(ctx, awards: awards, linker: linker),
            "rounds": [ViewModel](),
            "hasTimeliness": false,
            "median": false, "medianMonths": false,
            "awardsHref": linker.link(Routes.awards),
            "parts": false, "hasParts": false,
            "region": ["name": region.name, "yearHref": linker.link(Routes.awardsYear(year))] as ViewModel,
        ])
    }
}
