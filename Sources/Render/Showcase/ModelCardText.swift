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

    init(_ model: ExemplaryModel, units: UnitDirectory, contentRoot: String) {
        year = String(model.year)
        yearRoute = Routes.modelYear(model.year)
        initial = String(model.title.prefix(1))
        var place = units[model.unit].name
        var districtSlug = ""
        var district: Int?
        var districtRoute: String?
        if let d = units.ancestor(of: model.unit, level: .huyen).map({ units[$0] }) {
            districtSlug = d.slug
            if d.index != model.unit {
                district = d.index
                districtRoute = Routes.modelDistrict(d)
                place += ", \(d.name)"
            }
        }
        self.place = place
        self.district = district
        self.districtRoute = districtRoute
        self.districtSlug = districtSlug
        field = model.field
        fieldSlug = model.field.map(ShowcaseIndex.fieldSlug) ?? ""
        fieldRoute = model.field == nil ? nil : Routes.field(slug: fieldSlug)
        subject = model.subject
        subjectRoute = model.subject.map(Routes.subject)
        // A drawn placeholder's colour follows the field, so cards of one field look alike.
        tone = String((fieldSlug.isEmpty ? model.id : fieldSlug).utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 6)
        if let img = model.image, let size = ImageSizeCache.shared.size(of: (contentRoot as NSString).appendingPathComponent(img)) {
            imageWidth = String(size.width)
            imageHeight = String(size.height)
        } else {
            imageWidth = nil
            imageHeight = nil
        }
        published = model.published?.long
        publishedShort = model.published?.short
    }
}
