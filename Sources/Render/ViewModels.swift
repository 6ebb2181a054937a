import Foundation
import Compute
import Model
import VietText

/// Small dictionaries the templates reuse (cards, rows, links), built in one place so every page
/// shows a model, an award or a unit the same way.
extension RenderContext {
    var primaryRoot: Int? { site.units.roots.first { site.units[$0].level.isAdministrative } ?? site.units.roots.first }

    func unitLink(_ u: Int, linker: PageLinker) -> [String: Any] {
        let unit = site.units[u]
        return ["name": unit.name, "href": linker.link(Routes.unit(unit)), "code": unit.code, "level": unit.level.label]
    }

    func statusView(_ s: TargetStatus?) -> [String: Any]? {
        guard let s else { return nil }
        return ["label": s.label, "class": s.cssClass, "symbol": s.symbol]
    }

    func modelCard(_ m: Int, linker: PageLinker) -> [String: Any] {
        let model = site.models[m]
        var card: [String: Any] = [
            "id": model.id,
            "title": model.title,
            "summary": model.summary,
            "href": linker.link(Routes.model(model)),
            "year": String(model.year),
            "featured": model.featured,
            "unit": unitLink(model.unit, linker: linker),
            "initial": String(model.title.prefix(1)),
        ]
        if let d = district(of: model.unit), d.index != model.unit { card["district"] = unitLink(d.index, linker: linker) }
        if let f = model.field {
            card["field"] = f
            card["fieldHref"] = linker.link(Routes.field(slug: VietSlug.make(f)))
            card["fieldSlug"] = VietSlug.make(f)
        }
        if let s = model.subject { card["subject"] = s.label; card["subjectKey"] = s.rawValue }
        if let img = model.image {
            card["image"] = linker.link(img)
            card["imageAlt"] = model.imageAlt ?? ""
            if let size = ImageSize.of(path: (site.contentRoot as NSString).appendingPathComponent(img)) {
                card["imageWidth"] = String(size.width)
                card["imageHeight"] = String(size.height)
            }
        }
        return card
    }

    func awardRow(_ a: Int, linker: PageLinker) -> [String: Any] {
        let award = site.awards[a]
        var row: [String: Any] = [
            "recipient": award.recipient,
            "form": award.form,
            "decision": format.decision(award),
            "decisionShort": "\(award.decision), \(award.date.short)",
            "year": String(award.year),
            "round": award.round.label,
            "unit": unitLink(award.unit, linker: linker),
        ]
        if let p = award.position { row["position"] = p }
        if let t = award.recipientType { row["recipientType"] = t.label }
        if let a = award.achievement { row["achievement"] = a }
        if let id = award.modelID, let m = modelByID[id] {
            row["model"] = ["title": site.models[m].title, "href": linker.link(Routes.model(site.models[m]))]
        }
        return row
    }

    func documentRow(_ d: Document, linker: PageLinker) -> [String: Any] {
        var row: [String: Any] = ["title": d.title, "href": linker.link(Routes.document(d))]
        if let n = d.number { row["number"] = n }
        if let date = d.date { row["date"] = date.long; row["dateShort"] = date.short }
        if let k = d.kind { row["kind"] = k.label }
        if let s = d.summary { row["summary"] = s }
        if let i = d.issuer { row["issuer"] = i }
        return row
    }
}
