/// Draws the status shapes shared by every chart: a filled circle for met, a filled cross for
/// not met, a hollow diamond for no data, and a hollow circle in the series colour for a point
/// without status. Shape alone tells them apart; colour only repeats it.
enum Markers {
    static func draw(_ writer: inout SVGWriter, status: ChartStatus, x: Double, y: Double,
                     radius: Double, seriesClass: String, seriesColor: String, title: String? = nil) {
        switch status {
        case .met:
            writer.leaf("circle", [
                ("class", "chart-marker status-dat"),
                ("cx", svgNumber(x)), ("cy", svgNumber(y)), ("r", svgNumber(radius)),
                ("fill", Palette.status(.met)), ("stroke", Palette.halo), ("stroke-width", "1"),
            ], title: title)
        case .notMet:
            writer.leaf("path", [
                ("class", "chart-marker status-chua-dat"),
                ("d", crossPath(x: x, y: y, radius: radius + 0.5)),
                ("fill", Palette.status(.notMet)), ("stroke", Palette.halo), ("stroke-width", "1"),
            ], title: title)
        case .noData:
            writer.leaf("path", [
                ("class", "chart-marker chart-marker-hollow status-thieu"),
                ("d", diamondPath(x: x, y: y, radius: radius)),
                ("fill", Palette.halo), ("stroke", Palette.status(.noData)), ("stroke-width", "1.5"),
            ], title: title)
        case .none:
            writer.leaf("circle", [
                ("class", "chart-marker chart-marker-hollow " + seriesClass),
                ("cx", svgNumber(x)), ("cy", svgNumber(y)), ("r", svgNumber(radius - 1)),
                ("fill", Palette.halo), ("stroke", seriesColor), ("stroke-width", "1.5"),
            ], title: title)
        }
    }

    /// An X built as one filled polygon (a plus rotated 45°), so it fills like the other shapes.
    static func crossPath(x: Double, y: Double, radius: Double) -> String {
        let arm = radius
        let half = radius * 0.3
        let plus: [(Double, Double)] = [
            (-half, -arm), (half, -arm), (half, -half), (arm, -half), (arm, half), (half, half),
            (half, arm), (-half, arm), (-half, half), (-arm, half), (-arm, -half), (-half, -half),
        ]
        let c = 0.7071067811865476
        var d = ""
        for (i, (px, py)) in plus.enumerated() {
            let rx = (px - py) * c
            let ry = (px + py) * c
            d += (i == 0 ? "M" : "L") + svgNumber(x + rx) + " " + svgNumber(y + ry)
        }
        return d + "Z"
    }

    static func diamondPath(x: Double, y: Double, radius: Double) -> String {
        let r = radius
        return "M" + svgNumber(x) + " " + svgNumber(y - r) + "L" + svgNumber(x + r) + " " + svgNumber(y)
            + "L" + svgNumber(x) + " " + svgNumber(y + r) + "L" + svgNumber(x - r) + " " + svgNumber(y) + "Z"
    }
}
