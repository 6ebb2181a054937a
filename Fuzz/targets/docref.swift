// libFuzzer entry for DocumentReference: arbitrary text must never crash the scanner, every reference it
// finds must be well formed, and its code (`417/KH-UBND`) must read back as the same reference.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentReference(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let all = DocumentReference.findAll(in: text)
    precondition(DocumentReference.parse(text) == all.first, "parse and findAll disagree on the first reference")
    for r in all {
        precondition(r.number > 0 && r.number < 1_000_000, "number out of range: \(r.number)")
        precondition(r.year.map { (0...9999).contains($0) } ?? true)
        precondition(r.symbol.unicodeScalars.count >= 2 && !r.symbol.hasPrefix("-") && !r.symbol.hasSuffix("-"), "symbol \(r.symbol)")
        guard let again = DocumentReference.parse(r.code) else { preconditionFailure("code \(r.code) does not parse") }
        precondition(again.number == r.number && again.year == r.year && again.symbol == r.symbol,
                     "code \(r.code) reads back as \(again.code)")
    }
    return 0
}
