/// Appends SVG elements one per line, escaping every attribute value and text node.
/// Attributes keep the order given, which keeps the output deterministic.
struct SVGWriter {
    typealias Attributes = [(String, String)]

    private(set) var output = ""

    mutating func open(_ name: String, _ attributes: Attributes) {
        output += "<" + name + Self.render(attributes) + ">\n"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">\n"
    }

    /// An element without content, or with a `<title>` tooltip when one is given.
    mutating func leaf(_ name: String, _ attributes: Attributes, title: String? = nil) {
        if let title, !title.isEmpty {
            output += "<" + name + Self.render(attributes) + "><title>" + xmlEscape(title) + "</title></" + name + ">\n"
        } else {
            output += "<" + name + Self.render(attributes) + "/>\n"
        }
    }

    mutating func text(_ name: String, _ attributes: Attributes, _ content: String) {
        output += "<" + name + Self.render(attributes) + ">" + xmlEscape(content) + "</" + name + ">\n"
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

    private static func render(_ attributes: Attributes) -> String {
        var out = ""
        for (key, value) in attributes {
            out += " " + key + "=\"" + xmlEscape(value) + "\""
        }
        return out
    }
}
