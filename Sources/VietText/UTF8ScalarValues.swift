/// The scalar values of valid UTF-8 (a String's bytes), decoded in place: checking every scalar of a
/// national site's text through `unicodeScalars` cost more than the checks themselves.
enum UTF8ScalarValues {
    /// Whether `body` holds for every scalar value, in order; stops at the first that fails.
    @inline(__always)
    static func allSatisfy(_ b: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Bool) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let lead = b[i]
            let value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                i += 1
            } else if lead < 0xE0 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                i += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                i += 3
            } else {
                value = UInt32(lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                i += 4
            }
            if !body(value) { return false }
        }
        return true
    }
}
