import Compute
import Model
import Parallel
import VietText

/// Everything page renderers share, with the relations indexed once so that no page scans all
/// awards or all models (a national site has tens of thousands). A class: each of a national
/// site's 40,000 page jobs captures it, and a struct copy in every closure took about 20 MB at 4×.
public final class RenderContext: Sendable {
    public let site: Site
    public let computation: Computation
    public let templates: TemplateSet
    public let format: Formatter

    /// Award indices by the unit they were given in, and by every ancestor of that unit.
    public let awardsUnder: [Int: [Int]]
    public let awardsByUnit: [Int: [Int]]
    public let awardsByModel: [String: [Int]]
    /// Model indices (into `site.models`) by their unit and by every ancestor of it.
    public let modelsUnder: [Int: [Int]]
    public let modelByID: [String: Int]
    /// Documents by their reference code (`417/KH-UBND`), to link the document that set a target.
    public let documentByCode: [String: Int]
    /// Models in showcase order: featured first, then newest, then by title.
    public let modelOrder: [Int]
    /// Awards in list order: precedence of form, then year (newest first), then date, then recipient.
    public let awardOrder: [Int]
    /// Each decision's page-independent row text, and its position for each award (by award index).
    let awardTexts: [AwardText]
    let awardTextOfAward: [Int32]
    /// Each unit's place in the collation order of unit names (equal names, equal places), for
    /// rankings that break ties by name: one number each instead of a key of a few hundred bytes.
    let unitNameRanks: [Int32]
    /// Every unit in tree order with its depth, and each unit's place in that order.
    let treeOrder: [(unit: Int, depth: Int)]
    let treePositions: [Int]
    /// The regions (provinces) national lists are split by; nil when the tree has fewer than two.
    let regions: RegionParts?
    /// Each unit's and each model's page, made once: pages link them hundreds of thousands of times.
    let unitRoutes: [String]
    let modelRoutes: [String]
    /// Each unit's `unitLink` as a page two folders deep (`don-vi/…/`, `dien-hinh/…/`) shows it when it
    /// is not the unit's own page: the same four values on hundreds of thousands of rows, made once.
    let unitLinksTwoDeep: [ViewModel]
    /// What each model's card shows whatever the page, by model index.
    let modelCardTexts: [ModelCardText]
    /// The ids of each indicator's targets section and trend figure on a unit page, by indicator index.
    let indicatorIDs: [(targets: String, trend: String)]
    /// What each target asks (`Formatter.requirement`), by target index: every unit page with the
    /// target shows it several times.
    let requirements: [String]
    /// The same, as a sentence's start (a check's title).
    let requirementTitles: [String]
    /// Each indicator's page for each region, by indicator and region index, on a site split by region.
    private let indicatorParts: [[String]]
    /// Rows (units of an indicator table, commendations of a year) above which a list is split by
    /// region; the same number for every split so that pages linking to a split list agree with it.
    public let splitAbove: Int

    public init(site: Site, computation: Computation, templates: TemplateSet, splitAbove: Int = RegionParts.splitAbove) {
        self.site = site
        self.computation = computation
        self.templates = templates
        self.splitAbove = splitAbove
        let tree = UnitTree.order(site.units)
        treeOrder = tree
        treePositions = UnitTree.positions(tree, count: site.units.count)
        regions = RegionParts(units: site.units, order: tree)
        indicatorParts = site.indicators.map { [regions] ind in
            regions?.regions.map { Routes.indicatorPart(ind, site.units[$0.unit]) } ?? []
        }
        unitRoutes = site.units.units.map { Routes.unit($0) }
        modelRoutes = site.models.map { Routes.model($0) }
        unitLinksTwoDeep = zip(site.units.units, unitRoutes).map { unit, route in
            Self.unitLink(unit, href: PageLink(target: route, depth: 2), room: 0)
        }
        indicatorIDs = site.indicators.map { ("muc-tieu-" + Routes.slug($0.id), "xu-huong-" + Routes.slug($0.id)) }
        let shared = ModelCardText.Shared()
        modelCardTexts = site.models.map { ModelCardText($0, units: site.units, contentRoot: site.contentRoot, shared: shared) }
        self.format = Formatter(style: site.config.numberStyle)
        let format = self.format
        requirements = site.targets.map { format.requirement($0, site.indicators[$0.indicator]) }
        requirementTitles = requirements.map(\.uppercasedFirst)
        // Commendations in list order (collation keys of every recipient) beside the models' order
        // and each decision's text: independent, and together a tenth of a second nationally.
        let (awardIndex, modelIndex) = Parallel.both({ AwardIndex(site) }, { ModelIndex(site, format: format) })
        awardOrder = awardIndex.order
        awardsUnder = awardIndex.under
        awardsByUnit = awardIndex.byUnit
        awardsByModel = awardIndex.byModel
        modelOrder = modelIndex.order
        modelsUnder = modelIndex.under
        modelByID = modelIndex.byID
        documentByCode = modelIndex.documentByCode
        awardTexts = modelIndex.awardTexts
        awardTextOfAward = modelIndex.awardTextOfAward
        unitNameRanks = modelIndex.unitNameRanks
    }

    /// Awards in list order, by unit, under each ancestor and by model.
    private struct AwardIndex {
        var order: [Int]
        var under: [Int: [Int]] = [:]
        var byUnit: [Int: [Int]] = [:]
        var byModel: [String: [Int]] = [:]

        init(_ site: Site) {
            var paths = UnitPathCache(site.units)
            order = AwardOrdering.sorted(site.awards)
            for a in order {
                let award = site.awards[a]
                byUnit[award.unit, default: []].append(a)
                for u in paths.path(award.unit) { under[u, default: []].append(a) }
                if let m = award.modelID { byModel[m, default: []].append(a) }
            }
        }
    }

    /// Models in showcase order and under each unit, documents by code, the decisions' texts and the
    /// units' name ranks.
    private struct ModelIndex {
        var order: [Int]
        var under: [Int: [Int]] = [:]
        var byID: [String: Int]
        var documentByCode: [String: Int] = [:]
        var awardTexts: [AwardText]
        var awardTextOfAward: [Int32]
        var unitNameRanks: [Int32]

        init(_ site: Site, format: Formatter) {
            let nameKeys = site.units.units.map { VietCollation.key($0.name) }
            unitNameRanks = Array(repeating: 0, count: nameKeys.count)
            var rank: Int32 = 0
            let byName = nameKeys.indices.sorted { nameKeys[$0] < nameKeys[$1] }
            for (position, u) in byName.enumerated() {
                if position > 0 && nameKeys[byName[position - 1]] < nameKeys[u] { rank += 1 }
                unitNameRanks[u] = rank
            }
            let titleKeys = site.models.map { VietCollation.key($0.title) }
            order = site.models.indices.sorted { a, b in
                let (x, y) = (site.models[a], site.models[b])
                if x.featured != y.featured { return x.featured }
                if x.year != y.year { return x.year > y.year }
                if titleKeys[a] != titleKeys[b] { return titleKeys[a] < titleKeys[b] }
                return x.id < y.id
            }
            var paths = UnitPathCache(site.units)
            for m in order {
                for u in paths.path(site.models[m].unit) { under[u, default: []].append(m) }
            }
            byID = Dictionary(site.models.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            var docs: [String: Int] = [:]
            for (i, d) in site.documents.enumerated() {
                if let r = d.reference { docs[RenderContext.referenceKey(r)] = i }
            }
            documentByCode = docs
            let documents = site.documents
            (awardTexts, awardTextOfAward) = AwardText.all(site.awards, format: format) { r in
                r.flatMap { docs[RenderContext.referenceKey($0)] }.map { documents[$0] }
            }
        }
    }

    /// Each unit's path from the root, made once per unit.
    private struct UnitPathCache {
        let units: UnitDirectory
        var cache: [Int: [Int]] = [:]
        init(_ units: UnitDirectory) { self.units = units }
        mutating func path(_ u: Int) -> [Int] {
            if let p = cache[u] { return p }
            let p = units.path(to: u)
            cache[u] = p
            return p
        }
    }

    static func referenceKey(_ r: DocumentReference) -> String { r.matchKey }

    /// The document a target's `source` names, when the site has it.
    public func document(for reference: DocumentReference?) -> Document? {
        guard let r = reference, let i = documentByCode[Self.referenceKey(r)] else { return nil }
        return site.documents[i]
    }

    /// The indicator page that shows `unit`'s row: on a site split by region, its region's page (when
    /// the unit has values, so that page exists); otherwise the indicator's page.
    func indicatorPath(_ ind: Indicator, unit: Int) -> String {
        guard site.units.count > splitAbove, let parts = regions, let r = parts.regionOfUnit[unit],
              hasValues(unit: unit, indicator: ind) else {
            return Routes.indicator(ind)
        }
        return indicatorParts[ind.index][r]
    }

    /// True when the unit has a value, given or derived, for the indicator in some year.
    func hasValues(unit: Int, indicator ind: Indicator) -> Bool {
        let values = computation.values
        return values.years.indices.contains { values.value(unit: unit, indicator: ind.index, yearIndex: $0) != nil }
    }

    /// District (huyện) of a unit, if it has one.
    public func district(of unit: Int) -> OrgUnit? {
        site.units.ancestor(of: unit, level: .huyen).map { site.units[$0] }
    }
}

enum AwardOrdering {
    /// By form, newest year and date first, then recipient in Vietnamese order, then file order.
    /// The recipients' collation keys are made for one run of equal form, year and date at a time:
    /// all 120,000 at once took about 20 MB at 4× the national fixture, at the build's peak.
    static func sorted(_ awards: [Award]) -> [Int] {
        var order = awards.indices.sorted { a, b in
            let (x, y) = (awards[a], awards[b])
            if x.formRank != y.formRank { return x.formRank < y.formRank }
            if x.year != y.year { return x.year > y.year }
            if x.date != y.date { return x.date > y.date }
            return a < b
        }
        var start = 0
        while start < order.count {
            let first = awards[order[start]]
            var end = start + 1
            while end < order.count {
                let next = awards[order[end]]
                guard next.formRank == first.formRank, next.year == first.year, next.date == first.date else { break }
                end += 1
            }
            if end - start > 1 {
                let keys = order[start..<end].map { VietCollation.key(awards[$0].recipient) }
                let run = keys.indices.sorted { i, j in
                    keys[i] != keys[j] ? keys[i] < keys[j] : order[start + i] < order[start + j]
                }.map { order[start + $0] }
                order.replaceSubrange(start..<end, with: run)
            }
            start = end
        }
        return order
    }
}
