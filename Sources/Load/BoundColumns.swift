import Diagnostics
import VietText

/// Where each canonical column sits in one file, found by `ColumnBinder.bind`.
public struct BoundColumns: Sendable {
    public let file: String
    /// The file's canonical columns and their positions, searched in order: a few short ASCII
    /// names, compared faster than a dictionary hashes one (a lookup per cell of every row).
    private let names: [String]
    private let indices: [Int]
    private let headerByName: [String: String]
    /// Columns not matched by the schema and not personal data (progress files use them for indicators).
    public let extraColumns: [(index: Int, header: CSVField)]

    init(file: String, indexByName: [String: Int], headerByName: [String: String],
         extraColumns: [(index: Int, header: CSVField)]) {
        self.file = file
        names = Array(indexByName.keys)
        indices = names.map { indexByName[$0]! }
        self.headerByName = headerByName
        self.extraColumns = extraColumns
    }

    /// The position of a canonical column in the file, or nil when the file does not have it.
    public func index(of canonical: String) -> Int? {
        // A few short ASCII names, compared from their words (`ShortText`) faster than hashed.
        for (i, name) in names.enumerated() where ShortText.equal(name, canonical) { return indices[i] }
        return nil
    }

    /// True when the file has the column (even if some of its cells are empty).
    public func has(_ canonical: String) -> Bool { index(of: canonical) != nil }

    /// The header text the file uses for a canonical column (`Mã đơn vị` for `code`).
    public func headerText(of canonical: String) -> String? { headerByName[canonical] }

    /// The cell of a column in a row: nil when the column is absent, a field with text "" when empty.
    public func field(_ canonical: String, in row: CSVRow) -> CSVField? {
        guard let i = index(of: canonical), i < row.fields.count else { return nil }
        return row.fields[i]
    }

    /// The cell with surrounding whitespace trimmed, or nil when the column is absent or the cell blank.
    public func nonEmpty(_ canonical: String, in row: CSVRow) -> CSVField? {
        guard let f = field(canonical, in: row) else { return nil }
        let trimmed = f.trimmedText
        return trimmed.isEmpty ? nil : f.with(text: trimmed)
    }

    /// Like `nonEmpty`, and a blank cell of a column the file has is a CSV_EMPTY_FIELD error.
    /// An absent column gives nil silently: `bind` has already reported it as missing.
    public func requireNonEmpty(_ canonical: String, in row: CSVRow, diagnostics: inout [Diagnostic]) -> CSVField? {
        guard let f = field(canonical, in: row) else { return nil }
        if let value = nonEmpty(canonical, in: row) { return value }
        let header = headerByName[canonical] ?? canonical
        diagnostics.append(.error("CSV_EMPTY_FIELD",
                                  BinderMessages.emptyField(header: header, canonical: canonical, line: row.line),
                                  at: f.location))
        return nil
    }

    /// The same check collecting into a `DiagnosticList`.
    public func requireNonEmpty(_ canonical: String, in row: CSVRow, diagnostics: inout DiagnosticList) -> CSVField? {
        var found: [Diagnostic] = []
        let value = requireNonEmpty(canonical, in: row, diagnostics: &found)
        diagnostics.append(contentsOf: found)
        return value
    }
}

/// Vietnamese texts of the binder's diagnostics.
enum BinderMessages {
    static func missing(_ column: CSVColumn) -> String {
        "Thiếu cột bắt buộc “\(column.name)”. Thêm cột này vào dòng tiêu đề; tên cột được chấp nhận: \(column.acceptedNames)."
    }

    static func duplicate(_ header: CSVField, _ first: CSVField, canonical: String?) -> String {
        let what = canonical.map { " (đều là cột “\($0)”)" } ?? ""
        return "Cột “\(header.text)” trùng với cột “\(first.text)” ở cột \(first.location.column)\(what). "
            + "Xóa hoặc đổi tên một trong hai cột."
    }

    static func unknown(_ header: String, accepted: String) -> String {
        "Cột “\(CSVMessages.shown(header))” không có trong mẫu của tệp này nên bị bỏ qua. "
            + "Các cột được dùng: \(accepted). Kiểm tra lỗi chính tả nếu đây là cột cần dùng."
    }

    static func unnamed(column: Int) -> String {
        "Cột thứ \(column) có dữ liệu nhưng không có tên ở dòng tiêu đề nên bị bỏ qua. Điền tên cột hoặc xóa cột này."
    }

    static func personal(_ header: String) -> String {
        "Cột “\(CSVMessages.shown(header))” chứa dữ liệu cá nhân nên bị bỏ qua và sẽ không được công bố. "
            + "Nên xóa cột này khỏi tệp."
    }

    static func emptyField(header: String, canonical: String, line: Int) -> String {
        let name = HeaderName.normalize(header) == HeaderName.normalize(canonical) ? "“\(header)”" : "“\(header)” (\(canonical))"
        return "Ô thuộc cột \(name) ở dòng \(line) đang để trống. Cột này bắt buộc: điền giá trị cho ô này."
    }
}
