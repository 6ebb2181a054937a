@testable import Render
import XCTest

/// `RenderContext.clip` answers short one-line texts from their bytes; the answer must be the one the
/// Character-by-Character rule gives: whitespace runs made one space, cut at a word to `n` characters.
final class ClipTests: XCTestCase {
    static func reference(_ s: String, _ n: Int) -> String {
        let flat = s.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        if flat.count <= n { return flat }
        let cut = flat.prefix(n)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + "…" }
        return String(cut) + "…"
    }

    func testClipAgreesWithTheCharacterRule() {
        let nfd = "Ha\u{300} Nô\u{323}i" // combining marks: more scalars than characters
        let samples = [
            "", " ", "a", "Xã Vân Trường", " Xã Vân Trường", "Xã Vân Trường ", "Xã  Vân Trường", "Xã\nVân", "Xã\tVân",
            "Xã\r\nVân", "a \u{301}b", nfd, String(repeating: "Đạt ", count: 3), String(repeating: "ư", count: 10),
            String(repeating: "ư", count: 11), "mười một chữ", "Hộ nghèo giảm 3%/năm", "\u{200B}x\u{200B}",
            "Xã Vân Trường: số liệu từng năm so với mục tiêu, đơn vị trực thuộc, điển hình tiên tiến và khen thưởng trong phong trào “Vì người nghèo – Không để ai bị bỏ lại phía sau”.",
            "một  hai\n\nba\tbốn   năm sáu bảy tám chín mười", "abcdefghijklmnop qrstu", "  đầu  và cuối  ", "x\r\ny z w v",
            "Ha\u{300} Nô\u{323}i la\u{300} thu\u{309} đô", "a\u{200D}b c d e f g h", "ab cd\u{301} ef gh ij",
            "ĐẠT…“12,5%” — chưa đạt • thiếu", String(repeating: "Thôn ", count: 60),
        ]
        for s in samples {
            for n in [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 20, 200] {
                XCTAssertEqual(RenderContext.clip(s, to: n), Self.reference(s, n), "\(s.debugDescription) to \(n)")
            }
        }
    }

    func testClipAgreesWithTheCharacterRuleOnRandomText() {
        let alphabet: [String] = ["a", "b", "ư", "Đ", "ệ", " ", " ", " ", "\n", "\t", "\r", "\u{301}", "“", "…", "1", ",", "\u{200D}", "👍"]
        // A fixed linear congruential sequence: the same texts on every run.
        var state: UInt64 = 20_261_206
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let text = (0..<next(41)).map { _ in alphabet[next(alphabet.count)] }.joined()
            let n = next(31)
            XCTAssertEqual(RenderContext.clip(text, to: n), Self.reference(text, n), "\(text.debugDescription) to \(n)")
        }
    }
}

