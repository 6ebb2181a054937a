/// Strict number reading: anything ambiguous or malformed is refused with a reason, never guessed.
struct NumberParser {
    let text: String
    let style: NumberStyle
    let allowPercent: Bool

    func parse() -> Result<Double, NumberParseError> {
        if let value = Self.plainWhole(text) ?? Self.simpleDecimal(text, style: style) { return .success(value) }
        var body = Substring(text).trimmingVietWhitespace()
        let shown = String(body)
        guard !body.isEmpty else { return fail("Ô trống: không có số.") }

        if body.last == "%" {
            guard allowPercent else {
                return fail("“\(shown)” có dấu %, nhưng ở đây chỉ ghi số: bỏ dấu %.")
            }
            body = body.dropLast().trimmingVietWhitespace()
        }
        var negative = false
        if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return fail("“\(shown)” không có chữ số nào.") }

        for c in body.unicodeScalars where !(c.value >= 0x30 && c.value <= 0x39) && c != "." && c != "," {
            if c.properties.isWhitespace {
                return fail("“\(shown)” có khoảng trắng giữa các chữ số: viết liền, ví dụ \(example).")
            }
            return fail("“\(shown)” không phải là số: chỉ được có chữ số\(allowPercent ? ", dấu %" : ""), dấu âm và \(marks); ví dụ \(example).")
        }

        let digits: Result<String, NumberParseError>
        switch style {
        case .vi: digits = viDigits(body, shown: shown)
        case .plain: digits = plainDigits(body, shown: shown)
        }
        switch digits {
        case .failure(let error):
            return .failure(error)
        case .success(let plainText):
            guard let value = Double((negative ? "-" : "") + plainText), value.isFinite else {
                return fail("“\(shown)” quá lớn để tính toán.")
            }
            return .success(value == 0 ? 0 : value)
        }
    }

    private var example: String { style == .vi ? "1.234,5" : "1234.5" }
    private var marks: String {
        style == .vi ? "dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân" : "một dấu chấm trước phần thập phân"
    }

    private func fail(_ reason: String) -> Result<Double, NumberParseError> {
        .failure(NumberParseError(reason: reason))
    }

    private func failText(_ reason: String) -> Result<String, NumberParseError> {
        .failure(NumberParseError(reason: reason))
    }

    /// A cell of 1 to 15 ASCII digits and nothing else, which every style reads the same way (as
    /// `Double` reads it, leading zeros included): most cells of a progress file, read without the
    /// Character-by-Character checks. 15 digits stay exact in a Double.
    static func plainWhole(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { b -> Double? in
            guard !b.isEmpty, b.count <= 15 else { return nil }
            var value = 0
            for d in b {
                guard d >= 0x30, d <= 0x39 else { return nil }
                value = value * 10 + Int(d - 0x30)
            }
            return Double(value)
        }
    }

    /// A cell of ASCII digits, one decimal mark of the style and ASCII digits, and nothing else (no
    /// sign, group mark, percent or space): the rates of a progress file. The general path turns it
    /// into "digits.digits" for `Double`; this does the same without Substring splits and checks.
    static func simpleDecimal(_ text: String, style: NumberStyle) -> Double? {
        let mark = style == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var text = text
        return text.withUTF8 { b -> Double? in
            guard b.count >= 3, b.count <= 40 else { return nil }
            var markAt = -1
            for (i, d) in b.enumerated() {
                if d >= 0x30, d <= 0x39 { continue }
                guard d == mark, markAt < 0 else { return nil }
                markAt = i
            }
            guard markAt > 0, markAt < b.count - 1 else { return nil }
            var plain = Array(b)
            plain[markAt] = UInt8(ascii: ".")
            return Double(String(decoding: plain, as: UTF8.self))
        }
    }

    // Returns the same number as ASCII "1234.5" for Double(_:).
    private func viDigits(_ body: Substring, shown: String) -> Result<String, NumberParseError> {
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            return failText("“\(shown)” có nhiều dấu phẩy: theo kiểu vi chỉ một dấu phẩy đứng trước phần thập phân, ví dụ 1.234,5.")
        }
        let integer = parts[0]
        let fraction = parts.count == 2 ? parts[1] : nil
        if let fraction {
            if fraction.contains(".") {
                return failText("“\(shown)” có dấu chấm sau dấu phẩy: theo kiểu vi dấu chấm ngăn cách hàng nghìn, dấu phẩy đứng trước phần thập phân, ví dụ 1.234,5.")
            }
            if fraction.isEmpty { return failText("“\(shown)” thiếu chữ số sau dấu phẩy.") }
        }
        if integer.isEmpty { return failText("“\(shown)” thiếu phần nguyên trước dấu phẩy: viết 0\(shown.drop { $0 == "-" || $0 == "+" }).") }

        if integer.contains(".") {
            let groups = integer.split(separator: ".", omittingEmptySubsequences: false)
            let first = groups[0]
            let wellGrouped = (1...3).contains(first.count) && first.first != "0"
                && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard wellGrouped else {
                var reason = "“\(shown)” không phải số hợp lệ theo kiểu vi: dấu chấm chỉ dùng để ngăn cách hàng nghìn (mỗi nhóm đủ 3 chữ số, như 1.234.567); số thập phân viết bằng dấu phẩy"
                if groups.count == 2 && fraction == nil && !groups[1].isEmpty && !first.isEmpty {
                    reason += ", ví dụ \(first),\(groups[1])"
                }
                return failText(reason + ".")
            }
        }
        let integerDigits = integer.filter { $0 != "." }
        return .success(fraction.map { "\(integerDigits).\($0)" } ?? String(integerDigits))
    }

    private func plainDigits(_ body: Substring, shown: String) -> Result<String, NumberParseError> {
        if body.contains(",") {
            return failText("“\(shown)” có dấu phẩy: theo kiểu plain không ngăn cách hàng nghìn và phần thập phân đứng sau dấu chấm, ví dụ 1234.5.")
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            return failText("“\(shown)” có nhiều dấu chấm: theo kiểu plain chỉ một dấu chấm đứng trước phần thập phân và không ngăn cách hàng nghìn, ví dụ 1234.5.")
        }
        if parts[0].isEmpty { return failText("“\(shown)” thiếu phần nguyên trước dấu chấm: viết 0\(shown.drop { $0 == "-" || $0 == "+" }).") }
        if parts.count == 2 && parts[1].isEmpty { return failText("“\(shown)” thiếu chữ số sau dấu chấm.") }
        return .success(String(body))
    }
}

extension Substring {
    /// Trims spaces, tabs, line breaks and no-break spaces that spreadsheets leave around values.
    func trimmingVietWhitespace() -> Substring {
        // As `trimmingSpaces` in Load: visible ASCII at both ends leaves nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        var s = self
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s
    }
}
