import Charts
import Compute

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
    /// The inline chart; nil for a table-only figure (```thidua-table```).
    var svg: String?
    /// Header of the row-header column ("Năm", "Đơn vị").
    var corner: String
    var columns: [String]
    var rows: [Row]
    /// An extra sentence under the table, e.g. which units the chart leaves out.
    var note: String?
    /// Columns of words (statuses), aligned left; the others hold numbers.
    var textColumns: Set<Int> = []

    func html() -> String {
        var h = "<figure class=\"progress-figure\" id=\"\(XMLText.escape(id))\">\n"
        if let svg {
            h += "<figcaption>\(XMLText.escape(caption))</figcaption>\n<div class=\"figure-body\">\n<div class=\"chart-box\">\n\(svg)</div>\n"
        }
        let tableCaption = svg == nil ? caption : "Số liệu: " + caption
        h += "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(XMLText.escape(tableCaption))\" tabindex=\"0\">"
        h += "<table class=\"data-table figure-table\"><caption>\(XMLText.escape(tableCaption))</caption>\n<thead><tr>"
        h += "<th scope=\"col\">\(XMLText.escape(corner))</th>"
        for (i, c) in columns.enumerated() {
            h += "<th scope=\"col\"" + (textColumns.contains(i) ? "" : " class=\"num\"") + ">\(XMLText.escape(c))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr><th scope=\"row\">"
            if let href = row.href {
                h += "<a href=\"\(XMLText.escape(href))\">\(XMLText.escape(row.head))</a>"
            } else {
                h += XMLText.escape(row.head)
            }
            h += "</th>"
            for (i, cell) in row.cells.enumerated() { h += Self.cellHTML(cell, numeric: !textColumns.contains(i)) }
            h += "</tr>\n"
        }
        h += "</tbody></table></div>\n"
        if svg != nil { h += "</div>\n" }
        var notes: [String] = []
        if rows.contains(where: { $0.cells.contains(where: \.derived) }) {
            notes.append("<span class=\"derived-mark\">*</span> giá trị tổng hợp từ các đơn vị trực thuộc")
        }
        if rows.contains(where: { $0.cells.contains(where: \.isMissing) }) {
            notes.append("– chưa có số liệu")
        }
        if let note { notes.append(XMLText.escape(note)) }
        if !notes.isEmpty { h += "<p class=\"figure-note\">\(notes.joined(separator: "; ")).</p>\n" }
        h += "</figure>\n"
        return h
    }

    static func cellHTML(_ cell: Cell, numeric: Bool) -> String {
        var h = numeric ? "<td class=\"num\"" : "<td"
        if let v = cell.dataValue { h += " data-value=\"\(XMLText.escape(v))\"" }
        h += ">"
        if let s = cell.status {
            h += statusHTML(s, label: cell.text)
        } else {
            h += XMLText.escape(cell.text)
            if cell.derived { h += derivedMark }
        }
        return h + "</td>"
    }

    static let derivedMark = "<span class=\"derived-mark\" title=\"giá trị tổng hợp\">*</span>"

    /// Status by symbol and text as well as colour, as `partials/status` writes it.
    static func statusHTML(_ s: TargetStatus, label: String? = nil) -> String {
        "<span class=\"status status-\(s.cssClass)\"><span aria-hidden=\"true\">\(s.symbol)</span> \(XMLText.escape(label ?? s.label))</span>"
    }
}
