import Diagnostics
import Load
import VietText

/// Reads `units.csv`: codes unique, parents known, no cycles, slugs unique.
enum UnitsBuilder {
    static let columns = [
        CSVColumn("code", aliases: ["ma", "ma_don_vi"], required: true),
        CSVColumn("name", aliases: ["ten", "ten_don_vi"], required: true),
        CSVColumn("level", aliases: ["cap"], required: true),
        CSVColumn("parent", aliases: ["ma_cap_tren", "cap_tren"]),
        CSVColumn("tags", aliases: ["nhom"]),
        CSVColumn("slug", aliases: ["duong_dan"]),
    ]

    private struct Row {
        let code: String, name: String, level: UnitLevel, parent: String?, tags: [String], slug: String?
        let location: SourceLocation, parentLocation: SourceLocation, slugLocation: SourceLocation
    }

    static func build(_ table: CSVTable?, diagnostics: inout DiagnosticList) -> UnitDirectory {
        guard let table else { return UnitDirectory(units: []) }
        let (cols, bindProblems) = ColumnBinder.bind(table, columns: columns, unknownColumnsAreExtra: false)
        diagnostics.append(contentsOf: bindProblems)
        var parser = FieldParser(style: .vi)
        var problems: [Diagnostic] = []
        var rows: [Row] = []
        var seen: [String: SourceLocation] = [:]
        for row in table.rows {
            guard let code = cols.requireNonEmpty("code", in: row, diagnostics: &problems),
                  let name = cols.requireNonEmpty("name", in: row, diagnostics: &problems),
                  let levelField = cols.requireNonEmpty("level", in: row, diagnostics: &problems) else { continue }
            let codeText = FieldParser.trimmed(code.text)
            if let first = seen[codeText] {
                parser.error("UNIT_DUPLICATE_CODE", "Mã đơn vị “\(codeText)” đã có ở dòng \(first.line). Mỗi đơn vị một mã.", at: code.location)
                continue
            }
            guard let level = parser.choice(levelField.text, UnitLevel.self,
                                            at: levelField.location, column: "level") else { continue }
            seen[codeText] = code.location
            PersonalDataScanner.check(name.text, what: "Tên đơn vị", at: name.location, into: &parser.diagnostics)
            let parentField = cols.nonEmpty("parent", in: row)
            let tags = cols.nonEmpty("tags", in: row).map { f in
                f.text.split(separator: ";").map { FieldParser.trimmed(String($0)) }.filter { !$0.isEmpty }
            } ?? []
            rows.append(Row(code: codeText, name: FieldParser.trimmed(name.text), level: level,
                            parent: parentField.map { FieldParser.trimmed($0.text) }, tags: tags,
                            slug: cols.nonEmpty("slug", in: row).map { FieldParser.trimmed($0.text) },
                            location: code.location, parentLocation: parentField?.location ?? code.location,
                            slugLocation: cols.nonEmpty("slug", in: row)?.location ?? code.location))
        }
        diagnostics.append(contentsOf: problems)

        // Parents must exist and must not loop back; a broken link is reported and cut so that
        // the rest of the site still builds for `check` to report everything.
        var parents: [String: String] = [:]
        for r in rows {
            guard let p = r.parent else { continue }
            if seen[p] == nil {
                parser.error("UNIT_UNKNOWN_PARENT", "Đơn vị cấp trên “\(p)” của “\(r.code)” không có trong units.csv. Sửa mã cấp trên hoặc thêm đơn vị đó.", at: r.parentLocation)
            } else if p == r.code {
                parser.error("UNIT_PARENT_CYCLE", "Đơn vị “\(r.code)” lấy chính nó làm cấp trên. Ghi mã đơn vị cấp trên thật, hoặc để trống nếu là cấp cao nhất.", at: r.parentLocation)
            } else {
                parents[r.code] = p
            }
        }
        for r in rows where parents[r.code] != nil {
            var chain = [r.code]
            var current = r.code
            while let p = parents[current] {
                if p == r.code {
                    parser.error("UNIT_PARENT_CYCLE", "Quan hệ cấp trên tạo vòng lặp: \((chain + [p]).joined(separator: " → ")). Sửa cột parent để mỗi đơn vị trỏ lên đơn vị cấp cao hơn.", at: r.parentLocation)
                    parents[r.code] = nil
                    break
                }
                if chain.count > rows.count { break }
                chain.append(p)
                current = p
            }
        }

        let slugs = assignSlugs(rows, parser: &parser)
        diagnostics.append(contentsOf: parser.diagnostics)
        let units = rows.enumerated().map { i, r in
            OrgUnit(index: i, code: r.code, name: r.name, level: r.level, parentCode: parents[r.code], tags: r.tags,
                 slug: slugs[i], location: r.location)
        }
        return UnitDirectory(units: units)
    }

    /// Pinned slugs are kept; derived slugs that collide get the unit code appended, so the result
    /// does not depend on row order.
    private static func assignSlugs(_ rows: [Row], parser: inout FieldParser) -> [String] {
        var pinned: [String: String] = [:]
        for r in rows {
            guard let s = r.slug else { continue }
            if s.isEmpty || s.contains(where: { !($0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-")) }) {
                parser.error("UNIT_SLUG_INVALID", "Đường dẫn “\(s)” của “\(r.code)” chỉ được gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ xa-hoa-an).", at: r.slugLocation)
            } else if let other = pinned[s] {
                parser.error("UNIT_SLUG_DUPLICATE", "Đường dẫn “\(s)” đã dùng cho đơn vị “\(other)”. Mỗi đơn vị một đường dẫn: đổi hoặc xóa ô này.", at: r.slugLocation)
            } else {
                pinned[s] = r.code
            }
        }
        let derived = rows.map { r in VietSlug.make(r.name).isEmpty ? VietSlug.make(r.code) : VietSlug.make(r.name) }
        var count: [String: Int] = [:]
        for (i, r) in rows.enumerated() where r.slug == nil { count[derived[i], default: 0] += 1 }
        return rows.enumerated().map { i, r in
            if let s = r.slug, pinned[s] == r.code { return s }
            let d = derived[i]
            if count[d, default: 0] > 1 || pinned[d] != nil { return "\(d)-\(VietSlug.make(r.code))" }
            return d
        }
    }
}
