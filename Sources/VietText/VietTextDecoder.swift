import Foundation

/// The encoding a file's bytes were read in.
public enum DetectedEncoding: String, Sendable {
    case utf8, utf8WithBOM, windows1258
}

/// A file's text in NFC, byte-order mark removed.
public struct DecodedText: Sendable {
    public let text: String
    public let encoding: DetectedEncoding
    public init(text: String, encoding: DetectedEncoding) {
        self.text = text
        self.encoding = encoding
    }
}

/// Bytes that cannot be read as Vietnamese text without guessing; `message` (Vietnamese) names the
/// encoding and says how to re-export. `encodingName`: "TCVN3", "VNI", "UTF-16", "UTF-8" (broken after
/// a BOM), "double-encoded-UTF-8" or "unknown".
public struct TextDecodingError: Error, Sendable {
    public let encodingName: String
    public let message: String
    public init(encodingName: String, message: String) {
        self.encodingName = encodingName
        self.message = message
    }
}

/// Reads file bytes as text: UTF-8 (with or without BOM) or Windows-1258; refuses TCVN3, VNI and
/// anything else rather than return mojibake.
public enum VietTextDecoder {
    static let reExport = "Mở tệp trong Excel, chọn Tệp › Lưu dưới dạng › “CSV UTF-8 (Comma delimited) (*.csv)” (Lưu dưới dạng CSV UTF-8), rồi chạy lại."

    /// Decodes `bytes`; the text is NFC with the BOM removed.
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, TextDecodingError> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            return .failure(TextDecodingError(encodingName: "UTF-16", message:
                "Tệp được lưu dạng UTF-16 (“Văn bản Unicode” của Excel), chương trình chỉ đọc UTF-8. " + reExport))
        }
        // Valid UTF-8 (nearly every file) is checked once, by the standard library while making
        // the String; the first bad byte is looked for only to report it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            if let text = String(validating: body, as: UTF8.self) { return utf8Text(text, encoding: .utf8WithBOM) }
            let bad = firstInvalidUTF8(body) ?? bytes.count
            return .failure(TextDecodingError(encodingName: "UTF-8", message:
                "Tệp bắt đầu bằng dấu BOM của UTF-8 nhưng có byte không hợp lệ ở dòng \(line(of: bad, in: bytes)): tệp bị hỏng hoặc bị ghép từ nhiều bảng mã. " + reExport))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return utf8Text(text, encoding: .utf8) }
        let bad = firstInvalidUTF8(bytes[...]) ?? bytes.count
        return LegacyDetection.decode(bytes, firstInvalidLine: line(of: bad, in: bytes))
    }

    private static func utf8Text(_ raw: String, encoding: DetectedEncoding) -> Result<DecodedText, TextDecodingError> {
        let text = Normalization.nfc(raw)
        if let name = LegacyDetection.fontEncodedName(text) {
            return .failure(LegacyDetection.refusal(name))
        }
        if let sample = DoubleEncoding.sample(in: text) {
            return .failure(TextDecodingError(encodingName: "double-encoded-UTF-8", message:
                "Chữ tiếng Việt trong tệp đã bị hỏng trước khi lưu (UTF-8 bị đọc nhầm thành Windows-1252, ví dụ “\(sample)”; “Hà Nội” hiện thành “HÃ  Ná»™i”). Lấy lại tệp gốc rồi Lưu dưới dạng CSV UTF-8."))
        }
        return .success(DecodedText(text: text, encoding: encoding))
    }

    /// 1-based line of the byte at `offset`.
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    // Many NUL bytes in text mean UTF-16 without a byte-order mark.
    private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return false }
        return sample.lazy.filter { $0 == 0 }.count * 4 >= sample.count
    }

    /// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and values above
    /// U+10FFFF included), nil when the bytes are valid UTF-8.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return i
            }
            for k in 1...need {
                guard i + k < end else { return i }
                let c = bytes[i + k]
                if k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF) { return i }
            }
            i += need + 1
        }
        return nil
    }
}
