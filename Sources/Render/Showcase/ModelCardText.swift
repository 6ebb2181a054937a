import Foundation
import Model

/// What a model's card shows that does not depend on the page: made once per model, since a national
/// site prints each card on a dozen pages (browse lists by year, field, subject and district, the
/// unit pages of its commune, district and province) and every card slugged its field, formatted its
/// dates and joined its place anew. A class: a card reads it with one retain, not one per text.
final class ModelCardText: Sendable {
    let year: String
    let yearRoute: String
    let initial: String
    let place: String
    /// The district's unit, route and slug when the model is in a unit below a district.
    let district: Int?
    let districtRoute: String?
    let districtSlug: String
    let field: String?
    let fieldSlug: String
    let fieldRoute: String?
    let subject: ModelSubject?
    let subjectRoute: String?
    let tone: String
    let imageWidth: String?
    let imageHeight: String?
    let published: String?
    let publishedShort: String?

    /// Texts many models share (a year's, a field's, a subject's and a district's routes, a field's
    /// slug), made once and shared: 12,000 models at 4× the national fixture would otherwise hold
    /// their own copies through the whole build.
    final class Shared {
        private var texts: [String: String] = [:]

        func callAsFunction(_ key: String, _ make: () -> String) -> String {
            if let text = texts[key] { return text }
            let text = make()
            texts[key] = text
            return text
        }
    }

    init(_ model: ExemplaryModel, units: UnitDirectory, contentRoot: String, shared: Shared) {
        year = String(model.year)
        yearRoute = shared("y:\(model.year)") { Routes.modelYear(model.year) }
        initial = String(model.title.prefix(1))
        var place = units[model.unit].name
        var districtSlug = ""
        var district: Int?
        var districtRoute: String?
        if let d = units.ancestor(of: model.unit, level: .huyen).map({ units[$0] }) {
            districtSlug = d.slug
            if d.index != model.unit {
                district = d.index
                districtRoute = shared("d:\(d.index)") { Routes.modelDistrict(d) }
                place += ", \(d.name)"
            }
        }
        let unitPlace = place
        self.place = shared("p:\(model.unit)") { unitPlace }
        self.district = district
        self.districtRoute = districtRoute
        self.districtSlug = districtSlug
        field = model.field
        let fieldSlug = model.field.map { field in shared("f:" + field) { ShowcaseIndex.fieldSlug(field) } } ?? ""
        self.fieldSlug = fieldSlug
        fieldRoute = model.field == nil ? nil : shared("r:" + fieldSlug) { Routes.field(slug: fieldSlug) }
        subject = model.subject
        subjectRoute = model.subject.map { s in shared("s:" + s.rawValue) { Routes.subject(s) } }
        // A drawn placeholder's colour follows the field, so cards of one field look alike.
        tone = String((fieldSlug.isEmpty ? model.id : fieldSlug).utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 6)
        if let img = model.image, let size = ImageSizeCache.shared.size(of: (contentRoot as NSString).appendingPathComponent(img)) {
            imageWidth = String(size.width)
            imageHeight = String(size.height)
        } else {
            imageWidth = nil
            imageHeight = nil
        }
        published = model.published.map { date in shared("l:" + date.iso) { date.long } }
        publishedShort = model.published.map { date in shared("ps:" + date.iso) { date.short } }
    }
}
