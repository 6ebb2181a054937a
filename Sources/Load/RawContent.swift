import Diagnostics

/// A Markdown file split into its front matter (parsed, with file positions) and body.
public struct MarkdownFile: Sendable {
    /// Path shown in diagnostics.
    public let file: String
    /// File name without `.md`.
    public let name: String
    public let frontMatter: YAMLMapping?
    public let body: String
    public let bodyFirstLine: Int

    public init(file: String, name: String, frontMatter: YAMLMapping?, body: String, bodyFirstLine: Int) {
        self.file = file
        self.name = name
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}

/// A CSV file read from a folder such as `progress/` or `awards/`, with its file name.
public struct NamedTable: Sendable {
    /// File name without `.csv` (`2024` for `progress/2024.csv`).
    public let name: String
    public let table: CSVTable
}

/// Every file of a content folder, read and parsed but not yet interpreted.
public struct RawContent: Sendable {
    /// The content folder as given on the command line.
    public var root: String
    public var siteConfig: YAMLMapping?
    /// site.yml exists but could not be read or parsed; the reason is already among the load diagnostics.
    public var siteConfigUnreadable = false
    public var siteConfigFile: String
    public var units: CSVTable?
    public var indicators: CSVTable?
    public var targets: CSVTable?
    public var progress: [NamedTable] = []
    public var awards: [NamedTable] = []
    public var modelFiles: [MarkdownFile] = []
    public var modelTables: [NamedTable] = []
    public var narratives: [MarkdownFile] = []
    public var documents: [MarkdownFile] = []
    public var pages: [MarkdownFile] = []
    public var home: MarkdownFile?
    /// Content-relative paths of files under `media/`, sorted.
    public var media: [String] = []

    public init(root: String, siteConfigFile: String) {
        self.root = root
        self.siteConfigFile = siteConfigFile
    }

    /// Path shown in diagnostics for a content-relative path.
    public func display(_ relative: String) -> String { ContentPaths.display(root: root, relative) }
}

enum ContentPaths {
    static func display(root: String, _ relative: String) -> String {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        return base.isEmpty || base == "." ? relative : "\(base)/\(relative)"
    }
}
