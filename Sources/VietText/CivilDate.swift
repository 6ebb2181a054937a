/// Why a text is not a date, in Vietnamese, saying how to write it.
public struct DateParseError: Error, Equatable, Sendable {
    public let reason: String
    public init(reason: String) { self.reason = reason }
}

/// A calendar date without time or time zone (proleptic Gregorian, years 1–9999).
public struct CivilDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for impossible dates such as 31/02/2023.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` days after 1970-01-01 (negative before it); nil outside years 1–9999.
    public init?(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decree 30/2020 form: "ngày 05 tháng 12 năm 2024"; days below 10 and months 1–2 take a leading zero.
    public var long: String {
        "ngày \(CivilDate.pad(day)) tháng \(month <= 2 ? CivilDate.pad(month) : String(month)) năm \(year)"
    }

    /// "05/12/2024".
    public var short: String { "\(CivilDate.pad(day))/\(CivilDate.pad(month))/\(CivilDate.pad4(year))" }

    /// "2024-12-05".
    public var iso: String { "\(CivilDate.pad4(year))-\(CivilDate.pad(month))-\(CivilDate.pad(day))" }

    /// Days since 1970-01-01, for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Parses "d/m/yyyy", "dd/mm/yyyy" or ISO "yyyy-mm-dd"; refuses impossible dates with a reason.
    public static func parse(_ text: String) -> Result<CivilDate, DateParseError> {
        if let date = digitsOnly(text) { return .success(date) }
        return parseAnyForm(text)
    }

    /// `parse` without the fast path: every accepted spelling, and the message for every error.
    static func parseAnyForm(_ text: String) -> Result<CivilDate, DateParseError> {
        let trimmed = Substring(text).trimmingVietWhitespace()
        let shown = String(trimmed)
        guard !trimmed.isEmpty else { return .failure(DateParseError(reason: "Ô trống: không có ngày.")) }
        let form = "viết ngày/tháng/năm (18/07/2022 hoặc 18/7/2022) hoặc năm-tháng-ngày (2022-07-18)"

        let fields: (day: Substring, month: Substring, year: Substring)
        let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let dash = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if slash.count == 3 {
            fields = (slash[0], slash[1], slash[2])
        } else if dash.count == 3 && dash[0].count == 4 {
            fields = (dash[2], dash[1], dash[0])
        } else {
            return .failure(DateParseError(reason: "“\(shown)” không phải ngày hợp lệ: \(form)."))
        }
        let allDigits = [fields.day, fields.month, fields.year].allSatisfy { f in
            !f.isEmpty && f.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
        }
        guard allDigits, fields.day.count <= 2, fields.month.count <= 2 else {
            return .failure(DateParseError(reason: "“\(shown)” không phải ngày hợp lệ: \(form)."))
        }
        guard fields.year.count == 4 else {
            return .failure(DateParseError(reason: "“\(shown)”: năm phải viết đủ 4 chữ số (ví dụ 2022); \(form)."))
        }
        let day = Int(fields.day)!, month = Int(fields.month)!, year = Int(fields.year)!
        guard (1...12).contains(month) else {
            return .failure(DateParseError(reason: "“\(shown)”: không có tháng \(month); tháng từ 1 đến 12 (\(form))."))
        }
        guard year >= 1 else {
            return .failure(DateParseError(reason: "“\(shown)”: không có năm \(year)."))
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            let last = daysIn(month: month, year: year)
            return .failure(DateParseError(reason: "“\(shown)”: ngày \(day) tháng \(month) năm \(year) không tồn tại; tháng \(month) năm \(year) chỉ có \(last) ngày."))
        }
        return .success(date)
    }

    /// `d/m/yyyy` or `yyyy-m-d` (day and month of one or two digits) with nothing around it, the
    /// way nearly every cell of a commendation list is written, read from the bytes: splitting
    /// Substrings cost about 13,000 instructions a date. Nil sends the text to the general reading,
    /// which accepts exactly the same dates and words every error.
    static func digitsOnly(_ text: String) -> CivilDate? {
        var text = text
        return text.withUTF8 { bytes -> CivilDate? in
            var numbers = (0, 0, 0), widths = (0, 0, 0)
            var part = 0
            var separator: UInt8 = 0
            for b in bytes {
                if b >= 0x30 && b <= 0x39 {
                    let digit = Int(b - 0x30)
                    switch part {
                    case 0: numbers.0 = numbers.0 * 10 + digit; widths.0 += 1
                    case 1: numbers.1 = numbers.1 * 10 + digit; widths.1 += 1
                    default: numbers.2 = numbers.2 * 10 + digit; widths.2 += 1
                    }
                    if widths.0 > 4 || widths.1 > 4 || widths.2 > 4 { return nil }
                } else if b == 0x2F || b == 0x2D, separator == 0 || separator == b, part < 2 {
                    separator = b
                    part += 1
                } else {
                    return nil
                }
            }
            guard part == 2 else { return nil }
            let (year, month, day): (Int, Int, Int)
            if separator == 0x2F {
                guard (1...2).contains(widths.0), (1...2).contains(widths.1), widths.2 == 4 else { return nil }
                (year, month, day) = (numbers.2, numbers.1, numbers.0)
            } else {
                guard widths.0 == 4, (1...2).contains(widths.1), (1...2).contains(widths.2) else { return nil }
                (year, month, day) = (numbers.0, numbers.1, numbers.2)
            }
            guard (1...12).contains(month), year >= 1 else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    private static func pad4(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
