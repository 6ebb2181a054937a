@testable import VietText
import XCTest

/// Byte-level shortcuts taken on the hot paths of a national build; each must answer exactly what
/// the general rule answers.
final class FastPathTests: XCTestCase {
    /// Every Vietnamese letter and the Windows-1252 extras, mangled (UTF-8 read back as Windows-1252).
    func testEveryMangledVietnameseLetterIsCaughtByTheByteCheck() {
        let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        let cp1252: [UInt8: Character] = [0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡",
                                          0x88: "ˆ", 0x89: "‰", 0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘",
                                          0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜",
                                          0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ"]
        for letter in letters + letters.uppercased() {
            let mangled = String(String(letter).utf8.map { b in cp1252[b] ?? Character(Unicode.Scalar(b)) })
            XCTAssertTrue(DoubleEncoding.mayBeMangled("Xã " + mangled + " x"), "\(letter) → \(mangled)")
        }
        let genuine = "Xã Vân Trường, huyện Tiền Hải: “giảm nghèo” – 12,5% · © 2024 ½ à« Đạt"
        XCTAssertNil(DoubleEncoding.sample(in: genuine))
    }

    func testWholeNumberCellsReadAsTheFullParserReadsThem() {
        for text in ["0", "7", "007", "1234", "999999999999999", "000000000000000"] {
            XCTAssertEqual(NumberParser.plainWhole(text), Double(text), text)
            for style in [NumberStyle.vi, .plain] {
                XCTAssertEqual(VietNumber.parse(text, style: style).value, Double(text), text)
            }
        }
        for text in ["", " 12", "12 ", "1.234", "12,5", "-3", "+3", "1234567890123456", "١٢", "１２", "12%"] {
            XCTAssertNil(NumberParser.plainWhole(text), text)
        }
    }
}
