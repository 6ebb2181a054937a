// libFuzzer entry for FrontMatterSplitter.split: arbitrary bytes must split without crashing, and the
// pieces must really be pieces of the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let bytes = Array(text.utf8)
    switch FrontMatterSplitter.split(text, file: "fuzz.md") {
    case let .success(split):
        if let yaml = split.yaml {
            let yamlBytes = Array(yaml.utf8), bodyBytes = Array(split.body.utf8)
            precondition(split.yamlFirstLine == 2 && split.bodyFirstLine >= 3)
            precondition(bytes.count >= yamlBytes.count + bodyBytes.count + 6, "pieces longer than the input")
            precondition(Array(bytes.suffix(bodyBytes.count)) == bodyBytes, "body is not the end of the input")
            precondition(Array(bytes[yamlStart(bytes)...].prefix(yamlBytes.count)) == yamlBytes,
                         "yaml does not start on the second line")
        } else {
            precondition(split.body == text && split.bodyFirstLine == 1 && split.yamlFirstLine == 1)
        }
    case let .failure(diagnostic):
        precondition(diagnostic.code == "FRONT_MATTER_UNCLOSED" && diagnostic.location.line == 1)
    }
    return 0
}

/// Where the second line starts: the YAML begins right after the opening `---` line.
private func yamlStart(_ bytes: [UInt8]) -> Int {
    guard let end = bytes.firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
        return bytes.count
    }
    let crlf = bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n")
    return end + (crlf ? 2 : 1)
}
