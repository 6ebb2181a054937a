/// One line of a `LineChart`: values aligned with the chart's x labels, `nil` where a year is missing.
public struct LineSeries {
    /// Whether the line shows what happened (solid) or what was planned (dashed).
    public enum Role: Sendable { case actual, target }

    /// The legend name, e.g. "Thực hiện" or "Lộ trình mục tiêu".
    public var name: String
    /// Solid actual line or dashed target path.
    public var role: Role
    /// One value per x label; `nil` (or a non-finite value) leaves a gap, never a zero.
    public var values: [Double?]
    /// One status per x label, shown by the marker's shape; missing entries mean `.none`.
    public var statuses: [ChartStatus]
    /// Whether every point gets a marker; isolated points always get one so they stay visible.
    public var showsMarkers: Bool

    /// Creates a series with every option spelled out.
    public init(name: String, role: Role, values: [Double?], statuses: [ChartStatus] = [], showsMarkers: Bool) {
        self.name = name
        self.role = role
        self.values = values
        self.statuses = statuses
        self.showsMarkers = showsMarkers
    }

    /// A solid line of actual values with a status marker at each point.
    public static func actual(name: String, values: [Double?], statuses: [ChartStatus] = []) -> LineSeries {
        LineSeries(name: name, role: .actual, values: values, statuses: statuses, showsMarkers: true)
    }

    /// A dashed target path without markers.
    public static func target(name: String, values: [Double?]) -> LineSeries {
        LineSeries(name: name, role: .target, values: values, showsMarkers: false)
    }

    func value(at index: Int) -> Double? {
        guard index < values.count, let v = values[index], v.isFinite else { return nil }
        return v
    }

    func status(at index: Int) -> ChartStatus {
        index < statuses.count ? statuses[index] : .none
    }
}

/// A trend chart: one or more series over ordered categories (usually years), with nice y ticks.
public struct LineChart {
    /// Prefix of every id in the chart; must be unique on the page (unsafe characters become `-`).
    public var id: String
    /// The accessible name, written to `<title>`.
    public var title: String
    /// The accessible description, written to `<desc>`.
    public var description: String
    /// The x categories, left to right, written as given.
    public var xLabels: [String]
    /// The lines; target series are drawn under actual ones.
    public var series: [LineSeries]
    /// Formats y tick labels and tooltip values, e.g. Vietnamese `1.234,5`.
    public var yFormatter: (Double) -> String
    /// `true` starts the y axis at 0; `false` at the nice tick at or below the smallest value.
    public var yStartsAtZero: Bool
    /// viewBox width; the chart is drawn at `width="100%"` and scales down on phones.
    public var width: Double
    /// viewBox height.
    public var height: Double

    /// Creates a line chart; see the properties for each parameter.
    public init(id: String, title: String, description: String, xLabels: [String], series: [LineSeries],
                yFormatter: @escaping (Double) -> String, yStartsAtZero: Bool = false,
                width: Double = 480, height: Double = 260) {
        self.id = id
        self.title = title
        self.description = description
        self.xLabels = xLabels
        self.series = series
        self.yFormatter = yFormatter
        self.yStartsAtZero = yStartsAtZero
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
        let count = xLabels.count
        var writer = SVGWriter()
        writer.openRoot(id: chartID, kind: "chart-line", title: title, description: description,
                        width: width, height: height, fixedSize: false)

        let values = series.flatMap { s in (0..<count).compactMap { s.value(at: $0) } }
        let scale = NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1,
                              includeZero: yStartsAtZero)
        let tickLabels = scale.ticks.map(yFormatter)

        // Each series' class and colour, made once: the legend, the line and the markers all need them.
        let styles = series.indices.map(style)
        let legendHeight = Legend.draw(&writer, legend(styles), width: width, top: Metrics.margin)
        let plotTop = Metrics.margin + legendHeight + 10
        let plotBottom = height - 24
        let plotLeft = Swift.max(24, TextMetrics.maxWidth(tickLabels) + 12)
        let plotRight = width - Metrics.margin
        let band = (plotRight - plotLeft) / Double(Swift.max(1, count))
        let x = { (i: Int) in plotLeft + band * (Double(i) + 0.5) }
        let y = { (v: Double) in plotBottom - scale.fraction(v) * (plotBottom - plotTop) }

        Axes.horizontalGrid(&writer, scale: scale, labels: tickLabels, left: plotLeft, right: plotRight, y: y)
        Axes.baseline(&writer, left: plotLeft, right: plotRight, y: plotBottom)
        Axes.categoryLabels(&writer, xLabels, centers: (0..<count).map(x), band: band, y: plotBottom + 16, width: width)

        let drawOrder = series.indices.filter { series[$0].role == .target }
            + series.indices.filter { series[$0].role == .actual }
        for index in drawOrder {
            drawLine(&writer, index: index, style: styles[index], count: count, x: x, y: y)
        }
        for index in drawOrder {
            drawMarkers(&writer, index: index, style: styles[index], count: count, x: x, y: y)
        }
        if values.isEmpty {
            Axes.noDataNote(&writer, x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2)
        }
        writer.close("svg")
        return writer.finish()
    }

    /// The series' own class (without `chart-series`, which marks only the line) and default colour.
    private func style(_ index: Int) -> (cssClass: String, color: String) {
        if series[index].role == .target {
            return ("chart-target", Palette.target)
        }
        let actualIndex = series[..<index].filter { $0.role == .actual }.count
        return ("chart-actual chart-series-\(actualIndex + 1)", Palette.actual(actualIndex))
    }

    private func legend(_ styles: [(cssClass: String, color: String)]) -> [LegendItem] {
        var items = series.indices.map { i in
            LegendItem(key: .line(cssClass: "chart-series " + styles[i].cssClass, color: styles[i].color,
                                  dashed: series[i].role == .target),
                       label: series[i].name)
        }
        let shown = Set(series.filter(\.showsMarkers).flatMap { s in
            (0..<xLabels.count).filter { s.value(at: $0) != nil }.map { s.status(at: $0) }
        })
        for status in ChartStatus.legendOrder where shown.contains(status) {
            items.append(LegendItem(key: .marker(status), label: status.legendLabel))
        }
        return items
    }

    private func drawLine(_ writer: inout SVGWriter, index: Int, style: (cssClass: String, color: String), count: Int,
                          x: (Int) -> Double, y: (Double) -> Double) {
        let line = series[index]
        var points: [(x: Double, y: Double, move: Bool)] = []
        var previousPresent = false
        for i in 0..<count {
            guard let v = line.value(at: i) else { previousPresent = false; continue }
            points.append((x(i), y(v), !previousPresent))
            previousPresent = true
        }
        if points.isEmpty { return }
        let (cssClass, color) = style
        writer.begin("path")
        writer.attribute("class", "chart-series " + cssClass)
        writer.pathAttribute("d", points)
        writer.attribute("fill", "none")
        writer.attribute("stroke", color)
        writer.attribute("stroke-width", line.role == .target ? "2" : "2.5")
        writer.attribute("stroke-linejoin", "round")
        writer.attribute("stroke-linecap", "round")
        if line.role == .target { writer.attribute("stroke-dasharray", LineStyle.targetDash) }
        writer.endLeaf("path")
    }

    private func drawMarkers(_ writer: inout SVGWriter, index: Int, style: (cssClass: String, color: String), count: Int,
                             x: (Int) -> Double, y: (Double) -> Double) {
        let line = series[index]
        let (cssClass, color) = style
        var opened = false
        for i in 0..<count {
            guard let v = line.value(at: i) else { continue }
            let isolated = (i == 0 || line.value(at: i - 1) == nil) && (i + 1 >= count || line.value(at: i + 1) == nil)
            guard line.showsMarkers || isolated else { continue }
            if !opened {
                writer.begin("g")
                writer.attribute("class", "chart-markers " + cssClass)
                writer.endOpen()
                opened = true
            }
            let status = line.showsMarkers ? line.status(at: i) : .none
            var tooltip = [line.name, ", ", xLabels[i], ": ", yFormatter(v)]
            if status != .none { tooltip += [" (", status.label, ")"] }
            Markers.draw(&writer, status: status, x: x(i), y: y(v), radius: 4.5,
                         seriesClass: cssClass, seriesColor: color, titleParts: tooltip)
        }
        if opened { writer.close("g") }
    }
}
