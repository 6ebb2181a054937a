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
        let unit = site.units[u]
        var link: ViewModel = ViewModel(minimumCapacity: 4 + extra)
        link["name"] = unit.name
        link["href"] = linker.pageLink(unitRoutes[u])
        link["code"] = unit.code
        link["level"] = unit.level.label
        return link
    }

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
        // Each key set once, in a dictionary sized for all of them: cards are made by the hundred
        // thousand nationally, and overwriting defaults then growing past the literal's size cost
        // more than the values.
        var card: ViewModel = ViewModel(minimumCapacity: 28)
        card["id"] = model.id
        card["title"] = model.title
        card["summary"] = model.summary
        card["href"] = linker.pageLink(modelRoutes[m])
        card["year"] = String(model.year)
        card["yearHref"] = linker.pageLink(Routes.modelYear(model.year))
        card["featured"] = model.featured
        card["unit"] = unitLink(model.unit, linker: linker)
        card["initial"] = String(model.title.prefix(1))
        var place = site.units[model.unit].name
        var district: Any = false
        var districtSlug = ""
        if let d = self.district(of: model.unit) {
            districtSlug = d.slug
            if d.index != model.unit {
                district = unitLink(d.index, linker: linker)
                card["districtHref"] = linker.pageLink(Routes.modelDistrict(d))
                place += ", \(d.name)"
            }
        }
        card["district"] = district
        card["districtSlug"] = districtSlug
        card["place"] = place
        var fieldSlug = ""
        if let f = model.field {
            fieldSlug = ShowcaseIndex.fieldSlug(f)
            card["field"] = f
            card["fieldHref"] = linker.pageLink(Routes.field(slug: fieldSlug))
        } else {
            card["field"] = false
            card["fieldHref"] = false
        }
        card["fieldSlug"] = fieldSlug
        if let s = model.subject {
            card["subject"] = s.label
            card["subjectKey"] = s.rawValue
            card["subjectHref"] = linker.pageLink(Routes.subject(s))
        } else {
            card["subject"] = false
            card["subjectKey"] = ""
            card["subjectHref"] = false
        }
        // A drawn placeholder's colour follows the field, so cards of one field look alike.
        card["tone"] = String((fieldSlug.isEmpty ? model.id : fieldSlug).utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 6)
        var width: Any = false, height: Any = false
        if let img = model.image {
            card["image"] = linker.pageLink(img)
            card["imageAlt"] = model.imageAlt ?? ""
            if let size = ImageSizeCache.shared.size(of: (site.contentRoot as NSString).appendingPathComponent(img)) {
                width = String(size.width)
                height = String(size.height)
            }
        } else {
            card["image"] = false
            card["imageAlt"] = ""
        }
        card["imageWidth"] = width
        card["imageHeight"] = height
        if let p = model.published {
            card["published"] = p.long
            card["publishedShort"] = p.short
        } else {
            card["published"] = false
        }
        return card
    }

    /// A commendation row. Optional keys are `false` when absent (see `modelCard`).
    func awardRow(_ a: Int, linker: PageLinker) -> ViewModel {
        let award = site.awards[a]
        let text = awardTexts[Int(awardTextOfAward[a])]
        // The decision links to its text when the site publishes it, otherwise to its round on the
        // year's list, where the delay after the achievement year is shown.
        var decisionHref = linker.link(text.decisionRoute)
        if let anchor = text.roundAnchor { decisionHref += "#" + anchor }
        var model: Any = false
        if let id = award.modelID, let m = modelByID[id] {
            model = ["title": site.models[m].title, "href": linker.pageLink(modelRoutes[m])] as ViewModel
        }
        // Every key in one literal (absent ones `false`): rows are made tens of thousands of times, and
        // adding keys one by one regrew the dictionary.
        return [
            "recipient": award.recipient,
            "form": award.form,
            "formGroup": AwardForms.groupName(rank: award.formRank) ?? award.form,
            "decision": text.decision,
            "decisionShort": text.decisionShort,
            "decisionHref": decisionHref,
            "date": text.date,
            "year": text.year,
            "round": award.round.label,
            "unit": unitLink(award.unit, linker: linker),
            "position": award.position.map { $0 as Any } ?? false,
            "recipientType": award.recipientType.map { $0.label as Any } ?? false,
            "achievement": award.achievement.map { $0 as Any } ?? false,
            "model": model,
        ]
    }

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
