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
    /// Rows with as many fields as the header, known without reading the text again.
    public let rowCount: Int
    private let storage: Storage

    private enum Storage: Sendable {
        case parsed(CSVTable)
        case text(String, file: String)
    }

    init(name: String, table: CSVTable) {
        self.name = name
        rowCount = table.rows.count
        storage = .parsed(table)
    }

    /// A table kept as its text: a parsed cell is 32 bytes plus its own copy of any text over 15
    /// bytes, so a national commendation folder takes three times its file size parsed (about 90 MB
    /// at 4× the national fixture), and the model reads each file once. `table` parses it again,
    /// file by file, and each parse is dropped after use; the loader reported its problems.
    init(name: String, deferring table: CSVTable, text: String) {
        self.name = name
        rowCount = table.rows.count
        storage = .text(text, file: table.file)
    }

    /// The table; parsed again on each use when it was kept as text, so read it once.
    public var table: CSVTable {
        switch storage {
        case .parsed(let table): return table
        case .text(let text, let file): return CSVReader.parse(text, file: file).table
        }
    }
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
