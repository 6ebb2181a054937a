import Diagnostics
import Load
import VietText

/// Reads `targets.csv`, resolving indicators, selectors and the `from`/`to` defaults.
enum TargetsBuilder {
    static let columns = [
        CSVColumn("indicator", aliases: ["chi_tieu"], required: true),
        CSVColumn("applies_to", aliases: ["ap_dung"], required: true),
        CSVColumn("rule", aliases: ["loai"], required: true),
        CSVColumn("value", aliases: ["muc"], required: true),
        CSVColumn("from", aliases: ["tu_nam"]),
        CSVColumn("to", aliases: ["den_nam"]),
        CSVColumn("group", aliases: ["nhom"]),
        CSVColumn("source", aliases: ["can_cu"]),
    ]

    static func build(_ table: CSVTable?, config: SiteConfig, units: UnitDirectory, indicators: [Indicator],
                      diagnostics: inout DiagnosticList) -> [Target] {
        guard let table else { return [] }
        let (cols, bindProblems) = ColumnBinder.bind(table, columns: columns, unknownColumnsAreExtra: false)
        diagnostics.append(contentsOf: bindProblems)
        var parser = FieldParser(style: config.numberStyle)
        var problems: [Diagnostic] = []
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let tags = Set(units.units.flatMap(\.tags))
        var out: [Target] = []
        for row in table.rows {
            guard let indField = cols.requireNonEmpty("indicator", in: row, diagnostics: &problems),
                  let scopeField = cols.requireNonEmpty("applies_to", in: row, diagnostics: &problems),
                  let ruleField = cols.requireNonEmpty("rule", in: row, diagnostics: &problems),
                  let valueField = cols.requireNonEmpty("value", in: row, diagnostics: &problems) else { continue }
            let indID = FieldParser.trimmed(indField.text)
            let indicator = byID[indID]
            if indicator == nil {
                parser.error("INDICATOR_UNKNOWN", "Chỉ tiêu “\(indID)” không có trong indicators.csv. Ghi đúng mã chỉ tiêu (cột id của indicators.csv).", at: indField.location)
            }
            let scope = parseScope(FieldParser.trimmed(scopeField.text), at: scopeField.location, units: units, tags: tags, parser: &parser)
            let ruleText = FieldParser.trimmed(ruleField.text)
            let rule = TargetRule(rawValue: ruleText.lowercased())
            if rule == nil {
                let all = TargetRule.allCases.map(\.rawValue).joined(separator: ", ")
                parser.error("TARGET_RULE_UNKNOWN", "Loại mục tiêu “\(ruleText)” không hợp lệ. Chọn một trong: \(all).", at: ruleField.location)
            }
            let value = parser.number(valueField.text, at: valueField.location, column: "value", allowPercent: true)
            if let v = value, let rule {
                checkValue(v, shown: FieldParser.trimmed(valueField.text), rule: rule, indicator: indicator, at: valueField.location, parser: &parser)
            }
            // giam_so_luong compares each year with the one before, so its first year is the one after the baseline.
            var from = rule == .giamSoLuong ? config.baselineYear + 1 : config.baselineYear
            var to = config.periodEnd
            let fromField = cols.nonEmpty("from", in: row), toField = cols.nonEmpty("to", in: row)
            if let f = fromField { from = parser.year(f.text, at: f.location, column: "from") ?? from }
            if let f = toField { to = parser.year(f.text, at: f.location, column: "to") ?? to }
            let period = "\(config.periodStart)–\(config.periodEnd)"
            if from > to {
                parser.error("TARGET_YEARS_INVALID", "Năm bắt đầu \(from) sau năm kết thúc \(to). Sửa cột from hoặc to (from ≤ to).",
                             at: fromField?.location ?? toField?.location ?? valueField.location)
            } else {
                if from < config.periodStart - 1 {
                    parser.error("YEAR_OUT_OF_PERIOD", "Năm bắt đầu \(from) của mục tiêu nằm ngoài giai đoạn \(period) của site.yml. Sửa cột from hoặc mở rộng period.",
                                 at: fromField?.location ?? valueField.location)
                }
                if to > config.periodEnd {
                    parser.error("YEAR_OUT_OF_PERIOD", "Năm kết thúc \(to) của mục tiêu nằm ngoài giai đoạn \(period) của site.yml. Sửa cột to hoặc mở rộng period.end.",
                                 at: toField?.location ?? valueField.location)
                }
            }
            let source = cols.nonEmpty("source", in: row).map { FieldParser.trimmed($0.text) }
            if let f = cols.nonEmpty("source", in: row) {
                PersonalDataScanner.check(f.text, what: "Căn cứ (source)", at: f.location, into: &parser.diagnostics)
            }
            if let f = cols.nonEmpty("group", in: row) {
                PersonalDataScanner.check(f.text, what: "Nhóm (group)", at: f.location, into: &parser.diagnostics)
            }
            guard let indicator, let scope, let rule, let value, from <= to else { continue }
            out.append(Target(index: out.count, indicator: indicator.index, scope: scope, rule: rule, value: value,
                              from: from, to: to, group: cols.nonEmpty("group", in: row).map { FieldParser.trimmed($0.text) },
                              source: source, sourceReference: source.flatMap(DocumentReference.parse),
                              location: indField.location))
        }
        diagnostics.append(contentsOf: problems)
        diagnostics.append(contentsOf: parser.diagnostics)
        return out
    }

    /// Values no rule can mean: a negative level or change, a percent above 100.
    private static func checkValue(_ v: Double, shown: String, rule: TargetRule, indicator: Indicator?, at location: SourceLocation,
                                   parser: inout FieldParser) {
        if v < 0 {
            parser.error("TARGET_VALUE_INVALID", "Mức “\(shown)” âm. Cột value ghi mức cần đạt hoặc mức cần giảm, luôn là số không âm (loại \(rule.rawValue) đã nói chiều tăng hay giảm).", at: location)
        } else if rule == .giamPhanTramDauKy, v > 100 {
            parser.error("TARGET_VALUE_INVALID", "Mức “\(shown)” lớn hơn 100: giam_phan_tram_dau_ky là phần trăm của số đầu kỳ, không thể giảm quá 100%.", at: location)
        } else if let indicator, indicator.isPercent, rule != .giamSoLuong, v > 100 {
            parser.error("TARGET_VALUE_INVALID", "Mức “\(shown)” lớn hơn 100, nhưng “\(indicator.id)” là tỷ lệ phần trăm. Kiểm tra lại cột value.", at: location)
        }
    }

    private static func parseScope(_ text: String, at location: SourceLocation, units: UnitDirectory, tags: Set<String>,
                                   parser: inout FieldParser) -> TargetScope? {
        if text == "*" { return .all }
        let lower = text.lowercased()
        // `split` would drop an empty value (`tag:`), so cut at the first colon by hand.
        let value = text.firstIndex(of: ":").map { FieldParser.trimmed(String(text[text.index(after: $0)...])) } ?? ""
        if lower.hasPrefix("level:") || lower.hasPrefix("cap:") {
            let key = HeaderName.normalize(value)
            guard let level = UnitLevel.allCases.first(where: { HeaderName.normalize($0.rawValue) == key || HeaderName.normalize($0.label) == key }) else {
                let accepted = UnitLevel.allCases.map(\.rawValue).joined(separator: ", ")
                parser.error("TARGET_SELECTOR_UNKNOWN", "“\(text)”: không có cấp “\(value)”. Sau level: ghi một trong: \(accepted).", at: location)
                return nil
            }
            if !units.units.contains(where: { $0.level == level }) {
                parser.warning("TARGET_SELECTOR_NO_MATCH", "“\(text)”: units.csv không có đơn vị nào cấp \(level.rawValue) (\(level.label)), nên mục tiêu này không áp dụng cho đơn vị nào. Kiểm tra cột level của units.csv hoặc xóa dòng mục tiêu.", at: location)
            }
            return .level(level)
        }
        if lower.hasPrefix("tag:") || lower.hasPrefix("nhom:") {
            if value.isEmpty {
                parser.error("TARGET_SELECTOR_UNKNOWN", "“\(text)” thiếu tên nhóm sau dấu hai chấm. Viết ví dụ tag:huyen_ngheo.", at: location)
                return nil
            }
            if !tags.contains(value) {
                parser.error("TARGET_SELECTOR_UNKNOWN", "Không đơn vị nào có nhóm “\(value)” (cột tags của units.csv). Thêm nhóm này cho các đơn vị cần áp dụng, hoặc sửa tên nhóm.", at: location)
                return nil
            }
            return .tag(value)
        }
        switch units.lookup(text) {
        case .found(let i): return .code(units[i].code)
        case .ambiguous(let codes):
            parser.error("UNIT_AMBIGUOUS", "Tên “\(text)” khớp nhiều đơn vị: \(codes.joined(separator: ", ")). Ghi mã đơn vị.", at: location)
        case .notFound:
            parser.error("TARGET_SELECTOR_UNKNOWN", "“\(text)” không phải *, level:…, tag:… hay mã hoặc tên đơn vị trong units.csv. Sửa cột applies_to.", at: location)
        }
        return nil
    }
}
