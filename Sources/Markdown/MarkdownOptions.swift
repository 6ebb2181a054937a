import VietText
import Foundation

/// How `MarkdownRenderer` turns content Markdown into page HTML.
public struct MarkdownOptions {
    /// Added to every heading level (clamped to 1...6); 1 turns `# x` into `<h2>` because the page title is the `<h1>`.
    public var headingOffset: Int
    /// Turns a heading's text into its `id`; the product passes its Vietnamese slugger.
    public var slugify: (String) -> String
    /// Applied to every safe link and image destination before rendering (content-relative → page-relative).
    public var rewriteURL: (String) -> String
    /// Info strings (first word after the fence) whose blocks are replaced by a placeholder.
    public var blockInfoStrings: Set<String>
    /// Ids the page around the Markdown already uses; headings get a numbered variant instead.
    public var reservedIDs: Set<String> = []
    /// Whether `RenderedMarkdown.plainText` is made; when false it is empty. A page's HTML needs no
    /// plain text, and making it was a fifth of rendering the 3,000 stories of a national site.
    public var collectsPlainText = true

    /// Creates options; every parameter has the product's neutral default.
    public init(
        headingOffset: Int = 0,
        slugify: @escaping (String) -> String = VietSlug.make,
        rewriteURL: @escaping (String) -> String = { $0 },
        blockInfoStrings: Set<String> = ["thidua-chart", "thidua-table"]
    ) {
        self.headingOffset = headingOffset
        self.slugify = slugify
        self.rewriteURL = rewriteURL
        self.blockInfoStrings = blockInfoStrings
    }
}
