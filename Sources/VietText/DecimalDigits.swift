/// A finite Double as its shortest round-trip decimal digits, so rounding and ×100 happen in decimal
/// the way a person reads the number (2.675 → 2.68, 0.285 → 28.5%), not on the binary value.
struct DecimalDigits {
    var negative: Bool
    /// Most significant first, no leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// Number of digits before the decimal point; may be negative (0.00123) or exceed `digits.count`.
    var pointIndex: Int

    init(_ value: Double) {
        negative = value.sign == .minus
        digits = []
        pointIndex = 0
        // Whole numbers (household counts, years) are most figures: their digits without `description`.
        if value.magnitude < 1e15, value == value.rounded(.towardZero) {
            var n = UInt64(value.magnitude)
            while n > 0 {
                digits.append(UInt8(n % 10))
                n /= 10
            }
            pointIndex = digits.count
            digits.reverse()
            while let last = digits.last, last == 0 { digits.removeLast() }
            return
        }
        var exponent = 0
        var seenPoint = false
        var mantissa: [UInt8] = []
        var beforePoint = 0
        // `description` is the shortest representation that round-trips, e.g. "1234.5", "1e-05", "1.5e+20".
        let text = value.magnitude.description.utf8
        var index = text.startIndex
        while index != text.endIndex {
            let c = text[index]
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                let rest = String(decoding: text[text.index(after: index)...], as: UTF8.self)
                exponent = Int(rest.hasPrefix("+") ? String(rest.dropFirst()) : rest) ?? 0
                break
            }
            if c == UInt8(ascii: ".") {
                seenPoint = true
            } else {
                mantissa.append(c - 0x30)
                if !seenPoint { beforePoint += 1 }
            }
            index = text.index(after: index)
        }
        var point = beforePoint + exponent
        var start = 0
        while start < mantissa.count && mantissa[start] == 0 { start += 1; point -= 1 }
        var end = mantissa.count
        while end > start && mantissa[end - 1] == 0 { end -= 1 }
        if start < end {
            digits = Array(mantissa[start..<end])
            pointIndex = point
        }
    }

    var isZero: Bool { digits.isEmpty }

    /// Multiplies by 10^n exactly.
    mutating func shift(by n: Int) {
        if !digits.isEmpty { pointIndex += n }
    }

    /// Rounds half away from zero to `decimals` places after the point.
    mutating func round(decimals: Int) {
        let keep = pointIndex + decimals
        guard keep < digits.count else { return }
        if keep < 0 { digits = []; pointIndex = 0; return }
        let roundUp = digits[keep] >= 5
        digits.removeSubrange(keep...)
        if roundUp {
            var i = keep - 1
            while i >= 0 {
                if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; break }
            }
            if i < 0 { digits.insert(1, at: 0); pointIndex += 1 }
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        if digits.isEmpty { pointIndex = 0 }
    }

    /// The digit at `position` counted from the point (0 = units, -1 = tenths, 2 = hundreds).
    func digit(atPower power: Int) -> UInt8 {
        let i = pointIndex - 1 - power
        return i >= 0 && i < digits.count ? digits[i] : 0
    }

    /// Number of digits after the point that are needed to write the value exactly.
    var fractionLength: Int { max(0, digits.count - pointIndex) }

    /// ASCII text: optional sign, integer part grouped by `group` every three digits (nil: none),
    /// then `decimalMark` and exactly `decimals` digits when `decimals` > 0.
    func render(decimals: Int, group: UInt8?, decimalMark: UInt8) -> String {
        var out: [UInt8] = []
        if negative && !isZero { out.append(UInt8(ascii: "-")) }
        let integerDigits = max(1, pointIndex)
        for power in stride(from: integerDigits - 1, through: 0, by: -1) {
            out.append(0x30 + digit(atPower: power))
            if let group, power > 0, power % 3 == 0 { out.append(group) }
        }
        if decimals > 0 {
            out.append(decimalMark)
            for power in stride(from: -1, through: -decimals, by: -1) { out.append(0x30 + digit(atPower: power)) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
