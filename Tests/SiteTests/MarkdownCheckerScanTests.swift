@testable import Model
import XCTest

/// The byte scan that decides whether a story is parsed for links and live blocks.
final class MarkdownCheckerScanTests: XCTestCase {
    func testFindsEveryKindOfReference() {
        for text in ["xem [ảnh](media/a.jpg)", "[1]: https://x", "có <b>thẻ</b>", "```thidua-chart\n", "thithidua-table",
                     "Đắk Mil ](", "x]:", "]]:", "a]b](c", "thidua-", "tthhidua thidua-", "<"] {
            XCTAssertTrue(MarkdownChecker.mayReferToAnything(text), text)
        }
    }

    func testPlainStoriesAreSkipped() {
        for text in ["", "Xã Đắk R'Moan giảm 3 điểm % hộ nghèo.", "[không phải liên kết]", "thidua", "thidua_chart", "] (", "a ] :",
                     "]", "x]", "thidu-a thidua", "t", "]]]"] {
            XCTAssertFalse(MarkdownChecker.mayReferToAnything(text), text)
        }
    }
}
