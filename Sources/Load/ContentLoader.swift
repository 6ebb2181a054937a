import Diagnostics
import Foundation

/// Reads a content folder (INPUT.md layout) into `RawContent`: decodes every file, splits CSV and
/// front matter, and reports every problem it meets without stopping at the first.
public enum ContentLoader {
    public static func load(root: String) -> (RawContent, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var raw = RawContent(root: root, siteConfigFile: ContentPaths.display(root: root, "site.yml"))
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            diagnostics.error("CONTENT_MISSING", "Không tìm thấy thư mục nội dung “\(root)”. Chỉ đường dẫn đúng bằng --content.",
                              at: SourceLocation(file: root))
            return (raw, diagnostics)
        }

        if let text = readText("site.yml", raw: raw, diagnostics: &diagnostics, required: true) {
            switch YAMLParser.parse(text, file: raw.siteConfigFile, firstLine: 1) {
            case .success(let mapping): raw.siteConfig = mapping
            case .failure(let d):
                diagnostics.append(d)
                raw.siteConfigUnreadable = true
            }
        } else {
            raw.siteConfigUnreadable = true
        }
        raw.units = readTable("units.csv", raw: raw, diagnostics: &diagnostics, required: true)
        raw.indicators = readTable("indicators.csv", raw: raw, diagnostics: &diagnostics, required: true)
        raw.targets = readTable("targets.csv", raw: raw, diagnostics: &diagnostics, required: false)
        raw.progress = readTables(in: "progress", raw: raw, diagnostics: &diagnostics)
        raw.awards = readTables(in: "awards", raw: raw, diagnostics: &diagnostics)
        raw.modelTables = readTables(in: "models", raw: raw, diagnostics: &diagnostics)
        raw.modelFiles = readMarkdownFiles(in: "models", raw: raw, diagnostics: &diagnostics)
        raw.narratives = readMarkdownFiles(in: "units", raw: raw, diagnostics: &diagnostics)
        raw.documents = readMarkdownFiles(in: "documents", raw: raw, diagnostics: &diagnostics)
        raw.pages = readMarkdownFiles(in: "pages", raw: raw, diagnostics: &diagnostics)
        if fm.fileExists(atPath: path(root, "index.md")) {
            raw.home = readMarkdown("index.md", raw: raw, diagnostics: &diagnostics)
        }
        raw.media = listFiles(under: "media", root: root)
        return (raw, diagnostics)
    }

    static func path(_ root: String, _ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    private static func readText(_ relative: String, raw: RawContent, diagnostics: inout DiagnosticList,
                                 required: Bool) -> String? {
        let full = path(raw.root, relative)
        guard FileManager.default.fileExists(atPath: full) else {
            if required {
                diagnostics.error("FILE_MISSING", "Thiếu tệp bắt buộc \(relative) trong thư mục nội dung.",
                                  at: SourceLocation(file: raw.display(relative)))
            }
            return nil
        }
        switch SourceFileReader.read(path: full, displayPath: raw.display(relative)) {
        case .success(let text): return text
        case .failure(let d):
            diagnostics.append(d)
            return nil
        }
    }

    private static func readTable(_ relative: String, raw: RawContent, diagnostics: inout DiagnosticList,
                                  required: Bool) -> CSVTable? {
        guard let text = readText(relative, raw: raw, diagnostics: &diagnostics, required: required) else { return nil }
        let (table, problems) = CSVReader.parse(text, file: raw.display(relative))
        diagnostics.append(contentsOf: problems)
        return table
    }

    private static func readTables(in folder: String, raw: RawContent, diagnostics: inout DiagnosticList) -> [NamedTable] {
        files(in: folder, root: raw.root, ext: "csv").compactMap { name in
            readTable("\(folder)/\(name).csv", raw: raw, diagnostics: &diagnostics, required: true)
                .map { NamedTable(name: name, table: $0) }
        }
    }

    private static func readMarkdown(_ relative: String, raw: RawContent, diagnostics: inout DiagnosticList) -> MarkdownFile? {
        guard let text = readText(relative, raw: raw, diagnostics: &diagnostics, required: true) else { return nil }
        let file = raw.display(relative)
        let name = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
        switch FrontMatterSplitter.split(text, file: file) {
        case .failure(let d):
            diagnostics.append(d)
            return nil
        case .success(let split):
            var mapping: YAMLMapping?
            if let yaml = split.yaml {
                switch YAMLParser.parse(yaml, file: file, firstLine: split.yamlFirstLine) {
                case .success(let m): mapping = m
                case .failure(let d):
                    diagnostics.append(d)
                    return nil
                }
            }
            return MarkdownFile(file: file, name: name, frontMatter: mapping, body: split.body,
                                bodyFirstLine: split.bodyFirstLine)
        }
    }

    private static func readMarkdownFiles(in folder: String, raw: RawContent, diagnostics: inout DiagnosticList) -> [MarkdownFile] {
        files(in: folder, root: raw.root, ext: "md").compactMap { name in
            readMarkdown("\(folder)/\(name).md", raw: raw, diagnostics: &diagnostics)
        }
    }

    /// Names (without extension) of the regular files with that extension directly in a folder, sorted
    /// by byte order so that builds do not depend on the file system's listing order.
    private static func files(in folder: String, root: String, ext: String) -> [String] {
        let dir = path(root, folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names
            .filter { !$0.hasPrefix(".") && ($0 as NSString).pathExtension.lowercased() == ext }
            .filter { name in
                var isDir: ObjCBool = false
                return FileManager.default.fileExists(atPath: path(dir, name), isDirectory: &isDir) && !isDir.boolValue
            }
            .map { ($0 as NSString).deletingPathExtension }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Every regular file below a folder, content-relative, skipping hidden files and symbolic links
    /// (a link could point outside the content folder).
    private static func listFiles(under folder: String, root: String) -> [String] {
        let base = path(root, folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        while let rel = enumerator.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            let full = path(base, rel)
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: full),
                  let type = attrs[.type] as? FileAttributeType, type == .typeRegular else { continue }
            out.append("\(folder)/\(rel)")
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
