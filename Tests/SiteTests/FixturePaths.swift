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

    /// A fresh empty folder inside this test run's folder (see `runFolder`).
    static func temporaryFolder(_ label: String) -> URL {
        let url = runFolder.appendingPathComponent("thidua-\(label)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One folder per test process under the system temporary folder, removed when the process
    /// exits: many tests leave the folders they build into for later assertions (and a failing test
    /// stops before its own clean-up), and each run used to leave about 300 of them in /tmp.
    private static let runFolder: URL = {
        let url = URL(fileURLWithPath: runFolderPath)
        try? FileManager.default.removeItem(at: url)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FixturePaths.runFolderPath) }
        return url
    }()

    private static let runFolderPath = (NSTemporaryDirectory() as NSString).appendingPathComponent("thidua-tests-\(getpid())")
}
