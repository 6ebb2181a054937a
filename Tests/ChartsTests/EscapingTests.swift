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

    /// The scan passes over clean text eight bytes at a time: every character the rule changes, at every
    /// offset within and across those words, among Vietnamese letters and a lone C2 or EF lead's
    /// harmless neighbours (U+00A0, U+00B7, U+FEFF, U+FFFD).
    func testTheWordScanFindsEveryUnsafeCharacterAtEveryOffset() {
        let pieces = ["&", "<", ">", "\"", "'", "\u{0}", "\u{1F}", "\t", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "·",
                      "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "Đắk", " "]
        let letters = Array("Tỷ lệ hộ nghèo năm 2024 – Đắk Mil".unicodeScalars)
        for piece in pieces {
            for before in 0..<17 {
                for after in [0, 3, 9] {
                    var text = String(String.UnicodeScalarView(letters.prefix(before)))
                    text += piece + String(String.UnicodeScalarView(letters.suffix(after)))
                    XCTAssertEqual(xmlEscape(text), xmlEscapeByScalar(text), text.debugDescription)
                }
            }
        }
        for word: UInt64 in [0x4141_4141_4141_4141, 0x2020_2020_2020_2020, 0xE1BB_B7E1_BB87_C3A0] {
            XCTAssertFalse(mayStartEscape(word), String(word, radix: 16))
        }
        for byte: UInt64 in [0x00, 0x1F, 0x22, 0x26, 0x27, 0x3C, 0x3E, 0x7F, 0xC2, 0xEF] {
            for shift: UInt64 in stride(from: 0, to: 64, by: 8) {
                let word = (0x4141_4141_4141_4141 & ~(0xFF << shift)) | byte << shift
                XCTAssertTrue(mayStartEscape(word), String(word, radix: 16))
            }
        }
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
