import Charts
import Compute
import Model
import VietText

/// Current figures for a ```thidua-table``` / ```thidua-chart``` block of a document or page: a
/// table of the selected units × years, or a chart with that table below it.
enum LiveBlockRenderer {
    /// A line chart stays readable up to this many lines; the table always lists every unit.
    static let maxLines = 8

    static func units(_ sel: UnitSelection, ctx: RenderContext) -> [Int] {
        switch sel {
        case .unit(let u): return [u]
        case .children(let u): return ctx.site.units.childrenOf[u].filter { ctx.site.units[$0].level.isAdministrative }
        case .level(let l): return ctx.site.units.units.filter { $0.level == l }.map(\.index)
        case .list(let l): return l
        }
    }

    static func html(_ block: LiveBlock, ctx: RenderContext, linker: PageLinker, id: String) -> String {
        let ind = ctx.site.indicators[block.indicator]
        let store = ctx.computation.values
        let years = (block.years ?? store.years).filter { store.yearIndex(of: $0) != nil }
        let selected = units(block.units, ctx: ctx)
        let caption = block.title ?? "\(ind.name) (\(TrendFigure.unitLabel(ind)))"
        let rows = selected.map { u -> ProgressFigure.Row in
            let unit = ctx.site.units[u]
            return .init(head: unit.name, href: linker.link(Routes.unit(unit)),
                         cells: years.map { TrendFigure.valueCell(ctx, store.value(unit: u, indicator: ind.index, year: $0), ind) })
        }
        var figure = ProgressFigure(id: id, caption: caption, svg: nil, corner: "Đơn vị", columns: years.map(String.init), rows: rows)
        if years.isEmpty { figure.note = "Chưa có số liệu của các năm đã chọn" }
        if block.kind == .chart && !years.isEmpty && !selected.isEmpty {
            switch block.style {
            case .line:
                let (svg, note) = lineChart(ctx, ind, selected, years: years, title: caption, id: id + "-bieu-do")
                figure.svg = svg
                figure.note = note
            case .bar:
                figure.svg = barChart(ctx, ind, selected, years: years, title: caption, id: id + "-bieu-do")
            }
        }
        return figure.html()
    }

    /// One line per unit, the first `maxLines` by name when there are more.
    static func lineChart(_ ctx: RenderContext, _ ind: Indicator, _ units: [Int], years: [Int], title: String,
                          id: String) -> (svg: [UInt8], note: String?) {
        let store = ctx.computation.values
        var plotted = units
        var note: String?
        if units.count > maxLines {
            plotted = Array(units.sortedVietnamese { ctx.site.units[$0].name }.prefix(maxLines))
            note = "biểu đồ vẽ \(ctx.format.integer(maxLines)) trong \(ctx.format.integer(units.count)) đơn vị (\(ctx.format.integer(maxLines)) đơn vị đầu theo tên); bảng có đủ \(ctx.format.integer(units.count)) đơn vị"
        }
        let series = plotted.map { u -> LineSeries in
            .actual(name: ctx.site.units[u].name,
                    values: years.map { store.number(unit: u, indicator: ind.index, year: $0) },
                    statuses: years.map { ctx.computation.indicatorStatus(unit: u, indicator: ind.index, year: $0).chart })
        }
        let description = plotted.map { u in
            ctx.site.units[u].name + ": " + years.map { y in
                "\(y) " + (store.number(unit: u, indicator: ind.index, year: y).map { ctx.format.withUnit($0, ind) } ?? "chưa có số liệu")
            }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
        let chart = LineChart(id: id, title: title, description: description, xLabels: years.map(String.init),
                              series: series, yFormatter: ctx.format.axis)
        return (chart.svgBytes(), note)
    }

    /// Bars of the latest chosen year that has a value, best first in the indicator's direction.
    static func barChart(_ ctx: RenderContext, _ ind: Indicator, _ units: [Int], years: [Int], title: String, id: String) -> [UInt8] {
        let store = ctx.computation.values
        let year = years.last { y in units.contains { store.number(unit: $0, indicator: ind.index, year: y) != nil } } ?? years.last!
        let lowerIsBetter = ind.direction == .giam
        let byName = units.sortedVietnamese { ctx.site.units[$0].name }
        let order = byName.enumerated().sorted { a, b in
            let va = store.number(unit: a.element, indicator: ind.index, year: year)
            let vb = store.number(unit: b.element, indicator: ind.index, year: year)
            switch (va, vb) {
            case let (x?, y?) where x != y: return lowerIsBetter ? x < y : x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        let bars = order.map { u -> Bar in
            let v = store.number(unit: u, indicator: ind.index, year: year)
            return Bar(label: ctx.site.units[u].name, value: v,
                       status: ctx.computation.indicatorStatus(unit: u, indicator: ind.index, year: year).chart,
                       valueLabel: v.map { ctx.format.number($0, ind) })
        }
        let description = "Năm \(year): " + order.map { u in
            ctx.site.units[u].name + " " + (store.number(unit: u, indicator: ind.index, year: year).map { ctx.format.withUnit($0, ind) } ?? "chưa có số liệu")
        }.joined(separator: "; ") + "."
        return BarChart(id: id, title: "\(title), năm \(year)", description: description, bars: bars,
                        valueFormatter: ctx.format.axis).svgBytes()
    }
}

