import Compute
import Model
import VietText

/// Every number and date on a page goes through here, so the site speaks one number language.
public struct Formatter: Sendable {
    public let style: NumberStyle

    /// "12,35" — a value with the indicator's decimals, no unit.
    public func number(_ v: Double, _ ind: Indicator) -> String {
        VietNumber.format(v, decimals: ind.decimals, style: .vi)
    }

    public func number(_ v: Double, decimals: Int) -> String {
        VietNumber.format(v, decimals: decimals, style: .vi)
    }

    public func integer(_ n: Int) -> String { VietNumber.format(Double(n), decimals: 0) }

    /// "12,35%" or "1.234 hộ".
    public func withUnit(_ v: Double, _ ind: Indicator) -> String {
        let n = number(v, ind)
        if ind.isPercent { return n + "%" }
        return ind.unit.isEmpty ? n : "\(n) \(ind.unit)"
    }

    /// Unit of a change: percentage points for percent indicators.
    public func changeUnit(_ ind: Indicator) -> String {
        ind.isPercent ? "điểm %" : ind.unit
    }

    /// "vượt 0,8 điểm %" / "còn thiếu 120 hộ" / "vừa đạt".
    public func margin(_ m: Double, _ ind: Indicator) -> String {
        let unit = changeUnit(ind)
        let magnitude = number(abs(m), ind)
        let shown = unit.isEmpty ? magnitude : "\(magnitude) \(unit)"
        if magnitude == number(0, ind) { return m >= 0 ? "vừa đạt" : "còn thiếu chưa tới \(number(pow10(-ind.decimals), ind))" }
        return m >= 0 ? "vượt \(shown)" : "còn thiếu \(shown)"
    }

    private func pow10(_ e: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(e) { r *= 10 }
        return e < 0 ? 1 / r : r
    }

    /// What a rule asks for, in words: "giảm ít nhất 3 điểm %/năm".
    public func requirement(_ t: Target, _ ind: Indicator) -> String {
        let v = VietNumber.format(t.value, decimals: ind.decimals, trimZeros: true)
        let unit = changeUnit(ind)
        switch t.rule {
        case .giamDiemMoiNam: return "giảm bình quân ít nhất \(v) \(unit)/năm từ \(t.from)"
        case .giamPhanTramDauKy: return "giảm ít nhất \(VietNumber.format(t.value, decimals: 2, trimZeros: true))% so với năm \(t.from) vào năm \(t.to)"
        case .giamSoLuong: return t.from == t.to ? "năm \(t.to) giảm ít nhất \(v) \(unit)" : "mỗi năm \(t.from)–\(t.to) giảm ít nhất \(v) \(unit)"
        case .toiDa: return "không quá \(v)\(ind.isPercent ? "%" : " " + ind.unit) vào năm \(t.to)"
        case .toiThieu: return "đạt ít nhất \(v)\(ind.isPercent ? "%" : " " + ind.unit) vào năm \(t.to)"
        }
    }

    public func date(_ d: CivilDate) -> String { d.short }
    public func longDate(_ d: CivilDate) -> String { d.long }

    /// "Quyết định số 1234/QĐ-UBND ngày 20 tháng 12 năm 2023".
    public func decision(_ a: Award) -> String {
        "Quyết định số \(a.decision) \(a.date.long)"
    }
}

extension TargetStatus {
    /// CSS class suffix for status styling; shape and text carry the meaning too.
    public var cssClass: String {
        switch self {
        case .met: return "dat"
        case .notMet: return "chua-dat"
        case .noData: return "thieu"
        }
    }

    /// A symbol that says the status without colour.
    public var symbol: String {
        switch self {
        case .met: return "✓"
        case .notMet: return "✗"
        case .noData: return "–"
        }
    }
}

// Progress pages: the texts of required and achieved changes, chart axes and data attributes.
extension Formatter {
    /// Axis ticks: at most two decimals, trailing zeros dropped ("2,5", "10", "1.200").
    public func axis(_ v: Double) -> String {
        VietNumber.format(v, decimals: 2, trimZeros: true)
    }

    /// A machine-readable number for `data-value` attributes (JavaScript sorting), never shown.
    public func dataValue(_ v: Double) -> String { VietNumber.plain(v) }

    /// "12,35%" / "1.234 hộ" for a level, "giảm 0,80 điểm %" / "tăng 12 hộ" for a change.
    public func change(_ v: Double, _ ind: Indicator) -> String {
        let unit = changeUnit(ind)
        let magnitude = number(abs(v), ind)
        let word = v < 0 && magnitude != number(0, ind) ? "tăng" : "giảm"
        return unit.isEmpty ? "\(word) \(magnitude)" : "\(word) \(magnitude) \(unit)"
    }

    /// What a check requires in its year: a fall ("giảm ít nhất 2,00 điểm %") or a level ("không quá 7,33%").
    public func required(_ v: Double, _ t: Target, _ ind: Indicator) -> String {
        switch t.rule {
        case .giamDiemMoiNam, .giamPhanTramDauKy, .giamSoLuong:
            let unit = changeUnit(ind)
            return "giảm ít nhất \(number(v, ind))" + (unit.isEmpty ? "" : " \(unit)")
        case .toiDa: return "không quá \(withUnit(v, ind))"
        case .toiThieu: return "ít nhất \(withUnit(v, ind))"
        }
    }

    /// What a check achieved: the fall for decrease rules, the level for toi_da / toi_thieu.
    public func achieved(_ v: Double, _ t: Target, _ ind: Indicator) -> String {
        switch t.rule {
        case .giamDiemMoiNam, .giamPhanTramDauKy, .giamSoLuong: return change(v, ind)
        case .toiDa, .toiThieu: return withUnit(v, ind)
        }
    }

    /// The period target in a short phrase for the home page: "giảm bình quân 3 điểm %/năm".
    public func periodTarget(_ t: Target, _ ind: Indicator) -> String {
        let v = VietNumber.format(t.value, decimals: ind.decimals, trimZeros: true)
        let unit = changeUnit(ind)
        let spaced = unit.isEmpty ? "" : " \(unit)"
        let level = "\(v)\(ind.isPercent ? "%" : spaced)"
        switch t.rule {
        case .giamDiemMoiNam: return "giảm bình quân \(v)\(spaced)/năm"
        case .giamPhanTramDauKy:
            return "giảm \(VietNumber.format(t.value, decimals: 2, trimZeros: true))% so với năm \(t.from) vào năm \(t.to)"
        case .giamSoLuong: return t.from == t.to ? "năm \(t.to) giảm \(v)\(spaced)" : "mỗi năm giảm \(v)\(spaced)"
        case .toiDa: return "không quá \(level) vào năm \(t.to)"
        case .toiThieu: return "đạt ít nhất \(level) vào năm \(t.to)"
        }
    }
}
