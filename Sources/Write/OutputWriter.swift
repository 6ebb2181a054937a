import CSystem
import SiteOutput
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only component that touches the output folder. A write either replaces the folder whole
/// (built beside it, then swapped in atomically) or leaves it exactly as it was; files whose bytes
/// did not change keep their inode and mtime, so a sync uploads only what changed.
public struct OutputWriter {
    let outputDirectory: String
    let protectedDirectories: [String]
    /// Test hook: building the new tree fails when it reaches this output path.
    var failingPath: String?

    /// `protectedDirectories` are the content and templates folders, which the output must not be, contain or lie in.
    public init(outputDirectory: String, protectedDirectories: [String]) {
        self.outputDirectory = outputDirectory
        self.protectedDirectories = protectedDirectories
    }

    /// Writes the site: nothing at all when every file equals the previous output, otherwise a new tree swapped in.
    public func write(files: [OutputFile], copies: [CopiedFile]) throws -> WriteSummary {
        let location = try OutputLocation(outputDirectory: outputDirectory, protectedDirectories: protectedDirectories)
        let entries = try OutputEntries(files: files, copies: copies)
        // Only after the checks: these folders are ours by name, left by killed or failed builds.
        for stale in try location.staleTemporaries() { try DirectoryTree.remove(stale) }
        let comparison = try OutputComparison(location: location, entries: entries)
        if comparison.isIdentical { return comparison.summary(replacing: false) }

        let temporary = location.temporaryPath
        do {
            try build(temporary, entries: entries, comparison: comparison, location: location)
        } catch {
            try? DirectoryTree.remove(temporary)
            throw error
        }
        try location.swapIn(temporary)
        // The old tree now sits at the temporary path; if removing it fails the next build removes it as stale.
        try? DirectoryTree.remove(temporary)
        return comparison.summary(replacing: true)
    }

    /// What `write` would do, touching nothing (for tests and dry runs).
    public func plan(files: [OutputFile], copies: [CopiedFile]) throws -> WriteSummary {
        let location = try OutputLocation(outputDirectory: outputDirectory, protectedDirectories: protectedDirectories)
        let entries = try OutputEntries(files: files, copies: copies)
        let comparison = try OutputComparison(location: location, entries: entries)
        return comparison.summary(replacing: !comparison.isIdentical)
    }

    private func build(_ temporary: String, entries: OutputEntries, comparison: OutputComparison, location: OutputLocation) throws {
        _ = try location.makeParents()
        try POSIXFiles.makeDirectory(temporary)
        for directory in entries.directories { try POSIXFiles.makeDirectory(temporary + "/" + directory) }
        let previous = location.path
        _ = try ParallelWork.map(entries.entries.count) { index in
            try place(entries.entries[index], unchanged: comparison.unchanged[index], in: temporary, previous: previous)
        }
        try OutputWriter.placeMarker(in: temporary, unchanged: comparison.markerUnchanged, previous: previous)
    }

    /// Puts one entry into the new tree: a hard link to the previous file when the bytes are the same
    /// (keeping inode and mtime), else the bytes themselves.
    func place(_ entry: OutputEntry, unchanged: Bool, in temporary: String, previous: String) throws {
        if entry.path == failingPath {
            throw WriteError(message: "Lỗi thử nghiệm khi ghi \(entry.path).")
        }
        let destination = temporary + "/" + entry.path
        if unchanged, (try? POSIXFiles.hardLink(from: previous + "/" + entry.path, to: destination)) != nil {
            return
        }
        // Changed, or the link failed (another file system, link limit): write the bytes themselves.
        switch entry.content {
        case .bytes(let bytes): try POSIXFiles.createFile(destination, bytes: bytes)
        case .copy(let source): try POSIXFiles.copyFile(from: source, to: destination)
        }
    }

    static func placeMarker(in temporary: String, unchanged: Bool, previous: String) throws {
        let marker = temporary + "/" + OutputLocation.markerName
        if !unchanged || (try? POSIXFiles.hardLink(from: previous + "/" + OutputLocation.markerName, to: marker)) == nil {
            try POSIXFiles.createFile(marker, bytes: OutputLocation.markerBytes)
        }
    }
}
