import Markdown
import Model
import VietText

extension RenderContext {
    /// A Markdown text as HTML for the page at `linker`: headings shifted under the page title,
    /// media links made page-relative, live blocks replaced by current figures.
    func html(_ md: MarkdownText, linker: PageLinker, headingOffset: Int = 1) -> String {
        var options = MarkdownOptions()
        options.headingOffset = headingOffset
        options.slugify = { VietSlug.make($0) }
        options.rewriteURL = { linker.contentURL($0) }
        options.reservedIDs = templates.fixedIDs
        options.collectsPlainText = false
        let rendered = MarkdownRenderer.render(md.text, options: options)
        guard !rendered.blocks.isEmpty else { return rendered.html }
        var html = rendered.html
        let blocks = site.liveBlocks[SiteBuilder.liveBlockKey(md)] ?? [:]
        for block in rendered.blocks {
            let replacement = blocks[block.index].map { LiveBlockRenderer.html($0, ctx: self, linker: linker, id: "khoi-\(block.index + 1)") } ?? ""
            html = html.replacingOccurrences(of: MarkdownRenderer.placeholder(forBlock: block.index), with: replacement)
        }
        return html
    }

    /// Plain text of a Markdown text (search index, descriptions).
    func plainText(_ md: MarkdownText) -> String {
        MarkdownRenderer.render(md.text).plainText
    }
}
