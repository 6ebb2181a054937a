import Model
import VietText

/// The parts of a commendation row that depend only on its decision, made once per decision and
/// shared by the awards it names: a national award is listed on its unit's page and every
/// ancestor's, on its year's or region's list and on its model's page, and formatting its decision,
/// date and round anchor each time was most of the row's cost.
struct AwardText: Sendable {
    let decision: String
    let decisionShort: String
    let date: String
    let year: String
    /// Site path of the decision's text when the site publishes it, else of its year's list.
    let decisionRoute: String
    /// The round's anchor on the year's list; nil when the route is the decision's own page.
    let roundAnchor: String?
    /// `decisionRoute`, then `#` and the anchor when there is one: made once for every row that links it.
    let decisionTarget: String

    init(_ award: Award, format: Formatter, decisionDocument: Document?) {
        let date = award.date.short
        self.decision = format.decision(award)
        self.decisionShort = "\(award.decision), \(date)"
        self.date = date
        self.year = String(award.year)
        if let doc = decisionDocument {
            decisionRoute = Routes.document(doc)
            roundAnchor = nil
        } else {
            decisionRoute = Routes.awardsYear(award.year)
            roundAnchor = AwardTimeliness.anchor(decision: award.decision, year: award.year, round: award.round)
        }
        let route = decisionRoute
        decisionTarget = roundAnchor.map { route + "#" + $0 } ?? route
    }

    /// The text of every decision, and for each award (by award index) the position of its
    /// decision's text; `document` finds the published text of a decision.
    static func all(_ awards: [Award], format: Formatter,
                    document: (DocumentReference?) -> Document?) -> (texts: [AwardText], ofAward: [Int32]) {
        struct Decision: Hashable {
            let number: String
            let date: CivilDate
            let year: Int
            let round: AwardRound
            let reference: DocumentReference?
        }
        var position: [Decision: Int32] = [:]
        var texts: [AwardText] = []
        let ofAward = awards.map { award -> Int32 in
            let key = Decision(number: award.decision, date: award.date, year: award.year, round: award.round,
                               reference: award.decisionReference)
            if let known = position[key] { return known }
            texts.append(AwardText(award, format: format, decisionDocument: document(award.decisionReference)))
            position[key] = Int32(texts.count - 1)
            return Int32(texts.count - 1)
        }
        return (texts, ofAward)
    }
}
