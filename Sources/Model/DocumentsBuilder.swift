import Diagnostics
import Load
import VietText

/// Reads documents, free pages, unit narratives and the home text.
enum DocumentsBuilder {
    /// Top-level addresses the site itself uses; a free page may not take them.
    static let reservedSlugs: Set<String> = ["don-vi", "tien-do", "dien-hinh", "khen-thuong", "van-ban", "du-lieu",
                                             "tim-kiem", "media", "assets", "feed.xml", "sitemap.xml", "robots.txt", "404"]

    static func documents(_ files: [MarkdownFile], config: SiteConfig, diagnostics: inout DiagnosticList) -> [Document] {
        var parser = FieldParser(style: config.numberStyle)
        var out: [Document] = []
        var seen: [String: String] = [:]
        for f in files {
            let fm = FrontMatterReader(mapping: f.frontMatter, file: f.file)
            warnUnknownKeys(f, known: ["title", "number", "date", "kind", "issuer", "signer", "summary"], into: &parser)
            guard let title = fm.string("title"), !title.isEmpty else {
                parser.error("DOCUMENT_TITLE_MISSING", "Văn bản cần title trong phần đầu (front matter). Thêm dòng title: \"…\" giữa hai dòng ---.", at: fm.location("title"))
                continue
            }
            let slug = VietSlug.make(f.name)
            if slug.isEmpty { parser.error("DOCUMENT_SLUG_INVALID", "Tên tệp “\(f.name)” không tạo được địa chỉ trang. Đặt tên tệp bằng chữ và số, ví dụ ke-hoach-12.md.", at: SourceLocation(file: f.file)); continue }
            if let other = seen[slug] {
                parser.error("DOCUMENT_DUPLICATE_SLUG", "Văn bản này và \(other) cùng địa chỉ van-ban/\(slug)/. Đổi tên một tệp.", at: SourceLocation(file: f.file))
                continue
            }
            seen[slug] = f.file
            let number = fm.string("number")
            var reference: DocumentReference?
            if let n = number {
                reference = DocumentReference.parse(n)
                if reference == nil {
                    parser.warning("DOCUMENT_NUMBER_FORMAT", "Số văn bản “\(n)” không theo dạng số/ký hiệu (ví dụ 417/KH-UBND).", at: fm.location("number"))
                }
            }
            let date = fm.string("date").flatMap { parser.date($0, at: fm.location("date"), column: "date") }
            let kind = fm.string("kind").flatMap { parser.choice($0, DocumentKind.self, at: fm.location("kind"), column: "kind") }
            for key in ["title", "number", "summary", "issuer", "signer"] {
                if let t = fm.string(key) { PersonalDataScanner.check(t, what: "Trường \(key)", at: fm.location(key), into: &parser.diagnostics) }
            }
            let body = MarkdownText(text: f.body, file: f.file, firstLine: f.bodyFirstLine)
            PublishedText.checkMarkdown(body, what: "Nội dung văn bản", into: &parser.diagnostics)
            out.append(Document(slug: slug, title: title, number: number, reference: reference, date: date, kind: kind,
                                issuer: fm.string("issuer"), signer: fm.string("signer"), summary: fm.string("summary"),
                                body: body, location: SourceLocation(file: f.file)))
        }
        diagnostics.append(contentsOf: parser.diagnostics)
        return out
    }

    static func pages(_ files: [MarkdownFile], diagnostics: inout DiagnosticList) -> [Page] {
        var parser = FieldParser(style: .vi)
        var out: [Page] = []
        for f in files {
            let fm = FrontMatterReader(mapping: f.frontMatter, file: f.file)
            warnUnknownKeys(f, known: ["title", "description"], into: &parser)
            guard let title = fm.string("title"), !title.isEmpty else {
                parser.error("PAGE_TITLE_MISSING", "Trang cần title trong phần đầu (front matter). Thêm dòng title: \"…\" giữa hai dòng ---.", at: fm.location("title"))
                continue
            }
            let slug = VietSlug.make(f.name)
            if slug.isEmpty || reservedSlugs.contains(slug) {
                parser.error("PAGE_SLUG_RESERVED", "Tên tệp “\(f.name)” trùng địa chỉ của trang có sẵn (/\(slug)/). Đổi tên tệp.", at: SourceLocation(file: f.file))
                continue
            }
            for key in ["title", "description"] {
                if let t = fm.string(key) { PersonalDataScanner.check(t, what: "Trường \(key)", at: fm.location(key), into: &parser.diagnostics) }
            }
            let body = MarkdownText(text: f.body, file: f.file, firstLine: f.bodyFirstLine)
            PublishedText.checkMarkdown(body, what: "Nội dung trang", into: &parser.diagnostics)
            out.append(Page(slug: slug, title: title, description: fm.string("description"), body: body,
                            location: SourceLocation(file: f.file)))
        }
        diagnostics.append(contentsOf: parser.diagnostics)
        return out
    }

    static func narratives(_ files: [MarkdownFile], units: UnitDirectory, diagnostics: inout DiagnosticList) -> [Int: MarkdownText] {
        var out: [Int: MarkdownText] = [:]
        for f in files {
            guard let i = units.byCode[f.name] else {
                diagnostics.error("UNIT_UNKNOWN", "Tệp units/\(f.name).md không ứng với mã đơn vị nào trong units.csv (tên tệp phải là mã đơn vị, ví dụ units/06169.md). Đổi tên tệp.", at: SourceLocation(file: f.file))
                continue
            }
            let body = MarkdownText(text: f.body, file: f.file, firstLine: f.bodyFirstLine)
            PublishedText.checkMarkdown(body, what: "Giới thiệu đơn vị", into: &diagnostics)
            out[i] = body
        }
        return out
    }

    private static func warnUnknownKeys(_ f: MarkdownFile, known: Set<String>, into parser: inout FieldParser) {
        for key in f.frontMatter?.keys ?? [] where !known.contains(key) {
            parser.warning("FRONT_MATTER_UNKNOWN_KEY", "Khóa “\(key)” không được dùng ở đây; kiểm tra chính tả.",
                           at: f.frontMatter?.keyLocation(key) ?? SourceLocation(file: f.file))
        }
    }
}
