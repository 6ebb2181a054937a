import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders content Markdown with libcmark in safe mode (raw HTML omitted, script URLs emptied).
public enum MarkdownRenderer {
    /// Renders `markdown`, collecting headings, recognised fenced blocks, links and plain text.
    public static func render(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> RenderedMarkdown {
        let count = markdown.utf8.count
        // CMARK_OPT_DEFAULT only: UNSAFE would let raw HTML through, SMART rewrites `|---|` and quotes.
        let parsed: OpaquePointer? = markdown.withCString { cmark_parse_document($0, count, CMARK_OPT_DEFAULT) }
        guard let document = parsed else {
            return RenderedMarkdown(html: "", headings: [], blocks: [], links: [], plainText: "")
        }
        defer { cmark_node_free(document) }

        var walk = DocumentWalk(options: options)
        walk.run(document)
        replaceBlocks(walk.blockNodes)

        guard let cHTML = cmark_render_html(document, CMARK_OPT_DEFAULT) else {
            return RenderedMarkdown(html: "", headings: walk.headings, blocks: walk.blocks, links: walk.links, plainText: walk.plainText)
        }
        let rawHTML = String(cString: cHTML)
        free(cHTML)
        let html = HTMLPostProcessor.process(rawHTML, headingIDs: walk.headings.map(\.id))
        return RenderedMarkdown(html: html, headings: walk.headings, blocks: walk.blocks, links: walk.links, plainText: walk.plainText)
    }

    /// The exact text left in `html` where recognised block `index` was (on its own line).
    public static func placeholder(forBlock index: Int) -> String {
        // An HTML comment cannot come from content: safe mode turns raw comments into `raw HTML omitted`.
        "<!--thidua-block-\(index)-->"
    }

    /// Swaps each recognised code block for a custom block whose only output is the placeholder.
    private static func replaceBlocks(_ nodes: [OpaquePointer]) {
        for (index, node) in nodes.enumerated() {
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(custom, placeholder(forBlock: index))
            cmark_node_set_on_exit(custom, "")
            if cmark_node_replace(node, custom) == 1 {
                cmark_node_free(node)
            } else {
                cmark_node_free(custom)
            }
        }
    }
}
