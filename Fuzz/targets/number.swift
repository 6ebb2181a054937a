// libFuzzer entry for VietNumber.parse: arbitrary text in both styles, with and without `%`, must never
// crash, and a number it accepts must come back unchanged through the product's own formatting.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumber(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for style in [NumberStyle.vi, .plain] {
        for percent in [false, true] {
            switch VietNumber.parse(text, style: style, allowPercent: percent) {
            case .failure(let e):
                precondition(!e.reason.isEmpty, "a refusal must say why")
            case .success(let v):
                precondition(v.isFinite, "accepted a non-finite number")
                precondition(v.sign == .plus || v != 0, "negative zero")
                // Full precision in plain form reads back as the very same Double.
                guard case .success(let again) = VietNumber.parse(VietNumber.plain(v), style: .plain) else {
                    preconditionFailure("plain form \(VietNumber.plain(v)) of \(v) does not parse")
                }
                precondition(again == v, "plain round trip changed \(v) into \(again)")
                // The displayed form (3 decimals) reads back in its style, within the rounding.
                let shown = VietNumber.format(v, decimals: 3, style: style)
                guard case .success(let rounded) = VietNumber.parse(shown, style: style) else {
                    preconditionFailure("formatted \(shown) of \(v) does not parse in style \(style)")
                }
                precondition(abs(rounded - v) <= 0.0005 + abs(v) * 1e-15, "\(shown) is not \(v) rounded")
            }
        }
    }
    return 0
}
