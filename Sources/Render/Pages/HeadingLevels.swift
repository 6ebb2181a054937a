import Markdown
import Model

extension RenderContext {
    /// The shift that makes a body's top heading an `h2` right under the page's `h1`, whether the
    /// author started sections with `#` or `##`, so headings never skip a level.
    func sectionOffset(_ md: MarkdownText) -> Int {
        var options = MarkdownOptions()
        options.collectsPlainText = false
        guard let top = MarkdownRenderer.render(md.text, options: options).headings.map(\.level).min() else { return 1 }
        return max(0, 2 - top)
    }
}
