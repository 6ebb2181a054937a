import Diagnostics
import Load
import VietText

/// Reads `progress/YYYY.csv`: one row per unit (code or official name), one column per indicator.
enum ProgressBuilder {
    static let columns = [
        CSVColumn("unit", aliases: ["ma_don_vi", "don_vi", "ten_don_vi"], required: true),
        CSVColumn("note", aliases: ["ghi_chu"]),
        CSVColumn("source", aliases: ["nguon"]),
    ]

    static func build(_ files: [NamedTable], config: SiteConfig, units: UnitDirectory, indicators: [Indicator],
                      diagnostics: inout DiagnosticList) -> ProgressData {
        var data = ProgressData(unitCount: units.count, indicatorCount: indicators.count)
        var indicatorByHeader: [String: Int] = [:]
        for ind in indicators {
            indicatorByHeader[HeaderName.normalize(ind.id)] = ind.index
            indicatorByHeader[HeaderName.normalize(ind.name)] = ind.index
        }
        let ratioPairs: [(ratio: Indicator, num: Int, den: Int)] = indicators.compactMap { ind in
            guard case .ratio(let n, let d) = ind.aggregation,
                  let ni = indicators.firstIndex(where: { $0.id == n }),
                  let di = indicators.firstIndex(where: { $0.id == d }) else { return nil }
            return (ind, ni, di)
        }
        for file in files {
            let csv = file.table
            guard file.name.count == 4, let year = Int(file.name) else {
                diagnostics.error("PROGRESS_FILE_NAME", "Tệp số liệu phải mang tên năm của đợt báo cáo, ví dụ progress/2024.csv. Đổi tên tệp này.",
                                  at: SourceLocation(file: csv.file))
                continue
            }
            if !(config.periodStart - 1...config.periodEnd).contains(year) {
                diagnostics.error("YEAR_OUT_OF_PERIOD", "Năm \(year) nằm ngoài giai đoạn \(config.periodStart)–\(config.periodEnd) của site.yml. Nếu đây là năm mới, mở rộng period.end.",
                                  at: SourceLocation(file: csv.file))
                continue
            }
            if let table = readYear(csv, year: year, config: config, units: units, indicators: indicators,
                                    indicatorByHeader: indicatorByHeader, ratioPairs: ratioPairs, into: &data,
                                    diagnostics: &diagnostics) {
                data.addYear(year, table: table)
            }
        }
        return data
    }

    private static func readYear(_ table: CSVTable, year: Int, config: SiteConfig, units: UnitDirectory,
                                 indicators: [Indicator], indicatorByHeader: [String: Int],
                                 ratioPairs: [(ratio: Indicator, num: Int, den: Int)], into data: inout ProgressData,
                                 diagnostics: inout DiagnosticList) -> YearTable? {
        let (cols, bindProblems) = ColumnBinder.bind(table, columns: columns, unknownColumnsAreExtra: true)
        diagnostics.append(contentsOf: bindProblems)
        guard cols.index(of: "unit") != nil else { return nil }
        var parser = FieldParser(style: config.numberStyle)
        var problems: [Diagnostic] = []
        var columnIndicator: [(column: Int, indicator: Int)] = []
        var seenIndicator: [Int: SourceLocation] = [:]
        for extra in cols.extraColumns {
            guard let ind = indicatorByHeader[HeaderName.normalize(extra.header.text)] else {
                parser.warning("CSV_UNKNOWN_COLUMN", "Cột “\(extra.header.text)” không khớp mã hay tên chỉ tiêu nào trong indicators.csv; bỏ qua cột này. Nếu cần dùng, sửa tiêu đề cột thành mã hoặc tên chỉ tiêu.", at: extra.header.location)
                continue
            }
            if let first = seenIndicator[ind] {
                parser.error("CSV_DUPLICATE_COLUMN", "Chỉ tiêu “\(indicators[ind].id)” có hai cột (cột đầu ở cột \(first.column)). Xóa một trong hai cột.", at: extra.header.location)
                continue
            }
            seenIndicator[ind] = extra.header.location
            columnIndicator.append((extra.index, ind))
        }
        var values = YearTable(unitCount: units.count, indicatorCount: indicators.count)
        var rowOfUnit: [Int: Int] = [:]
        for row in table.rows {
            guard let unitField = cols.requireNonEmpty("unit", in: row, diagnostics: &problems) else { continue }
            let unitIndex: Int
            switch units.lookup(unitField.text) {
            case .found(let i): unitIndex = i
            case .ambiguous(let codes):
                parser.error("UNIT_AMBIGUOUS", "Tên “\(FieldParser.trimmed(unitField.text))” khớp nhiều đơn vị: \(codes.joined(separator: ", ")). Ghi mã đơn vị thay cho tên.", at: unitField.location)
                continue
            case .notFound:
                parser.error("UNIT_UNKNOWN", "Không có đơn vị nào mã hoặc tên “\(FieldParser.trimmed(unitField.text))” trong units.csv. Kiểm tra chính tả tên hoặc ghi mã đơn vị.", at: unitField.location)
                continue
            }
            if let line = rowOfUnit[unitIndex] {
                parser.error("PROGRESS_DUPLICATE_UNIT", "Đơn vị “\(units[unitIndex].code)” đã có số liệu ở dòng \(line) của tệp này. Mỗi đơn vị một dòng.", at: unitField.location)
                continue
            }
            rowOfUnit[unitIndex] = row.line
            var rowValues: [Int: (Double, SourceLocation)] = [:]
            for (column, ind) in columnIndicator where column < row.fields.count {
                let field = row.fields[column]
                if FieldParser.trimmed(field.text).isEmpty { continue }
                let indicator = indicators[ind]
                guard let v = parser.number(field.text, at: field.location, column: indicator.id, allowPercent: indicator.isPercent) else { continue }
                if v < 0 {
                    parser.error("NUMBER_NEGATIVE", "Giá trị \(FieldParser.trimmed(field.text)) của “\(indicator.id)” âm; số liệu không được âm. Ghi số hiện có của năm này (mức giảm được tính từ hai năm liền nhau).", at: field.location)
                    continue
                }
                if indicator.isPercent && v > 100 {
                    parser.error("PERCENT_OUT_OF_RANGE", "Tỷ lệ \(FieldParser.trimmed(field.text)) của “\(indicator.id)” lớn hơn 100%. Tỷ lệ ghi từ 0 đến 100, ví dụ 12,5 hoặc 12,5%.", at: field.location)
                    continue
                }
                values[unitIndex, ind] = v
                rowValues[ind] = (v, field.location)
            }
            for pair in ratioPairs {
                if let (n, loc) = rowValues[pair.num], let (d, _) = rowValues[pair.den], n > d + 1e-9 {
                    parser.error("RATIO_NUM_EXCEEDS_DEN", "“\(indicators[pair.num].id)” (\(VietNumber.format(n, decimals: indicators[pair.num].decimals))) lớn hơn “\(indicators[pair.den].id)” (\(VietNumber.format(d, decimals: indicators[pair.den].decimals))), nên tỷ lệ “\(pair.ratio.id)” vượt 100%. Kiểm tra lại hai ô này.", at: loc)
                }
            }
            if let note = cols.nonEmpty("note", in: row) {
                PersonalDataScanner.check(note.text, what: "Ghi chú", at: note.location, into: &parser.diagnostics)
                data.notes[year, default: [:]][unitIndex] = FieldParser.trimmed(note.text)
            }
            if let src = cols.nonEmpty("source", in: row) {
                PersonalDataScanner.check(src.text, what: "Nguồn số liệu", at: src.location, into: &parser.diagnostics)
                data.sources[year, default: [:]][unitIndex] = FieldParser.trimmed(src.text)
            }
        }
        diagnostics.append(contentsOf: problems)
        diagnostics.append(contentsOf: parser.diagnostics)
        return values
    }
}
