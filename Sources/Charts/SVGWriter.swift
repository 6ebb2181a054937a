/// Appends SVG elements one per line, escaping every attribute value and text node.
/// Attributes keep the order given, which keeps the output deterministic.
struct SVGWriter {
    typealias Attributes = [(String, String)]

    // UTF-8 appended piece by piece: joining with `+` made a String per piece, and growing a String
    // checks its storage and flags on every append; a national site draws about a hundred thousand
    // charts.
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(4096)
    }

    var output: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func put(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func open(_ name: String, _ attributes: Attributes) {
        start(name, attributes)
        put(">\n")
    }

    mutating func close(_ name: String) {
        put("</")
        put(name)
        put(">\n")
    }

    /// An element without content, or with a `<title>` tooltip when one is given.
    mutating func leaf(_ name: String, _ attributes: Attributes, title: String? = nil) {
        start(name, attributes)
        if let title, !title.isEmpty {
            put("><title>")
            appendXMLEscaped(title, to: &bytes)
            put("</title>")
            close(name)
        } else {
            put("/>\n")
        }
    }

    mutating func text(_ name: String, _ attributes: Attributes, _ content: String) {
        start(name, attributes)
        put(">")
        appendXMLEscaped(content, to: &bytes)
        close(name)
    }

    /// Opens the root element with the accessible name and description every chart carries.
    mutating func openRoot(id: String, kind: String, title: String, description: String,
                           width: Double, height: Double, fixedSize: Bool) {
        var attributes: Attributes = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "chart " + kind),
            ("role", "img"),
            ("aria-labelledby", id + "-title " + id + "-desc"),
            ("viewBox", "0 0 " + svgNumber(width) + " " + svgNumber(height)),
        ]
        if fixedSize {
            attributes += [("width", svgNumber(width)), ("height", svgNumber(height))]
        } else {
            // Height follows from the viewBox ratio, so the chart shrinks on a narrow phone.
            attributes.append(("width", "100%"))
        }
        attributes += [
            ("preserveAspectRatio", "xMidYMid meet"),
            ("font-family", "inherit"),
            ("font-size", svgNumber(Metrics.fontSize)),
        ]
        open("svg", attributes)
        text("title", [("id", id + "-title")], title)
        text("desc", [("id", id + "-desc")], description)
    }

    /// `<name a="…" b="…"`, the tag left open.
    private mutating func start(_ name: String, _ attributes: Attributes) {
        put("<")
        put(name)
        for (key, value) in attributes {
            put(" ")
            put(key)
            put("=\"")
            appendXMLEscaped(value, to: &bytes)
            put("\"")
        }
    }
}
