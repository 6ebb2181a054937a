import Diagnostics

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
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let startsPhone = c == "+" || isDigit(c)
            guard startsPhone, i == 0 || !isDigit(scalars[i - 1]) else { i += 1; continue }
            // A digit run, allowing single spaces, dots and hyphens between groups, as numbers are written.
            var digits = ""
            var j = i
            if c == "+" { j += 1 }
            var lastWasDigit = false
            while j < scalars.count {
                let s = scalars[j]
                if isDigit(s) {
                    digits.unicodeScalars.append(s)
                    lastWasDigit = true
                } else if lastWasDigit && (s == " " || s == "." || s == "-") && j + 1 < scalars.count && isDigit(scalars[j + 1]) {
                    lastWasDigit = false
                } else {
                    break
                }
                j += 1
            }
            let plainRun = String(String.UnicodeScalarView(scalars[i..<j]))
            if isMobile(digits, international: c == "+" || digits.hasPrefix("84")) { return .phoneNumber(plainRun) }
            // Only an unbroken run counts as an ID; "1.234.567.890" is a figure, not an ID.
            var k = i
            while k < scalars.count && isDigit(scalars[k]) { k += 1 }
            let run = k - i
            if run == 9 || run == 12 { return .citizenID(String(String.UnicodeScalarView(scalars[i..<k]))) }
            i = max(j, i + 1)
        }
        return nil
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    private static func isMobile(_ digits: String, international: Bool) -> Bool {
        let d = Array(digits.utf8)
        let prefixes: Set<UInt8> = [UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "9")]
        if d.count == 10, d[0] == UInt8(ascii: "0"), prefixes.contains(d[1]) { return true }
        if international, d.count == 11, d[0] == UInt8(ascii: "8"), d[1] == UInt8(ascii: "4"), prefixes.contains(d[2]) { return true }
        return false
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
