import Diagnostics
import Foundation
import Load
import VietText

/// Typed reading of CSV cells and YAML values, turning every bad value into a diagnostic that
/// names the value and the fix. Shared by all builders so the messages stay consistent.
struct FieldParser {
    let style: NumberStyle
    var diagnostics = DiagnosticList()
    /// `choice` results by enum type and spelling: the case's position, -1 when none matches.
    private var choices: [ObjectIdentifier: [String: Int]] = [:]

    init(style: NumberStyle) { self.style = style }

    static func trimmed(_ s: String) -> String { Trimming.trimmed(s) }

    mutating func number(_ text: String, at location: SourceLocation, column: String, allowPercent: Bool = false) -> Double? {
        let t = Self.trimmed(text)
        switch VietNumber.parse(t, style: style, allowPercent: allowPercent) {
        case .success(let v) where v.isFinite: return v
        case .success:
            diagnostics.error("NUMBER_INVALID", "Giá trị “\(t)” ở cột \(column) không phải số hữu hạn.", at: location)
        case .failure(let e):
            let hint = style == .vi ? "Với number_format: vi, viết 1.234,5 (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân)."
                                    : "Với number_format: plain, viết 1234.5."
            // The parser's reason quotes the value and usually shows the right form already.
            let reason = e.reason.hasSuffix(".") ? e.reason : e.reason + "."
            diagnostics.error("NUMBER_INVALID", "Cột \(column): \(reason)\(reason.contains("ví dụ") ? "" : " " + hint)", at: location)
        }
        return nil
    }

    mutating func year(_ text: String, at location: SourceLocation, column: String) -> Int? {
        let t = Self.trimmed(text)
        if let y = Int(t), (1900...2200).contains(y) { return y }
        diagnostics.error("YEAR_INVALID", "“\(t)” ở cột \(column) không phải một năm. Ghi năm bằng 4 chữ số, ví dụ 2024.", at: location)
        return nil
    }

    mutating func date(_ text: String, at location: SourceLocation, column: String) -> CivilDate? {
        let t = Self.trimmed(text)
        switch CivilDate.parse(t) {
        case .success(let d): return d
        case .failure(let e):
            let reason = e.reason.hasSuffix(".") || e.reason.hasSuffix(")") ? e.reason : e.reason + "."
            let form = reason.contains("năm-tháng-ngày") ? "" : " Viết ngày dạng dd/mm/yyyy (18/07/2022) hoặc yyyy-mm-dd (2022-07-18)."
            diagnostics.error("DATE_INVALID", "Ngày ở cột \(column): \(reason)\(form)", at: location)
            return nil
        }
    }

    mutating func bool(_ text: String, at location: SourceLocation, column: String) -> Bool? {
        switch VietFold.fold(Self.trimmed(text)) {
        case "", "false", "no", "0", "khong", "sai": return false
        case "true", "yes", "1", "co", "x", "dung": return true
        default:
            diagnostics.error("BOOL_INVALID", "“\(text)” ở cột \(column) phải là true/false (có/không).", at: location)
            return nil
        }
    }

    /// Matches a value to an enum by its raw value or its Vietnamese label, ignoring case and marks.
    mutating func choice<E: Choice>(_ text: String, _ type: E.Type, at location: SourceLocation, column: String) -> E? {
        // Tens of thousands of rows spell a handful of values: each spelling is matched once.
        let cases = Array(E.allCases)
        let type = ObjectIdentifier(E.self)
        let position: Int
        if let known = choices[type]?[text] {
            position = known
        } else {
            let key = HeaderName.normalize(text)
            position = cases.firstIndex { HeaderName.normalize($0.rawValue) == key || HeaderName.normalize($0.label) == key } ?? -1
            choices[type, default: [:]][text] = position
        }
        if position >= 0 { return cases[position] }
        let accepted = cases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")
        diagnostics.error("VALUE_UNKNOWN", "Giá trị “\(text)” ở cột \(column) không hợp lệ. Chọn một trong: \(accepted).", at: location)
        return nil
    }

    mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
        diagnostics.error(code, message, at: location)
    }

    mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
        diagnostics.warning(code, message, at: location)
    }
}

/// Reading front matter values of a Markdown file with the same rules as CSV cells.
struct FrontMatterReader {
    let mapping: YAMLMapping?
    let file: String

    func location(_ key: String) -> SourceLocation {
        mapping?[key]?.location ?? mapping?.location ?? SourceLocation(file: file)
    }

    /// A scalar as text, whatever YAML type it was written as (`2021`, `06169`, `2024-01-15`).
    func string(_ key: String) -> String? {
        guard let v = mapping?[key], !v.isNull else { return nil }
        if let s = v.string { return FieldParser.trimmed(s) }
        return nil
    }

    func list(_ key: String) -> [String] {
        guard let v = mapping?[key] else { return [] }
        if let seq = v.sequence { return seq.compactMap { $0.string.map(FieldParser.trimmed) }.filter { !$0.isEmpty } }
        if let s = v.string { return s.split(separator: ";").map { FieldParser.trimmed(String($0)) }.filter { !$0.isEmpty } }
        return []
    }
}

/// A column whose cells name one of a few values, by code or by Vietnamese label. The label belongs
/// to the type, so the parser can remember each spelling's match per type.
public protocol Choice: RawRepresentable, CaseIterable where RawValue == String {
    var label: String { get }
}
