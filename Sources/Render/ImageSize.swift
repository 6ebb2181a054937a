import Foundation

/// Reads the pixel size of PNG, JPEG, GIF and SVG files so `<img>` gets width and height and the
/// page does not jump while images load.
enum ImageSize {
    static func of(path: String) -> (width: Int, height: Int)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 65536)) ?? Data())
        if head.count >= 24, head[0] == 0x89, head[1] == 0x50, head[2] == 0x4E, head[3] == 0x47 {
            return (be32(head, 16), be32(head, 20))
        }
        if head.count >= 10, head[0] == 0x47, head[1] == 0x49, head[2] == 0x46 {
            return (Int(head[6]) | Int(head[7]) << 8, Int(head[8]) | Int(head[9]) << 8)
        }
        if head.count >= 4, head[0] == 0xFF, head[1] == 0xD8 { return jpeg(head) }
        if let text = String(bytes: head.prefix(4096), encoding: .utf8), text.contains("<svg") { return svg(text) }
        return nil
    }

    private static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }

    private static func jpeg(_ b: [UInt8]) -> (Int, Int)? {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
                return (Int(b[i + 7]) << 8 | Int(b[i + 8]), Int(b[i + 5]) << 8 | Int(b[i + 6]))
            }
            i += 2 + length
        }
        return nil
    }

    private static func svg(_ text: String) -> (Int, Int)? {
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = String(text[open.upperBound..<close])
        func attr(_ name: String) -> Double? {
            guard let r = tag.range(of: " \(name)=\"") else { return nil }
            let rest = tag[r.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return Double(rest[..<end].filter { $0.isNumber || $0 == "." })
        }
        if let w = attr("width"), let h = attr("height") { return (Int(w), Int(h)) }
        if let r = tag.range(of: "viewBox=\"") {
            let parts = tag[r.upperBound...].prefix { $0 != "\"" }.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            if parts.count == 4 { return (Int(parts[2]), Int(parts[3])) }
        }
        return nil
    }
}
