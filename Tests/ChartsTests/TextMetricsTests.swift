@testable import Charts
import XCTest

/// The layout's character count must equal `String.count` for every text, fast path or not.
final class TextMetricsTests: XCTestCase {
    func testCharacterCountEqualsGraphemeCount() {
        let pieces = [
            "a", "Z", "7", " ", "-", "\t", "\r", "\n", "\r\n", "\u{00AD}", "đ", "Đ", "ư", "ộ", "ẫ", "Ỹ", "ỹ",
            "e\u{0301}", "o\u{0302}\u{0323}", "\u{0300}", "–", "—", "“", "”", "…", "‰", "\u{200D}", "\u{200C}",
            "\u{2028}", "😀", "👍🏽", "🇻🇳", "한", "ก", "ำ", "%", "’", "\u{2060}", "€", "\u{0000}", "ÿ", "ʼ",
        ]
        // Every string of up to three pieces, then longer ones picked by a fixed rule.
        var texts = pieces
        for a in pieces { for b in pieces { texts.append(a + b) } }
        for i in 0..<3_000 { texts.append((0..<6).map { pieces[(i * 7 + $0 * $0 * 13 + $0 * i) % pieces.count] }.joined()) }
        for text in texts {
            XCTAssertEqual(TextMetrics.characterCount(text), text.count, text.debugDescription)
        }
        XCTAssertEqual(TextMetrics.characterCount("Lộ trình: giảm ít nhất 3 điểm %/năm"), 35)
        XCTAssertEqual(TextMetrics.characterCount("a\r\nb"), 3)
    }
}
