import Charts
import Compute
import Model

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
        let pathNames = rules.map { "Lộ trình: " + ctx.format.requirement($0, ind) }

        var series = [LineSeries.actual(name: "Thực hiện", values: values.map { $0?.value }, statuses: statuses.map(\.chart))]
        for (name, path) in zip(pathNames, paths) where path.contains(where: { $0 != nil }) {
            series.append(.target(name: name, values: path))
        }
        let title = "\(ind.name) của \(unit.name) " + (series.count > 1 ? "so với lộ trình mục tiêu" : "qua các năm")
        let chart = LineChart(id: id + "-bieu-do", title: title,
                              description: description(ctx, ind, years: years, values: values, statuses: statuses,
                                                       paths: zip(pathNames, paths).map { ($0, $1) }),
                              xLabels: years.map(String.init), series: series, yFormatter: ctx.format.axis)

        var columns = ["Thực hiện"] + pathNames
        if !rules.isEmpty { columns.append("Kết quả") }
        let rows = years.indices.map { i -> ProgressFigure.Row in
            var cells = [valueCell(ctx, values[i], ind)]
            for path in paths { cells.append(path[i].map { .init(text: ctx.format.number($0, ind)) } ?? .missing) }
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

    /// The chart's `<desc>`: every plotted number in words, for screen readers.
    static func description(_ ctx: RenderContext, _ ind: Indicator, years: [Int], values: [ComputedValue?],
                            statuses: [TargetStatus?], paths: [(String, [Double?])]) -> String {
        var parts: [String] = []
        for (i, y) in years.enumerated() {
            guard let v = values[i] else { continue }
            var s = "\(y): \(ctx.format.withUnit(v.value, ind))"
            if let st = statuses[i] { s += " (\(st.label))" }
            parts.append(s)
        }
        var text = "Thực hiện " + (parts.isEmpty ? "chưa có số liệu" : parts.joined(separator: ", ")) + "."
        for (name, path) in paths {
            let points = years.indices.compactMap { i in path[i].map { "\(years[i]): \(ctx.format.withUnit($0, ind))" } }
            if !points.isEmpty { text += " \(name): " + points.joined(separator: ", ") + "." }
        }
        return text
    }
}
