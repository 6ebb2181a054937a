import Diagnostics
import Load
import VietText

/// Reads `indicators.csv`; checks ids and that ratio indicators name known indicators.
enum IndicatorsBuilder {
    static let columns = [
        CSVColumn("id", aliases: ["ma", "ma_chi_tieu"], required: true),
        CSVColumn("name", aliases: ["ten", "ten_chi_tieu"], required: true),
        CSVColumn("unit", aliases: ["don_vi_tinh"]),
        CSVColumn("better", aliases: ["chieu"]),
        CSVColumn("decimals", aliases: ["so_le"]),
        CSVColumn("aggregate", aliases: ["tong_hop"]),
    ]

    static func build(_ table: CSVTable?, diagnostics: inout DiagnosticList) -> [Indicator] {
        guard let table else { return [] }
        let (cols, bindProblems) = ColumnBinder.bind(table, columns: columns, unknownColumnsAreExtra: false)
        diagnostics.append(contentsOf: bindProblems)
        var parser = FieldParser(style: .plain)
        var problems: [Diagnostic] = []
        var out: [Indicator] = []
        var seen: [String: Int] = [:]
        var ratioRefs: [(indicator: String, ref: String, location: SourceLocation)] = []
        for row in table.rows {
            // Without a name column (already reported as missing) the id stands in, so progress
            // columns and targets are still matched and the run reports only the real mistake.
            guard let idField = cols.requireNonEmpty("id", in: row, diagnostics: &problems),
                  let name = cols.has("name") ? cols.requireNonEmpty("name", in: row, diagnostics: &problems) : idField else { continue }
            PersonalDataScanner.check(name.text, what: "Tên chỉ tiêu", at: name.location, into: &parser.diagnostics)
            let id = FieldParser.trimmed(idField.text)
            guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                parser.error("INDICATOR_ID_INVALID", "Mã chỉ tiêu “\(id)” chỉ được gồm chữ thường không dấu, số và dấu gạch dưới (ví dụ ty_le_ho_ngheo).", at: idField.location)
                continue
            }
            if let line = seen[id] {
                parser.error("INDICATOR_DUPLICATE_ID", "Mã chỉ tiêu “\(id)” đã có ở dòng \(line). Mỗi chỉ tiêu một mã: đổi mã hoặc xóa dòng trùng.", at: idField.location)
                continue
            }
            let unitText = cols.nonEmpty("unit", in: row).map { FieldParser.trimmed($0.text) } ?? ""
            var direction = Direction.giam
            if let f = cols.nonEmpty("better", in: row) {
                switch HeaderName.normalize(f.text) {
                case "giam", "thap", "lower": direction = .giam
                case "tang", "cao", "higher": direction = .tang
                default: parser.error("VALUE_UNKNOWN", "Cột better “\(f.text)”: chọn giam (càng thấp càng tốt) hoặc tang.", at: f.location)
                }
            }
            var decimals = unitText == "%" ? 2 : 0
            if let f = cols.nonEmpty("decimals", in: row) {
                if let d = Int(FieldParser.trimmed(f.text)), (0...6).contains(d) { decimals = d } else {
                    parser.error("NUMBER_INVALID", "Cột decimals “\(f.text)” phải là số nguyên từ 0 đến 6 (số chữ số sau dấu phẩy khi hiển thị).", at: f.location)
                }
            }
            var aggregation = Aggregation.none
            if let f = cols.nonEmpty("aggregate", in: row) {
                let t = FieldParser.trimmed(f.text)
                if t.lowercased() == "sum" || HeaderName.normalize(t) == "tong" {
                    aggregation = .sum
                } else if t.lowercased().hasPrefix("ratio:") {
                    let parts = t.dropFirst("ratio:".count).split(separator: "/").map { FieldParser.trimmed(String($0)) }
                    if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                        aggregation = .ratio(numerator: parts[0], denominator: parts[1])
                        ratioRefs.append((id, parts[0], f.location))
                        ratioRefs.append((id, parts[1], f.location))
                    } else {
                        parser.error("INDICATOR_AGGREGATE_INVALID", "“\(t)”: viết ratio:TU_SO/MAU_SO với mã hai chỉ tiêu, ví dụ ratio:so_ho_ngheo/tong_so_ho.", at: f.location)
                    }
                } else if t.lowercased() != "none" && HeaderName.normalize(t) != "khong" {
                    parser.error("INDICATOR_AGGREGATE_INVALID", "Cột aggregate “\(t)”: chọn sum, ratio:TU_SO/MAU_SO hoặc none.", at: f.location)
                }
            }
            seen[id] = idField.location.line
            out.append(Indicator(index: out.count, id: id, name: FieldParser.trimmed(name.text), unit: unitText,
                                 direction: direction, decimals: decimals, aggregation: aggregation, location: idField.location))
        }
        for ref in ratioRefs where seen[ref.ref] == nil || ref.ref == ref.indicator {
            parser.error("INDICATOR_UNKNOWN", "Chỉ tiêu “\(ref.indicator)” tính tỷ lệ từ “\(ref.ref)”, nhưng “\(ref.ref)” không phải một chỉ tiêu khác trong indicators.csv. Thêm chỉ tiêu đó hoặc sửa mã trong cột aggregate.", at: ref.location)
        }
        diagnostics.append(contentsOf: problems)
        diagnostics.append(contentsOf: parser.diagnostics)
        return out
    }
}
