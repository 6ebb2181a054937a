import Diagnostics
import VietText

/// A dated step of the movement (plan issued, mid-term review, final review).
public struct Milestone: Sendable, Hashable {
    public let year: Int
    public let title: String
    public init(year: Int, title: String) { self.year = year; self.title = title }
}

/// Settings from `site.yml`, with defaults already applied.
public struct SiteConfig: Sendable {
    public var title: String
    public var organization: String
    /// Always ends with `/`; used only for the feed, the sitemap and Open Graph tags.
    public var baseURL: String
    public var periodStart: Int
    public var periodEnd: Int
    public var baselineYear: Int
    public var numberStyle: NumberStyle
    /// Day and month of the yearly report deadline.
    public var reportDeadline: (day: Int, month: Int)?
    public var sampleData: Bool
    public var milestones: [Milestone]
    public var contact: String?
    public var location: SourceLocation

    public init(title: String, organization: String, baseURL: String, periodStart: Int, periodEnd: Int,
                baselineYear: Int, numberStyle: NumberStyle = .vi, reportDeadline: (day: Int, month: Int)? = nil,
                sampleData: Bool = false, milestones: [Milestone] = [], contact: String? = nil,
                location: SourceLocation = SourceLocation(file: "site.yml")) {
        self.title = title
        self.organization = organization
        self.baseURL = baseURL
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.baselineYear = baselineYear
        self.numberStyle = numberStyle
        self.reportDeadline = reportDeadline
        self.sampleData = sampleData
        self.milestones = milestones
        self.contact = contact
        self.location = location
    }

    public var periodYears: ClosedRange<Int> { periodStart...periodEnd }
}
