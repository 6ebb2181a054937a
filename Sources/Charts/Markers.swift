/// Draws the status shapes shared by every chart: a filled circle for met, a filled cross for
/// not met, a hollow diamond for no data, and a hollow circle in the series colour for a point
/// without status. Shape alone tells them apart; colour only repeats it.
enum Markers {
    static func draw(_ writer: inout SVGWriter, status: ChartStatus, x: Double, y: Double,
                     radius: Double, seriesClass: String, seriesColor: String, title: String? = nil) {
        draw(&writer, status: status, x: x, y: y, radius: radius, seriesClass: seriesClass, seriesColor: seriesColor,
             titleParts: title.map { [$0] } ?? [])
    }

    /// `titleParts` are written one after the other as the tooltip: a line chart's marker says
    /// series, year, value and status, and joining them into a String first cost more than the marker.
    static func draw(_ writer: inout SVGWriter, status: ChartStatus, x: Double, y: Double,
                     radius: Double, seriesClass: String, seriesColor: String, titleParts: [String]) {
        switch status {
        case .met:
            writer.begin("circle")
            writer.attribute("class", "chart-marker status-dat")
            writer.attribute("cx", x)
            writer.attribute("cy", y)
            writer.attribute("r", radius)
            writer.attribute("fill", Palette.status(.met))
            writer.attribute("stroke", Palette.halo)
            writer.attribute("stroke-width", "1")
            writer.endLeaf("circle", titleParts: titleParts)
        case .notMet:
            writer.begin("path")
            writer.attribute("class", "chart-marker status-chua-dat")
            writer.pathAttribute("d", crossPoints(x: x, y: y, radius: radius + 0.5), closed: true)
            writer.attribute("fill", Palette.status(.notMet))
            writer.attribute("stroke", Palette.halo)
            writer.attribute("stroke-width", "1")
            writer.endLeaf("path", titleParts: titleParts)
        case .noData:
            writer.begin("path")
            writer.attribute("class", "chart-marker chart-marker-hollow status-thieu")
            writer.pathAttribute("d", diamondPoints(x: x, y: y, radius: radius), closed: true)
            writer.attribute("fill", Palette.halo)
            writer.attribute("stroke", Palette.status(.noData))
            writer.attribute("stroke-width", "1.5")
            writer.endLeaf("path", titleParts: titleParts)
        case .none:
            writer.begin("circle")
            writer.attribute("class", "chart-marker chart-marker-hollow " + seriesClass)
            writer.attribute("cx", x)
            writer.attribute("cy", y)
            writer.attribute("r", radius - 1)
            writer.attribute("fill", Palette.halo)
            writer.attribute("stroke", seriesColor)
            writer.attribute("stroke-width", "1.5")
            writer.endLeaf("circle", titleParts: titleParts)
        }
    }

    /// An X built as one filled polygon (a plus rotated 45°), so it fills like the other shapes.
    static func crossPoints(x: Double, y: Double, radius: Double) -> [(x: Double, y: Double, move: Bool)] {
        let arm = radius
        let half = radius * 0.3
        let plus: [(Double, Double)] = [
            (-half, -arm), (half, -arm), (half, -half), (arm, -half), (arm, half), (half, half),
            (half, arm), (-half, arm), (-half, half), (-arm, half), (-arm, -half), (-half, -half),
        ]
        let c = 0.7071067811865476
        return plus.enumerated().map { i, p in (x + (p.0 - p.1) * c, y + (p.0 + p.1) * c, i == 0) }
    }

    static func diamondPoints(x: Double, y: Double, radius r: Double) -> [(x: Double, y: Double, move: Bool)] {
        [(x, y - r, true), (x + r, y, false), (x, y + r, false), (x - r, y, false)]
    }
}
