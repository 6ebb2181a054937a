import Charts
import Compute
import Model
import VietText

/// One unit's indicator year by year against the path of each of its targets on that indicator:
/// a line chart with status markers and the same numbers in a table.
enum TrendFigure {
    static func make(_ ctx: RenderContext, unit u: Int, indicator ind: Indicator, targets: [Int], id: String) -> ProgressFigure? {
        let store = ctx.computation.values
        let unit = ctx.site.units[u]
        let rules = targets.map { ctx.site.targets[$0] }
        let years = TargetPath.years(rounds: store.years, targets: rules)
        let values = years.map { store.value(unit: u, indicator: ind.index, year: $0) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        let statuses = years.map { ctx.computation.indicatorStatus(unit: u, indicator: ind.index, year: $0) }
        let paths = rules.map { t in years.map { TargetPath.level(t, unit: u, year: $0, values: store) } }
        // Each number formatted once, for the table and the chart's description alike.
        let valueTexts = values.map { $0.map { ctx.format.number($0.value, ind) } }
        let pathTexts = paths.map { path in path.map { $0.map { ctx.format.number($0, ind) } } }
        let pathNames = targets.map { "Lộ trình: " + ctx.requirements[$0] }

        var series = [LineSeries.actual(name: "Thực hiện", values: values.map { $0?.value }, statuses: statuses.map(\.chart))]
        for (name, path) in zip(pathNames, paths) where path.contains(where: { $0 != nil }) {
            series.append(.target(name: name, values: path))
        }
        let title = "\(ind.name) của \(unit.name) " + (series.count > 1 ? "so với lộ trình mục tiêu" : "qua các năm")
        let chart = LineChart(id: id + "-bieu-do", title: title,
                              description: description(ind, years: years, values: valueTexts, statuses: statuses,
                                                       paths: zip(pathNames, pathTexts).map { ($0, $1) }),
                              xLabels: years.map(String.init), series: series, yFormatter: ctx.format.axis)

        var columns = ["Thực hiện"] + pathNames
        if !rules.isEmpty { columns.append("Kết quả") }
        let rows = years.indices.map { i -> ProgressFigure.Row in
            var cells = [values[i].map { ProgressFigure.Cell(text: valueTexts[i]!, derived: $0.derived) } ?? .missing]
            for path in pathTexts { cells.append(path[i].map { .init(text: $0) } ?? .missing) }
            if !rules.isEmpty { cells.append(statuses[i].map { .init(text: $0.label, status: $0) } ?? .init(text: "")) }
            return ProgressFigure.Row(head: String(years[i]), cells: cells)
        }
        return ProgressFigure(id: id, caption: title + " (\(unitLabel(ind)))", svg: chart.svgBytes(), corner: "Năm",
                              columns: columns, rows: rows, textColumns: rules.isEmpty ? [] : [columns.count - 1])
    }

    /// A value cell: the number with the derived mark, or a dash.
    static func valueCell(_ ctx: RenderContext, _ v: ComputedValue?, _ ind: Indicator) -> ProgressFigure.Cell {
        guard let v else { return .missing }
        return .init(text: ctx.format.number(v.value, ind), derived: v.derived)
    }

    static func unitLabel(_ ind: Indicator) -> String { ind.unit.isEmpty ? "số" : ind.unit }

    /// The chart's `<desc>`: every plotted number in words, for screen readers, from the numbers as
    /// formatted for the table (`Formatter.withUnit` adds the unit the same way). Built as bytes: a
    /// national site has one per targeted indicator of every unit.
    static func description(_ ind: Indicator, years: [Int], values: [String?],
                            statuses: [TargetStatus?], paths: [(String, [String?])]) -> String {
        let unit = ind.isPercent ? "%" : ind.unit.isEmpty ? "" : " " + ind.unit
        var text = ByteBuffer(capacity: 96 * years.count * (1 + paths.count))
        defer { text.deallocate() }
        text.put("Thực hiện ")
        var first = true
        for (i, y) in years.enumerated() {
            guard let v = values[i] else { continue }
            if !first { text.put(", ") }
            first = false
            text.put(String(y))
            text.put(": ")
            text.put(v)
            text.put(unit)
            if let st = statuses[i] {
                text.put(" (")
                text.put(st.label)
                text.put(")")
            }
        }
        if first { text.put("chưa có số liệu") }
        text.put(".")
        for (name, path) in paths where years.indices.contains(where: { path[$0] != nil }) {
            text.put(" ")
            text.put(name)
            text.put(": ")
            var firstPoint = true
            for i in years.indices {
                guard let level = path[i] else { continue }
                if !firstPoint { text.put(", ") }
                firstPoint = false
                text.put(String(years[i]))
                text.put(": ")
                text.put(level)
                text.put(unit)
            }
            text.put(".")
        }
        return text.withBytes { String(decoding: $0, as: UTF8.self) }
    }
}
