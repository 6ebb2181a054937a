/// Grid lines, axis lines and axis labels shared by the charts with axes.
enum Axes {
    /// Horizontal grid lines at each tick with the tick labels right-aligned left of the plot.
    static func horizontalGrid(_ writer: inout SVGWriter, scale: NiceScale, labels: [String],
                               left: Double, right: Double, y: (Double) -> Double) {
        writer.openGroup("chart-grid", stroke: Palette.grid)
        for tick in scale.ticks {
            writer.line(x1: left, y1: y(tick), x2: right, y2: y(tick))
        }
        writer.close("g")
        writer.openGroup("chart-axis-labels", fill: Palette.axisText, anchor: "end")
        for (tick, label) in zip(scale.ticks, labels) {
            writer.begin("text")
            writer.attribute("x", left - 6)
            writer.attribute("y", y(tick) + Metrics.fontSize * 0.35)
            writer.endText("text", label)
        }
        writer.close("g")
    }

    /// Vertical grid lines at each tick with the tick labels centred below the plot.
    static func verticalGrid(_ writer: inout SVGWriter, scale: NiceScale, labels: [String],
                             top: Double, bottom: Double, width: Double, x: (Double) -> Double) {
        writer.openGroup("chart-grid", stroke: Palette.grid)
        for tick in scale.ticks {
            writer.line(x1: x(tick), y1: top, x2: x(tick), y2: bottom)
        }
        writer.close("g")
        let spacing = scale.ticks.count > 1 ? x(scale.ticks[1]) - x(scale.ticks[0]) : .infinity
        let every = labelStride(labels, slot: spacing)
        // When labels must be skipped, count from zero so the zero line always keeps its label.
        let anchor = scale.ticks.firstIndex(of: 0) ?? 0
        writer.openGroup("chart-axis-labels", fill: Palette.axisText, anchor: "middle")
        for (i, (tick, label)) in zip(scale.ticks, labels).enumerated() where (i - anchor) % every == 0 {
            let position = inside(x(tick), label: label, width: width)
            writer.begin("text")
            writer.attribute("x", position)
            writer.attribute("y", bottom + 16)
            writer.endText("text", label)
        }
        writer.close("g")
    }

    /// The axis line the values stand on.
    static func baseline(_ writer: inout SVGWriter, left: Double, right: Double, y: Double) {
        axisLine(&writer, x1: left, y1: y, x2: right, y2: y)
    }

    private static func axisLine(_ writer: inout SVGWriter, x1: Double, y1: Double, x2: Double, y2: Double) {
        writer.begin("line")
        writer.attribute("class", "chart-axis" as StaticString)
        writer.attribute("x1", x1)
        writer.attribute("y1", y1)
        writer.attribute("x2", x2)
        writer.attribute("y2", y2)
        writer.attribute("stroke", Palette.axis)
        writer.attribute("stroke-width", "1" as StaticString)
        writer.endLeaf("line")
    }

    /// Category labels centred under their bands; when they would collide, only every n-th is
    /// written, counting back from the last so the latest year always keeps its label.
    static func categoryLabels(_ writer: inout SVGWriter, _ labels: [String], centers: [Double],
                               band: Double, y: Double, width: Double) {
        if labels.isEmpty { return }
        let every = labelStride(labels, slot: band)
        writer.openGroup("chart-axis-labels", fill: Palette.axisText, anchor: "middle")
        for (i, label) in labels.enumerated() where (labels.count - 1 - i) % every == 0 {
            writer.begin("text")
            writer.attribute("x", inside(centers[i], label: label, width: width))
            writer.attribute("y", y)
            writer.endText("text", label)
        }
        writer.close("g")
    }

    /// The message shown in place of a plot that has nothing to draw.
    static func noDataNote(_ writer: inout SVGWriter, x: Double, y: Double) {
        writer.begin("text")
        writer.attribute("class", "chart-empty" as StaticString)
        writer.attribute("x", x)
        writer.attribute("y", y)
        writer.attribute("fill", Palette.axisText)
        writer.attribute("text-anchor", "middle" as StaticString)
        writer.endText("text", "Chưa có số liệu")
    }

    /// Moves a centred label's anchor just enough to keep the whole label inside the viewBox.
    private static func inside(_ center: Double, label: String, width: Double) -> Double {
        let half = TextMetrics.width(label) / 2
        return Swift.max(half + 2, Swift.min(center, width - half - 2))
    }

    private static func labelStride(_ labels: [String], slot: Double) -> Int {
        let needed = TextMetrics.maxWidth(labels) + 8
        guard slot > 0, needed > slot else { return 1 }
        return Int((needed / slot).rounded(.up))
    }
}

extension Axes {
    /// The zero line bars grow from.
    static func verticalBaseline(_ writer: inout SVGWriter, x: Double, top: Double, bottom: Double) {
        axisLine(&writer, x1: x, y1: top, x2: x, y2: bottom)
    }
}
