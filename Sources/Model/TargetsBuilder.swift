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
                parser.error("INDICATOR_UNKNOWN", "Chỉ tiêu “\(indID)” không có trong indicators.csv.", at: indField.location)
            }
            let scope = parseScope(FieldParser.trimmed(scopeField.text), at: scopeField.location, units: units, tags: tags, parser: &parser)
            let ruleText = FieldParser.trimmed(ruleField.text)
            let rule = TargetRule(rawValue: ruleText.lowercased())
            if rule == nil {
                let all = TargetRule.allCases.map(\.rawValue).joined(separator: ", ")
                parser.error("TARGET_RULE_UNKNOWN", "Loại mục tiêu “\(ruleText)” không hợp lệ. Chọn một trong: \(all).", at: ruleField.location)
            }
            let value = parser.number(valueField.text, at: valueField.location, column: "value", allowPercent: true)
            // giam_so_luong compares each year with the one before, so its first year is the one after the baseline.
            var from = rule == .giamSoLuong ? config.baselineYear + 1 : config.baselineYear
            var to = config.periodEnd
            if let f = cols.nonEmpty("from", in: row) { from = parser.year(f.text, at: f.location, column: "from") ?? from }
            if let f = cols.nonEmpty("to", in: row) { to = parser.year(f.text, at: f.location, column: "to") ?? to }
            if from > to {
                parser.error("TARGET_YEARS_INVALID", "Năm bắt đầu \(from) sau năm kết thúc \(to).", at: row.fields.first?.location ?? scopeField.location)
            } else if from < config.periodStart - 1 || to > config.periodEnd {
                parser.error("YEAR_OUT_OF_PERIOD", "Mục tiêu từ \(from) đến \(to) nằm ngoài giai đoạn \(config.periodStart)–\(config.periodEnd).", at: row.fields.first?.location ?? scopeField.location)
            }
            let source = cols.nonEmpty("source", in: row).map { FieldParser.trimmed($0.text) }
            guard let indicator, let scope, let rule, let value else { continue }
            out.append(Target(index: out.count, indicator: indicator.index, scope: scope, rule: rule, value: value,
                              from: from, to: to, group: cols.nonEmpty("group", in: row).map { FieldParser.trimmed($0.text) },
                              source: source, sourceReference: source.flatMap(DocumentReference.parse),
                              location: indField.location))
        }
        diagnostics.append(contentsOf: problems)
        diagnostics.append(contentsOf: parser.diagnostics)
        return out
    }

    private static func parseScope(_ text: String, at location: SourceLocation, units: UnitDirectory, tags: Set<String>,
                                   parser: inout FieldParser) -> TargetScope? {
        if text == "*" { return .all }
        let lower = text.lowercased()
        if lower.hasPrefix("level:") || lower.hasPrefix("cap:") {
            let v = FieldParser.trimmed(String(text.split(separator: ":", maxSplits: 1)[1]))
            return parser.choice(v, UnitLevel.self, label: { $0.label }, at: location, column: "applies_to").map { .level($0) }
        }
        if lower.hasPrefix("tag:") || lower.hasPrefix("nhom:") {
            let v = FieldParser.trimmed(String(text.split(separator: ":", maxSplits: 1)[1]))
            if !tags.contains(v) {
                parser.error("TARGET_SELECTOR_UNKNOWN", "Không đơn vị nào có nhóm “\(v)” (cột tags của units.csv).", at: location)
                return nil
            }
            return .tag(v)
        }
        switch units.lookup(text) {
        case .found(let i): return .code(units[i].code)
        case .ambiguous(let codes):
            parser.error("UNIT_AMBIGUOUS", "Tên “\(text)” khớp nhiều đơn vị: \(codes.joined(separator: ", ")). Ghi mã đơn vị.", at: location)
        case .notFound:
            parser.error("TARGET_SELECTOR_UNKNOWN", "“\(text)” không phải *, level:…, tag:… hay mã đơn vị trong units.csv.", at: location)
        }
        return nil
    }
}
