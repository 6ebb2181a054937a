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
        writer.open("defs", [])
        if let stripes = patternID(chartID: chartID, status: .notMet) {
            writer.open("pattern", [
                ("id", stripes), ("width", "6"), ("height", "6"),
                ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"),
            ])
            writer.leaf("rect", [("width", "2.5"), ("height", "6"), ("fill", Palette.halo), ("fill-opacity", "0.55")])
            writer.close("pattern")
        }
        if let dots = patternID(chartID: chartID, status: .noData) {
            writer.open("pattern", [
                ("id", dots), ("width", "5"), ("height", "5"), ("patternUnits", "userSpaceOnUse"),
            ])
            writer.leaf("circle", [("cx", "2.5"), ("cy", "2.5"), ("r", "1.2"), ("fill", Palette.halo), ("fill-opacity", "0.8")])
            writer.close("pattern")
        }
        writer.close("defs")
    }
}

/// A status-coloured rectangle with its texture overlay.
enum Swatch {
    static func draw(_ writer: inout SVGWriter, status: ChartStatus, patternID: String?,
                     x: Double, y: Double, width: Double, height: Double, title: String? = nil) {
        let geometry: SVGWriter.Attributes = [
            ("x", svgNumber(x)), ("y", svgNumber(y)),
            ("width", svgNumber(width)), ("height", svgNumber(height)),
        ]
        if let patternID {
            // The status class sits on the painted rectangle: a CSS fill on the group would lose
            // to the rectangle's own fill attribute.
            writer.open("g", [("class", "chart-segment")])
            if let title, !title.isEmpty { writer.text("title", [], title) }
            writer.leaf("rect", [("class", status.cssClass)] + geometry + [("fill", Palette.status(status))])
            writer.leaf("rect", [("class", "chart-texture")] + geometry + [("fill", "url(#" + patternID + ")")])
            writer.close("g")
        } else {
            writer.leaf("rect", [("class", "chart-segment " + status.cssClass)] + geometry
                        + [("fill", Palette.status(status))], title: title)
        }
    }
}
