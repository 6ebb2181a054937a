/// Appends a coordinate with at most two decimals, without trailing zeros, and never as `-0`,
/// so identical input gives byte-identical output and no binary-fraction noise leaks in.
func appendSVGNumber(_ value: Double, to out: inout [UInt8]) {
    guard value.isFinite else { out.append(0x30); return }
    let scaled = (value * 100).rounded()
    // Anything this large is outside every viewBox we draw; refuse it rather than trap on Int().
    guard scaled.magnitude < 9e15 else { out.append(0x30); return }
    var hundredths = Int(scaled)
    if hundredths < 0 {
        out.append(0x2D)
        hundredths = -hundredths
    }
    appendDigits(hundredths / 100, to: &out)
    let fraction = hundredths % 100
    if fraction != 0 {
        out.append(0x2E)
        out.append(0x30 + UInt8(fraction / 10))
        if fraction % 10 != 0 { out.append(0x30 + UInt8(fraction % 10)) }
    }
}

private func appendDigits(_ value: Int, to out: inout [UInt8]) {
    if value < 10 {
        out.append(0x30 + UInt8(value))
        return
    }
    appendDigits(value / 10, to: &out)
    out.append(0x30 + UInt8(value % 10))
}
