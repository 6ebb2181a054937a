import Foundation

/// Locates the repository and its fixtures from this source file, so tests run from any folder.
enum FixturePaths {
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static func fixture(_ name: String) -> URL { repoRoot.appendingPathComponent("Tests/Fixtures/\(name)") }
    static var sampleContent: String { repoRoot.appendingPathComponent("content").path }
    static var defaultTemplates: String { repoRoot.appendingPathComponent("templates").path }

    /// A fresh empty folder under the system temporary folder.
    static func temporaryFolder(_ label: String) -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("thidua-\(label)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
