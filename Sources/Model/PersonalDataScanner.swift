import Diagnostics
import VietText

/// Finds text shaped like a citizen ID (a run of exactly 9 or 12 digits) or a Vietnamese mobile
/// number in any text that will be published. These must never reach the site, so they are errors.
public enum PersonalDataScanner {
    public enum Finding: Equatable, Sendable {
        case citizenID(String)
        case phoneNumber(String)

        /// The text found, as written.
        public var text: String {
            switch self {
            case .citizenID(let s), .phoneNumber(let s): return s
            }
        }
    }

    public static func scan(_ text: String) -> Finding? {
        // On UTF-8 bytes: everything looked for is ASCII, and a letter with marks is bytes that are
        // none of it, as its scalar is. Every story, award row and unit name passes through here.
        var text = text
        return text.withUTF8 { b -> Finding? in
            var i = 0
            while i < b.count {
                // Eight bytes without a digit or a `+` start nothing: skipped at once (most of a story).
                if i + 8 <= b.count, !mayStartNumber(ByteWord.load(b, at: i)) {
                    i += 8
                    continue
                }
                let c = b[i]
                let startsPhone = c == UInt8(ascii: "+") || isDigit(c)
                guard startsPhone, i == 0 || !isDigit(b[i - 1]) else { i += 1; continue }
                // A digit run, allowing single spaces, dots and hyphens between groups, as numbers are written.
                // How many digits, and the first three (all a mobile number's test reads).
                var digits = Digits()
                var j = i
                if c == UInt8(ascii: "+") { j += 1 }
                var lastWasDigit = false
                while j < b.count {
                    let s = b[j]
                    if isDigit(s) {
                        digits.append(s)
                        lastWasDigit = true
                    } else if lastWasDigit && (s == 0x20 || s == UInt8(ascii: ".") || s == UInt8(ascii: "-")) && j + 1 < b.count && isDigit(b[j + 1]) {
                        lastWasDigit = false
                    } else {
                        break
                    }
                    j += 1
                }
                let international = c == UInt8(ascii: "+") || (digits.count >= 2 && digits[0] == UInt8(ascii: "8") && digits[1] == UInt8(ascii: "4"))
                if isMobile(digits, international: international) {
                    return .phoneNumber(String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self))
                }
                // Only an unbroken run counts as an ID; "1.234.567.890" is a figure, not an ID.
                var k = i
                while k < b.count && isDigit(b[k]) { k += 1 }
                let run = k - i
                if run == 9 || run == 12 { return .citizenID(String(decoding: UnsafeBufferPointer(rebasing: b[i..<k]), as: UTF8.self)) }
                i = max(j, i + 1)
            }
            return nil
        }
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Whether a byte of `word` is a digit or `+`.
    @inline(__always)
    private static func mayStartNumber(_ word: UInt64) -> Bool {
        ByteWord.between(word, above: 0x2F, below: 0x3A) != 0 || ByteWord.equal(word, UInt8(ascii: "+")) != 0
    }

    /// The count of a run's digits and its first three.
    private struct Digits {
        var count = 0
        private var first: (UInt8, UInt8, UInt8) = (0, 0, 0)

        mutating func append(_ d: UInt8) {
            switch count {
            case 0: first.0 = d
            case 1: first.1 = d
            case 2: first.2 = d
            default: break
            }
            count += 1
        }

        subscript(i: Int) -> UInt8 { i == 0 ? first.0 : i == 1 ? first.1 : first.2 }
    }

    private static func isMobile(_ d: Digits, international: Bool) -> Bool {
        if d.count == 10, d[0] == UInt8(ascii: "0"), isMobilePrefix(d[1]) { return true }
        if international, d.count == 11, d[0] == UInt8(ascii: "8"), d[1] == UInt8(ascii: "4"), isMobilePrefix(d[2]) { return true }
        return false
    }

    /// The first digit of a Vietnamese mobile number after 0 or 84.
    private static func isMobilePrefix(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "3") || b == UInt8(ascii: "5") || b == UInt8(ascii: "7") || b == UInt8(ascii: "8") || b == UInt8(ascii: "9")
    }

    /// Adds an error when `text` holds personal data; `what` names the field in the message.
    public static func check(_ text: String, what: String, at location: SourceLocation, into diagnostics: inout DiagnosticList) {
        switch scan(text) {
        case .citizenID(let s)?:
            diagnostics.error("PERSONAL_DATA_IN_TEXT", "\(what) chứa “\(s)”, giống số CCCD/CMND. Không công bố số định danh cá nhân: xóa số này.", at: location)
        case .phoneNumber(let s)?:
            diagnostics.error("PERSONAL_DATA_IN_TEXT", "\(what) chứa “\(s)”, giống số điện thoại di động. Không công bố số điện thoại cá nhân: ghi tên cơ quan liên hệ.", at: location)
        case nil:
            break
        }
    }
}
