#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the new files compare with the previous output.
struct OutputComparison {
    /// Per entry (same order): bytes equal the previous output's file at the same path.
    let unchanged: [Bool]
    let markerUnchanged: Bool
    /// Regular files and other entries of the previous output that the new output lacks (marker excluded).
    let removed: Int
    /// Previous folders that the new tree does not need (they make the trees differ without removing a file).
    let extraDirectories: Int

    init(location: OutputLocation, entries: OutputEntries) throws {
        guard location.exists else {
            for entry in entries.entries {
                if case .copy(let source) = entry.content { try OutputComparison.checkReadable(source, for: entry.path) }
            }
            unchanged = [Bool](repeating: false, count: entries.entries.count)
            markerUnchanged = false
            removed = 0
            extraDirectories = 0
            return
        }
        let previous = try PreviousOutput(location: location, paths: entries.paths, directories: entries.directories)
        markerUnchanged = previous.markerUnchanged
        unchanged = try ParallelWork.map(entries.entries.count) { index in
            try OutputComparison.equalsPrevious(entries.entries[index], in: previous.path)
        }
        removed = previous.removed
        extraDirectories = previous.extraDirectories
    }

    /// True when `entry` has the same bytes as the file at its path under `previous`; a missing
    /// copy source is reported here, before anything is written.
    static func equalsPrevious(_ entry: OutputEntry, in previous: String) throws -> Bool {
        let old = previous + "/" + entry.path
        switch entry.content {
        case .bytes(let bytes):
            return try bytes.withUnsafeBytes { try POSIXFiles.fileEquals(old, $0) }
        case .copy(let source):
            guard POSIXFiles.linkStatus(old) != nil else {
                try checkReadable(source, for: entry.path)
                return false
            }
            return try sourceEquals(source, old, for: entry.path)
        }
    }

    /// True when writing would produce exactly the tree that is already there.
    var isIdentical: Bool {
        markerUnchanged && removed == 0 && extraDirectories == 0 && !unchanged.contains(false)
    }

    func summary(replacing: Bool) -> WriteSummary {
        let same = unchanged.filter { $0 }.count
        return WriteSummary(written: unchanged.count - same, unchanged: same, removed: removed, replacedFolder: replacing)
    }

    private static func sourceEquals(_ source: String, _ old: String, for path: String) throws -> Bool {
        do {
            return try POSIXFiles.filesEqual(source, old)
        } catch {
            try checkReadable(source, for: path)
            throw error
        }
    }

    /// A missing media file is the user's to fix; say so before any folder is built.
    static func checkReadable(_ source: String, for path: String) throws {
        let fd = open(source, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw WriteError(message: "Không đọc được tệp \(source) để chép vào \(path): \(POSIXFiles.errorText()). Hãy kiểm tra tệp còn đó và đọc được rồi dựng lại.")
        }
        close(fd)
    }
}
