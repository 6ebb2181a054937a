/// A small line without axes for a table cell; the table row carries the numbers themselves.
public struct Sparkline {
    /// Prefix of every id in the chart; must be unique on the page.
    public var id: String
    /// The accessible name, written to `<title>` (browsers also show it on hover).
    public var title: String
    /// The accessible description, written to `<desc>`.
    public var description: String
    /// The values left to right; `nil` leaves a gap.
    public var values: [Double?]
    /// Shown by the shape of the last point's marker.
    public var lastStatus: ChartStatus
    /// Drawn size in CSS pixels (also the viewBox), small enough for any table cell.
    public var width: Double
    /// Drawn height in CSS pixels.
    public var height: Double

    /// Creates a sparkline; see the properties for each parameter.
    public init(id: String, title: String, description: String, values: [Double?],
                lastStatus: ChartStatus = .none, width: Double = 80, height: Double = 20) {
        self.id = id
        self.title = title
        self.description = description
        self.values = values
        self.lastStatus = lastStatus
        self.width = width
        self.height = height
    }

    /// The sparkline as a standalone `<svg>` element, ready to inline in HTML.
    public func svg() -> String {
        String(decoding: svgBytes(), as: UTF8.self)
    }

    /// `svg()` as UTF-8, for markup built as bytes (no String, no second UTF-8 check).
    public func svgBytes() -> [UInt8] {
        let chartID = sanitizedID(id)
        let clean = values.map { v -> Double? in
            guard let v, v.isFinite else { return nil }
            return v
        }
        let present = clean.compactMap { $0 }
        var writer = SVGWriter()
        writer.openRoot(id: chartID, kind: "chart-sparkline", title: title, description: description,
                        width: width, height: height, fixedSize: true)
        if let low = present.min(), let high = present.max() {
            // Padding keeps the end marker inside the box.
            let pad = 4.5
            let step = clean.count > 1 ? (width - 2 * pad) / Double(clean.count - 1) : 0
            let x = { (i: Int) in clean.count > 1 ? pad + step * Double(i) : width / 2 }
            let y = { (v: Double) in high == low ? height / 2 : height - pad - (v - low) / (high - low) * (height - 2 * pad) }
            let color = Palette.actual(0)
            var points: [(x: Double, y: Double, move: Bool)] = []
            var dots: [Int] = []
            for (i, v) in clean.enumerated() {
                guard let v else { continue }
                let joined = i > 0 && clean[i - 1] != nil
                points.append((x(i), y(v), !joined))
                if !joined && (i + 1 >= clean.count || clean[i + 1] == nil) { dots.append(i) }
            }
            writer.begin("path")
            writer.attribute("class", "chart-series chart-actual" as StaticString)
            writer.pathAttribute("d", points)
            writer.attribute("fill", "none" as StaticString)
            writer.attribute("stroke", color)
            writer.attribute("stroke-width", "1.5" as StaticString)
            writer.attribute("stroke-linejoin", "round" as StaticString)
            writer.attribute("stroke-linecap", "round" as StaticString)
            writer.endLeaf("path")
            // Isolated points would vanish as zero-length paths; the last point marks "now".
            let last = clean.lastIndex { $0 != nil }!
            for i in dots where i != last {
                dot(&writer, x: x(i), y: y(clean[i]!), radius: 1.5, color: color)
            }
            if lastStatus == .none {
                dot(&writer, x: x(last), y: y(clean[last]!), radius: 2.5, color: color)
            } else {
                Markers.draw(&writer, status: lastStatus, x: x(last), y: y(clean[last]!), radius: 3,
                             seriesClass: "chart-actual", seriesColor: color)
            }
        }
        writer.close("svg")
        return writer.finish()
    }

    private func dot(_ writer: inout SVGWriter, x: Double, y: Double, radius: Double, color: String) {
        writer.begin("circle")
        writer.attribute("class", "chart-marker chart-actual" as StaticString)
        writer.attribute("cx", x)
        writer.attribute("cy", y)
        writer.attribute("r", radius)
        writer.attribute("fill", color)
        writer.endLeaf("circle")
    }
}
