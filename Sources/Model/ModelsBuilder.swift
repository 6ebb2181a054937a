import Diagnostics
import Load
import Parallel
import VietText

/// Reads exemplary models from `models/*.md` (front matter) and rows of `models/*.csv`.
enum ModelsBuilder {
    static let csvColumns = [
        CSVColumn("id", aliases: ["ma", "ma_dien_hinh"], required: true),
        CSVColumn("title", aliases: ["tieu_de", "ten"], required: true),
        CSVColumn("unit", aliases: ["ma_don_vi", "don_vi"], required: true),
        CSVColumn("year", aliases: ["nam"], required: true),
        CSVColumn("subject", aliases: ["doi_tuong"]),
        CSVColumn("field", aliases: ["linh_vuc"]),
        CSVColumn("summary", aliases: ["tom_tat"], required: true),
        CSVColumn("tags", aliases: ["the"]),
        CSVColumn("results", aliases: ["ket_qua"]),
        CSVColumn("image", aliases: ["anh", "hinh_anh"]),
        CSVColumn("image_alt", aliases: ["mo_ta_anh"]),
        CSVColumn("contact", aliases: ["lien_he"]),
        CSVColumn("published", aliases: ["ngay_dang"]),
        CSVColumn("featured", aliases: ["noi_bat"]),
        CSVColumn("draft", aliases: ["ban_nhap"]),
        CSVColumn("story", aliases: ["noi_dung", "cau_chuyen"]),
    ]
    static let frontMatterKeys: Set<String> = Set(csvColumns.map(\.name))

    /// One field's text and where it was written, whichever kind of file it came from.
    struct Source {
        var values: [String: (text: String, location: SourceLocation)] = [:]
        var results: [ModelResult] = []
        var resultsLocation: SourceLocation?
        var tags: [String] = []
        var tagsLocation: SourceLocation?
        var story: MarkdownText
        var location: SourceLocation
        var id: String
        var idLocation: SourceLocation
        /// A row of models/*.csv: its blank required cells are reported as CSV_EMPTY_FIELD at the cell.
        var fromTable = false
    }

    static func build(files: [MarkdownFile], tables: [NamedTable], config: SiteConfig, units: UnitDirectory,
                      media: Set<String>, diagnostics: inout DiagnosticList) -> [ExemplaryModel] {
        var sources: [Source] = files.map { fromMarkdown($0, diagnostics: &diagnostics) }
        for t in tables { sources += fromTable(t, diagnostics: &diagnostics) }
        // The first source with an id is the model; later ones are duplicates, reported in place.
        var seen: [String: SourceLocation] = [:]
        let firstUse: [SourceLocation?] = sources.map { s in
            if let first = seen[s.id] { return first }
            seen[s.id] = s.idLocation
            return nil
        }
        // Each model is checked on its own (thousands on a national site), on all cores; the problems
        // are listed in source order as a serial pass lists them.
        let built = Parallel.map(sources.count) { i -> (ExemplaryModel?, DiagnosticList) in
            guard firstUse[i] == nil else { return (nil, DiagnosticList()) }
            var parser = FieldParser(style: config.numberStyle)
            let m = model(from: sources[i], config: config, units: units, media: media, parser: &parser)
            return (m, parser.diagnostics)
        }
        var out: [ExemplaryModel] = []
        for (i, (m, problems)) in built.enumerated() {
            if let first = firstUse[i] {
                let s = sources[i]
                diagnostics.error("MODEL_DUPLICATE_ID", "Mã điển hình “\(s.id)” đã dùng ở \(first). Mỗi điển hình một mã (tên tệp).", at: s.idLocation)
                continue
            }
            diagnostics.append(contentsOf: problems)
            if let m { out.append(m) }
        }
        return out
    }

    private static func fromMarkdown(_ file: MarkdownFile, diagnostics: inout DiagnosticList) -> Source {
        let fm = FrontMatterReader(mapping: file.frontMatter, file: file.file)
        let start = file.frontMatter?.location ?? SourceLocation(file: file.file)
        var s = Source(story: MarkdownText(text: file.body, file: file.file, firstLine: file.bodyFirstLine),
                       location: start, id: file.name, idLocation: SourceLocation(file: file.file))
        for key in file.frontMatter?.keys ?? [] {
            guard frontMatterKeys.contains(key) || key == "results" else {
                diagnostics.warning("FRONT_MATTER_UNKNOWN_KEY", "Khóa “\(key)” không được dùng cho điển hình; kiểm tra chính tả.", at: file.frontMatter?.keyLocation(key) ?? start)
                continue
            }
            if key == "tags" {
                s.tags = fm.list("tags")
                s.tagsLocation = fm.location("tags")
                continue
            }
            if key == "results" {
                s.resultsLocation = fm.location("results")
                for item in file.frontMatter?["results"]?.sequence ?? [] {
                    if let m = item.mapping, let label = m["label"]?.string, let value = m["value"]?.string {
                        s.results.append(ModelResult(label: FieldParser.trimmed(label), value: FieldParser.trimmed(value)))
                    } else {
                        diagnostics.error("MODEL_RESULTS_INVALID", "Mỗi kết quả cần dạng { label: \"…\", value: \"…\" }.", at: item.location)
                    }
                }
                continue
            }
            if let v = fm.string(key) { s.values[key] = (v, fm.location(key)) }
        }
        return s
    }

    private static func fromTable(_ named: NamedTable, diagnostics: inout DiagnosticList) -> [Source] {
        let table = named.table
        let (cols, problems) = ColumnBinder.bind(table, columns: csvColumns, unknownColumnsAreExtra: false)
        diagnostics.append(contentsOf: problems)
        var required: [Diagnostic] = []
        var out: [Source] = []
        for row in table.rows {
            guard let id = cols.requireNonEmpty("id", in: row, diagnostics: &required) else { continue }
            let storyField = cols.field("story", in: row)
            var s = Source(story: MarkdownText(text: storyField?.text ?? "", file: table.file,
                                               firstLine: storyField?.location.line ?? row.line),
                           location: id.location, id: FieldParser.trimmed(id.text), idLocation: id.location)
            for c in csvColumns where c.name != "story" {
                if let f = cols.nonEmpty(c.name, in: row) { s.values[c.name] = (FieldParser.trimmed(f.text), f.location) }
            }
            s.fromTable = true
            for key in ["title", "unit", "year", "summary"] {
                _ = cols.requireNonEmpty(key, in: row, diagnostics: &required)
            }
            if let t = s.values["tags"] {
                s.tags = t.text.split(separator: ";").map { FieldParser.trimmed(String($0)) }.filter { !$0.isEmpty }
            }
            if let r = s.values["results"] {
                s.resultsLocation = r.location
                for part in r.text.split(separator: ";") {
                    let pair = part.split(separator: ":", maxSplits: 1).map { FieldParser.trimmed(String($0)) }
                    if pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty {
                        s.results.append(ModelResult(label: pair[0], value: pair[1]))
                    } else {
                        diagnostics.error("MODEL_RESULTS_INVALID", "Kết quả “\(part)” phải có dạng nhãn: giá trị; các kết quả ngăn bằng dấu chấm phẩy.", at: r.location)
                    }
                }
            }
            out.append(s)
        }
        diagnostics.append(contentsOf: required)
        return out
    }
}
