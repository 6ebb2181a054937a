import VietText

/// Writes SVG elements one per line, piece by piece: `begin`, then `attribute`s, then `endLeaf`,
/// `endText` or `endOpen` (children follow, then `close`). Attribute values and text are escaped;
/// names and keys are our own literals; numbers are written by `appendSVGNumber`. Attributes
/// keep the order written, which keeps the output deterministic.
/// The owner takes the bytes out with `finish()`, once.
struct SVGWriter {
    // UTF-8 appended piece by piece, without an array of attribute pairs and a String per number
    // for every element: a national site draws about a hundred thousand charts, a few hundred
    // appends each.
    private var bytes = ByteBuffer(capacity: 4096)

    init() {}

    /// The chart's bytes; the writer is not used after this.
    mutating func finish() -> [UInt8] {
        defer { bytes.deallocate() }
        return bytes.array()
    }

    /// Bytes another writer wrote (a legend drawn before).
    mutating func append(bytes more: [UInt8]) {
        bytes.append(bytes: more)
    }

    mutating func close(_ name: StaticString) {
        append("</")
        append(name)
        append(">\n")
    }

    /// Opens the root element with the accessible name and description every chart carries.
    mutating func openRoot(id: String, kind: StaticString, title: String, description: String,
                           width: Double, height: Double, fixedSize: Bool) {
        begin("svg")
        attribute("xmlns", "http://www.w3.org/2000/svg" as StaticString)
        startAttribute("class")
        append("chart ")
        append(kind)
        bytes.append(0x22)
        attribute("role", "img" as StaticString)
        startAttribute("aria-labelledby")
        appendXMLEscaped(id, to: &bytes)
        append("-title ")
        appendXMLEscaped(id, to: &bytes)
        append("-desc\"")
        startAttribute("viewBox")
        append("0 0 ")
        appendSVGNumber(width, to: &bytes)
        bytes.append(0x20)
        appendSVGNumber(height, to: &bytes)
        bytes.append(0x22)
        if fixedSize {
            attribute("width", width)
            attribute("height", height)
        } else {
            // Height follows from the viewBox ratio, so the chart shrinks on a narrow phone.
            attribute("width", "100%" as StaticString)
        }
        attribute("preserveAspectRatio", "xMidYMid meet" as StaticString)
        attribute("font-family", "inherit" as StaticString)
        attribute("font-size", Metrics.fontSize)
        endOpen()
        labelElement("title", id: id, content: title)
        labelElement("desc", id: id, content: description)
    }

    /// `<title id="…-title">` or `<desc id="…-desc">`, the targets of the root's `aria-labelledby`.
    private mutating func labelElement(_ name: StaticString, id: String, content: String) {
        begin(name)
        startAttribute("id")
        appendXMLEscaped(id, to: &bytes)
        bytes.append(0x2D)
        append(name)
        bytes.append(0x22)
        endText(name, content)
    }
}

extension SVGWriter {
    mutating func begin(_ name: StaticString) {
        bytes.append(0x3C)
        append(name)
    }

    mutating func attribute(_ key: StaticString, _ value: String) {
        startAttribute(key)
        appendXMLEscaped(value, to: &bytes)
        bytes.append(0x22)
    }

    /// A value that is our own literal and needs no escaping.
    mutating func attribute(_ key: StaticString, _ value: StaticString) {
        startAttribute(key)
        append(value)
        bytes.append(0x22)
    }

    mutating func attribute(_ key: StaticString, _ value: Double) {
        startAttribute(key)
        appendSVGNumber(value, to: &bytes)
        bytes.append(0x22)
    }

    /// Path data of straight segments: each point starts a new subpath (`M`) when `moves` says so
    /// and continues it (`L`) otherwise; `closed` ends it with `Z`.
    mutating func pathAttribute(_ key: StaticString, _ points: [(x: Double, y: Double, move: Bool)], closed: Bool = false) {
        startAttribute(key)
        for p in points { pathPoint(x: p.x, y: p.y, move: p.move) }
        endPathAttribute(closed: closed)
    }

    /// One point of path data being written (after `startAttribute`): `M` or `L`, then x and y.
    mutating func pathPoint(x: Double, y: Double, move: Bool) {
        bytes.append(move ? 0x4D : 0x4C)
        appendSVGNumber(x, to: &bytes)
        bytes.append(0x20)
        appendSVGNumber(y, to: &bytes)
    }

    /// Path data written point by point: `startPathAttribute`, `pathPoint`…, `endPathAttribute`.
    mutating func startPathAttribute(_ key: StaticString) {
        startAttribute(key)
    }

    mutating func endPathAttribute(closed: Bool) {
        if closed { bytes.append(0x5A) }
        bytes.append(0x22)
    }

    /// Ends an element begun with `begin`: `/>`, or a `<title>` tooltip and the closing tag.
    mutating func endLeaf(_ name: StaticString, title: String? = nil) {
        guard let title, !title.isEmpty else {
            append("/>\n")
            return
        }
        append("><title>")
        appendXMLEscaped(title, to: &bytes)
        endTitle(name)
    }

    /// A grid line: `<line>` with its two ends only, the paint coming from its group.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double) {
        begin("line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        append("/>\n")
    }

    /// `<g class="…" stroke="…" stroke-width="1">` for grid lines, or with `fill` and `text-anchor` for labels.
    mutating func openGroup(_ cssClass: StaticString, stroke: String) {
        begin("g")
        attribute("class", cssClass)
        attribute("stroke", stroke)
        attribute("stroke-width", "1" as StaticString)
        endOpen()
    }

    mutating func openGroup(_ cssClass: StaticString, fill: String, anchor: StaticString) {
        begin("g")
        attribute("class", cssClass)
        attribute("fill", fill)
        attribute("text-anchor", anchor)
        endOpen()
    }

    /// `endLeaf` with the tooltip given in pieces, escaped one after the other.
    mutating func endLeaf(_ name: StaticString, titleParts: [String]) {
        guard titleParts.contains(where: { !$0.isEmpty }) else {
            append("/>\n")
            return
        }
        append("><title>")
        for part in titleParts { appendXMLEscaped(part, to: &bytes) }
        endTitle(name)
    }

    private mutating func endTitle(_ name: StaticString) {
        append("</title></")
        append(name)
        append(">\n")
    }

    /// Ends the start tag of an element begun with `begin` whose children follow.
    mutating func endOpen() {
        append(">\n")
    }

    /// Ends an element begun with `begin` with its text content and closing tag.
    mutating func endText(_ name: StaticString, _ content: String) {
        bytes.append(0x3E)
        appendXMLEscaped(content, to: &bytes)
        append("</")
        append(name)
        append(">\n")
    }

    fileprivate mutating func startAttribute(_ key: StaticString) {
        bytes.append(0x20)
        append(key)
        bytes.append(0x3D)
        bytes.append(0x22)
    }

    fileprivate mutating func append(_ literal: StaticString) {
        bytes.append(literal)
    }
}
