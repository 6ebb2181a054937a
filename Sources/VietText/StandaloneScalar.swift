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
        var i = 0
        let n = b.count
        while i < n {
            // Eight ASCII bytes, none a CR, are eight standalone scalars: folded search text (whole
            // stories) is mostly that.
            if i + 8 <= n {
                let word = ByteWord.load(b, at: i)
                if word & ByteWord.high == 0 && ByteWord.equal(word, 0x0D) == 0 {
                    count += 8
                    i += 8
                    continue
                }
            }
            let lead = b[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard UTF8ScalarValues.allSatisfy(UnsafeBufferPointer(rebasing: b[i..<(i + length)]), contains) else { return nil }
            count += 1
            i += length
        }
        return count
    }

    /// `count(utf8:)` of a String's UTF-8.
    public static func count(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { count(utf8: $0) }
    }
}
