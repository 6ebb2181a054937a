import Foundation
import VietText
import XCTest

/// The fast paths must give exactly what Foundation gives.
final class TrimmingTests: XCTestCase {
    let samples = ["", " ", "abc", " abc", "abc ", "\tabc\n", "\u{00A0}Hà Nội\u{3000}", "Hà Nội", "xã Đắk Mil\r\n",
                   "\u{2028}x\u{2029}", "%", " % ", "\u{200B}zero width\u{200B}", "\u{0085}nel", "ế", " ế ", "Hà Nội\u{200B}", "\u{FEFF}Lạng Sơn"]

    func testTrimmedEqualsFoundation() {
        for s in samples {
            XCTAssertEqual(Trimming.trimmed(s), s.trimmingCharacters(in: .whitespacesAndNewlines), s.debugDescription)
            XCTAssertEqual(Trimming.trimmed(s, newlines: false), s.trimmingCharacters(in: .whitespaces), s.debugDescription)
        }
    }

    func testHyphenated() {
        XCTAssertEqual(Trimming.hyphenated("nha_dai_doan_ket"), "nha-dai-doan-ket")
        XCTAssertEqual(Trimming.hyphenated("ty-le"), "ty-le")
        XCTAssertEqual(Trimming.hyphenated("đợt_cuối_năm"), "đợt-cuối-năm")
        XCTAssertEqual(Trimming.hyphenated(""), "")
    }
}
