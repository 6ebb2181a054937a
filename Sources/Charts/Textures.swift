/// Textures that tell status segments apart without colour: met stays solid, not met gets
/// diagonal stripes, no data gets dots. The texture is a separate overlay rectangle so the
/// site's CSS can recolour the base rectangle without losing it.
enum Textures {
    static func patternID(chartID: String, status: ChartStatus) -> String? {
        switch status {
        case .notMet: return chartID + "-soc"
        case .noData: return chartID + "-cham"
        case .met, .none: return nil
        }
    }

    static func writeDefinitions(_ writer: inout SVGWriter, chartID: String) {
        writer.begin("defs")
        writer.endOpen()
        if let stripes = patternID(chartID: chartID, status: .notMet) {
            openPattern(&writer, id: stripes, size: "6", rotated: true)
            writer.begin("rect")
            writer.attribute("width", "2.5" as StaticString)
            writer.attribute("height", "6" as StaticString)
            writer.attribute("fill", Palette.halo)
            writer.attribute("fill-opacity", "0.55" as StaticString)
            writer.endLeaf("rect")
            writer.close("pattern")
        }
        if let dots = patternID(chartID: chartID, status: .noData) {
            openPattern(&writer, id: dots, size: "5", rotated: false)
            writer.begin("circle")
            writer.attribute("cx", "2.5" as StaticString)
            writer.attribute("cy", "2.5" as StaticString)
            writer.attribute("r", "1.2" as StaticString)
            writer.attribute("fill", Palette.halo)
            writer.attribute("fill-opacity", "0.8" as StaticString)
            writer.endLeaf("circle")
            writer.close("pattern")
        }
        writer.close("defs")
    }

    private static func openPattern(_ writer: inout SVGWriter, id: String, size: StaticString, rotated: Bool) {
        writer.begin("pattern")
        writer.attribute("id", id)
        writer.attribute("width", size)
        writer.attribute("height", size)
        writer.attribute("patternUnits", "userSpaceOnUse" as StaticString)
        if rotated { writer.attribute("patternTransform", "rotate(45)" as StaticString) }
        writer.endOpen()
    }
}

/// A status-coloured rectangle with its texture overlay.
enum Swatch {
    static func draw(_ writer: inout SVGWriter, status: ChartStatus, patternID: String?,
                     x: Double, y: Double, width: Double, height: Double, title: String? = nil) {
        func rect(_ cssClass: String, fill: String, title: String?) {
            writer.begin("rect")
            writer.attribute("class", cssClass)
            writer.attribute("x", x)
            writer.attribute("y", y)
            writer.attribute("width", width)
            writer.attribute("height", height)
            writer.attribute("fill", fill)
            writer.endLeaf("rect", title: title)
        }
        if let patternID {
            // The status class sits on the painted rectangle: a CSS fill on the group would lose
            // to the rectangle's own fill attribute.
            writer.begin("g")
            writer.attribute("class", "chart-segment" as StaticString)
            writer.endOpen()
            if let title, !title.isEmpty {
                writer.begin("title")
                writer.endText("title", title)
            }
            rect(status.cssClass, fill: Palette.status(status), title: nil)
            rect("chart-texture", fill: "url(#" + patternID + ")", title: nil)
            writer.close("g")
        } else {
            rect("chart-segment " + status.cssClass, fill: Palette.status(status), title: title)
        }
    }
}
