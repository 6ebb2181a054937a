import Diagnostics
import Load
import Parallel
import VietText

/// Reads `awards/*.csv`. Personal-data columns are dropped by the column binder before this sees them.
enum AwardsBuilder {
    static let columns = [
        CSVColumn("decision", aliases: ["so_quyet_dinh", "quyet_dinh"], required: true),
        CSVColumn("date", aliases: ["ngay", "ngay_quyet_dinh"], required: true),
        CSVColumn("form", aliases: ["hinh_thuc", "hinh_thuc_khen_thuong"], required: true),
        CSVColumn("recipient", aliases: ["ten", "doi_tuong", "ten_doi_tuong"], required: true),
        CSVColumn("recipient_type", aliases: ["loai_doi_tuong"]),
        CSVColumn("position", aliases: ["chuc_vu"]),
        CSVColumn("unit", aliases: ["ma_don_vi", "don_vi"], required: true),
        CSVColumn("achievement", aliases: ["thanh_tich"]),
        CSVColumn("round", aliases: ["dot"]),
        CSVColumn("year", aliases: ["nam"]),
        CSVColumn("model", aliases: ["ma_dien_hinh", "dien_hinh"]),
    ]

    /// `modelIDs`: every model id, drafts included, so a `model` cell can be checked where it is written;
    /// `linkedIDs`: the models an award may link (not drafts, which must stay invisible: an award
    /// naming one keeps its row without the link).
    static func build(_ files: [NamedTable], config: SiteConfig, units: UnitDirectory, modelIDs: Set<String>,
                      linkedIDs: Set<String>, diagnostics: inout DiagnosticList) -> [Award] {
        // Files are read on all cores (a national site has a file per year of tens of thousands of
        // rows); awards are numbered and problems listed as one pass over the files in order gives.
        // Each file numbers its awards from the rows before it, so that when no row is dropped every
        // award already has its final index and is kept as made (not copied: 120,000 nationally).
        var firstIndex: [Int] = []
        var rowsBefore = 0
        for file in files {
            firstIndex.append(rowsBefore)
            rowsBefore += file.rowCount
        }
        let results = Parallel.map(files.count) { i in
            read(files[i], firstIndex: firstIndex[i], config: config, units: units, modelIDs: modelIDs, linkedIDs: linkedIDs)
        }
        var out: [Award] = []
        out.reserveCapacity(results.reduce(0) { $0 + $1.awards.count })
        for r in results {
            diagnostics.append(contentsOf: r.bindProblems)
            for a in r.awards { out.append(a.renumbered(out.count)) }
        }
        for r in results { diagnostics.append(contentsOf: r.problems) }
        for r in results { diagnostics.append(contentsOf: r.parserProblems) }
        return out
    }

    private struct FileResult {
        var awards: [Award] = []
        var bindProblems: [Diagnostic] = []
        var problems: [Diagnostic] = []
        var parserProblems = DiagnosticList()
    }

    private static func read(_ file: NamedTable, firstIndex: Int, config: SiteConfig, units: UnitDirectory, modelIDs: Set<String>,
                             linkedIDs: Set<String>) -> FileResult {
        var result = FileResult()
        var out: [Award] = []
        var parser = FieldParser(style: config.numberStyle)
        var problems: [Diagnostic] = []
        // A handful of forms and decisions over tens of thousands of rows: each distinct spelling is
        // read once (a form's rank, a decision's reference), and its text shared by its rows.
        var forms: [String: (text: String, rank: Int?)] = [:]
        var decisions: [String: (text: String, reference: DocumentReference?)] = [:]
        var recipients = TextInterner(), positions = TextInterner(), achievements = TextInterner()
        var linkedModels = TextInterner()
        // Parsed here from its text, and dropped when this file's awards are made.
        let table = file.table
        let (cols, bindProblems) = ColumnBinder.bind(table, columns: columns, unknownColumnsAreExtra: false)
        result.bindProblems = bindProblems
        for row in table.rows {
            guard let decision = cols.requireNonEmpty("decision", in: row, diagnostics: &problems),
                  let dateField = cols.requireNonEmpty("date", in: row, diagnostics: &problems),
                  let form = cols.requireNonEmpty("form", in: row, diagnostics: &problems),
                  let recipient = cols.requireNonEmpty("recipient", in: row, diagnostics: &problems),
                  let unitField = cols.requireNonEmpty("unit", in: row, diagnostics: &problems) else { continue }
            let date = parser.date(dateField.text, at: dateField.location, column: "date")
            let decisionText: String, reference: DocumentReference?
            if let known = decisions[decision.text] {
                (decisionText, reference) = known
            } else {
                decisionText = FieldParser.trimmed(decision.text)
                reference = DocumentReference.parse(decisionText)
                decisions[decision.text] = (decisionText, reference)
            }
            if reference == nil {
                parser.warning("AWARD_DECISION_FORMAT", "Số quyết định “\(decisionText)” không theo dạng số/ký hiệu (ví dụ 1234/QĐ-UBND) của Nghị định 30/2020. Ghi đúng số và ký hiệu như trên quyết định.", at: decision.location)
            }
            let formText: String, rank: Int?
            if let known = forms[form.text] {
                (formText, rank) = known
            } else {
                formText = FieldParser.trimmed(form.text)
                rank = AwardForms.rank(of: formText)
                forms[form.text] = (formText, rank)
            }
            if rank == nil {
                parser.warning("AWARD_FORM_UNKNOWN", "Hình thức “\(formText)” không có trong danh mục hình thức khen thưởng theo Luật Thi đua, khen thưởng 2022; sẽ xếp cuối danh sách.", at: form.location)
            }
            var unitIndex: Int?
            switch units.lookup(unitField.text) {
            case .found(let i): unitIndex = i
            case .ambiguous(let codes):
                parser.error("UNIT_AMBIGUOUS", "Tên “\(FieldParser.trimmed(unitField.text))” khớp nhiều đơn vị: \(codes.joined(separator: ", ")). Ghi mã đơn vị.", at: unitField.location)
            case .notFound:
                parser.error("UNIT_UNKNOWN", "Không có đơn vị nào mã hoặc tên “\(FieldParser.trimmed(unitField.text))” trong units.csv. Kiểm tra chính tả tên hoặc ghi mã đơn vị.", at: unitField.location)
            }
            let type = cols.nonEmpty("recipient_type", in: row).flatMap {
                parser.choice($0.text, RecipientType.self, at: $0.location, column: "recipient_type")
            }
            let round = cols.nonEmpty("round", in: row).flatMap {
                parser.choice($0.text, AwardRound.self, at: $0.location, column: "round")
            } ?? .hangNam
            var year = date?.year
            if let y = cols.nonEmpty("year", in: row) { year = parser.year(y.text, at: y.location, column: "year") }
            if let y = year, !(config.periodStart - 1...config.periodEnd + 1).contains(y) {
                parser.error("YEAR_OUT_OF_PERIOD", "Năm thành tích \(y) nằm ngoài giai đoạn \(config.periodStart)–\(config.periodEnd) của site.yml. Kiểm tra cột year (hoặc ngày quyết định khi không có cột year).", at: cols.nonEmpty("year", in: row)?.location ?? dateField.location)
            }
            let position = positions(cols.nonEmpty("position", in: row).map { FieldParser.trimmed($0.text) })
            let achievement = achievements(cols.nonEmpty("achievement", in: row).map { FieldParser.trimmed($0.text) })
            let modelField = cols.nonEmpty("model", in: row)
            let modelID = modelField.map { FieldParser.trimmed($0.text) }
            if let m = modelField, let id = modelID, !modelIDs.contains(id) {
                parser.error("MODEL_UNKNOWN", "Cột model ghi “\(id)” nhưng không có điển hình nào mã này (tên tệp models/\(id).md hoặc cột id của models/*.csv). Sửa mã hoặc để trống ô.", at: m.location)
            }
            for (text, what, loc) in [(recipient.text, "Tên đối tượng", recipient.location), (form.text, "Hình thức", form.location)]
                + (position.map { [($0, "Chức vụ", cols.field("position", in: row)!.location)] } ?? [])
                + (achievement.map { [($0, "Thành tích", cols.field("achievement", in: row)!.location)] } ?? []) {
                PersonalDataScanner.check(text, what: what, at: loc, into: &parser.diagnostics)
            }
            guard let date, let unitIndex, let year else { continue }
            out.append(Award(index: firstIndex + out.count, decision: decisionText, decisionReference: reference, date: date,
                             form: formText, formRank: rank ?? AwardForms.unknownRank,
                             recipient: recipients(FieldParser.trimmed(recipient.text)), recipientType: type, position: position,
                             unit: unitIndex, achievement: achievement, round: round, year: year,
                             modelID: linkedModels(modelID.flatMap { linkedIDs.contains($0) ? $0 : nil }),
                             location: decision.location))
        }
        result.awards = out
        result.problems = problems
        result.parserProblems = parser.diagnostics
        return result
    }
}
