/// Decides whether one reference, found on a page, leads to an existing output file.
/// Works on bytes in buffers reused across links: the check runs millions of times on a national site.
final class LinkResolver {
    private let existing: PathTable
    /// Folder of the current page, `a/b` for `a/b/index.html` (empty at the root).
    private var folder: [UInt8] = []
    /// The path being resolved; grown when a link is longer than any before.
    private var target: UnsafeMutablePointer<UInt8>
    private var targetCapacity = 512
    private var targetCount = 0
    private var scratch: [UInt8] = []

    init(existing: PathTable) {
        self.existing = existing
        target = .allocate(capacity: targetCapacity)
    }

    deinit {
        target.deallocate()
    }

    func enterPage(_ path: String) {
        folder = Array(path.utf8)
        if let slash = folder.lastIndex(of: UInt8(ascii: "/")) {
            folder.removeSubrange(slash...)
        } else {
            folder.removeAll()
        }
    }

    /// True when `written` is external, a fragment of the page, or resolves to an existing path.
    /// Empty values, script URLs, root-absolute paths (the site must work from a sub-folder and
    /// file://) and paths climbing above the root do not resolve.
    func resolves(_ written: UnsafeBufferPointer<UInt8>) -> Bool {
        if written.contains(UInt8(ascii: "&")) {
            let decoded = URLText.decodeEntities(written)
            return decoded.withUnsafeBufferPointer { resolvesDecoded($0) }
        }
        return resolvesDecoded(written)
    }

    private func resolvesDecoded(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var end = value.count
        while start < end, value[start] <= 0x20 { start += 1 }
        while end > start, value[end - 1] <= 0x20 { end -= 1 }
        guard start < end else { return false }
        let url = UnsafeBufferPointer(rebasing: value[start..<end])
        if URLText.isScriptURL(url) { return false }
        let first = url[0]
        if first == UInt8(ascii: "/") { return url.count > 1 && url[1] == UInt8(ascii: "/") }  // `//host` is external
        if first == UInt8(ascii: "#") || URLText.hasScheme(url) { return true }
        var pathEnd = 0
        while pathEnd < url.count, url[pathEnd] != UInt8(ascii: "?"), url[pathEnd] != UInt8(ascii: "#") { pathEnd += 1 }
        if pathEnd == 0 { return true }  // `?x` is the page itself
        let path = UnsafeBufferPointer(rebasing: url[0..<pathEnd])
        if path.contains(UInt8(ascii: "%")) {
            scratch.removeAll(keepingCapacity: true)
            URLText.percentDecode(path, into: &scratch)
            return scratch.withUnsafeBufferPointer { resolvePath($0) }
        }
        return resolvePath(path)
    }

    private func resolvePath(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        let needed = folder.count + path.count + 12
        if needed > targetCapacity {
            target.deallocate()
            targetCapacity = needed * 2
            target = .allocate(capacity: targetCapacity)
        }
        targetCount = folder.count
        folder.withUnsafeBufferPointer { bytes in
            if let base = bytes.baseAddress { target.update(from: base, count: bytes.count) }
        }
        var segmentStart = 0
        var lastIsFolder = false
        while segmentStart <= path.count {
            var segmentEnd = segmentStart
            while segmentEnd < path.count, path[segmentEnd] != UInt8(ascii: "/") { segmentEnd += 1 }
            let length = segmentEnd - segmentStart
            let isDot = length == 1 && path[segmentStart] == UInt8(ascii: ".")
            let isDotDot = length == 2 && path[segmentStart] == UInt8(ascii: ".") && path[segmentStart + 1] == UInt8(ascii: ".")
            if isDotDot {
                if targetCount == 0 { return false }  // above the site root
                repeat { targetCount -= 1 } while targetCount > 0 && target[targetCount] != UInt8(ascii: "/")
            } else if length > 0 && !isDot {
                if targetCount > 0 { append(UInt8(ascii: "/")) }
                (target + targetCount).update(from: path.baseAddress! + segmentStart, count: length)
                targetCount += length
            }
            lastIsFolder = length == 0 || isDot || isDotDot
            segmentStart = segmentEnd + 1
        }
        if lastIsFolder {
            if targetCount > 0 { append(UInt8(ascii: "/")) }
            for byte in "index.html".utf8 { append(byte) }
        }
        return existing.contains(UnsafeBufferPointer(start: target, count: targetCount))
    }

    @inline(__always) private func append(_ byte: UInt8) {
        target[targetCount] = byte
        targetCount += 1
    }
}

/// Byte-level URL helpers shared by the resolver.
enum URLText {
    /// `javascript:`, `vbscript:`, `file:` and non-image `data:`, ignoring case and tabs/newlines as browsers do.
    static func isScriptURL(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        switch url.first.map(HTMLAttributeScanner.lower) {
        case UInt8(ascii: "j"): return startsWith(url, "javascript:")
        case UInt8(ascii: "v"): return startsWith(url, "vbscript:")
        case UInt8(ascii: "f"): return startsWith(url, "file:")
        case UInt8(ascii: "d"):
            guard startsWith(url, "data:") else { return false }
            return !(startsWith(url, "data:image/png") || startsWith(url, "data:image/gif")
                || startsWith(url, "data:image/jpeg") || startsWith(url, "data:image/webp"))
        default: return false
        }
    }

    /// Case-insensitive prefix test that skips tabs and newlines; `literal` must be lowercase.
    private static func startsWith(_ url: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let bytes = literal.utf8Start
        var k = 0
        for byte in url where byte != 0x09 && byte != 0x0A && byte != 0x0D {
            if k == literal.utf8CodeUnitCount { return true }
            if HTMLAttributeScanner.lower(byte) != bytes[k] { return false }
            k += 1
        }
        return k == literal.utf8CodeUnitCount
    }

    /// A URL scheme (`https:`, `mailto:`, `tel:`) before any `/`, `?` or `#`.
    static func hasScheme(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        for (index, byte) in url.enumerated() {
            let lower = byte | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            if byte == UInt8(ascii: ":") { return index > 0 }
            if index == 0 && !isLetter { return false }
            let isDigit = byte >= 0x30 && byte <= 0x39
            if !(isLetter || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) { return false }
        }
        return false
    }

    /// `%XX` sequences decoded; other bytes as they are.
    static func percentDecode(_ path: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var i = 0
        while i < path.count {
            if path[i] == UInt8(ascii: "%"), i + 2 < path.count, let high = hexValue(path[i + 1]), let low = hexValue(path[i + 2]) {
                output.append(high << 4 | low)
                i += 3
            } else {
                output.append(path[i])
                i += 1
            }
        }
    }

    /// The character references a generator writes into attributes (`&amp;`, `&quot;`, numeric ones).
    static func decodeEntities(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        var i = 0
        while i < value.count {
            guard value[i] == UInt8(ascii: "&") else {
                output.append(value[i])
                i += 1
                continue
            }
            var semicolon = i + 1
            while semicolon < value.count, semicolon - i <= 10, value[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
            if semicolon < value.count, value[semicolon] == UInt8(ascii: ";"),
               let decoded = entity(String(decoding: value[(i + 1)..<semicolon], as: UTF8.self)) {
                output.append(contentsOf: decoded.utf8)
                i = semicolon + 1
            } else {
                output.append(value[i])
                i += 1
            }
        }
        return output
    }

    private static func entity(_ name: String) -> String? {
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
