@testable import Render
import XCTest

/// The escaper's word-at-a-time search finds every special character wherever it falls in a word,
/// giving what the character-by-character rule gives.
final class HTMLEscapeTests: XCTestCase {
    /// The character-by-character rule the escaper falls back to, as the reference.
    private func reference(_ text: String) -> String {
        var out: [UInt8] = []
        HTMLEscape.appendByCharacter(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        HTMLEscape.append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func testEverySpecialAtEveryOffsetOfTwoWords() {
        let plain = "abcdefghijklmnopqrs"
        for special in ["&", "<", ">", "\"", "'"] {
            for offset in 0...plain.count {
                let text = String(plain.prefix(offset)) + special + String(plain.dropFirst(offset))
                XCTAssertEqual(escaped(text), reference(text), text)
            }
        }
    }

    func testBytesNextToSpecialsAreNotMistakenForThem() {
        // Bytes one above and below each special, and bytes whose borrow could fake a match.
        let near = "%'(;=?!#\u{7F}\u{01}\u{00A7}ẻđ"
        for text in [near, near + near, "ừ&ừ", "Hộ \"nghèo\" <b>", String(repeating: "a", count: 64) + "'", "", "&"] {
            XCTAssertEqual(escaped(text), reference(text), text)
        }
        XCTAssertEqual(escaped("a<b & 'c' \"d\">"), "a&lt;b &amp; &#39;c&#39; &quot;d&quot;&gt;")
    }
}
