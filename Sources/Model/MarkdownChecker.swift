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
        guard md.text.contains("](") || md.text.contains("thidua-") || md.text.contains("]:") else { return [:] }
        let rendered = MarkdownRenderer.render(md.text)
        for link in rendered.links {
            let location = SourceLocation(file: md.file, line: md.firstLine + link.line - 1, column: 1)
            let url = link.url.trimmingCharacters(in: .whitespaces)
            if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.error("IMAGE_ALT_MISSING", "Ảnh “\(url)” cần lời mô tả: viết ![mô tả ảnh](\(url)).", at: location)
            }
            guard url.hasPrefix("media/") || url.hasPrefix("./media/") || url.hasPrefix("../") || url.hasPrefix("/") else { continue }
            if url.hasPrefix("media/") || url.hasPrefix("./media/") {
                if !MediaPath.isSafe(url) {
                    diagnostics.error("MEDIA_PATH_INVALID", "Đường dẫn “\(url)” phải nằm trong media/, không dùng “..”.", at: location)
                } else if !media.contains(MediaPath.normalized(url)) {
                    diagnostics.error("MEDIA_MISSING", "Không có tệp “\(url)” trong thư mục media/.", at: location)
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
}
