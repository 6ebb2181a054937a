import Diagnostics
import Foundation
import Pipeline

/// A throw-away copy of a fixture site, so tests can overlay, delete or break files without touching
/// the committed fixtures. Diagnostics are printed relative to the workspace, as `content/units.csv`.
struct FixtureWorkspace {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var contentPath: String { content.path }

    /// Copies `base` (a folder holding `content/`) into a fresh temporary folder.
    init(copying base: URL, label: String) throws {
        root = FixturePaths.temporaryFolder(label)
        try FileManager.default.copyItem(at: base.appendingPathComponent("content"), to: content)
    }

    /// Copies every file under `overlay` over the workspace's content, creating folders as needed.
    func overlay(_ overlay: URL) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: overlay.path) else { return }
        while let rel = walker.nextObject() as? String {
            let source = overlay.appendingPathComponent(rel)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: source.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let target = content.appendingPathComponent(rel)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: source, to: target)
        }
    }

    /// Removes content-relative paths (a kind's `remove.txt`).
    func remove(_ relativePaths: [String]) throws {
        for rel in relativePaths where !rel.isEmpty {
            try FileManager.default.removeItem(at: content.appendingPathComponent(rel))
        }
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = content.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func check(strict: Bool = false, templates: String = FixturePaths.defaultTemplates) -> Pipeline.Outcome {
        Pipeline.check(BuildOptions(content: contentPath, templates: templates, output: root.appendingPathComponent("public").path,
                                    strict: strict))
    }

    /// Diagnostic lines as staff see them, with the temporary folder cut off the paths.
    func lines(_ list: DiagnosticList) -> [String] {
        let prefix = root.path + "/"
        return list.sorted.map { d in
            var d = d
            if d.location.file.hasPrefix(prefix) { d.location.file.removeFirst(prefix.count) }
            return d.description
        }
    }

    func delete() { try? FileManager.default.removeItem(at: root) }
}

/// Every file of a rendered site as text, by output path.
extension Pipeline.Outcome {
    var outputTexts: [(path: String, text: String)] {
        (rendered?.files ?? []).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }
    }

    func outputText(_ path: String) -> String? {
        rendered?.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}
