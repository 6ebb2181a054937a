import Model
import VietText

/// One browsable value of the showcase (a field, a subject, a year, a district) and its models.
struct ShowcaseFacet: Sendable {
    /// The value as cards carry it in `data-*` attributes and filters select it.
    let key: String
    let label: String
    /// Output path of the facet's browse page.
    let path: String
    /// Model indices in showcase order.
    let models: [Int]
    /// The province of a district facet's district; nil for the other groups.
    var province: Int? = nil
}

/// The showcase's facets and relations, computed once per build so that no page scans all models.
struct ShowcaseIndex: Sendable {
    let fields: [ShowcaseFacet]
    let subjects: [ShowcaseFacet]
    let years: [ShowcaseFacet]
    let districts: [ShowcaseFacet]
    /// District unit index of each model (by model index), nil when the model sits above districts.
    let districtOf: [Int?]
    /// Position of each model (by model index) in `RenderContext.modelOrder`.
    private let position: [Int]
    private let byField: [String: [Int]]
    private let byDistrict: [Int: [Int]]

    /// Facet groups in the order the showcase lists them: (data key, label, facets).
    var groups: [(key: String, label: String, facets: [ShowcaseFacet])] {
        [("field", "Lĩnh vực", fields), ("subject", "Đối tượng", subjects), ("year", "Năm", years), ("district", "Huyện", districts)]
    }

    /// URL segment of a field; a field with no letter or digit still gets a page.
    static func fieldSlug(_ field: String) -> String {
        let slug = VietSlug.make(field)
        return slug.isEmpty ? "khac" : slug
    }

    init(_ ctx: RenderContext) {
        let site = ctx.site
        var position = [Int](repeating: 0, count: site.models.count)
        for (p, m) in ctx.modelOrder.enumerated() { position[m] = p }
        self.position = position
        let districtOf: [Int?] = site.models.map { ctx.district(of: $0.unit)?.index }
        self.districtOf = districtOf

        var fieldNames: [String: String] = [:]
        var byField: [String: [Int]] = [:]
        var bySubject: [ModelSubject: [Int]] = [:]
        var byYear: [Int: [Int]] = [:]
        var byDistrict: [Int: [Int]] = [:]
        for m in ctx.modelOrder {
            let model = site.models[m]
            if let f = model.field {
                let slug = Self.fieldSlug(f)
                // Fields spelled differently but slugged alike share one page, named as first met.
                if fieldNames[slug] == nil { fieldNames[slug] = f }
                byField[slug, default: []].append(m)
            }
            if let s = model.subject { bySubject[s, default: []].append(m) }
            byYear[model.year, default: []].append(m)
            if let d = districtOf[m] { byDistrict[d, default: []].append(m) }
        }
        self.byField = byField
        self.byDistrict = byDistrict
        fields = byField.keys
            .sorted { a, b in
                let (ka, kb) = (VietCollation.key(fieldNames[a]!), VietCollation.key(fieldNames[b]!))
                return ka != kb ? ka < kb : a < b
            }
            .map { ShowcaseFacet(key: $0, label: fieldNames[$0]!, path: Routes.field(slug: $0), models: byField[$0]!) }
        subjects = ModelSubject.allCases.compactMap { s in
            bySubject[s].map { ShowcaseFacet(key: s.rawValue, label: s.label, path: Routes.subject(s), models: $0) }
        }
        years = byYear.keys.sorted(by: >).map {
            ShowcaseFacet(key: String($0), label: String($0), path: Routes.modelYear($0), models: byYear[$0]!)
        }
        let treeOrder = site.units.roots.flatMap { [$0] + site.units.descendants(of: $0) }
        districts = treeOrder.compactMap { u in
            byDistrict[u].map { ShowcaseFacet(key: site.units[u].slug, label: site.units[u].name, path: Routes.modelDistrict(site.units[u]), models: $0,
                                      province: site.units.ancestor(of: u, level: .tinh)) }
        }
    }

    /// Up to `limit` other models of the same field or district: both first, then either, each in
    /// showcase order, so the choice is the same on every build.
    func related(to m: Int, in ctx: RenderContext, limit: Int = 4) -> [Int] {
        let model = ctx.site.models[m]
        let sameField = model.field.map { byField[Self.fieldSlug($0)] ?? [] } ?? []
        let district = districtOf[m]
        let sameDistrict = district.map { byDistrict[$0] ?? [] } ?? []
        var picked: [Int] = []
        var taken: Set<Int> = [m]
        for j in sameField where !taken.contains(j) && district != nil && districtOf[j] == district {
            picked.append(j)
            taken.insert(j)
            if picked.count == limit { return picked }
        }
        var (a, b) = (0, 0)
        while picked.count < limit && (a < sameField.count || b < sameDistrict.count) {
            let next: Int
            if b >= sameDistrict.count || (a < sameField.count && position[sameField[a]] <= position[sameDistrict[b]]) {
                next = sameField[a]
                a += 1
            } else {
                next = sameDistrict[b]
                b += 1
            }
            if taken.insert(next).inserted { picked.append(next) }
        }
        return picked
    }
}
