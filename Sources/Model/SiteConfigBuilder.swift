import Diagnostics
import Load
import VietText

/// Reads `site.yml` into `SiteConfig`.
enum SiteConfigBuilder {
    static func build(_ mapping: YAMLMapping?, file: String, diagnostics: inout DiagnosticList) -> SiteConfig? {
        let fm = FrontMatterReader(mapping: mapping, file: file)
        var parser = FieldParser(style: .vi)
        defer { diagnostics.append(contentsOf: parser.diagnostics) }
        guard let mapping else {
            parser.error("SITE_CONFIG_EMPTY", "site.yml trống. Cần ít nhất title, organization, base_url và period.",
                         at: SourceLocation(file: file))
            return nil
        }
        func required(_ key: String, _ what: String) -> String? {
            if let v = fm.string(key), !v.isEmpty { return v }
            let written = mapping.keyLocation(key) != nil
            parser.error("SITE_CONFIG_MISSING", written ? "Khóa \(key) trong site.yml đang để trống; điền \(what)." : "site.yml thiếu \(key) (\(what)). Thêm dòng “\(key): …”.",
                         at: mapping.keyLocation(key) ?? mapping.location)
            return nil
        }
        let title = required("title", "tên phong trào")
        let organization = required("organization", "cơ quan chủ trì")
        var baseURL = required("base_url", "địa chỉ trang khi đăng lên cổng, ví dụ https://tinh.gov.vn/thi-dua/")
        if let b = baseURL, !(b.hasPrefix("https://") || b.hasPrefix("http://")) {
            parser.error("SITE_CONFIG_INVALID", "base_url “\(b)” phải bắt đầu bằng https:// hoặc http://.", at: fm.location("base_url"))
            baseURL = nil
        } else if let b = baseURL, let bad = b.unicodeScalars.first(where: { $0.value <= 0x20 || $0.value >= 0x7F || "\"'<>\\^`{|}".unicodeScalars.contains($0) }) {
            // It goes verbatim into feeds, the sitemap and page metadata: only a plain address belongs there.
            parser.error("SITE_CONFIG_INVALID", "base_url “\(b)” chứa ký tự “\(bad == " " ? "dấu cách" : String(bad))” không được có trong địa chỉ web. Ghi địa chỉ trang như trên thanh địa chỉ của trình duyệt, ví dụ https://tinh.gov.vn/thi-dua/.", at: fm.location("base_url"))
            baseURL = nil
        } else if let b = baseURL, b.split(separator: "/", omittingEmptySubsequences: false).dropFirst(2).first?.isEmpty ?? true {
            parser.error("SITE_CONFIG_INVALID", "base_url “\(b)” thiếu tên miền, ví dụ https://tinh.gov.vn/thi-dua/.", at: fm.location("base_url"))
            baseURL = nil
        }
        if let b = baseURL, !b.hasSuffix("/") { baseURL = b + "/" }

        var start: Int?
        var end: Int?
        if let period = mapping["period"]?.mapping {
            start = period["start"].flatMap { v in v.string.flatMap { parser.year($0, at: v.location, column: "period.start") } }
            end = period["end"].flatMap { v in v.string.flatMap { parser.year($0, at: v.location, column: "period.end") } }
        }
        if start == nil || end == nil {
            parser.error("SITE_CONFIG_MISSING", "site.yml thiếu period: { start: 2021, end: 2025 } (giai đoạn của phong trào).",
                         at: fm.location("period"))
        }
        if let s = start, let e = end, s > e {
            parser.error("SITE_CONFIG_INVALID", "period.start (\(s)) lớn hơn period.end (\(e)). Sửa lại: năm bắt đầu trước, năm kết thúc sau.", at: fm.location("period"))
            // Every later stage builds ranges from the period; a reversed one cannot be used.
            end = nil
        }

        var style = NumberStyle.vi
        if let s = fm.string("number_format") {
            if let v = NumberStyle(rawValue: s.lowercased()) { style = v } else {
                parser.error("SITE_CONFIG_INVALID", "number_format “\(s)” không hợp lệ: chọn vi (1.234,5) hoặc plain (1234.5).",
                             at: fm.location("number_format"))
            }
        }
        var baseline = start
        if let b = fm.string("baseline_year") {
            baseline = parser.year(b, at: fm.location("baseline_year"), column: "baseline_year") ?? start
            if let b = baseline, let s = start, let e = end, !(s...e).contains(b) {
                parser.error("SITE_CONFIG_INVALID", "baseline_year \(b) nằm ngoài giai đoạn \(s)–\(e). Chọn một năm trong giai đoạn hoặc bỏ dòng này (mặc định là period.start).", at: fm.location("baseline_year"))
                baseline = start
            }
        }
        var deadline: (day: Int, month: Int)?
        if let d = fm.string("report_deadline") {
            let parts = d.split(separator: "/").compactMap { Int($0) }
            if parts.count == 2, CivilDate(year: 2024, month: parts[1], day: parts[0]) != nil {
                deadline = (parts[0], parts[1])
            } else {
                parser.error("SITE_CONFIG_INVALID", "report_deadline “\(d)” phải có dạng dd/mm (ví dụ 05/12).", at: fm.location("report_deadline"))
            }
        }
        let sample = fm.string("sample_data").flatMap { parser.bool($0, at: fm.location("sample_data"), column: "sample_data") } ?? false
        var milestones: [Milestone] = []
        for item in mapping["milestones"]?.sequence ?? [] {
            guard let m = item.mapping, let y = m["year"]?.string, let t = m["title"]?.string,
                  let year = parser.year(y, at: item.location, column: "milestones.year") else {
                parser.error("SITE_CONFIG_INVALID", "Mỗi mốc trong milestones cần year và title.", at: item.location)
                continue
            }
            milestones.append(Milestone(year: year, title: FieldParser.trimmed(t)))
        }
        let known: Set<String> = ["title", "organization", "base_url", "period", "baseline_year", "number_format",
                                  "report_deadline", "sample_data", "milestones", "contact", "description"]
        for key in mapping.keys where !known.contains(key) {
            parser.warning("SITE_CONFIG_UNKNOWN_KEY", "Khóa “\(key)” trong site.yml không được dùng; kiểm tra chính tả.",
                           at: mapping.keyLocation(key) ?? mapping.location)
        }
        for key in ["title", "organization", "contact", "description"] {
            if let t = fm.string(key) { PersonalDataScanner.check(t, what: "Khóa \(key) của site.yml", at: fm.location(key), into: &parser.diagnostics) }
        }
        for m in milestones { PersonalDataScanner.check(m.title, what: "Mốc “\(m.title)”", at: fm.location("milestones"), into: &parser.diagnostics) }
        guard let title, let organization, let baseURL, let start, let end else { return nil }
        return SiteConfig(title: title, organization: organization, baseURL: baseURL, periodStart: start, periodEnd: end,
                          baselineYear: baseline ?? start, numberStyle: style, reportDeadline: deadline,
                          sampleData: sample, milestones: milestones.sorted { $0.year < $1.year },
                          contact: fm.string("contact"), location: mapping.location)
    }
}
