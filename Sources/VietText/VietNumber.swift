/// How figures are written in a file or on a page: `vi` is `1.234,5`, `plain` is `1234.5`.
public enum NumberStyle: String, Sendable {
    case vi, plain
}

/// Why a text is not a number in the expected style, in Vietnamese, saying how to write it.
public struct NumberParseError: Error, Equatable, Sendable {
    public let reason: String
    public init(reason: String) { self.reason = reason }
}

/// Strict parsing and Vietnamese formatting of figures.
public enum VietNumber {
    /// Parses `text` strictly in `style`; a trailing `%` is accepted only with `allowPercent` and is not
    /// divided out ("12,5%" → 12.5).
    public static func parse(_ text: String, style: NumberStyle, allowPercent: Bool = false) -> Result<Double, NumberParseError> {
        NumberParser(text: text, style: style, allowPercent: allowPercent).parse()
    }

    /// `value` rounded half away from zero to `decimals` places: vi "1.234.567,89", plain "1234567.89";
    /// "-1.234" for negatives, never "-0"; `trimZeros` drops trailing zeros of the decimals.
    /// Non-finite values give "—".
    public static func format(_ value: Double, decimals: Int, style: NumberStyle = .vi, trimZeros: Bool = false) -> String {
        guard value.isFinite else { return "—" }
        let places = max(0, decimals)
        if let whole = WholeNumber.text(value, decimals: trimZeros ? 0 : places, style: style) { return whole }
        if let fixed = FixedPoint.text(value, places: places, trimZeros: trimZeros, style: style) { return fixed }
        if let rounded = FixedPoint.rounded(value, places: places, trimZeros: trimZeros, style: style) { return rounded }
        var d = DecimalDigits(value)
        d.round(decimals: places)
        return render(d, decimals: trimZeros ? min(places, d.fractionLength) : places, style: style)
    }

    /// A fraction as a vi percent: 0.125 → "12,5%" (×100 done in decimal, so 0.285 → "28,5%").
    public static func percent(_ fraction: Double, decimals: Int, trimZeros: Bool = true) -> String {
        guard fraction.isFinite else { return "—" }
        let places = max(0, decimals)
        // ×100 in binary is off from the decimal shift by at most an ulp or so of the result.
        if let rounded = FixedPoint.rounded(fraction * 100, places: places, trimZeros: trimZeros, style: .vi, slack: 4) {
            return rounded + "%"
        }
        var d = DecimalDigits(fraction)
        d.shift(by: 2)
        d.round(decimals: places)
        return render(d, decimals: trimZeros ? min(places, d.fractionLength) : places, style: .vi) + "%"
    }

    /// Full precision, shortest text that reads back as the same Double: '.' decimal, no grouping, no
    /// exponent ("1234.5", "12", "0.000123"). For machine-readable output (CSV, JSON, data attributes).
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if let whole = WholeNumber.text(value, decimals: 0, style: .plain) { return whole }
        let d = DecimalDigits(value)
        return d.render(decimals: d.fractionLength, group: nil, decimalMark: UInt8(ascii: "."))
    }

    /// `plain` of `value` rounded to the nearest multiple of 10^-9 (`(value * 1e9).rounded() / 1e9`),
    /// written from the scaled integer when |value| < 10^6; nil otherwise. The decimal it writes has
    /// at most 15 significant digits, and no other decimal that short reads back as the same Double
    /// (DBL_DIG), so it is the shortest round-trip text `plain` writes (`FastPathTests`).
    public static func plainToNanos(_ value: Double) -> String? {
        guard value.magnitude < 1e6 else { return nil }
        let scaled = (value * 1e9).rounded()
        let n = UInt64(scaled.magnitude)
        return FixedPoint.text(scaled: n, places: 9, trimZeros: true, negative: scaled < 0 && n != 0, style: .plain)
    }

    private static func render(_ d: DecimalDigits, decimals: Int, style: NumberStyle) -> String {
        switch style {
        case .vi: return d.render(decimals: decimals, group: UInt8(ascii: "."), decimalMark: UInt8(ascii: ","))
        case .plain: return d.render(decimals: decimals, group: nil, decimalMark: UInt8(ascii: "."))
        }
    }
}

/// Whole numbers (household counts, years: most figures) written straight from their integer value,
/// without the digit array `DecimalDigits` builds; the same text as the general path (`FastPathTests`).
enum WholeNumber {
    static func text(_ value: Double, decimals: Int, style: NumberStyle) -> String? {
        guard value.magnitude < 1e15, value == value.rounded(.towardZero), decimals <= 6 else { return nil }
        let n = UInt64(value.magnitude)
        // Never "-0": a negative value that is zero prints as 0.
        return FixedPoint.text(integer: n, fraction: 0, digits: decimals, negative: value < 0 && n != 0, style: style)
    }
}

/// Values with at most `places` decimals (rates such as 0,43 or 12,5: most of the rest) written from
/// their scaled integer, without the shortest-digits text `DecimalDigits` starts from. Taken only
/// when `value × 10^places` lies within 10⁻⁶ of an integer below 10¹⁵: the shortest decimal text of
/// the value is then closer to that integer than the half that rounding looks at (the product's and
/// the text's own errors are a few tenths at most), so rounding it gives the same digits. The same
/// text as the general path (`FastPathTests`).
enum FixedPoint {
    private static let scales: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    static func text(_ value: Double, places: Int, trimZeros: Bool, style: NumberStyle) -> String? {
        guard places > 0, places < scales.count, value.magnitude < 1e9 else { return nil }
        let scaled = value * scales[places]
        let rounded = scaled.rounded()
        guard (scaled - rounded).magnitude < 1e-6 else { return nil }
        let n = UInt64(rounded.magnitude)
        return text(scaled: n, places: places, trimZeros: trimZeros, negative: value < 0 && n != 0, style: style)
    }

    /// A value with more decimals than shown (a rate such as 0.0866823 shown with 2), rounded from
    /// its binary value. The general rule rounds the shortest decimal digits instead, which lie
    /// within half an ulp of the value: both round alike unless a halfway point (…5 at the first
    /// hidden place) lies within a few ulps of the value, and then this answers nil (2.675 keeps
    /// rounding up to 2.68). `slack` widens that margin, for values scaled before they come here.
    static func rounded(_ value: Double, places: Int, trimZeros: Bool, style: NumberStyle, slack: Double = 1) -> String? {
        guard places >= 0, places < scales.count, value.magnitude < 1e9 else { return nil }
        let scale = scales[places]
        let scaled = value.magnitude * scale
        let halfway = scaled.rounded(.down) + 0.5
        guard (scaled - halfway).magnitude > 4 * slack * value.magnitude.ulp * scale else { return nil }
        let n = UInt64(scaled.rounded(.toNearestOrAwayFromZero))
        return text(scaled: n, places: places, trimZeros: trimZeros, negative: value < 0 && n != 0, style: style)
    }

    /// `n` / 10^`places` written with `places` decimals, or fewer when `trimZeros` drops trailing zeros.
    static func text(scaled n: UInt64, places: Int, trimZeros: Bool, negative: Bool, style: NumberStyle) -> String {
        var n = n
        var fraction = places
        if trimZeros {
            while fraction > 0, n % 10 == 0 {
                n /= 10
                fraction -= 1
            }
        }
        var divisor: UInt64 = 1
        for _ in 0..<fraction { divisor *= 10 }
        return text(integer: n / divisor, fraction: n % divisor, digits: fraction, negative: negative, style: style)
    }

    /// `integer`, then `fraction` written with exactly `digits` digits after the mark.
    static func text(integer: UInt64, fraction: UInt64, digits: Int, negative: Bool, style: NumberStyle) -> String {
        precondition(integer < 1_000_000_000_000_000 && (0...11).contains(digits), "figure outside the 32-byte buffer")
        // 15 integer digits, 4 group marks, sign, mark and 11 decimals fit in 32 bytes.
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { raw -> String in
            var end = raw.count
            func put(_ byte: UInt8) { end -= 1; raw[end] = byte }
            if digits > 0 {
                var f = fraction
                for _ in 0..<digits {
                    put(0x30 + UInt8(f % 10))
                    f /= 10
                }
                put(style == .vi ? UInt8(ascii: ",") : UInt8(ascii: "."))
            }
            var n = integer
            var count = 0
            repeat {
                if count > 0, count % 3 == 0, style == .vi { put(UInt8(ascii: ".")) }
                put(0x30 + UInt8(n % 10))
                n /= 10
                count += 1
            } while n > 0
            if negative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[end...]), as: UTF8.self)
        }
    }
}
