import Diagnostics
import Foundation
import Mustache

/// The theme's Mustache templates, read from the templates folder at run time so that offices can
/// edit them without recompiling. Loaded synchronously, one file at a time, so a parse error names
/// its file, line and column.
public struct TemplateSet: Sendable {
    /// swift-mustache's parse of every template: it gives the syntax diagnostics and renders what
    /// the fast renderer leaves to it.
    public let library: MustacheLibrary
    /// The same templates compiled for `FastRenderer`, which renders most pages several times faster
    /// with byte-identical output (see FastTemplateDifferentialTests).
    let fast: FastTemplateSet
    let engine: TemplateEngine
    public let names: Set<String>
    public let directory: String
    /// Static files to publish under `assets/` (CSS, JS, icons), as output path → source path.
    public let assets: [(path: String, source: String)]
    /// `assets/css/*.css` and `assets/js/*.js` joined in file-name order into `assets/site.css` and
    /// `assets/site.js`: one request each, while theme parts stay in separate files.
    public let bundles: [(path: String, text: String)]
    /// Literal `id="…"` values written in the templates. Markdown headings never take one of them, so
    /// a story with a heading “Kết quả” cannot duplicate the fact box's `ket-qua` on the same page.
    public let fixedIDs: Set<String>

    /// Templates every build renders; a theme missing one cannot build a site.
    public static let required = ["layout", "home", "units", "unit", "progress", "indicator", "models", "model",
                                  "model-list", "press-sheet", "awards", "awards-year", "documents", "document",
                                  "page", "data", "search", "404"]

    public static func load(directory: String) -> (TemplateSet?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            diagnostics.error("TEMPLATES_MISSING", "Không tìm thấy thư mục giao diện “\(directory)”. Chỉ đường dẫn đúng bằng --templates.",
                              at: SourceLocation(file: directory))
            return (nil, diagnostics)
        }
        var library = MustacheLibrary()
        var names = Set<String>()
        var assets: [(String, String)] = []
        var css: [String] = []
        var js: [String] = []
        var fixedIDs = Set<String>()
        var sources: [String: String] = [:]
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let files = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []).sorted()
        for rel in files {
            let full = base + rel
            var dir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue else { continue }
            let display = (directory as NSString).appendingPathComponent(rel)
            if rel.hasPrefix("assets/") {
                if (rel as NSString).lastPathComponent.hasPrefix(".") { continue }
                let isCSS = rel.hasPrefix("assets/css/") && rel.hasSuffix(".css")
                let isJS = rel.hasPrefix("assets/js/") && rel.hasSuffix(".js")
                if isCSS || isJS {
                    guard let data = FileManager.default.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                        diagnostics.error("TEMPLATE_UNREADABLE", "Không đọc được tệp giao diện (cần UTF-8).", at: SourceLocation(file: display))
                        continue
                    }
                    if isCSS { css.append(text) } else { js.append(text) }
                } else {
                    assets.append((rel, full))
                }
                continue
            }
            guard rel.hasSuffix(".mustache") else { continue }
            guard let data = FileManager.default.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
                diagnostics.error("TEMPLATE_UNREADABLE", "Không đọc được mẫu giao diện (cần UTF-8).", at: SourceLocation(file: display))
                continue
            }
            let name = String(rel.dropLast(".mustache".count))
            fixedIDs.formUnion(literalIDs(text))
            do {
                let template = try MustacheTemplate(string: text)
                library.register(template, named: name)
                names.insert(name)
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error("TEMPLATE_SYNTAX", "Mẫu giao diện sai cú pháp Mustache: \(describe(error.error)).",
                                  at: SourceLocation(file: display, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                diagnostics.error("TEMPLATE_SYNTAX", "Mẫu giao diện sai cú pháp Mustache: \(error).", at: SourceLocation(file: display))
            }
        }
        for name in required where !names.contains(name) && !diagnostics.hasErrors {
            diagnostics.error("TEMPLATE_MISSING", "Thiếu mẫu giao diện \(name).mustache trong thư mục giao diện.",
                              at: SourceLocation(file: (directory as NSString).appendingPathComponent("\(name).mustache")))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let bundles = [("assets/site.css", css.joined(separator: "\n")), ("assets/site.js", js.joined(separator: "\n"))]
        return (TemplateSet(library: library, fast: FastTemplateSet(sources: sources), engine: .fromEnvironment, names: names,
                            directory: directory, assets: assets, bundles: bundles, fixedIDs: fixedIDs), diagnostics)
    }

    private init(library: MustacheLibrary, fast: FastTemplateSet, engine: TemplateEngine, names: Set<String>, directory: String,
                 assets: [(String, String)], bundles: [(String, String)], fixedIDs: Set<String>) {
        self.fast = fast
        self.engine = engine
        self.bundles = bundles
        self.fixedIDs = fixedIDs
        self.library = library
        self.names = names
        self.directory = directory
        self.assets = assets
    }

    /// `id="x"` values with no Mustache tag inside.
    static func literalIDs(_ text: String) -> Set<String> {
        var out = Set<String>()
        var rest = Substring(text)
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let value = rest[..<end]
            if !value.isEmpty && !value.contains("{") { out.insert(String(value)) }
            rest = rest[end...]
        }
        return out
    }

    /// Parser errors print as raw struct dumps; this says it in words.
    private static func describe(_ error: Error) -> String {
        let raw = String(describing: error)
        let table: [(String, String)] = [
            ("sectionCloseNameIncorrect", "thẻ đóng {{/…}} không khớp thẻ mở"),
            ("expectedSectionEnd", "thiếu thẻ đóng {{/…}}"),
            ("unfinishedName", "thẻ {{…}} chưa đóng"),
            ("expectedSectionEnd", "khối chưa đóng"),
            ("invalidSetDelimiter", "lệnh đổi dấu phân cách sai"),
            ("transformNotApplicableToPartials", "không dùng được biến đổi với partial"),
        ]
        for (needle, words) in table where raw.contains(needle) { return words }
        return raw
    }

    /// `context` is the page's view model: a `ViewModel` (what thidua's pages use) or a `[String: Any]`.
    public func render(_ context: Any, template name: String) -> String {
        switch engine {
        case .fast:
            if let page = fast.render(context, template: name) { return page }
        case .mustache:
            break
        case .compare(let comparison):
            let page = library.render(context, withTemplate: name) ?? ""
            comparison.record(template: name, fast: fast.render(context, template: name), mustache: page)
            return page
        }
        return library.render(context, withTemplate: name) ?? ""
    }

    /// As `render`, in UTF-8: the fast renderer's buffer as it is.
    /// The page and where the fast renderer put its charts (nothing known from swift-mustache).
    func renderPage(_ context: Any, template name: String) -> (bytes: [UInt8], linkFree: [Range<Int>]) {
        if case .fast = engine, let page = fast.renderBytes(context, template: name) { return page }
        return (Array(render(context, template: name).utf8), [])
    }

    /// The same set rendering with another engine (tests compare the two).
    func with(engine: TemplateEngine) -> TemplateSet {
        TemplateSet(library: library, fast: fast, engine: engine, names: names, directory: directory, assets: assets,
                    bundles: bundles, fixedIDs: fixedIDs)
    }

    /// Templates the fast renderer leaves to swift-mustache, with the reason.
    public var mustacheFallbacks: [String: String] { fast.fallbacks }
}
