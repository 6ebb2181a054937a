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
        try swap(temporary, into: location)
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
        try makeParents(of: location.parent)
        try POSIXFiles.makeDirectory(temporary)
        for directory in entries.directories { try POSIXFiles.makeDirectory(temporary + "/" + directory) }
        let previous = location.path
        _ = try ParallelWork.map(entries.entries.count) { index in
            let entry = entries.entries[index]
            if entry.path == failingPath {
                throw WriteError(message: "Lỗi thử nghiệm khi ghi \(entry.path).")
            }
            let destination = temporary + "/" + entry.path
            if comparison.unchanged[index], (try? POSIXFiles.hardLink(from: previous + "/" + entry.path, to: destination)) != nil {
                return
            }
            // Changed, or the link failed (another file system, link limit): write the bytes themselves.
            switch entry.content {
            case .bytes(let bytes): try POSIXFiles.createFile(destination, bytes: bytes)
            case .copy(let source): try POSIXFiles.copyFile(from: source, to: destination)
            }
        }
        let marker = temporary + "/" + OutputLocation.markerName
        if !comparison.markerUnchanged
            || (try? POSIXFiles.hardLink(from: previous + "/" + OutputLocation.markerName, to: marker)) == nil {
            try POSIXFiles.createFile(marker, bytes: OutputLocation.markerBytes)
        }
    }

    /// Puts the finished tree at the output path in one step; afterwards the previous tree (if any) is at `temporary`.
    private func swap(_ temporary: String, into location: OutputLocation) throws {
        if !location.exists {
            guard rename(temporary, location.path) == 0 else {
                let error = POSIXFiles.ioError("đổi tên được thành", location.path)
                try? DirectoryTree.remove(temporary)
                throw error
            }
            return
        }
        if thidua_exchange_paths(temporary, location.path) == 0 { return }
        let code = errno
        guard code == EINVAL || code == ENOSYS || code == ENOTSUP else {
            try? DirectoryTree.remove(temporary)
            throw POSIXFiles.ioError("thay được thư mục", location.path, code: code)
        }
        // No RENAME_EXCHANGE on this file system: two renames. A build killed between them leaves no
        // output folder (never a mixed one); the old tree sits under the temporary prefix, so the next
        // build removes it as stale.
        let aside = temporary + "-old"
        guard rename(location.path, aside) == 0 else {
            let error = POSIXFiles.ioError("thay được thư mục", location.path)
            try? DirectoryTree.remove(temporary)
            throw error
        }
        guard rename(temporary, location.path) == 0 else {
            let error = POSIXFiles.ioError("thay được thư mục", location.path)
            _ = rename(aside, location.path)
            try? DirectoryTree.remove(temporary)
            throw error
        }
        guard rename(aside, temporary) == 0 else {
            try? DirectoryTree.remove(aside)
            return
        }
    }

    /// Creates missing folders above the output (`site/public` when `site/` does not exist yet).
    private func makeParents(of path: String) throws {
        if POSIXFiles.linkStatus(path) != nil { return }
        let slash = path.lastIndex(of: "/")!
        if slash != path.startIndex { try makeParents(of: String(path[..<slash])) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw POSIXFiles.ioError("tạo được thư mục", path) }
    }
}
