import Foundation
import XCTest
@testable import Markdown

/// Heading ids and lazy images are added where the rule says, whatever else the HTML holds: the
/// run-copying editor gives what a byte-by-byte reading of the rule gives.
final class HTMLPostProcessorTests: XCTestCase {
    /// The rule read one byte at a time.
    private func byByte(_ html: String, _ ids: [String]) -> String {
        let input = Array(html.utf8)
        var output: [UInt8] = []
        var heading = 0, i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "<"), i + 3 < input.count {
                if input[i + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(input[i + 2]),
                   input[i + 3] == UInt8(ascii: ">"), heading < ids.count {
                    let id = ids[heading].replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                    output += input[i..<(i + 3)] + Array(" id=\"\(id)\">".utf8)
                    heading += 1
                    i += 4
                    continue
                }
                if i + 4 < input.count, Array(input[(i + 1)...(i + 4)]) == Array("img ".utf8) {
                    output += input[i..<(i + 4)] + Array(" loading=\"lazy\"".utf8)
                    i += 4
                    continue
                }
            }
            output.append(input[i])
            i += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    func testEditsMatchTheRuleReadByteByByte() {
        let pieces = ["<", "h", "1", "6", "7", ">", "i", "m", "g", " ", "ề", "a", "<h2>", "<img ", "</h2>", "<p>"]
        var seed: UInt64 = 7
        for length in 0..<400 {
            var html = ""
            for _ in 0..<(length % 40) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                html += pieces[Int(seed >> 33) % pieces.count]
            }
            for ids in [[], ["muc-1"], ["a&b", "\"q\"", "<x>", "đ"]] {
                XCTAssertEqual(HTMLPostProcessor.process(html, headingIDs: ids), byByte(html, ids), html.debugDescription)
            }
        }
        XCTAssertEqual(HTMLPostProcessor.process("<h2>Tiêu đề</h2><p><img src=\"a.jpg\"></p>", headingIDs: ["tieu-de"]),
                       "<h2 id=\"tieu-de\">Tiêu đề</h2><p><img loading=\"lazy\" src=\"a.jpg\"></p>")
    }
}
