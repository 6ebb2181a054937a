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
            writer.startPathAttribute("d")
            crossPoints(&writer, x: x, y: y, radius: radius + 0.5)
            writer.endPathAttribute(closed: true)
            writer.attribute("fill", Palette.status(.notMet))
            writer.attribute("stroke", Palette.halo)
            writer.attribute("stroke-width", "1")
            writer.endLeaf("path", titleParts: titleParts)
        case .noData:
            writer.begin("path")
            writer.attribute("class", "chart-marker chart-marker-hollow status-thieu")
            writer.startPathAttribute("d")
            diamondPoints(&writer, x: x, y: y, radius: radius)
            writer.endPathAttribute(closed: true)
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
    /// Its points are written as they are computed: a national site draws tens of thousands of
    /// markers, and an array of points per marker cost more than the numbers.
    static func crossPoints(_ writer: inout SVGWriter, x: Double, y: Double, radius: Double) {
        let arm = radius
        let half = radius * 0.3
        let c = 0.7071067811865476
        for (i, p) in plus.enumerated() {
            let px = offset(p.0, arm: arm, half: half), py = offset(p.1, arm: arm, half: half)
            writer.pathPoint(x: x + (px - py) * c, y: y + (px + py) * c, move: i == 0)
        }
    }

    /// The plus's corners, each coordinate as ±1 (half the arm's width) or ±2 (the arm's length).
    private static let plus: [(Int8, Int8)] = [
        (-1, -2), (1, -2), (1, -1), (2, -1), (2, 1), (1, 1),
        (1, 2), (-1, 2), (-1, 1), (-2, 1), (-2, -1), (-1, -1),
    ]

    @inline(__always) private static func offset(_ code: Int8, arm: Double, half: Double) -> Double {
        switch code {
        case 2: arm
        case 1: half
        case -1: -half
        default: -arm
        }
    }

    static func diamondPoints(_ writer: inout SVGWriter, x: Double, y: Double, radius r: Double) {
        writer.pathPoint(x: x, y: y - r, move: true)
        writer.pathPoint(x: x + r, y: y, move: false)
        writer.pathPoint(x: x, y: y + r, move: false)
        writer.pathPoint(x: x - r, y: y, move: false)
    }
}
