/// One heading of a rendered document, at its rendered level (after the offset).
public struct MarkdownHeading: Sendable, Equatable {
    public let level: Int
    public let id: String
    public let text: String

    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}

/// A fenced block with one of the recognised info strings, replaced in the HTML by `MarkdownRenderer.placeholder(forBlock: index)`.
public struct FencedBlock: Sendable, Equatable {
    /// 0-based position among the recognised blocks of the document.
    public let index: Int
    /// The info string's first word (`thidua-chart`).
    public let info: String
    /// The block's content, without the fences.
    public let body: String
    /// 1-based line of the opening fence in the Markdown text given; the body starts on the next line.
    public let line: Int

    public init(index: Int, info: String, body: String, line: Int) {
        self.index = index
        self.info = info
        self.body = body
        self.line = line
    }
}

/// A link or image destination as written in the Markdown (before safety emptying and rewriting).
public struct MarkdownLink: Sendable, Equatable {
    public let url: String
    public let isImage: Bool
    /// Link text, or an image's alt text.
    public let text: String
    /// 1-based line in the Markdown text given.
    public let line: Int

    public init(url: String, isImage: Bool, text: String, line: Int) {
        self.url = url
        self.isImage = isImage
        self.text = text
        self.line = line
    }
}

/// The result of rendering one Markdown text.
public struct RenderedMarkdown: Sendable, Equatable {
    public let html: String
    public let headings: [MarkdownHeading]
    public let blocks: [FencedBlock]
    public let links: [MarkdownLink]
    /// Text without markup, whitespace collapsed to single spaces (for search and meta descriptions).
    public let plainText: String

    public init(html: String, headings: [MarkdownHeading], blocks: [FencedBlock], links: [MarkdownLink], plainText: String) {
        self.html = html
        self.headings = headings
        self.blocks = blocks
        self.links = links
        self.plainText = plainText
    }
}
