import Diagnostics
import Foundation
import Parallel

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
        raw.awards = readTables(in: "awards", raw: raw, diagnostics: &diagnostics, keepText: true)
        raw.modelTables = readTables(in: "models", raw: raw, diagnostics: &diagnostics)
        raw.modelFiles = readMarkdownFiles(in: "models", raw: raw, diagnostics: &diagnostics)
        raw.narratives = readMarkdownFiles(in: "units", raw: raw, diagnostics: &diagnostics)
        raw.documents = readMarkdownFiles(in: "documents", raw: raw, diagnostics: &diagnostics)
        raw.pages = readMarkdownFiles(in: "pages", raw: raw, diagnostics: &diagnostics)
        if fm.fileExists(atPath: path(root, "index.md")) {
            raw.home = readMarkdown("index.md", raw: raw, diagnostics: &diagnostics)
        }
        raw.media = listFiles(under: "media", raw: raw, diagnostics: &diagnostics)
        return (raw, diagnostics)
    }

    static func path(_ root: String, _ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    private static func readText(_ relative: String, raw: RawContent, diagnostics: inout DiagnosticList,
                                 required: Bool) -> String? {
        let full = path(raw.root, relative)
        let kind = FileKind.of(full)
        if kind == .symlink {
            diagnostics.error("CONTENT_SYMLINK", ContentMessages.symlinkFile(relative), at: SourceLocation(file: raw.display(relative)))
            return nil
        }
        guard kind != .missing else {
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
        readParsed(relative, raw: raw, diagnostics: &diagnostics, required: required)?.table
    }

    /// A CSV file's text and its table, the parse's problems reported.
    private static func readParsed(_ relative: String, raw: RawContent, diagnostics: inout DiagnosticList,
                                   required: Bool) -> (text: String, table: CSVTable)? {
        guard let text = readText(relative, raw: raw, diagnostics: &diagnostics, required: required) else { return nil }
        let (table, problems) = CSVReader.parse(text, file: raw.display(relative))
        diagnostics.append(contentsOf: problems)
        return (text, table)
    }

    /// `keepText`: the tables are kept as text and parsed again where they are used (`NamedTable`).
    private static func readTables(in folder: String, raw: RawContent, diagnostics: inout DiagnosticList,
                                   keepText: Bool = false) -> [NamedTable] {
        readAll(in: folder, ext: "csv", raw: raw, diagnostics: &diagnostics) { name, found in
            let relative = "\(folder)/\(name).csv"
            guard let (text, table) = readParsed(relative, raw: raw, diagnostics: &found, required: true) else { return nil }
            return keepText ? NamedTable(name: name, deferring: table, text: text)
                            : NamedTable(name: name, table: table)
        }
    }

    private static func readMarkdown(_ relative: String, raw: RawContent, diagnostics: inout DiagnosticList) -> MarkdownFile? {
        guard let text = readText(relative, raw: raw, diagnostics: &diagnostics, required: true) else { return nil }
        let file = raw.display(relative)
        let name = FileName.base(FileName.last(relative))
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
        readAll(in: folder, ext: "md", raw: raw, diagnostics: &diagnostics) { name, found in
            readMarkdown("\(folder)/\(name).md", raw: raw, diagnostics: &found)
        }
    }

    /// The files of a folder with that extension, read on all cores (a national site has thousands of
    /// stories, a progress file per year, several award files); results and problems keep file-name order.
    private static func readAll<T>(in folder: String, ext: String, raw: RawContent, diagnostics: inout DiagnosticList,
                                   _ read: (String, inout DiagnosticList) -> T?) -> [T] {
        let names = files(in: folder, raw: raw, ext: ext, diagnostics: &diagnostics)
        let results = Parallel.map(names.count) { i in
            var found = DiagnosticList()
            let value = read(names[i], &found)
            return (value, found)
        }
        var out: [T] = []
        for (value, found) in results {
            diagnostics.append(contentsOf: found)
            if let value { out.append(value) }
        }
        return out
    }

    /// Symbolic links are never followed: a link could publish a file from outside the content folder.
    static func isSymlink(_ path: String) -> Bool {
        FileKind.of(path) == .symlink
    }

    /// False (with an error) when a content folder is a link to somewhere else.
    private static func isRealFolder(_ folder: String, raw: RawContent, diagnostics: inout DiagnosticList) -> Bool {
        guard isSymlink(path(raw.root, folder)) else { return true }
        diagnostics.error("CONTENT_SYMLINK", ContentMessages.symlinkFolder(folder), at: SourceLocation(file: raw.display(folder)))
        return false
    }

    /// Names (without extension) of the regular files with that extension directly in a folder, sorted
    /// by byte order so that builds do not depend on the file system's listing order.
    private static func files(in folder: String, raw: RawContent, ext: String, diagnostics: inout DiagnosticList) -> [String] {
        let dir = path(raw.root, folder)
        guard isRealFolder(folder, raw: raw, diagnostics: &diagnostics),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var out: [String] = []
        for name in names where !name.hasPrefix(".") && FileName.ext(name).lowercased() == ext {
            switch FileKind.of(path(dir, name)) {
            case .symlink:
                diagnostics.warning("CONTENT_SYMLINK", ContentMessages.symlinkSkipped("\(folder)/\(name)"),
                                    at: SourceLocation(file: raw.display("\(folder)/\(name)")))
            case .missing, .directory:
                continue
            case .regular, .other:
                out.append(FileName.base(name))
            }
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Every regular file below a folder, content-relative, skipping hidden files; symbolic links are
    /// skipped with a warning (a link could point outside the content folder).
    private static func listFiles(under folder: String, raw: RawContent, diagnostics: inout DiagnosticList) -> [String] {
        let base = path(raw.root, folder)
        guard isRealFolder(folder, raw: raw, diagnostics: &diagnostics),
              let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        while let rel = enumerator.nextObject() as? String {
            if FileName.last(rel).hasPrefix(".") { continue }
            let full = path(base, rel)
            let kind = FileKind.of(full)
            if kind == .symlink {
                diagnostics.warning("CONTENT_SYMLINK", ContentMessages.symlinkSkipped("\(folder)/\(rel)"),
                                    at: SourceLocation(file: raw.display("\(folder)/\(rel)")))
                continue
            }
            guard kind == .regular else { continue }
            out.append("\(folder)/\(rel)")
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}


/// Vietnamese texts of the loader's own diagnostics.
enum ContentMessages {
    static func symlinkFile(_ relative: String) -> String {
        "\(relative) là một liên kết tượng trưng (symlink) chứ không phải tệp thật; vì an toàn, chương trình không đọc tệp qua liên kết. "
            + "Chép tệp thật vào thư mục nội dung thay cho liên kết."
    }

    static func symlinkFolder(_ folder: String) -> String {
        "Thư mục \(folder)/ là một liên kết tượng trưng (symlink) tới chỗ khác; vì an toàn, chương trình không đọc gì trong đó. "
            + "Chép các tệp thật vào thư mục \(folder)/ của nội dung."
    }

    static func symlinkSkipped(_ relative: String) -> String {
        "\(relative) là một liên kết tượng trưng (symlink) nên bị bỏ qua và không được công bố. Chép tệp thật vào chỗ này nếu cần dùng."
    }
}
