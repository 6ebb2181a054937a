import Parallel
import Model
import SiteOutput
import VietText

/// `/tim-kiem/` and its index: every model, unit, document and commendation recipient, folded so
/// "da nang" finds "Đà Nẵng" (see `SearchIndex` for the file layout).
enum SearchPage {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        [PageJob(Routes.search) { page(ctx) }] + SearchIndex.jobs(recordSource(ctx, splitAbove: ctx.splitAbove))
    }

    static func page(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.search)
        let meta = PageMeta(path: Routes.search, title: "Tìm kiếm",
                            description: "Tìm điển hình tiên tiến, đơn vị, văn bản và người được khen thưởng; gõ có dấu hoặc không dấu.",
                            section: .search)
        return ctx.page("search", meta: meta, linker: linker, [
            "indexHref": linker.link(SearchIndex.manifestPath),
            "modelsHref": linker.link(Routes.models),
            "unitsHref": linker.link(Routes.units),
            "documentsHref": linker.link(Routes.documents),
            "awardsHref": linker.link(Routes.awards),
        ])
    }

    /// Models first (the showcase order), then units (directory order), documents, commendations.
    static func records(_ ctx: RenderContext) -> [SearchRecord] { records(ctx, splitAbove: ctx.splitAbove) }

    /// `splitAbove` as in `AwardPages.jobs`: commendations lead to the page that lists them.
    static func records(_ ctx: RenderContext, splitAbove: Int) -> [SearchRecord] {
        recordSource(ctx, splitAbove: splitAbove).all
    }

    /// The records, each made when the index reads it (see `SearchRecords`).
    static func recordSource(_ ctx: RenderContext, splitAbove: Int) -> SearchRecords {
        let units = ctx.site.units
        @Sendable func place(_ u: Int) -> String {
            guard let d = ctx.district(of: u), d.index != u else { return units[u].name }
            return units[u].name + ", " + d.name
        }
        let documents = DocumentPages.ordered(ctx.site.documents)
        let listing = AwardPages.listingPaths(ctx, splitAbove: splitAbove)
        let counts = [ctx.modelOrder.count, units.count, documents.count, ctx.awardOrder.count]
        return SearchRecords(counts: counts) { kind, i in
            switch kind {
            case 0:
                let m = ctx.site.models[ctx.modelOrder[i]]
                let text = [m.summary, m.field ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
                return SearchRecord(kind: 0, title: m.title, path: Routes.model(m), place: place(m.unit), text: text)
            case 1:
                let u = units.units[i]
                let ancestors = units.path(to: u.index).dropLast().suffix(2).reversed().map { units[$0].name }
                return SearchRecord(kind: 1, title: u.name, path: Routes.unit(u), place: ancestors.joined(separator: ", "),
                                    text: u.level.label)
            case 2:
                let d = documents[i]
                let head = [d.kind?.label, d.number.map { "số \($0)" }, d.date?.long].compactMap { $0 }.joined(separator: " ")
                return SearchRecord(kind: 2, title: d.title, path: Routes.document(d), place: d.issuer ?? "",
                                    text: [head, d.summary ?? ""].filter { !$0.isEmpty }.joined(separator: ". "))
            default:
                let a = ctx.awardOrder[i]
                let award = ctx.site.awards[a]
                let path = award.modelID.flatMap { ctx.modelByID[$0] }.map { Routes.model(ctx.site.models[$0]) } ?? listing[a]
                var text = "\(award.form), \(award.decision) ngày \(award.date.short)"
                if let p = award.position { text = "\(p). " + text }
                if let ach = award.achievement { text += ". \(ach)" }
                return SearchRecord(kind: 3, title: award.recipient, path: path, place: place(award.unit), text: text)
            }
        }
    }
}
