import Model
import VietText

/// "Khen thưởng kịp thời" made visible: for each round of commendations (one decision for one
/// achievement year and round), how long after the end of the achievement year it was decided.
enum AwardTimeliness {
    /// One round: a decision number, the achievement year and the kind of round.
    struct Round: Sendable {
        let decision: String
        let year: Int
        let round: AwardRound
        /// The earliest date written for the decision (rows of one decision should agree).
        let date: CivilDate
        let count: Int
        /// Days from 31/12 of the achievement year to the decision; negative when decided before it.
        let days: Int
        /// Fragment id of the round's row on its year's commendation page.
        let anchor: String
    }

    /// Average length of a month in the Gregorian calendar, to express days as months.
    static let daysPerMonth = 365.2425 / 12

    static func anchor(decision: String, year: Int, round: AwardRound) -> String {
        "dot-\(VietSlug.make(decision))-\(year)-\(Trimming.hyphenated(round.rawValue))"
    }

    static func days(from year: Int, to date: CivilDate) -> Int {
        date.dayNumber - CivilDate(year: year, month: 12, day: 31)!.dayNumber
    }

    /// Every round, by achievement year (newest first), then decision date, then decision number.
    static func rounds(_ awards: [Award]) -> [Round] {
        struct Key: Hashable { let decision: String; let year: Int; let round: AwardRound }
        var first: [Key: CivilDate] = [:]
        var counts: [Key: Int] = [:]
        var written: [Key: String] = [:]
        // Rows of one decision follow each other and share its text: its key is made once per run.
        var previous: (decision: String, key: String)?
        for a in awards {
            let key: String
            if let p = previous, p.decision == a.decision { key = p.key } else {
                key = VietMatch.key(a.decision)
                previous = (a.decision, key)
            }
            let k = Key(decision: key, year: a.year, round: a.round)
            if let d = first[k], d <= a.date {} else { first[k] = a.date }
            counts[k, default: 0] += 1
            if written[k] == nil { written[k] = a.decision }
        }
        let rounds = first.map { k, date in
            Round(decision: written[k]!, year: k.year, round: k.round, date: date, count: counts[k]!,
                  days: days(from: k.year, to: date), anchor: anchor(decision: written[k]!, year: k.year, round: k.round))
        }
        return rounds.sorted { a, b in
            if a.year != b.year { return a.year > b.year }
            if a.date != b.date { return a.date < b.date }
            if a.decision != b.decision { return a.decision < b.decision }
            return a.round.rawValue < b.round.rawValue
        }
    }

    /// Median of the values; the mean of the middle two when the count is even.
    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        let mid = s.count / 2
        return s.count % 2 == 1 ? Double(s[mid]) : Double(s[mid - 1] + s[mid]) / 2
    }

    /// Per achievement year (newest first): the rounds, their median delay, earliest and latest.
    static func byYear(_ rounds: [Round]) -> [(year: Int, rounds: [Round], median: Double)] {
        var years: [Int: [Round]] = [:]
        for r in rounds { years[r.year, default: []].append(r) }
        return years.keys.sorted(by: >).map { y in (y, years[y]!, median(years[y]!.map(\.days))!) }
    }
}

extension Formatter {
    /// Signed days with a true minus sign: "59", "−33", "0".
    func days(_ d: Double) -> String {
        let text = VietNumber.format(abs(d), decimals: 1, trimZeros: true)
        return d < 0 && text != "0" ? "−" + text : text
    }

    /// Days as months with one decimal: 59 → "1,9".
    func months(days d: Double) -> String {
        let m = d / AwardTimeliness.daysPerMonth
        let text = VietNumber.format(abs(m), decimals: 1)
        return m < 0 && text != "0,0" ? "−" + text : text
    }
}
