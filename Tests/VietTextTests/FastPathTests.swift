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
            // At every offset in and across the eight bytes skipped at once when none is C3.
            for k in 0..<9 {
                let padded = String(repeating: "a", count: k) + mangled + "bbbbbbbb"
                XCTAssertTrue(DoubleEncoding.mayBeMangled(padded), "\(letter) at \(k)")
                XCTAssertFalse(DoubleEncoding.mayBeMangled(String(repeating: "a", count: k) + String(letter) + "bbbbbbbb"), "\(letter) at \(k)")
            }
        }
        let genuine = "Xã Vân Trường, huyện Tiền Hải: “giảm nghèo” – 12,5% · © 2024 ½ à« Đạt"
        XCTAssertNil(DoubleEncoding.sample(in: genuine))
    }

    /// The eight-byte tests give, for every byte value at every place in the word, what a test of
    /// that byte alone gives.
    func testByteWordTestsAgreeWithTheByteAtEveryPlace() {
        for byte in UInt8.min...UInt8.max {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = byte
                let word = bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }
                XCTAssertEqual(ByteWord.between(word, above: 0x2F, below: 0x3A) != 0, byte > 0x2F && byte < 0x3A, "\(byte) at \(place)")
                XCTAssertEqual(ByteWord.between(word, above: 0x60, below: 0x7B) != 0, true, "\(byte) at \(place)")
                XCTAssertEqual(ByteWord.equal(word, 0x2B) != 0, byte == 0x2B, "\(byte) at \(place)")
            }
        }
    }

    /// Folding asks about Latin letters and general punctuation before asking whether a scalar is a
    /// mark: the same answers only because no such scalar is a mark (nor the punctuation a letter).
    func testFoldsShortcutsNeverSkipAMark() {
        for v in UInt32(0x80)..<0x3000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if LetterTable.info(v) != 0 { XCTAssertFalse(LetterTable.isCombiningMark(v), "\(v)") }
            if v >= 0x2000 && v < 0x2070 {
                XCTAssertFalse(LetterTable.isCombiningMark(v), "\(v)")
                XCTAssertFalse(scalar.properties.isAlphabetic, "\(v)")
            }
        }
        XCTAssertEqual(VietFold.fold("Tỷ lệ “hộ nghèo” – đa chiều\u{2009}…"), "ty le “ho ngheo” – da chieu\u{2009}…")
    }

    /// Visible ASCII at both ends skips the walk over Characters; trimming is what the walk gives.
    func testTrimmingAValueAgreesWithTheCharacterWalk() {
        for s in ["", " ", "12", " 12", "12 ", "\u{00A0}12\u{00A0}", " \u{301}", "1 \u{301}", "\u{301}1", "1\u{301}",
                  "1,5\r\n", "\u{2028}1\u{2029}", "~", "1.234,5", "\u{7F}", "a\u{7F}"] {
            var walked = Substring(s)
            while let c = walked.first, c.isWhitespace { walked = walked.dropFirst() }
            while let c = walked.last, c.isWhitespace { walked = walked.dropLast() }
            XCTAssertEqual(Substring(s).trimmingVietWhitespace(), walked, s.debugDescription)
        }
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

    func testValuesRoundedToNanosAreWrittenAsTheGeneralPathWritesThem() {
        var values: [Double] = [0, -0.0, 1e-10, -1e-10, 1e-9, 5e-10, -5e-10, 0.1, 6 - 4.4, 2.675, 0.000123, 999_999.999_999_999_9,
                                -999_999.999_999_999, 123_456.789_012_345, 1.5, -1.5, 12, 0.086682323, 1.0 / 3, 2.0 / 3]
        var seed: UInt64 = 99
        for _ in 0..<20_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = pow(10, Double(Int(seed >> 60) - 10))
            let fraction = Double(seed >> 11) / Double(1 << 53)
            values.append((seed & 1 == 0 ? 1 : -1) * fraction * magnitude)
        }
        for value in values {
            let rounded = (value * 1e9).rounded() / 1e9
            XCTAssertEqual(VietNumber.plainToNanos(value), VietNumber.plain(rounded), "\(value)")
        }
        XCTAssertNil(VietNumber.plainToNanos(1e6))
        XCTAssertNil(VietNumber.plainToNanos(.nan))
    }

    /// Values with more decimals than shown are rounded from their binary value unless a halfway
    /// point is near; the text must be what rounding the shortest decimal digits writes.
    func testRoundedValuesAreWrittenAsTheGeneralPathWritesThem() {
        func general(_ value: Double, decimals: Int, style: NumberStyle, trimZeros: Bool, percent: Bool) -> String {
            var d = DecimalDigits(value)
            if percent { d.shift(by: 2) }
            d.round(decimals: decimals)
            let places = trimZeros ? min(decimals, d.fractionLength) : decimals
            return d.render(decimals: places, group: style == .vi ? UInt8(ascii: ".") : nil,
                            decimalMark: style == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".")) + (percent ? "%" : "")
        }
        var values: [Double] = [2.675, 1.005, 0.285, 0.125, 12345.675, -2.675, -0.004, 0.0049999, 0.005, 1.0 / 3, 2.0 / 3,
                                0.0866823, 99.995, 999_999_999.5, -999_999_999.49, 0.000_000_5, 1e-7, 28.5, 0.145, 1.45]
        var seed: UInt64 = 2024
        for _ in 0..<6000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = pow(10, Double(Int(seed >> 60) - 6))
            let fraction = Double(seed >> 11) / Double(1 << 53)
            var value = (seed & 1 == 0 ? 1 : -1) * fraction * magnitude
            // Every fourth value sits on a halfway point of some place, as decimals typed by people do.
            if seed & 6 == 0 { value = ((value * 1000).rounded(.down) + 0.5) / 1000 }
            values.append(value)
        }
        XCTAssertEqual(FixedPoint.rounded(0.0866823, places: 2, trimZeros: false, style: .vi), "0,09")
        XCTAssertEqual(FixedPoint.rounded(-12345.6789, places: 1, trimZeros: false, style: .vi), "-12.345,7")
        XCTAssertNil(FixedPoint.rounded(2.675, places: 2, trimZeros: false, style: .vi), "a halfway point is left to the general rule")
        for value in values {
            for decimals in [0, 1, 2, 3, 6] {
                for trim in [false, true] {
                    for style in [NumberStyle.vi, .plain] {
                        XCTAssertEqual(VietNumber.format(value, decimals: decimals, style: style, trimZeros: trim),
                                       general(value, decimals: decimals, style: style, trimZeros: trim, percent: false),
                                       "\(value) \(decimals) \(trim) \(style)")
                    }
                    if value.magnitude < 1e6 {
                        XCTAssertEqual(VietNumber.percent(value, decimals: decimals, trimZeros: trim),
                                       general(value, decimals: decimals, style: .vi, trimZeros: trim, percent: true),
                                       "\(value) \(decimals) \(trim) %")
                    }
                }
            }
        }
    }

    func testSimpleDecimalCellsReadAsTheFullParserReadsThem() {
        var cells = ["0,5", "12,34", "007,50", "0,000000000000000000001", "123456789012345678,9", "1,0", "99999999999999999999999,99"]
        var seed: UInt64 = 7
        for _ in 0..<3000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let whole = String(seed >> 40 % 1_000_000)
            let fraction = String(seed & 0xFFFFFF).prefix(Int(seed >> 61) + 1)
            cells.append(whole + "," + fraction)
        }
        for cell in cells {
            let plain = cell.replacingOccurrences(of: ",", with: ".")
            XCTAssertEqual(NumberParser.simpleDecimal(cell, style: .vi), Double(plain), cell)
            XCTAssertEqual(NumberParser.simpleDecimal(plain, style: .plain), Double(plain), plain)
            // The general path, reached by a leading space the fast path refuses.
            XCTAssertEqual(VietNumber.parse(" " + cell, style: .vi).value, Double(plain), cell)
            XCTAssertEqual(VietNumber.parse(cell, style: .vi).value, Double(plain), cell)
            XCTAssertEqual(VietNumber.parse(plain, style: .plain).value, Double(plain), plain)
        }
        for text in ["", ",5", "5,", "1,2,3", "1.234,5", "12.5", "-1,5", "1,5%", " 1,5", "1,5 ", "1,٥"] {
            XCTAssertNil(NumberParser.simpleDecimal(text, style: .vi), text)
        }
        for text in ["1,5", ".5", "5.", "1.2.3", "+1.5"] {
            XCTAssertNil(NumberParser.simpleDecimal(text, style: .plain), text)
        }
    }

    /// Whole values are written without the digit array; the text must be what the general path writes.
    func testWholeNumbersAreWrittenAsTheGeneralPathWritesThem() {
        func general(_ value: Double, decimals: Int, style: NumberStyle, trimZeros: Bool) -> String {
            var d = DecimalDigits(value)
            d.round(decimals: decimals)
            let places = trimZeros ? min(decimals, d.fractionLength) : decimals
            return d.render(decimals: places, group: style == .vi ? UInt8(ascii: ".") : nil,
                            decimalMark: style == .vi ? UInt8(ascii: ",") : UInt8(ascii: "."))
        }
        var seed: UInt64 = 42
        var values: [Double] = [0, -0.0, 1, -1, 9, 10, 999, 1000, -1000, 1_234_567, 999_999_999_999_999, -999_999_999_999_999]
        for _ in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let digits = Int(seed >> 60) + 1
            let magnitude = Double(seed >> 11 % UInt64(1 << 50)).truncatingRemainder(dividingBy: pow(10, Double(digits)))
            values.append((seed & 1 == 0 ? 1 : -1) * magnitude.rounded(.towardZero))
        }
        for value in values {
            for style in [NumberStyle.vi, .plain] {
                for decimals in [0, 1, 2, 6] {
                    for trim in [false, true] {
                        XCTAssertEqual(VietNumber.format(value, decimals: decimals, style: style, trimZeros: trim),
                                       general(value, decimals: decimals, style: style, trimZeros: trim), "\(value) \(style) \(decimals) \(trim)")
                    }
                }
            }
            let d = DecimalDigits(value)
            XCTAssertEqual(VietNumber.plain(value), d.render(decimals: d.fractionLength, group: nil, decimalMark: UInt8(ascii: ".")))
        }
        // Values with decimals: short ones (taken by the fixed-point path), ties, long binary fractions.
        var fractional: [Double] = [0.1, -0.1, 0.30000000000000004, 0.005, 0.015, 2.675, 1.005, 12345.675, -0.0000001,
                                    999_999_999.99, 0.125, 28.5, 0.43, 1e-7, 123_456.7, 99.995, 0.5, -0.5, 1.5]
        for _ in 0..<3000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let places = Int(seed >> 61) + 1
            let whole = Double((seed >> 20) % 1_000_000_000)
            let fraction = Double((seed >> 8) % 1_000_000) / pow(10, Double(places + Int(seed >> 62)))
            let value = (seed & 1 == 0 ? 1 : -1) * (whole / pow(10, Double(seed >> 59 & 7)) + fraction)
            fractional.append(value)
            fractional.append((value * 100).rounded() / 100)
        }
        for value in fractional {
            for style in [NumberStyle.vi, .plain] {
                for decimals in [1, 2, 3, 6] {
                    for trim in [false, true] {
                        XCTAssertEqual(VietNumber.format(value, decimals: decimals, style: style, trimZeros: trim),
                                       general(value, decimals: decimals, style: style, trimZeros: trim), "\(value) \(style) \(decimals) \(trim)")
                    }
                }
            }
        }
        XCTAssertNotNil(FixedPoint.text(0.43, places: 2, trimZeros: false, style: .vi))
        XCTAssertNil(FixedPoint.text(2.675, places: 2, trimZeros: false, style: .vi))
        XCTAssertNil(WholeNumber.text(1e15, decimals: 0, style: .vi))
        XCTAssertNil(WholeNumber.text(2.5, decimals: 0, style: .vi))
    }

    /// Dates read from the bytes are the dates the general reading finds, and anything it cannot
    /// read that way goes to the general reading: digits, both separators, spaces and letters, up to
    /// 12 bytes, and the edges (leap days, month 13, year 0, five-digit parts, mixed separators).
    func testDatesReadFromTheBytesAreTheDatesTheGeneralReadingFinds() {
        let alphabet = Array("0123456789/-/- a".utf8)
        var samples = ["18/7/2022", "02/06/2022", "2022-07-18", "29/2/2024", "29/2/2023", "31/4/2022", "1/13/2022",
                       "0/1/2022", "1/1/0000", "12/12/12345", "2022-7-8", "2022/07/18", "18-07-2022", "18/07-2022",
                       "018/7/2022", "1//2022", "/1/2022", "1/1/2022/", "2022-07-18-", "9999-12-31", "29-02-2024"]
        var seed: UInt64 = 7
        for _ in 0..<40_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(seed >> 60) % 13
            var bytes: [UInt8] = []
            var s = seed
            for _ in 0..<length {
                s = s &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(s >> 59) % alphabet.count])
            }
            samples.append(String(decoding: bytes, as: UTF8.self))
            // And shaped like dates: parts of 0–5 digits around either separator, either order.
            let d = Int(s >> 8) % 34, m = Int(s >> 16) % 15, y = [0, 1, 999, 1900, 2023, 2024, 2100, 9999, 10_000][Int(s >> 24) % 9]
            let seps = ["/", "-"]
            let dp = (s >> 32) % 3 == 0 ? "0" : "", mp = (s >> 34) % 3 == 0 ? "0" : ""
            let first = seps[Int(s >> 36) % 2], second = seps[Int(s >> 37) % 2]
            samples.append((s >> 38) % 2 == 0 ? "\(dp)\(d)\(first)\(mp)\(m)\(second)\(y)" : "\(y)\(first)\(mp)\(m)\(second)\(dp)\(d)")
        }
        var fast = 0
        for text in samples {
            let general = CivilDate.parseAnyForm(text)
            if let date = CivilDate.digitsOnly(text) {
                fast += 1
                XCTAssertEqual(general.value, date, text)
            } else if case .success = general, !text.contains(" ") {
                XCTFail("\(text) is a plain date the bytes should read")
            }
            XCTAssertEqual(CivilDate.parse(text).value, general.value, text)
        }
        XCTAssertGreaterThan(fast, 2_000)
    }
}
