import Model

/// The five rules of INPUT.md applied to one unit's values, year by year.
enum RuleEvaluation {
    /// Comparisons are exact up to this, so 17,3 → 14,3 counts as a fall of 3 points.
    static let tolerance = 1e-9

    /// Years a target is evaluated in: rounds within F…T for giam_so_luong (each year must fall
    /// from the one before), within F<y≤T for the others (F is the reference year).
    static func isEvaluated(_ target: Target, year y: Int) -> Bool {
        target.rule == .giamSoLuong ? (y >= target.from && y <= target.to) : (y > target.from && y <= target.to)
    }

    /// Appends the checks of `target` for `unit` (group status still unset), in year order.
    static func appendChecks(of target: Target, unit: Int, values: ValueStore, to out: inout [TargetCheck]) {
        for y in values.years where isEvaluated(target, year: y) {
            out.append(check(target, unit: unit, year: y, values: values))
        }
    }

    static func check(_ t: Target, unit: Int, year y: Int, values: ValueStore) -> TargetCheck {
        let v: (Int) -> Double? = { values.number(unit: unit, indicator: t.indicator, year: $0) }
        let F = t.from, T = t.to, V = t.value
        let vy = v(y)
        var required: Double?
        var achieved: Double?
        var pace: Pace?
        // Whether a larger achieved value is better (decreases, toi_thieu) or a smaller one (toi_da).
        var higherIsBetter = true

        switch t.rule {
        case .giamDiemMoiNam:
            required = V * Double(y - F)
            if let vF = v(F), let vy = vy {
                achieved = vF - vy
                if y < T { pace = paceOf(projected: (vF - vy) * Double(T - F) / Double(y - F), atLeast: V * Double(T - F)) }
            }
        case .giamPhanTramDauKy:
            if let vF = v(F) {
                let full = vF * V / 100
                required = T == F ? full : full * Double(y - F) / Double(T - F)
                if let vy = vy {
                    achieved = vF - vy
                    if y < T { pace = paceOf(projected: (vF - vy) * Double(T - F) / Double(y - F), atLeast: full) }
                }
            }
        case .giamSoLuong:
            required = V
            if let before = v(y - 1), let vy = vy {
                achieved = before - vy
                if y < T { pace = meanDropPace(t, unit: unit, upTo: y, values: values) }
            }
        case .toiDa, .toiThieu:
            higherIsBetter = t.rule == .toiThieu
            achieved = vy
            let vF = v(F)
            // At T the bound is V itself, whatever v(F) was (and exactly V, not V up to rounding).
            if y == T {
                required = V
            } else if let vF = vF {
                required = vF + (V - vF) * Double(y - F) / Double(T - F)
            }
            if y < T, let vF = vF, let vy = vy {
                let projected = vF + (vy - vF) * Double(T - F) / Double(y - F)
                pace = higherIsBetter ? paceOf(projected: projected, atLeast: V) : paceOf(projected: V, atLeast: projected)
            }
        }

        guard let req = required, let ach = achieved else {
            return TargetCheck(target: t.index, unit: unit, year: y, required: required, achieved: achieved,
                               status: .noData, margin: nil, pace: nil, groupStatus: nil)
        }
        var margin = higherIsBetter ? ach - req : req - ach
        let met = margin >= -tolerance
        // A shortfall inside the tolerance is a tie, not "short by 0,00".
        margin = margin < 0 && met ? 0 : margin + 0
        return TargetCheck(target: t.index, unit: unit, year: y, required: req, achieved: ach,
                           status: met ? .met : .notMet, margin: margin, pace: pace, groupStatus: nil)
    }

    static func paceOf(projected: Double, atLeast requirement: Double) -> Pace {
        projected >= requirement - tolerance ? .onCourse : .behind
    }

    /// giam_so_luong: the mean of the yearly drops from F to y that have both values, against V.
    static func meanDropPace(_ t: Target, unit: Int, upTo y: Int, values: ValueStore) -> Pace? {
        var total = 0.0
        var count = 0
        var z = t.from
        while z <= y {
            if let a = values.number(unit: unit, indicator: t.indicator, year: z - 1),
               let b = values.number(unit: unit, indicator: t.indicator, year: z) {
                total += a - b
                count += 1
            }
            z += 1
        }
        guard count > 0 else { return nil }
        return paceOf(projected: total / Double(count), atLeast: t.value)
    }
}
