import Foundation
import Diagnostics
import Load
import Markdown
import VietText

/// Checks what a Markdown text refers to — images under `media/`, live chart/table blocks — and
/// reads the live blocks, reporting mistakes at their line in the file.
enum MarkdownChecker {
    static func check(_ md: MarkdownText, units: UnitDirectory, indicators: [Indicator], media: Set<String>,
                      diagnostics: inout DiagnosticList) -> [Int: LiveBlock] {
        // Most stories have neither links nor blocks; skip the parse for them.
        guard mayReferToAnything(md.text) else { return [:] }
        var options = MarkdownOptions()
        options.collectsPlainText = false
        let rendered = MarkdownRenderer.render(md.text, options: options)
        for link in rendered.links {
            let location = SourceLocation(file: md.file, line: md.firstLine + link.line - 1, column: 1)
            let url = Trimming.trimmed(link.url, newlines: false)
            if let scheme = ScriptURL.scheme(of: link.url) {
                // The renderer would empty it; an empty link is still a broken link on a published page, and
                // whoever wrote it should know it was there.
                diagnostics.error("LINK_UNSAFE", "\(link.isImage ? "Ảnh" : "Liên kết") “\(shown(link.url))” dùng \(scheme), có thể chạy mã độc trên trang nên không được phép. Xóa liên kết này hoặc thay bằng địa chỉ https://… hay một tệp trong media/.", at: location)
                continue
            }
            if link.isImage, Trimming.trimmed(link.text, newlines: false).isEmpty {
                diagnostics.error("IMAGE_ALT_MISSING", "Ảnh “\(url)” cần lời mô tả: viết ![mô tả ảnh](\(url)).", at: location)
            }
            guard url.hasPrefix("media/") || url.hasPrefix("./media/") || url.hasPrefix("../") || url.hasPrefix("/") else { continue }
            if url.hasPrefix("media/") || url.hasPrefix("./media/") {
                if !MediaPath.isSafe(url) {
                    diagnostics.error("MEDIA_PATH_INVALID", "Đường dẫn “\(url)” phải nằm trong media/, không dùng “..”.", at: location)
                } else if !media.contains(MediaPath.normalized(url)) {
                    diagnostics.error("MEDIA_MISSING", "Không có tệp “\(url)” trong thư mục media/. Chép tệp vào đó hoặc sửa tên tệp (phân biệt chữ hoa, chữ thường).", at: location)
                }
            } else if link.isImage {
                diagnostics.error("MEDIA_PATH_INVALID", "Ảnh “\(url)” phải lấy từ thư mục media/ của nội dung (ví dụ media/anh.jpg).", at: location)
            }
        }
        var blocks: [Int: LiveBlock] = [:]
        for block in rendered.blocks {
            let location = SourceLocation(file: md.file, line: md.firstLine + block.line - 1, column: 1)
            if let b = LiveBlockParser.parse(block, firstBodyLine: md.firstLine + block.line, location: location, file: md.file,
                                             units: units, indicators: indicators, diagnostics: &diagnostics) {
                blocks[block.index] = b
            }
        }
        return blocks
    }

    /// Whether `text` has `](`, `]:`, `<` or `thidua-` (a link, a reference, raw HTML, a live
    /// block): `memchr` finds the candidates, since most of a story's bytes are none of them and the
    /// 3,000 stories of a national site are scanned whole.
    static func mayReferToAnything(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard let base = b.baseAddress else { return false }
            let n = b.count
            if memchr(base, Int32(UInt8(ascii: "<")), n) != nil { return true }
            var i = 0
            while i < n, let found = memchr(base + i, Int32(UInt8(ascii: "]")), n - i) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + 1 < n, b[at + 1] == UInt8(ascii: "(") || b[at + 1] == UInt8(ascii: ":") { return true }
                i = at + 1
            }
            let marker: StaticString = "thidua-"
            return marker.withUTF8Buffer { m in
                var j = 0
                while j + m.count <= n, let found = memchr(base + j, Int32(m[0]), n - j - m.count + 1) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, m.baseAddress!, m.count) == 0 { return true }
                    j = at + 1
                }
                return false
            }
        }
    }
}

/// URLs a browser could run as script or use to open local files, as browsers read them: leading
/// spaces and control characters skipped, tabs and line breaks dropped anywhere, any letter case.
enum ScriptURL {
    static let imageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// `javascript:` (or `vbscript:`, `file:`, a non-image `data:`), nil for a harmless URL.
    static func scheme(of url: String) -> String? {
        var head: [UInt8] = []
        var started = false
        for byte in url.utf8 {
            if !started && byte <= 0x20 { continue }
            started = true
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            head.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            if head.count >= 16 { break }
        }
        let text = String(decoding: head, as: UTF8.self)
        for scheme in ["javascript:", "vbscript:", "file:"] where text.hasPrefix(scheme) { return scheme }
        if text.hasPrefix("data:"), !imageData.contains(where: { text.hasPrefix($0) }) { return "data:" }
        return nil
    }
}

/// A URL as quoted in a message: one line, at most 60 characters.
private func shown(_ value: String) -> String {
    let oneLine = String(value.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    return oneLine.count > 60 ? String(oneLine.prefix(59)) + "…" : oneLine
}
