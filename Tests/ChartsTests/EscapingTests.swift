import XCTest
@testable import Charts

final class EscapingTests: XCTestCase {
    let hostile = "<script>alert(\"x\" & 'y')</script>"

    func testEscapesAllFiveCharacters() {
        XCTAssertEqual(xmlEscape(hostile), "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    func testDropsControlCharactersAndFlattensNewlines() {
        XCTAssertEqual(xmlEscape("a\u{0}b\u{1B}c\nd\te"), "abc d e")
    }

    /// The byte scan that skips clean text must see every character the slow path changes.
    func testCleanTextIsReturnedAsItIsAndEveryUnsafeCharacterIsStillFound() {
        XCTAssertEqual(xmlEscape("Tỷ lệ hộ nghèo (%), năm 2024 – Đắk Mil"), "Tỷ lệ hộ nghèo (%), năm 2024 – Đắk Mil")
        XCTAssertEqual(xmlEscape("a\u{85}b\u{9F}c"), "abc")
        XCTAssertEqual(xmlEscape("a\u{FFFE}b\u{FFFF}c\u{FFFD}"), "abc\u{FFFD}")
        XCTAssertEqual(xmlEscape("ĂÂ\u{7F}"), "ĂÂ")
        XCTAssertEqual(xmlEscape("x'y"), "x&#39;y")
    }

    func testHostileTextIsInertInEveryChart() {
        let charts = [
            LineChart(id: hostile, title: hostile, description: hostile, xLabels: [hostile, "2025"],
                      series: [.actual(name: hostile, values: [1, 2], statuses: [.met, .notMet]),
                               .target(name: hostile, values: [1, 1.5])],
                      yFormatter: { _ in self.hostile }).svg(),
            BarChart(id: hostile, title: hostile, description: hostile,
                     bars: [Bar(label: hostile, value: 3, status: .met, valueLabel: hostile)],
                     valueFormatter: { _ in self.hostile },
                     reference: BarReference(value: 2, label: hostile)).svg(),
            StackedBarChart(id: hostile, title: hostile, description: hostile,
                            columns: [StatusCounts(label: hostile, met: 3, notMet: 2, noData: 1)],
                            countFormatter: { _ in self.hostile }).svg(),
            Sparkline(id: hostile, title: hostile, description: hostile, values: [1, 2]).svg(),
        ]
        for svg in charts {
            XCTAssertFalse(svg.contains("<script"), svg)
            XCTAssertTrue(svg.contains("&lt;script&gt;"), svg)
            let parsed = SVGInspection.parse(svg)
            XCTAssertTrue(parsed.all("script").isEmpty)
            // The parser gives the text back exactly as the caller wrote it.
            XCTAssertTrue(parsed.texts.contains(hostile), svg)
        }
    }

    func testUnsafeIDIsSanitisedConsistently() {
        let svg = Sparkline(id: "xã \"a\"><b", title: "t", description: "d", values: [1]).svg()
        let parsed = SVGInspection.parse(svg)
        let root = parsed.all("svg")[0]
        XCTAssertEqual(root["aria-labelledby"], "x---a---b-title x---a---b-desc")
        XCTAssertEqual(parsed.all("title")[0]["id"], "x---a---b-title")
        XCTAssertEqual(parsed.all("desc")[0]["id"], "x---a---b-desc")
        XCTAssertEqual(sanitizedID(""), "chart")
        // One `-` per scalar whatever its UTF-8 length; an id that needs nothing comes back as it is.
        XCTAssertEqual(sanitizedID("a\u{0301}😀ộb c"), "a---b-c")
        XCTAssertEqual(sanitizedID("ty-le_ho-ngheo-2024"), "ty-le_ho-ngheo-2024")
    }
}
