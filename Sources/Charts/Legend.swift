import Foundation

/// One legend entry: a small key drawn at the left of its label.
enum LegendKey {
    case line(cssClass: String, color: String, dashed: Bool)
    case marker(ChartStatus)
    case swatch(ChartStatus, patternID: String?)
}

struct LegendItem {
    let key: LegendKey
    let label: String
}

/// Lays legend items out left to right, wrapping to a new row when the chart width is used up.
enum Legend {
    static let keyWidth = 20.0
    static let gap = 5.0
    static let spacing = 14.0

    /// Draws the legend and returns its height.
    @discardableResult
    static func draw(_ writer: inout SVGWriter, _ items: [LegendItem], width: Double, top: Double) -> Double {
        let legend = drawn(items, width: width, top: top)
        writer.append(bytes: legend.bytes)
        return legend.height
    }

    /// The legend's bytes and height. A national site draws the same few dozen legends (one per
    /// indicator, target and statuses shown) on 30,000 charts: each is laid out and written once, then
    /// copied. A chart that needs the height before it starts drawing asks here, and draws these bytes.
    static func drawn(_ items: [LegendItem], width: Double, top: Double) -> (bytes: [UInt8], height: Double) {
        func drawnAnew() -> (bytes: [UInt8], height: Double) {
            var own = SVGWriter()
            let height = drawUncached(&own, items, width: width, top: top)
            return (own.finish(), height)
        }
        // A swatch's pattern is named after its chart: such legends are not shared.
        if items.contains(where: { if case .swatch(_, .some) = $0.key { true } else { false } }) { return drawnAnew() }
        let key = LegendCache.Key(items: items, width: width, top: top)
        if let legend = LegendCache.shared[key] { return legend }
        let legend = drawnAnew()
        LegendCache.shared[key] = legend
        return legend
    }

    @discardableResult
    static func drawUncached(_ writer: inout SVGWriter, _ items: [LegendItem], width: Double, top: Double) -> Double {
        let laidOut = rows(items, width: width)
        if laidOut.isEmpty { return 0 }
        writer.begin("g")
        writer.attribute("class", "chart-legend" as StaticString)
        writer.attribute("fill", Palette.text)
        writer.endOpen()
        for (row, entries) in laidOut.enumerated() {
            let middle = top + Double(row) * Metrics.legendRowHeight + Metrics.legendRowHeight / 2
            var x = Metrics.margin
            for item in entries {
                drawKey(&writer, item.key, x: x, middle: middle)
                writer.begin("text")
                writer.attribute("x", x + keyWidth + gap)
                writer.attribute("y", middle + Metrics.fontSize * 0.35)
                writer.endText("text", item.label)
                x += itemWidth(item)
            }
        }
        writer.close("g")
        return Double(laidOut.count) * Metrics.legendRowHeight
    }

    private static func itemWidth(_ item: LegendItem) -> Double {
        keyWidth + gap + TextMetrics.width(item.label) + spacing
    }

    private static func rows(_ items: [LegendItem], width: Double) -> [[LegendItem]] {
        var rows: [[LegendItem]] = []
        var current: [LegendItem] = []
        var used = Metrics.margin
        for item in items {
            let w = itemWidth(item)
            if !current.isEmpty && used + w - spacing > width - Metrics.margin {
                rows.append(current)
                current = []
                used = Metrics.margin
            }
            current.append(item)
            used += w
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    private static func drawKey(_ writer: inout SVGWriter, _ key: LegendKey, x: Double, middle: Double) {
        switch key {
        case let .line(cssClass, color, dashed):
            writer.begin("line")
            writer.attribute("class", cssClass)
            writer.attribute("x1", x)
            writer.attribute("y1", middle)
            writer.attribute("x2", x + keyWidth)
            writer.attribute("y2", middle)
            writer.attribute("stroke", color)
            writer.attribute("stroke-width", dashed ? "2" : "2.5")
            if dashed { writer.attribute("stroke-dasharray", LineStyle.targetDash) }
            writer.endLeaf("line")
        case let .marker(status):
            Markers.draw(&writer, status: status, x: x + keyWidth / 2, y: middle, radius: 4.5,
                         seriesClass: "", seriesColor: Palette.status(status))
        case let .swatch(status, patternID):
            Swatch.draw(&writer, status: status, patternID: patternID,
                        x: x + 3, y: middle - 7, width: 14, height: 14)
        }
    }
}

/// Line dash patterns shared by legend keys and plotted series.
enum LineStyle {
    static let targetDash = "6 4"
}

/// Legends already drawn, shared by every rendering thread; bounded, as a site has few distinct ones.
final class LegendCache: @unchecked Sendable {
    /// The items as the bytes they are drawn from: Strings compare canonically equivalent spellings
    /// as equal, which would hand one spelling's bytes to the other.
    struct Key: Hashable {
        let items: [UInt8]
        let width: Double
        let top: Double

        init(items: [LegendItem], width: Double, top: Double) {
            var bytes: [UInt8] = []
            func put(_ text: String) {
                withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
                bytes.append(contentsOf: text.utf8)
            }
            func put(_ status: ChartStatus) {
                switch status {
                case .met: bytes.append(0)
                case .notMet: bytes.append(1)
                case .noData: bytes.append(2)
                case .none: bytes.append(3)
                }
            }
            for item in items {
                switch item.key {
                case let .line(cssClass, color, dashed):
                    bytes.append(dashed ? 1 : 0)
                    put(cssClass)
                    put(color)
                case let .marker(status):
                    bytes.append(2)
                    put(status)
                case let .swatch(status, patternID):
                    bytes.append(3)
                    put(status)
                    put(patternID ?? "")
                }
                put(item.label)
            }
            self.items = bytes
            self.width = width
            self.top = top
        }
    }

    static let shared = LegendCache()
    static let limit = 4_096

    private let lock = NSLock()
    private var drawn: [Key: (bytes: [UInt8], height: Double)] = [:]

    subscript(key: Key) -> (bytes: [UInt8], height: Double)? {
        get { lock.withLock { drawn[key] } }
        set { lock.withLock { if drawn.count < Self.limit { drawn[key] = newValue } } }
    }
}
