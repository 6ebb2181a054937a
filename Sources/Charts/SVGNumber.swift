/// Writes a coordinate with at most two decimals, without trailing zeros, and never as `-0`,
/// so identical input gives byte-identical output and no binary-fraction noise leaks in.
func svgNumber(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let scaled = (value * 100).rounded()
    // Anything this large is outside every viewBox we draw; refuse it rather than trap on Int().
    guard scaled.magnitude < 9e15 else { return "0" }
    var hundredths = Int(scaled)
    let negative = hundredths < 0
    if negative { hundredths = -hundredths }
    let whole = hundredths / 100
    let fraction = hundredths % 100
    var text = negative ? "-" : ""
    text += String(whole)
    if fraction != 0 {
        text += "."
        if fraction % 10 == 0 {
            text += String(fraction / 10)
        } else {
            text += fraction < 10 ? "0" + String(fraction) : String(fraction)
        }
    }
    return text
}
