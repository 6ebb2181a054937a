// libFuzzer entry for CivilDate.parse: arbitrary text must never crash; a date it accepts must exist and
// read back the same from both of its written forms and from its day number.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    switch CivilDate.parse(text) {
    case .failure(let e):
        precondition(!e.reason.isEmpty, "a refusal must say why")
    case .success(let d):
        precondition(CivilDate(year: d.year, month: d.month, day: d.day) == d, "accepted an impossible date")
        guard case .success(let iso) = CivilDate.parse(d.iso), case .success(let short) = CivilDate.parse(d.short) else {
            preconditionFailure("\(d.iso) / \(d.short) do not parse")
        }
        precondition(iso == d && short == d, "written forms of \(d.iso) read back differently")
        precondition(CivilDate(dayNumber: d.dayNumber) == d, "day number of \(d.iso) does not round-trip")
        precondition(d.long.hasPrefix("ngày ") && d.long.hasSuffix("năm \(d.year)"))
    }
    return 0
}
