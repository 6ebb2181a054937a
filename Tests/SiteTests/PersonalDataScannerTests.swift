import Model
import XCTest

/// What the personal-data scan finds, as written, including numbers right after Vietnamese letters
/// (the scan works on UTF-8 bytes, where such a letter is several bytes that are not digits).
final class PersonalDataScannerTests: XCTestCase {
    func testPhoneNumbersAndIDsAreFoundAsWritten() {
        let cases: [(String, PersonalDataScanner.Finding?)] = [
            ("Liên hệ 0912 345 678 để biết thêm", .phoneNumber("0912 345 678")),
            ("gọi 0912.345.678.", .phoneNumber("0912.345.678")),
            ("Số +84 912-345-678", .phoneNumber("+84 912-345-678")),
            ("số 84912345678", .phoneNumber("84912345678")),
            ("Đ0912345678 là mã", .phoneNumber("0912345678")),
            ("ấp Phước Hưng 0387654321", .phoneNumber("0387654321")),
            ("CCCD 001234567890 của ông", .citizenID("001234567890")),
            ("CMND số 123456789", .citizenID("123456789")),
            ("Tổng 1.234.567.890 đồng", nil),
            ("Năm 2024 giảm 3,5% hộ nghèo; 12 xã đạt", nil),
            ("0212345678 là số bàn", nil),
            ("mã 1234567890123 quá dài", nil),
            ("", nil),
            ("Hà Nội, Đắk Lắk — “không số”", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(PersonalDataScanner.scan(text), expected, text)
            // After any number of letters: across the eight bytes skipped at once when none can start a number.
            for k in 1..<10 {
                XCTAssertEqual(PersonalDataScanner.scan(String(repeating: "x", count: k) + " " + text), expected, "\(k) \(text)")
            }
        }
    }

    /// A story is scanned whole before line by line: the whole text has a finding exactly when one
    /// of its lines has, also where a number, an ID or a separator is cut by a line break.
    func testAStoryHasAFindingExactlyWhenALineHasOne() {
        let pieces = ["0912", "345678", "0912 345 678", "+84", "912345678", "84", "12345", "6789", "001234567890", "-", ".", " ",
                      "\n", "\r\n", "Xã Đắk", "2024", "+", "\n\n"]
        // Every sequence of up to three pieces.
        var texts = pieces
        for a in pieces { for b in pieces { texts.append(a + b); for c in pieces { texts.append(a + b + c) } } }
        for text in texts {
            let anyLine = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).contains {
                PersonalDataScanner.scan(String(Substring($0))) != nil
            }
            XCTAssertEqual(PersonalDataScanner.scan(text) != nil, anyLine, text.debugDescription)
        }
    }
}
