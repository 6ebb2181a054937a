/// Scalars that are always a character of their own in text made only of such scalars: ASCII (not
/// CR, which joins a following LF), precomposed Latin letters (Vietnamese included) and common
/// punctuation (dashes, quotes, ellipsis; not the joiners or line separators). For such text,
/// counting, clipping and splitting can work on scalars or bytes and give what Characters give;
/// other text (a combining mark, an emoji) has to go the Character way.
public enum StandaloneScalar {
    public static func contains(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x80: return v != 0x0D
        case 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    /// The number of scalars of valid UTF-8 when every one is standalone (so also its number of
    /// Characters), nil otherwise; decoded from the bytes in place. Chart labels and search records
    /// are measured this way by the hundred thousand. Only for a String's bytes (`count(_:)`): a
    /// truncated sequence at the end would be read past.
    static func count(utf8 b: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        let all = UTF8ScalarValues.allSatisfy(b) { value in
            count += 1
            return contains(value)
        }
        return all ? count : nil
    }

    /// `count(utf8:)` of a String's UTF-8.
    public static func count(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { count(utf8: $0) }
    }
}
