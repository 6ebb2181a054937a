/// Decides whether one reference, found on a page, leads to an existing output file.
enum LinkResolver {
    /// Folder components of a page path: `a/b/index.html` → `["a", "b"]`.
    static func folderComponents(ofPage path: String) -> [Substring] {
        var components = path.split(separator: "/", omittingEmptySubsequences: true)
        if !components.isEmpty { components.removeLast() }
        return components
    }

    /// True when `written` is external, a fragment of the page, or resolves to a path in `existing`.
    /// Empty values, script URLs, root-absolute paths (the site must work from a sub-folder and
    /// file://) and paths climbing above the root do not resolve.
    static func resolves(_ written: String, fromFolder folder: [Substring], existing: Set<String>) -> Bool {
        let value = trimmed(decodeEntities(written))
        guard let first = value.utf8.first else { return false }
        if isScriptURL(value) { return false }
        if value.hasPrefix("//") || hasScheme(value) { return true }
        if first == UInt8(ascii: "#") { return true }
        if first == UInt8(ascii: "/") { return false }
        var path = Substring(value)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        if path.isEmpty { return true }  // `?x` is the page itself
        let decoded = percentDecode(path)

        var components = folder
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        for segment in segments {
            if segment == "." || segment.isEmpty { continue }
            if segment == ".." {
                if components.isEmpty { return false }
                components.removeLast()
            } else {
                components.append(segment)
            }
        }
        let last = segments.last ?? ""
        let isFolder = last.isEmpty || last == "." || last == ".."
        var target = components.joined(separator: "/")
        if isFolder { target = target.isEmpty ? "index.html" : target + "/index.html" }
        return existing.contains(target)
    }

    private static func trimmed(_ value: String) -> String {
        let bytes = Array(value.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        return start == 0 && end == bytes.count ? value : String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `javascript:`, `vbscript:`, `file:` and non-image `data:`, ignoring case and tabs/newlines as browsers do.
    static func isScriptURL(_ value: String) -> Bool {
        var head: [UInt8] = []
        for byte in value.utf8 where byte != 0x09 && byte != 0x0A && byte != 0x0D {
            head.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if head.count >= 16 { break }
        }
        let text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("javascript:") || text.hasPrefix("vbscript:") || text.hasPrefix("file:") { return true }
        if text.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: { text.hasPrefix($0) })
        }
        return false
    }

    /// A URL scheme (`https:`, `mailto:`, `tel:`) before any `/`, `?` or `#`.
    private static func hasScheme(_ value: String) -> Bool {
        var index = 0
        for byte in value.utf8 {
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if byte == UInt8(ascii: ":") { return index > 0 }
            if index == 0 && !isLetter { return false }
            let isDigit = byte >= 0x30 && byte <= 0x39
            if !(isLetter || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) { return false }
            index += 1
        }
        return false
    }

    /// `%XX` sequences decoded as UTF-8; the value as it is when that is not valid.
    private static func percentDecode(_ value: Substring) -> String {
        guard value.utf8.contains(UInt8(ascii: "%")) else { return String(value) }
        var bytes: [UInt8] = []
        let source = Array(value.utf8)
        var i = 0
        while i < source.count {
            if source[i] == UInt8(ascii: "%"), i + 2 < source.count, let high = hexValue(source[i + 1]), let low = hexValue(source[i + 2]) {
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(source[i])
                i += 1
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? String(value)
    }

    /// The character references a generator writes into attributes (`&amp;`, `&quot;`, numeric ones).
    static func decodeEntities(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            if let decoded = entity(name) {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        result += rest
        return result
    }

    private static func entity(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case "lt": return "<"
        case "gt": return ">"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let code: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                code = UInt32(digits.dropFirst(), radix: 16)
            } else {
                code = UInt32(digits, radix: 10)
            }
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
