/// An axis range whose ticks are whole multiples of a "nice" step (1, 2, 2.5 or 5 × 10ⁿ).
public struct NiceScale: Sendable, Equatable {
    /// The lowest tick, at or below the smallest value.
    public let lower: Double
    /// The highest tick, at or above the largest value.
    public let upper: Double
    /// The tick values from `lower` to `upper`, each the nearest Double to its decimal value.
    public let ticks: [Double]

    /// Picks the smallest nice step giving at most `maxIntervals` intervals over the values.
    public init(minimum: Double, maximum: Double, maxIntervals: Int = 5,
                includeZero: Bool = false, integerSteps: Bool = false) {
        var low = Swift.min(minimum, maximum)
        var high = Swift.max(minimum, maximum)
        if !low.isFinite || !high.isFinite { low = 0; high = 1 }
        if includeZero { low = Swift.min(low, 0); high = Swift.max(high, 0) }
        if low == high {
            // A flat series still needs a visible band around it.
            if low == 0 { high = 1 } else {
                let pad = low.magnitude / 10
                low -= pad
                high += pad
                if includeZero { low = Swift.min(low, 0); high = Swift.max(high, 0) }
            }
        }
        let intervals = Swift.max(2, maxIntervals)
        var step = NiceStep.atMost((high - low) / Double(intervals))
        while true {
            let skip = integerSteps && !step.isWhole
            if !skip {
                let first = step.index(of: low, roundingUp: false)
                let last = step.index(of: high, roundingUp: true)
                if last - first <= Double(intervals) {
                    let values = stride(from: first, through: last, by: 1).map { step.value(at: $0) }
                    lower = values[0]
                    upper = values[values.count - 1]
                    ticks = values
                    return
                }
            }
            step = step.next
        }
    }

    /// Where `value` falls in the range, 0 at `lower` and 1 at `upper`.
    func fraction(_ value: Double) -> Double {
        (value - lower) / (upper - lower)
    }
}

/// A step `units × 10^exponent` with `units` in 10, 20, 25, 50: kept as integers so tick values
/// are computed by one exact-integer division and carry no accumulated binary noise.
struct NiceStep {
    let units: Int
    let exponent: Int

    static let unitLadder = [10, 20, 25, 50]

    /// The largest step of the form 1 × 10ⁿ not above `rough`.
    static func atMost(_ rough: Double) -> NiceStep {
        var exponent = 0
        if rough > 0 && rough.isFinite {
            while pow10(exponent) > rough { exponent -= 1 }
            while pow10(exponent + 1) <= rough { exponent += 1 }
        }
        return NiceStep(units: 10, exponent: exponent - 1)
    }

    var next: NiceStep {
        let position = Self.unitLadder.firstIndex(of: units) ?? 0
        if position + 1 < Self.unitLadder.count {
            return NiceStep(units: Self.unitLadder[position + 1], exponent: exponent)
        }
        return NiceStep(units: 10, exponent: exponent + 1)
    }

    var isWhole: Bool {
        exponent >= 0 || (exponent == -1 && units % 10 == 0)
    }

    /// The tick number of `value`, snapping quotients that miss an integer only by rounding error.
    func index(of value: Double, roundingUp: Bool) -> Double {
        let quotient = exponent < 0
            ? value * pow10(-exponent) / Double(units)
            : value / (Double(units) * pow10(exponent))
        let nearest = quotient.rounded()
        if (quotient - nearest).magnitude < 1e-9 * Swift.max(1, quotient.magnitude) { return nearest }
        return quotient.rounded(roundingUp ? .up : .down)
    }

    func value(at index: Double) -> Double {
        let scaled = index * Double(units)
        let result = exponent < 0 ? scaled / pow10(-exponent) : scaled * pow10(exponent)
        return result == 0 ? 0 : result
    }
}

/// 10ⁿ by repeated multiplication: exact up to 10²², which covers every realistic axis.
func pow10(_ n: Int) -> Double {
    var result = 1.0
    if n >= 0 {
        for _ in 0..<n { result *= 10 }
        return result
    }
    for _ in 0..<(-n) { result *= 10 }
    return 1 / result
}
