import Charts
import Compute
import VietText

/// A chart and a table of the same numbers in one `<figure>`, so screen readers, printers and
/// portals that strip SVG keep every figure. Built in Swift because live blocks inside Markdown
/// need the same markup as the pages, whatever the theme.
struct ProgressFigure {
    /// One table cell, already formatted.
    struct Cell {
        var text: String
        var derived = false
        var status: TargetStatus?
        /// Plain number for sorting scripts; nil writes none.
        var dataValue: String?
        /// True for "no value": the note under the table then explains the dash.
        var isMissing = false

        static let missing = Cell(text: "–", isMissing: true)
    }

    /// One table row: a header cell (optionally linked) and its cells.
    struct Row {
        var head: String
        var href: String?
        var cells: [Cell]
    }

    /// Unique on the page; the chart inside uses its own id.
    var id: String
    /// Shown under the chart and, prefixed, as the table caption.
    var caption: String
    /// The inline chart as UTF-8 (`svgBytes()`); nil for a table-only figure (```thidua-table```).
    var svg: [UInt8]?
    /// Header of the row-header column ("Năm", "Đơn vị").
    var corner: String
    var columns: [String]
    var rows: [Row]
    /// An extra sentence under the table, e.g. which units the chart leaves out.
    var note: String?
    /// Columns of words (statuses), aligned left; the others hold numbers.
    var textColumns: Set<Int> = []

    // Written as bytes: a unit page has a figure per indicator, and a national site about 90,000
    // of them; appending to a String cost several hundred instructions per piece.
    func html() -> String {
        String(decoding: bytes().bytes, as: UTF8.self)
    }

    /// The figure for a page's view model (`{{{figure}}}`), its chart marked as such for the link check.
    func fragment() -> HTMLFragment {
        let (bytes, chart) = bytes()
        return HTMLFragment(bytes: bytes, linkFree: chart.map { [$0] } ?? [])
    }

    /// The figure, and where its chart's `<svg>` element is in it.
    private func bytes() -> (bytes: [UInt8], chart: Range<Int>?) {
        var h = ByteBuffer(capacity: (svg?.count ?? 0) + 1024 + rows.count * 160)
        defer { h.deallocate() }
        var chart: Range<Int>?
        h.put("<figure class=\"progress-figure\" id=\"")
        h.escaped(id)
        h.put("\">\n")
        if let svg {
            h.put("<figcaption>")
            h.escaped(caption)
            h.put("</figcaption>\n<div class=\"figure-body\">\n<div class=\"chart-box\">\n")
            let chartStart = h.count
            h.append(bytes: svg)
            chart = chartStart..<h.count
            h.put("</div>\n")
        }
        let tableCaption = svg == nil ? caption : "Số liệu: " + caption
        h.put("<div class=\"table-scroll\" role=\"region\" aria-label=\"")
        h.escaped(tableCaption)
        h.put("\" tabindex=\"0\"><table class=\"data-table figure-table\"><caption>")
        h.escaped(tableCaption)
        h.put("</caption>\n<thead><tr><th scope=\"col\">")
        h.escaped(corner)
        h.put("</th>")
        for (i, c) in columns.enumerated() {
            h.put(textColumns.contains(i) ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"num\">")
            h.escaped(c)
            h.put("</th>")
        }
        h.put("</tr></thead>\n<tbody>\n")
        for row in rows {
            h.put("<tr><th scope=\"row\">")
            if let href = row.href {
                h.put("<a href=\"")
                h.escaped(href)
                h.put("\">")
                h.escaped(row.head)
                h.put("</a>")
            } else {
                h.escaped(row.head)
            }
            h.put("</th>")
            for (i, cell) in row.cells.enumerated() { Self.appendCell(cell, numeric: !textColumns.contains(i), to: &h) }
            h.put("</tr>\n")
        }
        h.put("</tbody></table></div>\n")
        if svg != nil { h.put("</div>\n") }
        var notes: [String] = []
        if rows.contains(where: { $0.cells.contains(where: \.derived) }) {
            notes.append("<span class=\"derived-mark\">*</span> giá trị tổng hợp từ các đơn vị trực thuộc")
        }
        if rows.contains(where: { $0.cells.contains(where: \.isMissing) }) {
            notes.append("– chưa có số liệu")
        }
        if let note { notes.append(XMLText.escape(note)) }
        if !notes.isEmpty {
            h.put("<p class=\"figure-note\">")
            h.put(notes.joined(separator: "; "))
            h.put(".</p>\n")
        }
        h.put("</figure>\n")
        return (h.array(), chart)
    }

    static func appendCell(_ cell: Cell, numeric: Bool, to h: inout ByteBuffer) {
        h.put(numeric ? "<td class=\"num\"" : "<td")
        if let v = cell.dataValue {
            h.put(" data-value=\"")
            h.escaped(v)
            h.put("\"")
        }
        h.put(">")
        if let s = cell.status {
            appendStatus(s, label: cell.text, to: &h)
        } else {
            h.escaped(cell.text)
            if cell.derived { h.put(derivedMark) }
        }
        h.put("</td>")
    }

    static let derivedMark = "<span class=\"derived-mark\" title=\"giá trị tổng hợp\">*</span>"

    /// Status by symbol and text as well as colour, as `partials/status` writes it.
    static func appendStatus(_ s: TargetStatus, label: String?, to h: inout ByteBuffer) {
        h.put("<span class=\"status status-")
        h.put(s.cssClass)
        h.put("\"><span aria-hidden=\"true\">")
        h.put(s.symbol)
        h.put("</span> ")
        h.escaped(label ?? s.label)
        h.put("</span>")
    }
}
