/// One row of a `BarChart`.
public struct Bar {
    /// The category, usually a unit name; long names are shortened with "…" (full name in the tooltip).
    public var label: String
    /// The bar length; `nil` writes "chưa có số liệu" instead of a bar.
    public var value: Double?
    /// Shown by a shape after the bar and by the bar's colour.
    public var status: ChartStatus
    /// A ready-made label for the value; `nil` uses the chart's formatter.
    public var valueLabel: String?

    /// Creates a bar; see the properties for each parameter.
    public init(label: String, value: Double?, status: ChartStatus = .none, valueLabel: String? = nil) {
        self.label = label
        self.value = value
        self.status = status
        self.valueLabel = valueLabel
    }
}

/// A dashed vertical line across the bars, e.g. the target every unit should reach.
public struct BarReference {
    /// Where the line stands on the value axis.
    public var value: Double
    /// The text written above the line, already formatted (e.g. "Mục tiêu: 4,0%").
    public var label: String

    /// Creates a reference line.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// A horizontal bar chart for rankings: bars in the order given, the value axis from zero.
public struct BarChart {
    /// Prefix of every id in the chart; must be unique on the page.
    public var id: String
    /// The accessible name, written to `<title>`.
    public var title: String
    /// The accessible description, written to `<desc>`.
    public var description: String
    /// The rows, top to bottom; the caller sorts them.
    public var bars: [Bar]
    /// Formats value labels and axis ticks.
    public var valueFormatter: (Double) -> String
    /// An optional target line.
    public var reference: BarReference?
    /// viewBox width; the height follows from the number of bars.
    public var width: Double

    static let rowHeight = 24.0
    static let barThickness = 14.0
    /// A white outline behind value labels, so they read over the grid and the reference line.
    static func halo(_ writer: inout SVGWriter) {
        writer.attribute("stroke", Palette.halo)
        writer.attribute("stroke-width", "3" as StaticString)
        writer.attribute("stroke-linejoin", "round" as StaticString)
        writer.attribute("paint-order", "stroke" as StaticString)
    }

    /// Creates a bar chart; see the properties for each parameter.
    public init(id: String, title: String, description: String, bars: [Bar],
                valueFormatter: @escaping (Double) -> String, reference: BarReference? = nil,
                width: Double = 480) {
        self.id = id
        self.title = title
        self.description = description
        self.bars = bars
        self.valueFormatter = valueFormatter
        self.reference = reference
        self.width = width
    }

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    public func svg() -> String {
        String(decoding: svgBytes(), as: UTF8.self)
    }

    /// `svg()` as UTF-8, for markup built as bytes (no String, no second UTF-8 check).
    public func svgBytes() -> [UInt8] {
        let chartID = sanitizedID(id)
        let values = bars.compactMap(\.value).filter(\.isFinite)
        let domain = values + [reference?.value].compactMap { $0 }.filter(\.isFinite)
        let scale = NiceScale(minimum: domain.min() ?? 0, maximum: domain.max() ?? 1,
                              maxIntervals: 4, includeZero: true)
        let tickLabels = scale.ticks.map(valueFormatter)
        let valueLabels = bars.map(valueText)

        let legendItems = ChartStatus.legendOrder.filter { s in bars.contains { $0.status == s } }
            .map { LegendItem(key: .marker($0), label: $0.legendLabel) }
        let legend = Legend.drawn(legendItems, width: width, top: Metrics.margin)
        let legendHeight = legend.height
        let plotTop = Metrics.margin + legendHeight + (reference == nil ? 0 : 20) + 4
        let plotBottom = plotTop + Double(bars.count) * Self.rowHeight
        let height = plotBottom + 24

        let labelWidth = Swift.min(TextMetrics.maxWidth(bars.map(\.label)), width * 0.4)
        let plotLeft = Metrics.margin + labelWidth + 8
        let statusRoom = bars.contains { $0.status != .none } ? 16.0 : 6.0
        let plotRight = width - Metrics.margin - statusRoom - TextMetrics.maxWidth(valueLabels)
        let x = { (v: Double) in plotLeft + scale.fraction(v) * (plotRight - plotLeft) }
        let zero = x(0)

        var writer = SVGWriter()
        writer.openRoot(id: chartID, kind: "chart-bar", title: title, description: description,
                        width: width, height: height, fixedSize: false)
        writer.append(bytes: legend.bytes)
        Axes.verticalGrid(&writer, scale: scale, labels: tickLabels, top: plotTop, bottom: plotBottom, width: width, x: x)
        // Drawn before the rows so the value labels' halos interrupt the line instead of crossing it.
        if let reference, reference.value.isFinite {
            drawReference(reference, &writer, x: x(reference.value), top: plotTop, bottom: plotBottom)
        }

        for (index, bar) in bars.enumerated() {
            let rowTop = plotTop + Double(index) * Self.rowHeight
            let middle = rowTop + Self.rowHeight / 2
            let baselineY = middle + Metrics.fontSize * 0.35
            writer.begin("g")
            writer.attribute("class", "chart-row" as StaticString)
            writer.endOpen()
            writer.begin("text")
            writer.attribute("x", plotLeft - 8)
            writer.attribute("y", baselineY)
            writer.attribute("fill", Palette.text)
            writer.attribute("text-anchor", "end" as StaticString)
            writer.endText("text", TextMetrics.truncated(bar.label, toWidth: labelWidth))
            let end = bar.value.flatMap { $0.isFinite ? x($0) : nil } ?? zero
            // Labels go right of the bar, or right of zero for a negative bar, where the row is empty.
            var cursor = Swift.max(zero, end) + 4
            if bar.status != .none {
                Markers.draw(&writer, status: bar.status, x: cursor + 5, y: middle, radius: 4.5,
                             seriesClass: "", seriesColor: Palette.status(bar.status))
                cursor += 14
            }
            guard let value = bar.value, value.isFinite else {
                writer.begin("text")
                writer.attribute("class", "chart-empty" as StaticString)
                writer.attribute("x", cursor)
                writer.attribute("y", baselineY)
                writer.attribute("fill", Palette.axisText)
                writer.attribute("font-style", "italic" as StaticString)
                Self.halo(&writer)
                writer.endText("text", "chưa có số liệu")
                writer.close("g")
                continue
            }
            var tooltip = [bar.label, ": ", valueLabels[index]]
            if bar.status != .none { tooltip += [" (", bar.status.label, ")"] }
            let statusClass = bar.status == .none ? "chart-actual" : bar.status.cssClass
            writer.begin("rect")
            writer.attribute("class", "chart-bar " + statusClass)
            writer.attribute("x", Swift.min(zero, end))
            writer.attribute("y", middle - Self.barThickness / 2)
            writer.attribute("width", (end - zero).magnitude)
            writer.attribute("height", Self.barThickness)
            writer.attribute("fill", Palette.status(bar.status))
            writer.endLeaf("rect", titleParts: tooltip)
            writer.begin("text")
            writer.attribute("x", cursor)
            writer.attribute("y", baselineY)
            writer.attribute("fill", Palette.text)
            Self.halo(&writer)
            writer.endText("text", valueLabels[index])
            writer.close("g")
        }
        Axes.verticalBaseline(&writer, x: zero, top: plotTop, bottom: plotBottom)
        writer.close("svg")
        return writer.finish()
    }

    private func valueText(_ bar: Bar) -> String {
        guard let value = bar.value, value.isFinite else { return "" }
        return bar.valueLabel ?? valueFormatter(value)
    }

    private func drawReference(_ reference: BarReference, _ writer: inout SVGWriter,
                               x: Double, top: Double, bottom: Double) {
        writer.begin("g")
        writer.attribute("class", "chart-reference chart-target" as StaticString)
        writer.endOpen()
        writer.begin("line")
        writer.attribute("x1", x)
        writer.attribute("y1", top - 4)
        writer.attribute("x2", x)
        writer.attribute("y2", bottom)
        writer.attribute("stroke", Palette.target)
        writer.attribute("stroke-width", "2" as StaticString)
        writer.attribute("stroke-dasharray", LineStyle.targetDash)
        writer.endLeaf("line")
        // Keep the label inside the viewBox when the line is near either edge.
        let half = TextMetrics.width(reference.label) / 2
        let anchor: StaticString
        if x - half < Metrics.margin { anchor = "start" }
        else if x + half > width - Metrics.margin { anchor = "end" }
        else { anchor = "middle" }
        writer.begin("text")
        writer.attribute("x", x)
        writer.attribute("y", top - 10)
        writer.attribute("fill", Palette.text)
        writer.attribute("text-anchor", anchor)
        writer.endText("text", reference.label)
        writer.close("g")
    }
}
