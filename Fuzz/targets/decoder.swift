import Foundation

// libFuzzer entry for VietTextDecoder.decode: arbitrary bytes are either text in NFC (without a BOM) or a
// refusal that names the encoding; valid UTF-8 is never reinterpreted as something else.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch VietTextDecoder.decode(bytes) {
    case .failure(let e):
        precondition(["TCVN3", "VNI", "UTF-16", "UTF-8", "double-encoded-UTF-8", "unknown"].contains(e.encodingName),
                     "unknown encoding name \(e.encodingName)")
        precondition(!e.message.isEmpty)
    case .success(let decoded):
        let text = decoded.text
        precondition(text == text.precomposedStringWithCanonicalMapping, "decoded text is not NFC")
        precondition(!text.hasPrefix("\u{FEFF}"), "BOM left in the text")
        let validUTF8 = String(bytes: bytes, encoding: .utf8) != nil
        if validUTF8, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            precondition(decoded.encoding == .utf8, "valid UTF-8 read as \(decoded.encoding)")
            precondition(text == String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping,
                         "valid UTF-8 changed by decoding")
        }
        if decoded.encoding == .windows1258 { precondition(!text.unicodeScalars.contains("\u{FFFD}")) }
    }
    return 0
}
