/// Everything the content folder says, typed, validated and cross-referenced.
/// Built once by `SiteBuilder`; read by compute and render.
public struct Site: Sendable {
    public var config: SiteConfig
    public var units: UnitDirectory
    public var indicators: [Indicator]
    public var targets: [Target]
    public var progress: ProgressData
    public var awards: [Award]
    /// Drafts are already left out unless the build asked for them.
    public var models: [ExemplaryModel]
    public var documents: [Document]
    public var pages: [Page]
    public var home: MarkdownText?
    /// Narrative of a unit's page, by unit index.
    public var narratives: [Int: MarkdownText]
    /// Live blocks by the file of the Markdown text they sit in, then by block index.
    public var liveBlocks: [String: [Int: LiveBlock]]
    /// Files under `media/`, content-relative (`media/trau.jpg`), sorted.
    public var media: [String]
    /// The content folder the site was read from (for copying media).
    public var contentRoot: String

    public init(config: SiteConfig, units: UnitDirectory, indicators: [Indicator], targets: [Target],
                progress: ProgressData, awards: [Award], models: [ExemplaryModel], documents: [Document],
                pages: [Page], home: MarkdownText?, narratives: [Int: MarkdownText],
                liveBlocks: [String: [Int: LiveBlock]], media: [String], contentRoot: String) {
        self.config = config
        self.units = units
        self.indicators = indicators
        self.targets = targets
        self.progress = progress
        self.awards = awards
        self.models = models
        self.documents = documents
        self.pages = pages
        self.home = home
        self.narratives = narratives
        self.liveBlocks = liveBlocks
        self.media = media
        self.contentRoot = contentRoot
    }

    public func indicator(id: String) -> Indicator? { indicators.first { $0.id == id } }
}
