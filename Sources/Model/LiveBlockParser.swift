import Foundation
import Diagnostics
import Load
import Markdown
import VietText

/// Reads the YAML body of a ```thidua-chart``` / ```thidua-table``` block.
enum LiveBlockParser {
    static let options: Set<String> = ["indicator", "units", "years", "title", "chart"]

    static func parse(_ block: FencedBlock, firstBodyLine: Int, location: SourceLocation, file: String, units: UnitDirectory,
                      indicators: [Indicator], diagnostics: inout DiagnosticList) -> LiveBlock? {
        let kind: LiveBlock.Kind = block.info.hasSuffix("table") ? .table : .chart
        let mapping: YAMLMapping
        switch YAMLParser.parse(block.body, file: file, firstLine: firstBodyLine) {
        case .failure(let d):
            diagnostics.append(d)
            return nil
        case .success(nil):
            diagnostics.error("LIVE_BLOCK_INVALID", "Khối \(block.info) trống. Cần ít nhất indicator: <mã chỉ tiêu>.", at: location)
            return nil
        case .success(let m?):
            mapping = m
        }
        var ok = true
        for key in mapping.keys where !options.contains(key) {
            diagnostics.error("LIVE_BLOCK_UNKNOWN_OPTION", "Khối \(block.info) không có tùy chọn “\(key)”. Dùng: \(options.sorted().joined(separator: ", ")).",
                              at: mapping.keyLocation(key) ?? location)
            ok = false
        }
        guard let indID = mapping["indicator"]?.string, let indicator = indicators.first(where: { $0.id == indID }) else {
            let given = mapping["indicator"]?.string.map { "“\($0)” không phải mã chỉ tiêu trong indicators.csv" } ?? "thiếu indicator"
            diagnostics.error("LIVE_BLOCK_INVALID", "Khối \(block.info): \(given).", at: mapping["indicator"]?.location ?? location)
            return nil
        }
        var selection: UnitSelection = .list(units.roots.filter { units[$0].level.isAdministrative })
        if let u = mapping["units"] {
            if let s = parseUnits(u, units: units, diagnostics: &diagnostics, info: block.info) { selection = s } else { ok = false }
        } else if let root = units.roots.first(where: { units[$0].level.isAdministrative }) {
            selection = .children(root)
        }
        var years: [Int]?
        if let y = mapping["years"] {
            years = parseYears(y)
            if years == nil {
                diagnostics.error("LIVE_BLOCK_INVALID", "Khối \(block.info): years phải là một năm, danh sách [2021, 2023] hoặc khoảng \"2021-2025\".", at: y.location)
                ok = false
            }
        }
        var style = LiveBlock.ChartStyle.line
        if let c = mapping["chart"] {
            if let s = c.string.flatMap(LiveBlock.ChartStyle.init(rawValue:)) { style = s } else {
                diagnostics.error("LIVE_BLOCK_INVALID", "Khối \(block.info): chart phải là line (đường) hoặc bar (cột).", at: c.location)
                ok = false
            }
        }
        guard ok else { return nil }
        return LiveBlock(kind: kind, indicator: indicator.index, units: selection, years: years,
                         title: mapping["title"]?.string, style: style, location: location)
    }

    private static func parseUnits(_ v: YAMLValue, units: UnitDirectory, diagnostics: inout DiagnosticList, info: String) -> UnitSelection? {
        var found = DiagnosticList()
        defer { diagnostics.append(contentsOf: found) }
        return parseUnits(v, units: units, found: &found, info: info)
    }

    private static func parseUnits(_ v: YAMLValue, units: UnitDirectory, found diagnostics: inout DiagnosticList, info: String) -> UnitSelection? {
        var lookupProblems = DiagnosticList()
        defer { diagnostics.append(contentsOf: lookupProblems) }
        func resolve(_ code: String, at location: SourceLocation) -> Int? {
            switch units.lookup(code) {
            case .found(let i): return i
            case .ambiguous(let codes):
                lookupProblems.error("UNIT_AMBIGUOUS", "Khối \(info): “\(code)” khớp nhiều đơn vị: \(codes.joined(separator: ", ")).", at: location)
            case .notFound:
                lookupProblems.error("UNIT_UNKNOWN", "Khối \(info): không có đơn vị “\(code)”.", at: location)
            }
            return nil
        }
        if let m = v.mapping, let key = m.keys.first, m.keys.count == 1, let code = m[key]?.string {
            return selection(kind: key, arg: code, at: v.location, resolve: resolve, diagnostics: &diagnostics, info: info)
        }
        if let seq = v.sequence {
            let found = seq.compactMap { item in item.string.flatMap { resolve($0, at: item.location) } }
            return found.count == seq.count ? .list(found) : nil
        }
        guard let s = v.string else { return nil }
        let parts = s.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2 {
            return selection(kind: parts[0], arg: parts[1], at: v.location, resolve: resolve, diagnostics: &diagnostics, info: info)
        }
        return resolve(s, at: v.location).map { .unit($0) }
    }

    private static func selection(kind: String, arg: String, at location: SourceLocation, resolve: (String, SourceLocation) -> Int?,
                                  diagnostics: inout DiagnosticList, info: String) -> UnitSelection? {
        switch kind.lowercased() {
        case "children", "con": return resolve(arg, location).map { .children($0) }
        case "level", "cap":
            if let l = UnitLevel(rawValue: arg) { return .level(l) }
            diagnostics.error("LIVE_BLOCK_INVALID", "Khối \(info): cấp “\(arg)” không hợp lệ.", at: location)
            return nil
        default:
            diagnostics.error("LIVE_BLOCK_INVALID", "Khối \(info): units viết là mã đơn vị, \"children:MÃ\", \"level:huyen\" hoặc danh sách mã.", at: location)
            return nil
        }
    }

    private static func parseYears(_ v: YAMLValue) -> [Int]? {
        if let seq = v.sequence {
            let ys = seq.compactMap(\.int)
            return ys.count == seq.count && !ys.isEmpty ? ys.sorted() : nil
        }
        if let i = v.int { return [i] }
        if let s = v.string {
            let p = s.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if p.count == 2, p[0] <= p[1] { return Array(p[0]...p[1]) }
        }
        return nil
    }
}
