import CCmark

/// One pass over the cmark AST: collects what the page needs and applies levels and URL rewriting in place.
struct DocumentWalk {
    let options: MarkdownOptions
    private(set) var headings: [MarkdownHeading] = []
    private(set) var blocks: [FencedBlock] = []
    private(set) var links: [MarkdownLink] = []
    /// Recognised code blocks, replaced after the walk because the iterator must not see a changing tree.
    private(set) var blockNodes: [OpaquePointer] = []
    private var usedIDs: Set<String> = []
    private var plain = PlainTextBuilder()
    private var headingText: String?
    private var headingLevel = 0
    /// Open links/images: index in `links` and their text so far (nested: an image inside a link).
    private var openLinks: [(index: Int, text: String, url: String, isImage: Bool, line: Int)] = []

    init(options: MarkdownOptions) {
        self.options = options
        usedIDs = options.reservedIDs
    }

    var plainText: String { plain.result }

    mutating func run(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                enter(node)
            } else if event == CMARK_EVENT_EXIT {
                exit(node)
            }
        }
    }

    private mutating func enter(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            // A String of the text only when something collects it.
            if options.collectsPlainText || headingText != nil || !openLinks.isEmpty { appendText(literal(node)) }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            appendText(" ")
        case CMARK_NODE_HEADING:
            plain.separate()
            let level = min(6, max(1, Int(cmark_node_get_heading_level(node)) + options.headingOffset))
            cmark_node_set_heading_level(node, Int32(level))
            headingLevel = level
            headingText = ""
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            enterLink(node, isImage: type == CMARK_NODE_IMAGE)
        case CMARK_NODE_CODE_BLOCK:
            plain.separate()
            enterCodeBlock(node)
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            break  // omitted from the HTML in safe mode, so not part of the text either
        default:
            if isBlock(type) { plain.separate() }
        }
    }

    private mutating func exit(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_HEADING:
            finishHeading()
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            guard let open = openLinks.popLast() else { return }
            links[open.index] = MarkdownLink(url: open.url, isImage: open.isImage, text: collapse(open.text), line: open.line)
        default:
            if isBlock(type) { plain.separate() }
        }
    }

    private mutating func appendText(_ text: String) {
        if options.collectsPlainText { plain.append(text) }
        if headingText != nil { headingText! += text }
        for i in openLinks.indices { openLinks[i].text += text }
    }

    private mutating func finishHeading() {
        let text = collapse(headingText ?? "")
        headingText = nil
        var base = options.slugify(text)
        if base.isEmpty { base = "muc" }
        var id = base
        var suffix = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(id)
        headings.append(MarkdownHeading(level: headingLevel, id: id, text: text))
    }

    private mutating func enterLink(_ node: OpaquePointer, isImage: Bool) {
        let written = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let line = Int(cmark_node_get_start_line(node))
        openLinks.append((index: links.count, text: "", url: written, isImage: isImage, line: line))
        links.append(MarkdownLink(url: written, isImage: isImage, text: "", line: line))
        var target = ""
        if !URLSafety.isDangerous(written) {
            let rewritten = options.rewriteURL(written)
            // The rewriter is product code; its result gets the same check.
            target = URLSafety.isDangerous(rewritten) ? "" : rewritten
        }
        if target != written { cmark_node_set_url(node, target) }
    }

    private mutating func enterCodeBlock(_ node: OpaquePointer) {
        let body = literal(node)
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let firstWord = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        guard !firstWord.isEmpty, options.blockInfoStrings.contains(firstWord) else {
            if options.collectsPlainText { plain.append(body) }
            return
        }
        blocks.append(FencedBlock(index: blocks.count, info: firstWord, body: body, line: Int(cmark_node_get_start_line(node))))
        blockNodes.append(node)
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
    }
}

/// Whitespace runs become one space; leading and trailing whitespace go.
func collapse(_ text: String) -> String {
    var builder = PlainTextBuilder()
    builder.append(text)
    return builder.result
}

/// Accumulates text with whitespace collapsed as it goes, so block boundaries can add a separator cheaply.
/// Works on scalars with a fixed whitespace table: `Character.isWhitespace` costs a Unicode property
/// lookup per character, which dominated rendering time.
struct PlainTextBuilder {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var result: String { String(decoding: bytes, as: UTF8.self) }

    mutating func separate() {
        pendingSpace = true
    }

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if PlainTextBuilder.isWhitespace(scalar.value) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
    }

    /// The Unicode White_Space property, listed (it is fixed since Unicode 6.3).
    static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
