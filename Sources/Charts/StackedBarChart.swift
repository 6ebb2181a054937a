/// One column of a `StackedBarChart`: how many units had each status in one year.
public struct StatusCounts {
    /// The category under the column, usually the year.
    public var label: String
    /// Units that met the target.
    public var met: Int
    /// Units that did not meet it.
    public var notMet: Int
    /// Units that could not be evaluated.
    public var noData: Int

    /// Creates a column; negative counts are drawn as zero.
    public init(label: String, met: Int, notMet: Int, noData: Int) {
        self.label = label
        self.met = met
        self.notMet = notMet
        self.noData = noData
    }

    var total: Int { segments.reduce(0) { $0 + $1.count } }

    /// Bottom to top, so "đạt" always sits on the axis and is easy to compare across years.
    var segments: [(status: ChartStatus, count: Int)] {
        [(.met, Swift.max(0, met)), (.notMet, Swift.max(0, notMet)), (.noData, Swift.max(0, noData))]
    }
}

/// Vertical stacked columns of status counts; each status has its own colour and texture.
public struct StackedBarChart {
    /// Prefix of every id in the chart (patterns included); must be unique on the page.
    public var id: String
    /// The accessible name, written to `<title>`.
    public var title: String
    /// The accessible description, written to `<desc>`.
    public var description: String
    /// The columns, left to right.
    public var columns: [StatusCounts]
    /// Formats counts in segments, totals and axis ticks.
    public var countFormatter: (Double) -> String
    /// viewBox width.
    public var width: Double
    /// viewBox height.
    public var height: Double

    /// Creates a stacked bar chart; see the properties for each parameter.
    public init(id: String, title: String, description: String, columns: [StatusCounts],
                countFormatter: @escaping (Double) -> String, width: Double = 480, height: Double = 260) {
        self.id = id
        self.title = title
        self.description = description
        self.columns = columns
        self.countFormatter = countFormatter
        self.width = width
        self.height = height
    }

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    public func svg() -> String {
        String(decoding: svgBytes(), as: UTF8.self)
    }

    /// `svg()` as UTF-8, for markup built as bytes (no String, no second UTF-8 check).
    public func svgBytes() -> [UInt8] {
        let chartID = sanitizedID(id)
        let scale = NiceScale(minimum: 0, maximum: Double(columns.map(\.total).max() ?? 0),
                              includeZero: true, integerSteps: true)
        let tickLabels = scale.ticks.map(countFormatter)

        var writer = SVGWriter()
        writer.openRoot(id: chartID, kind: "chart-stacked", title: title, description: description,
                        width: width, height: height, fixedSize: false)
        Textures.writeDefinitions(&writer, chartID: chartID)
        let legendItems = ChartStatus.legendOrder.map {
            LegendItem(key: .swatch($0, patternID: Textures.patternID(chartID: chartID, status: $0)),
                       label: $0.legendLabel)
        }
        let legendHeight = Legend.draw(&writer, legendItems, width: width, top: Metrics.margin)

        // Room above the plot for the total written over the tallest column.
        let plotTop = Metrics.margin + legendHeight + 18
        let plotBottom = height - 24
        let plotLeft = Swift.max(24, TextMetrics.maxWidth(tickLabels) + 12)
        let plotRight = width - Metrics.margin
        let band = (plotRight - plotLeft) / Double(Swift.max(1, columns.count))
        let columnWidth = Swift.min(band * 0.6, 56)
        let y = { (v: Double) in plotBottom - scale.fraction(v) * (plotBottom - plotTop) }
        let centers = columns.indices.map { plotLeft + band * (Double($0) + 0.5) }

        Axes.horizontalGrid(&writer, scale: scale, labels: tickLabels, left: plotLeft, right: plotRight, y: y)
        for (column, center) in zip(columns, centers) {
            drawColumn(column, &writer, chartID: chartID, center: center, width: columnWidth, y: y)
        }
        Axes.baseline(&writer, left: plotLeft, right: plotRight, y: plotBottom)
        Axes.categoryLabels(&writer, columns.map(\.label), centers: centers, band: band, y: plotBottom + 16, width: width)
        writer.close("svg")
        return writer.finish()
    }

    private func drawColumn(_ column: StatusCounts, _ writer: inout SVGWriter, chartID: String,
                            center: Double, width: Double, y: (Double) -> Double) {
        writer.begin("g")
        writer.attribute("class", "chart-column" as StaticString)
        writer.endOpen()
        var below = 0
        var labels: [(text: String, y: Double)] = []
        for (status, count) in column.segments where count > 0 {
            let top = y(Double(below + count))
            let bottom = y(Double(below))
            let text = countFormatter(Double(count))
            Swatch.draw(&writer, status: status, patternID: Textures.patternID(chartID: chartID, status: status),
                        x: center - width / 2, y: top, width: width, height: bottom - top,
                        title: column.label + ", " + status.label + ": " + text)
            // A count only goes inside a segment tall enough to hold it.
            if bottom - top >= Metrics.fontSize + 4 {
                labels.append((text, (top + bottom) / 2 + Metrics.fontSize * 0.35))
            }
            below += count
        }
        // Dark text on a white halo reads on every fill and texture.
        writer.begin("g")
        writer.attribute("class", "chart-value-labels" as StaticString)
        writer.attribute("fill", Palette.text)
        writer.attribute("text-anchor", "middle" as StaticString)
        writer.attribute("stroke", Palette.halo)
        writer.attribute("stroke-width", "3" as StaticString)
        writer.attribute("paint-order", "stroke" as StaticString)
        writer.attribute("stroke-linejoin", "round" as StaticString)
        writer.endOpen()
        for label in labels {
            writer.begin("text")
            writer.attribute("x", center)
            writer.attribute("y", label.y)
            writer.endText("text", label.text)
        }
        writer.begin("text")
        writer.attribute("class", "chart-total" as StaticString)
        writer.attribute("x", center)
        writer.attribute("y", y(Double(below)) - 5)
        writer.endText("text", countFormatter(Double(below)))
        writer.close("g")
        writer.close("g")
    }
}
