import Foundation
import Compute
import Model
import VietText

/// Small dictionaries the templates reuse (cards, rows, links), built in one place so every page
/// shows a model, an award or a unit the same way.
extension RenderContext {
    var primaryRoot: Int? { site.units.roots.first { site.units[$0].level.isAdministrative } ?? site.units.roots.first }

    /// A unit's name, link, code and level, with room for `extra` more keys: a table row that added
    /// its own columns to a four-key dictionary made it grow and rehash once more for every row.
    func unitLink(_ u: Int, linker: PageLinker, room extra: Int = 0) -> ViewModel {
        // Most pages are two folders deep; there a unit's link is one shared object (not its own page).
        if extra == 0, linker.depth == 2, unitRoutes[u] != linker.path { return unitLinksTwoDeep[u] }
        return Self.unitLink(site.units[u], href: linker.pageLink(unitRoutes[u]), room: extra)
    }

    /// The link object itself: from a shape of its names when nothing will be added to it.
    static func unitLink(_ unit: OrgUnit, href: PageLink, room extra: Int) -> ViewModel {
        if extra == 0 { return unitLinkShape(unit.name, href, unit.code, unit.level.label) }
        var link = ViewModel(minimumCapacity: 4 + extra)
        link.add("name", unit.name)
        link.add("href", href)
        link.add("code", unit.code)
        link.add("level", unit.level.label)
        return link
    }

    private static let unitLinkShape = ViewModelShape(["name", "href", "code", "level"])

    func statusView(_ s: TargetStatus?) -> ViewModel? {
        guard let s else { return nil }
        return Self.statusViews[s]
    }

    /// The same three small dictionaries for every status shown (hundreds of thousands nationally).
    private static let statusViews: [TargetStatus: ViewModel] = Dictionary(uniqueKeysWithValues: TargetStatus.allCases.map {
        ($0, ["label": $0.label, "class": $0.cssClass, "symbol": $0.symbol] as ViewModel)
    })

    /// A model as cards show it. Optional keys are `false` when absent rather than missing, so a
    /// card rendered inside another model's page never picks up that page's values.
    func modelCard(_ m: Int, linker: PageLinker) -> ViewModel {
        let model = site.models[m]
        let text = modelCardTexts[m]
        // Each key set once, in a dictionary sized for all of them: cards are made by the hundred
        // thousand nationally, and overwriting defaults then growing past the literal's size cost
        // more than the values.
        var card: ViewModel = ViewModel(minimumCapacity: 28)
        card.add("id", model.id)
        card.add("title", model.title)
        card.add("summary", model.summary)
        card.add("href", linker.pageLink(modelRoutes[m]))
        card.add("year", text.year)
        card.add("yearHref", linker.pageLink(text.yearRoute))
        card.add("featured", model.featured)
        card.add("unit", unitLink(model.unit, linker: linker))
        card.add("initial", text.initial)
        if let d = text.district, let route = text.districtRoute {
            card.add("districtHref", linker.pageLink(route))
            card.add("district", unitLink(d, linker: linker))
        } else {
            card.add("district", false)
        }
        card.add("districtSlug", text.districtSlug)
        card.add("place", text.place)
        if let f = text.field, let route = text.fieldRoute {
            card.add("field", f)
            card.add("fieldHref", linker.pageLink(route))
        } else {
            card.add("field", false)
            card.add("fieldHref", false)
        }
        card.add("fieldSlug", text.fieldSlug)
        if let s = text.subject, let route = text.subjectRoute {
            card.add("subject", s.label)
            card.add("subjectKey", s.rawValue)
            card.add("subjectHref", linker.pageLink(route))
        } else {
            card.add("subject", false)
            card.add("subjectKey", "")
            card.add("subjectHref", false)
        }
        card.add("tone", text.tone)
        if let img = model.image {
            card.add("image", linker.pageLink(img))
            card.add("imageAlt", model.imageAlt ?? "")
        } else {
            card.add("image", false)
            card.add("imageAlt", "")
        }
        card.add("imageWidth", text.imageWidth.map { $0 as Any } ?? false)
        card.add("imageHeight", text.imageHeight.map { $0 as Any } ?? false)
        if let p = text.published, let short = text.publishedShort {
            card.add("published", p)
            card.add("publishedShort", short)
        } else {
            card.add("published", false)
        }
        return card
    }

    /// A commendation row. Optional keys are `false` when absent (see `modelCard`).
    func awardRow(_ a: Int, linker: PageLinker) -> ViewModel {
        let award = site.awards[a]
        let text = awardTexts[Int(awardTextOfAward[a])]
        // The decision links to its text when the site publishes it, otherwise to its round on the
        // year's list, where the delay after the achievement year is shown.
        let decisionHref = linker.pageLink(text.decisionRoute, anchor: text.roundAnchor, joined: text.decisionTarget)
        var model: Any = false
        if let id = award.modelID, let m = modelByID[id] {
            model = ["title": site.models[m].title, "href": linker.pageLink(modelRoutes[m])] as ViewModel
        }
        // Every key set (absent ones `false`): rows are made tens of thousands of times, all of one shape.
        return Self.awardRowShape(
            award.recipient,
            award.form,
            AwardForms.groupName(rank: award.formRank) ?? award.form,
            text.decision,
            text.decisionShort,
            decisionHref,
            text.date,
            text.year,
            award.round.label,
            unitLink(award.unit, linker: linker),
            award.position.map { $0 as Any } ?? false,
            award.recipientType.map { $0.label as Any } ?? false,
            award.achievement.map { $0 as Any } ?? false,
            model)
    }

    private static let awardRowShape = ViewModelShape(["recipient", "form", "formGroup", "decision", "decisionShort", "decisionHref",
                                                       "date", "year", "round", "unit", "position", "recipientType",
                                                       "achievement", "model"])

    func documentRow(_ d: Document, linker: PageLinker) -> ViewModel {
        var row: ViewModel = ["title": d.title, "href": linker.pageLink(Routes.document(d))]
        if let n = d.number { row["number"] = n }
        if let date = d.date { row["date"] = date.long; row["dateShort"] = date.short }
        if let k = d.kind { row["kind"] = k.label }
        if let s = d.summary { row["summary"] = s }
        if let i = d.issuer { row["issuer"] = i }
        return row
    }
}
