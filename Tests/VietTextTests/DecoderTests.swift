import Foundation
import XCTest
@testable import VietText

final class DecoderTests: XCTestCase {
    private let hanoi = "Hà Nội"

    func testSpecUTF8() {
        let decoded = VietTextDecoder.decode([0x48, 0xC3, 0xA0, 0x20, 0x4E, 0xE1, 0xBB, 0x99, 0x69]).value
        XCTAssertEqual(decoded?.text, hanoi)
        XCTAssertEqual(decoded?.encoding, .utf8)
    }

    func testBOMIsRemoved() {
        let decoded = VietTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(hanoi.utf8)).value
        XCTAssertEqual(decoded?.text, hanoi)
        XCTAssertEqual(decoded?.text.unicodeScalars.first, "H")
        XCTAssertEqual(decoded?.encoding, .utf8WithBOM)
    }

    func testUTF8IsNormalisedToNFC() {
        let nfd = hanoi.decomposedStringWithCanonicalMapping
        let decoded = VietTextDecoder.decode(Array(nfd.utf8)).value
        XCTAssertEqual(decoded.map { Array($0.text.unicodeScalars) }, Array(hanoi.unicodeScalars))
    }

    /// The check on bytes decodes every scalar as `unicodeScalars` does: each scalar of the first
    /// 0x3000 and a 4-byte one, alone and after a letter; text it lets through is Foundation's NFC.
    func testNFCCheckOnBytesAgreesWithTheScalarRule() {
        let scalars = (0x01..<0x3000).compactMap(Unicode.Scalar.init) + ["😀", "\u{1EA0}", "\u{20AB}", "\u{20AC}"]
        for scalar in scalars {
            for var text in [String(scalar), "a" + String(scalar) + "b"] {
                let expected = text.unicodeScalars.allSatisfy { Normalization.isNFCStable($0.value) }
                XCTAssertEqual(text.withUTF8(Normalization.isNFCStable), expected, "\(scalar.value)")
                XCTAssertEqual(Array(Normalization.nfc(text).unicodeScalars), Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
            }
            // At every offset in and across the eight-byte words the check reads at once.
            for k in 0..<9 {
                var text = String(repeating: "x", count: k) + String(scalar) + "đ yyyyyyyy"
                let expected = text.unicodeScalars.allSatisfy { Normalization.isNFCStable($0.value) }
                XCTAssertEqual(text.withUTF8(Normalization.isNFCStable), expected, "\(scalar.value) at \(k)")
            }
        }
        for text in ["e\u{0302}\u{0301}", "Ha\u{0300} No\u{0323}\u{0302}i", "\u{1EA0}\u{0306}", "A\u{030A}", "\u{212B}", "x\u{0340}", "ư\u{0309}"] {
            var copy = text
            XCTAssertFalse(copy.withUTF8(Normalization.isNFCStable), text)
            XCTAssertEqual(Array(Normalization.nfc(text).unicodeScalars), Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), text)
        }
    }

    func testSpecWindows1258() {
        let decoded = VietTextDecoder.decode([0x48, 0xE0, 0x20, 0x4E, 0xF4, 0xF2, 0x69]).value
        XCTAssertEqual(decoded?.encoding, .windows1258)
        XCTAssertEqual(decoded.map { Array($0.text.unicodeScalars) }, Array(hanoi.unicodeScalars))
    }

    func testWindows1258Sentence() {
        // Bytes written by glibc iconv -t WINDOWS-1258.
        let hex = "50686f6e67207472e06f2074686920f0756120935669cc206e67fdf5cc69206e6768e86f2096204b68f46e6720f0ead2206169206269f220626fd2206c61f269207068ed612073617594206375d261207469d26e68204b68e16e6820486fcc6120f061f2742031322c3525206beaec20686f61f263683b20d0c3ec4b204cc3ec4b2c205468fdcc6120546869ea6e204875eaec2c20517561d26e67204e6761de693a20312e3233342068f4f22074686fe174206e6768e86f2e"
        let expected = "Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” của tỉnh Khánh Hòa đạt 12,5% kế hoạch; ĐẮK LẮK, Thừa Thiên Huế, Quảng Ngãi: 1.234 hộ thoát nghèo."
        let decoded = VietTextDecoder.decode(bytes(hex: hex)).value
        XCTAssertEqual(decoded?.encoding, .windows1258)
        XCTAssertEqual(decoded.map { Array($0.text.unicodeScalars) }, Array(expected.unicodeScalars))
    }

    func testSpecTCVN3IsRefusedByName() {
        let error = VietTextDecoder.decode([0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69]).error
        XCTAssertEqual(error?.encodingName, "TCVN3")
        XCTAssertTrue(error?.message.contains("TCVN3") == true)
        XCTAssertTrue(error?.message.contains("Lưu dưới dạng CSV UTF-8") == true)
    }

    func testTCVN3SentenceIsRefused() {
        // Bytes written by glibc iconv -t TCVN5712-1.
        let hex = "50686f6e67207472b56f2074686920ae75612056d7206e67adea69206e6768cc6f202d204b68ab6e6720aed32061692062de2062e1206cb969207068dd61207361752063f1612074d86e68204b68b86e682048df6120aeb9742031322c3525206bd520686fb963682e"
        XCTAssertEqual(VietTextDecoder.decode(bytes(hex: hex)).error?.encodingName, "TCVN3")
    }

    func testVNIIsRefusedByName() {
        // "Hà Nội" in VNI Windows is "Haø Noäi"; capitals take the capital mark bytes.
        for sample: [UInt8] in [[0x48, 0x61, 0xF8, 0x20, 0x4E, 0x6F, 0xE4, 0x69], [0x48, 0x41, 0xD8, 0x20, 0x4E, 0x4F, 0xC4, 0x49]] {
            let error = VietTextDecoder.decode(sample).error
            XCTAssertEqual(error?.encodingName, "VNI")
            XCTAssertTrue(error?.message.contains("VNI") == true)
            XCTAssertTrue(error?.message.contains("Lưu dưới dạng CSV UTF-8") == true)
        }
        let sentence = "Phong trào thi đua Vì người nghèo - Không để ai bị bỏ lại phía sau của tỉnh Khánh Hòa đạt 12,5% kế hoạch."
        XCTAssertEqual(VietTextDecoder.decode(LegacyEncoders.vni(sentence)!).error?.encodingName, "VNI")
        XCTAssertEqual(Array(LegacyEncoders.vni(hanoi)!), [0x48, 0x61, 0xF8, 0x20, 0x4E, 0x6F, 0xE4, 0x69])
    }

    func testFontEncodedTextSavedAsUTF8IsRefused() {
        XCTAssertEqual(VietTextDecoder.decode(Array("Hµ Néi, tØnh Kh¸nh Hßa".utf8)).error?.encodingName, "TCVN3")
        XCTAssertEqual(VietTextDecoder.decode(Array("Haø Noäi, tænh Khaùnh Hoøa".utf8)).error?.encodingName, "VNI")
    }

    func testDoubleEncodedUTF8IsRefused() {
        // "Hà Nội, Khánh Hòa" as UTF-8 bytes read as Windows-1252: the spec's "HÃ  Ná»™i".
        let mangled = "H\u{C3}\u{A0} N\u{E1}\u{BB}\u{2122}i, Kh\u{C3}\u{A1}nh H\u{C3}\u{B2}a"
        let error = VietTextDecoder.decode(Array(mangled.utf8)).error
        XCTAssertEqual(error?.encodingName, "double-encoded-UTF-8")
        XCTAssertTrue(error?.message.contains("Lưu dưới dạng CSV UTF-8") == true)
    }

    func testLegitimateTextWithLatin1LookAlikesIsKept() {
        let text = "NGÃ\u{00A0}BA Đồng Lộc: 90°, ±5, giá 12.000₫ — “Được”"
        XCTAssertEqual(VietTextDecoder.decode(Array(text.utf8)).value?.text, text)
        XCTAssertEqual(VietTextDecoder.decode(LegacyEncoders.windows1258(text)!).value?.text, text)
    }

    func testOtherBytesAreRefusedNotGuessed() {
        // Latin-1 and Windows-1258 agree on é: the reading is right, so it is kept.
        XCTAssertEqual(VietTextDecoder.decode([0x63, 0x61, 0x66, 0xE9]).value?.text, "café")
        XCTAssertEqual(VietTextDecoder.decode([0x53, 0x61, 0x8A]).error?.encodingName, "unknown") // Windows-1252 "SaŠ"
        XCTAssertEqual(VietTextDecoder.decode([0x61, 0x81, 0x62]).error?.encodingName, "unknown")
        let unknown = VietTextDecoder.decode([0x61, 0x0A, 0x62, 0x0A, 0xE6, 0xE6, 0xE6]).error
        XCTAssertTrue(unknown?.message.contains("dòng 3") == true)
        var rng = SplitMix64(state: 99)
        for _ in 0..<300 {
            let noise = (0..<200).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            XCTAssertNotNil(VietTextDecoder.decode(noise).error)
        }
    }

    func testUTF16AndBrokenBOMAreRefused() {
        XCTAssertEqual(VietTextDecoder.decode([0xFF, 0xFE, 0x48, 0x00]).error?.encodingName, "UTF-16")
        XCTAssertEqual(VietTextDecoder.decode(Array("Hà Nội".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).error?.encodingName, "UTF-16")
        XCTAssertEqual(VietTextDecoder.decode([0xEF, 0xBB, 0xBF, 0x48, 0xE0]).error?.encodingName, "UTF-8")
    }

    func testUTF8Validation() {
        XCTAssertNil(VietTextDecoder.firstInvalidUTF8(Array("aé中😀".utf8)[...]))
        XCTAssertEqual(VietTextDecoder.firstInvalidUTF8([0x61, 0xC0, 0x80][...]), 1)       // overlong
        XCTAssertEqual(VietTextDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80][...]), 0)       // surrogate
        XCTAssertEqual(VietTextDecoder.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80][...]), 0) // above U+10FFFF
        XCTAssertEqual(VietTextDecoder.firstInvalidUTF8([0x61, 0xE1, 0xBB][...]), 1)       // truncated
    }

    /// The decoder takes the standard library's word on whether bytes are UTF-8 and looks for the bad
    /// byte only to report it: the two must agree on every input, including every lead byte followed
    /// by every boundary continuation.
    func testStandardValidationAgreesWithFirstInvalidUTF8() {
        var cases: [[UInt8]] = []
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead in 0x80...0xFF {
            for second in edges {
                cases.append([0x61, UInt8(lead), second, 0x80, 0x80])
                cases.append([UInt8(lead), second, 0xBF])
                cases.append([UInt8(lead), second])
            }
        }
        var state: UInt64 = 1
        for _ in 0..<2_000 {
            cases.append((0..<(1 + Int(state % 9))).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            })
        }
        for bytes in cases {
            XCTAssertEqual(String(validating: bytes, as: UTF8.self) == nil, VietTextDecoder.firstInvalidUTF8(bytes[...]) != nil, "\(bytes)")
        }
    }

    func testEmptyInput() {
        XCTAssertEqual(VietTextDecoder.decode([]).value?.text, "")
    }
}
