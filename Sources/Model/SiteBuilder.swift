import Diagnostics
import Load
import Parallel

/// The model stage: turns the raw files into a typed, validated, cross-referenced `Site`.
/// It reports every problem it finds; the site it returns is usable for further checks even when
/// there are errors, so one `check` run lists everything.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var includeDrafts: Bool
        public init(includeDrafts: Bool = false) { self.includeDrafts = includeDrafts }
    }

    public static func build(_ raw: RawContent, options: Options = Options()) -> (Site?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        // An unreadable site.yml was reported by the loader; "site.yml is empty" would only mislead.
        if raw.siteConfigUnreadable { return (nil, diagnostics) }
        guard let config = SiteConfigBuilder.build(raw.siteConfig, file: raw.siteConfigFile, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let units = UnitsBuilder.build(raw.units, diagnostics: &diagnostics)
        let indicators = IndicatorsBuilder.build(raw.indicators, diagnostics: &diagnostics)
        let targets = TargetsBuilder.build(raw.targets, config: config, units: units, indicators: indicators, diagnostics: &diagnostics)
        let media = Set(raw.media)
        // The progress tables and the models with their awards are the slow parts and need nothing
        // of each other: built side by side, their problems listed in the order a serial build gives.
        let ((progress, progressProblems), (models, awards, peopleProblems)) = Parallel.both({
            var problems = DiagnosticList()
            let progress = ProgressBuilder.build(raw.progress, config: config, units: units, indicators: indicators, diagnostics: &problems)
            return (progress, problems)
        }, {
            var problems = DiagnosticList()
            let (models, awards) = modelsAndAwards(raw, config: config, units: units, media: media, options: options, diagnostics: &problems)
            return (models, awards, problems)
        })
        diagnostics.append(contentsOf: progressProblems)
        diagnostics.append(contentsOf: peopleProblems)
        let documents = DocumentsBuilder.documents(raw.documents, config: config, diagnostics: &diagnostics)
        let pages = DocumentsBuilder.pages(raw.pages, diagnostics: &diagnostics)
        let narratives = DocumentsBuilder.narratives(raw.narratives, units: units, diagnostics: &diagnostics)
        var home: MarkdownText?
        if let h = raw.home {
            home = MarkdownText(text: h.body, file: h.file, firstLine: h.bodyFirstLine)
            PublishedText.checkMarkdown(home!, what: "Nội dung trang chủ", into: &diagnostics)
        }

        var texts: [MarkdownText] = documents.map(\.body) + pages.map(\.body) + models.map(\.story) + Array(narratives.values)
        if let home { texts.append(home) }
        // Every story is scanned (and parsed when it may link or hold a block) on all cores; the
        // problems are listed in text order, as one after the other gives them.
        let checked = Parallel.map(texts.count, chunk: 8) { i -> ([Int: LiveBlock], DiagnosticList) in
            var problems = DiagnosticList()
            let blocks = MarkdownChecker.check(texts[i], units: units, indicators: indicators, media: media, diagnostics: &problems)
            return (blocks, problems)
        }
        var liveBlocks: [String: [Int: LiveBlock]] = [:]
        for (t, (blocks, problems)) in zip(texts, checked) {
            diagnostics.append(contentsOf: problems)
            if !blocks.isEmpty { liveBlocks[liveBlockKey(t)] = blocks }
        }

        let site = Site(config: config, units: units, indicators: indicators, targets: targets, progress: progress,
                        awards: awards, models: models, documents: documents, pages: pages, home: home,
                        narratives: narratives, liveBlocks: liveBlocks, media: raw.media, contentRoot: raw.root)
        return (site, diagnostics)
    }

    /// Models (drafts only when asked) and the awards, which may name models.
    private static func modelsAndAwards(_ raw: RawContent, config: SiteConfig, units: UnitDirectory, media: Set<String>,
                                        options: Options, diagnostics: inout DiagnosticList) -> ([ExemplaryModel], [Award]) {
        let allModels = ModelsBuilder.build(files: raw.modelFiles, tables: raw.modelTables, config: config, units: units,
                                            media: media, diagnostics: &diagnostics)
        let models = allModels.filter { options.includeDrafts || !$0.draft }
        let publishedIDs = Set(models.map(\.id))
        // Models dropped for an error of their own still exist for the award that names them.
        let allIDs = Set(allModels.map(\.id)).union(raw.modelFiles.map(\.name))
        let awards = AwardsBuilder.build(raw.awards, config: config, units: units, modelIDs: allIDs,
                                         linkedIDs: publishedIDs, diagnostics: &diagnostics)
        return (models, awards)
    }

    /// Model stories from one CSV file share the file name, so the key adds the first line.
    public static func liveBlockKey(_ text: MarkdownText) -> String { "\(text.file):\(text.firstLine)" }
}
