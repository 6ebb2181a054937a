/// The scheme check cmark applies, repeated here so safety does not rest on cmark alone.
enum URLSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let safeDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// True when a browser could run the URL as script (or open a local file).
    static func isDangerous(_ url: String) -> Bool {
        // Browsers skip leading spaces/control characters and drop tabs and newlines anywhere.
        var normalized: [UInt8] = []
        normalized.reserveCapacity(24)
        var started = false
        for byte in url.utf8 {
            if !started && byte <= 0x20 { continue }
            started = true
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            normalized.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if normalized.count >= 24 { break }
        }
        let head = String(decoding: normalized, as: UTF8.self)
        guard let scheme = dangerousSchemes.first(where: { head.hasPrefix($0) }) else { return false }
        if scheme == "data:" {
            return !safeDataPrefixes.contains(where: { head.hasPrefix($0) })
        }
        return true
    }
}
