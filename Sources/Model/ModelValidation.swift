import Foundation
import Diagnostics
import VietText

extension ModelsBuilder {
    /// Checks one model's fields and turns them into a typed value, or nil when a required one is unusable.
    static func model(from s: Source, config: SiteConfig, units: UnitDirectory, media: Set<String>,
                      parser: inout FieldParser) -> ExemplaryModel? {
        func text(_ key: String) -> String? { s.values[key]?.text }
        func loc(_ key: String) -> SourceLocation { s.values[key]?.location ?? s.location }
        var ok = true
        if s.id.isEmpty || !s.id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            parser.error("MODEL_ID_INVALID", "Mã điển hình “\(s.id)” (tên tệp) chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, vì nó là địa chỉ trang.", at: s.idLocation)
            ok = false
        } else if ExemplaryModel.reservedIDs.contains(s.id) {
            parser.error("MODEL_ID_RESERVED", "Mã điển hình “\(s.id)” trùng tên một mục của trang điển hình (\(ExemplaryModel.reservedIDs.sorted().joined(separator: ", "))); đổi tên tệp hoặc cột id.", at: s.idLocation)
            ok = false
        }
        for key in ["title", "unit", "year", "summary"] where (text(key) ?? "").isEmpty {
            // A table row's blank cell was reported at the cell when the row was read.
            if !s.fromTable {
                parser.error("MODEL_FIELD_MISSING", "Điển hình “\(s.id)” thiếu \(key) (\(fieldLabel[key] ?? key)). Thêm dòng “\(key): …” vào phần đầu giữa hai dòng ---.", at: s.location)
            }
            ok = false
        }
        var unit: Int?
        if let u = text("unit") {
            switch units.lookup(u) {
            case .found(let i): unit = i
            case .ambiguous(let codes):
                parser.error("UNIT_AMBIGUOUS", "Tên “\(u)” khớp nhiều đơn vị: \(codes.joined(separator: ", ")). Ghi mã đơn vị.", at: loc("unit"))
            case .notFound:
                parser.error("UNIT_UNKNOWN", "Không có đơn vị nào mã hoặc tên “\(u)” trong units.csv. Ghi mã đơn vị (cột code của units.csv).", at: loc("unit"))
            }
        }
        let year = text("year").flatMap { parser.year($0, at: loc("year"), column: "year") }
        if let y = year, !(config.periodStart - 1...config.periodEnd + 1).contains(y) {
            parser.error("YEAR_OUT_OF_PERIOD", "Năm \(y) của điển hình nằm ngoài giai đoạn \(config.periodStart)–\(config.periodEnd) của site.yml. Sửa năm.", at: loc("year"))
        }
        if let summary = text("summary"), summary.count > 300 {
            parser.error("MODEL_SUMMARY_TOO_LONG", "Tóm tắt dài \(summary.count) ký tự; tối đa 300 để hiện trên thẻ, bản tin và tài liệu báo chí. Rút gọn tóm tắt; phần đầy đủ viết trong câu chuyện.", at: loc("summary"))
        }
        let subject = text("subject").flatMap { parser.choice($0, ModelSubject.self, at: loc("subject"), column: "subject") }
        var image = text("image")
        if let img = image {
            if !MediaPath.isSafe(img) {
                parser.error("MEDIA_PATH_INVALID", "Đường dẫn ảnh “\(img)” phải nằm trong thư mục media/ (ví dụ media/anh.jpg), không dùng .. hay đường dẫn tuyệt đối.", at: loc("image"))
                image = nil
            } else if !media.contains(MediaPath.normalized(img)) {
                parser.error("MEDIA_MISSING", "Không có tệp ảnh “\(img)” trong thư mục media/. Chép ảnh vào đó hoặc sửa tên tệp (phân biệt chữ hoa, chữ thường).", at: loc("image"))
                image = nil
            } else {
                image = MediaPath.normalized(img)
            }
            if (text("image_alt") ?? "").isEmpty {
                parser.error("IMAGE_ALT_MISSING", "Ảnh “\(img)” cần image_alt: mô tả ngắn nội dung ảnh cho người dùng trình đọc màn hình. Thêm dòng image_alt: \"…\".", at: loc("image"))
            }
        }
        let published = text("published").flatMap { parser.date($0, at: loc("published"), column: "published") }
        let featured = text("featured").flatMap { parser.bool($0, at: loc("featured"), column: "featured") } ?? false
        let draft = text("draft").flatMap { parser.bool($0, at: loc("draft"), column: "draft") } ?? false
        for key in ["title", "summary", "contact", "field", "image_alt"] {
            if let t = text(key) { PersonalDataScanner.check(t, what: "Trường \(key)", at: loc(key), into: &parser.diagnostics) }
        }
        for tag in s.tags {
            PersonalDataScanner.check(tag, what: "Thẻ “\(tag)”", at: s.values["tags"]?.location ?? s.tagsLocation ?? s.location, into: &parser.diagnostics)
        }
        for r in s.results {
            PersonalDataScanner.check(r.label + " " + r.value, what: "Kết quả", at: s.resultsLocation ?? s.location, into: &parser.diagnostics)
        }
        PublishedText.checkMarkdown(s.story, what: "Nội dung điển hình", into: &parser.diagnostics)
        guard ok, let title = text("title"), let unit, let year, let summary = text("summary") else { return nil }
        return ExemplaryModel(id: s.id, title: title, unit: unit, year: year, subject: subject, field: text("field"),
                              summary: summary, tags: s.tags, results: s.results, image: image, imageAlt: text("image_alt"),
                              contact: text("contact"), published: published, featured: featured, draft: draft,
                              story: s.story, location: s.location)
    }
}

/// What each required field of a model is, for messages.
private let fieldLabel = ["title": "tiêu đề", "unit": "mã đơn vị", "year": "năm", "summary": "tóm tắt"]

/// Media references stay inside `media/`.
public enum MediaPath {
    public static func normalized(_ path: String) -> String {
        var p = path.trimmingCharacters(in: .whitespaces)
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }

    public static func isSafe(_ path: String) -> Bool {
        let p = normalized(path)
        guard p.hasPrefix("media/"), !p.contains("\\"), !p.contains("://") else { return false }
        return !p.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}

/// Personal-data checks for Markdown bodies, reported at the line where the number stands.
enum PublishedText {
    static func checkMarkdown(_ md: MarkdownText, what: String, into diagnostics: inout DiagnosticList) {
        // The whole story first, in one pass: a line break ends every run of digits the scanner
        // follows and precedes a line as the start of the text does, so the story has a finding
        // exactly when one of its lines has. Nearly every story has none.
        guard PersonalDataScanner.scan(md.text) != nil else { return }
        // Split on the byte: splitting Characters would run grapheme breaking over the whole story.
        for (offset, line) in md.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let text = String(Substring(line))
            guard let finding = PersonalDataScanner.scan(text) else { continue }
            // Columns count characters, as the editor staff use shows them.
            let column = text.range(of: finding.text).map { text.distance(from: text.startIndex, to: $0.lowerBound) + 1 } ?? 1
            PersonalDataScanner.check(text, what: what,
                                      at: SourceLocation(file: md.file, line: md.firstLine + offset, column: column), into: &diagnostics)
        }
    }
}
