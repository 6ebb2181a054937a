import VietText

/// Appends a coordinate with at most two decimals, without trailing zeros, and never as `-0`,
/// so identical input gives byte-identical output and no binary-fraction noise leaks in.
func appendSVGNumber<Sink: ByteSink>(_ value: Double, to out: inout Sink) {
    guard value.isFinite else { out.append(0x30); return }
    let scaled = (value * 100).rounded()
    // Anything this large is outside every viewBox we draw; refuse it rather than trap on Int().
    guard scaled.magnitude < 9e15 else { out.append(0x30); return }
    let negative = scaled < 0
    let hundredths = Int(scaled.magnitude)
    // Written right to left into 24 bytes on the stack (at most a sign, 14 digits, a point and two
    // decimals), then appended at once: a chart has hundreds of numbers, and each byte appended on
    // its own checked the array's uniqueness and capacity.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { raw in
        var i = raw.count
        let fraction = hundredths % 100
        if fraction != 0 {
            if fraction % 10 != 0 { i -= 1; raw[i] = 0x30 + UInt8(fraction % 10) }
            i -= 1; raw[i] = 0x30 + UInt8(fraction / 10)
            i -= 1; raw[i] = 0x2E
        }
        var whole = hundredths / 100
        repeat {
            i -= 1; raw[i] = 0x30 + UInt8(whole % 10)
            whole /= 10
        } while whole > 0
        // Never `-0`: a value that rounds to zero has no sign.
        if negative && hundredths != 0 { i -= 1; raw[i] = 0x2D }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[i...]))
    }
}
