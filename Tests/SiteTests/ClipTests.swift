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
        ]
        for s in samples {
            for n in [0, 1, 5, 10, 11, 12, 200] {
                XCTAssertEqual(RenderContext.clip(s, to: n), Self.reference(s, n), "\(s.debugDescription) to \(n)")
            }
        }
    }
}
