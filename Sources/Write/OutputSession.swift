import SiteOutput
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write fed in batches, so the rendered site never has to sit in memory whole: `begin` with every
/// path the site will have, `add` the generated files in that order as they are rendered, then
/// `commit` (swap the new tree in) or `abort` (remove it). Same guarantees as `OutputWriter.write`:
/// the output folder is replaced whole or left exactly as it was, unchanged files keep inode and
/// mtime, and a build whose files all equal the previous output touches nothing at all.
///
/// The new tree is started only once something differs from the previous output: until then every
/// file handled is unchanged, so it can still be hard-linked from the previous output later.
public final class OutputSession {
    private let writer: OutputWriter
    private let location: OutputLocation
    private let layout: OutputLayout
    private let copies: [CopiedFile]
    /// The output as it was; nil on a first build.
    private let previous: PreviousOutput?
    private let temporary: String
    /// Files added so far (the first `added` of `layout.paths`).
    private var added = 0
    /// Entries (files and copies) whose bytes equal the previous output.
    private var unchangedCount = 0
    private var copiesUnchanged: [Bool] = []
    /// True once the temporary tree exists.
    private var started = false
    private var createdParents: [String] = []
    /// Which of `layout.directories` the new tree has so far. Folders are made as the files that need
    /// them come, not all at the start: on ext4, making a national site's 11,000 folders right after
    /// as many were deleted took 3 s of the kernel's time, and the rendering stood still waiting for
    /// the writer. Flags beside the sorted list, found by binary search: a set of the paths took MBs.
    private var madeDirectories: [Bool] = []
    private var finished = false

    /// Checks the output location and every path, removes what killed builds left, compares the copied
    /// files and, when the output is new or differs in shape, starts the temporary tree.
    public init(writer: OutputWriter, filePaths: [String], copies: [CopiedFile]) throws {
        self.writer = writer
        location = try OutputLocation(outputDirectory: writer.outputDirectory, protectedDirectories: writer.protectedDirectories)
        layout = try OutputLayout(paths: filePaths + copies.map(\.path))
        self.copies = copies
        temporary = location.temporaryPath
        // Only after the checks: these folders are ours by name, left by killed or failed builds.
        for stale in try location.staleTemporaries() { try DirectoryTree.remove(stale) }
        previous = location.exists ? try PreviousOutput(location: location, paths: layout.pathSet, directories: layout.directories) : nil
        do {
            copiesUnchanged = try ParallelWork.map(copies.count) { index in
                let entry = OutputEntry(path: copies[index].path, content: .copy(source: copies[index].source))
                guard let previous else {
                    try OutputComparison.checkReadable(copies[index].source, for: entry.path)
                    return false
                }
                return try OutputComparison.equalsPrevious(entry, in: previous.path)
            }
            unchangedCount = copiesUnchanged.filter { $0 }.count
            if previous?.differsInShape ?? true || copiesUnchanged.contains(false) { try start() }
        } catch {
            abort()
            throw error
        }
    }

    /// Writes the next generated files; they must come in the order of `filePaths`. On an error the
    /// session is aborted (the output folder stays as it was).
    public func add(_ files: [OutputFile]) throws {
        precondition(!finished, "OutputSession used after commit or abort")
        do {
            guard added + files.count <= layout.paths.count - copies.count,
                  files.indices.allSatisfy({ files[$0].path == layout.paths[added + $0] }) else {
                throw WriteError(message: "Lỗi của thidua: tệp đầu ra không theo đúng thứ tự đã báo trước (\(files.first?.path ?? "")). Hãy báo lại lỗi này.")
            }
            let previousPath = previous?.path ?? ""
            let unchanged = try ParallelWork.map(files.count) { index in
                guard previous != nil else { return false }
                return try files[index].bytes.withUnsafeBytes { try POSIXFiles.fileEquals(previousPath + "/" + files[index].path, $0) }
            }
            if !started, unchanged.contains(false) { try start() }
            if started {
                try makeDirectories(for: files.lazy.map(\.path))
                _ = try ParallelWork.map(files.count) { index in
                    let entry = OutputEntry(path: files[index].path, content: .bytes(files[index].bytes))
                    try writer.place(entry, unchanged: unchanged[index], in: temporary, previous: previousPath)
                }
            }
            added += files.count
            unchangedCount += unchanged.filter { $0 }.count
        } catch {
            abort()
            throw error
        }
    }

    /// Puts the new tree in place, or leaves everything untouched when nothing differs.
    public func commit() throws -> WriteSummary {
        precondition(!finished, "OutputSession used after commit or abort")
        guard added == layout.paths.count - copies.count else {
            abort()
            throw WriteError(message: "Lỗi của thidua: chỉ nhận được \(added) trong \(layout.paths.count - copies.count) tệp đầu ra. Hãy báo lại lỗi này.")
        }
        let total = layout.paths.count
        let summary = { (replacing: Bool) in
            WriteSummary(written: total - self.unchangedCount, unchanged: self.unchangedCount, removed: self.previous?.removed ?? 0, replacedFolder: replacing)
        }
        guard started else {
            finished = true
            return summary(false)
        }
        do {
            try OutputWriter.placeMarker(in: temporary, unchanged: previous?.markerUnchanged ?? false, previous: location.path)
        } catch {
            abort()
            throw error
        }
        finished = true
        do {
            try location.swapIn(temporary)
        } catch {
            removeCreatedParents()
            throw error
        }
        // The old tree now sits at the temporary path; if removing it fails the next build removes it as stale.
        try? DirectoryTree.remove(temporary)
        return summary(true)
    }

    /// Removes the temporary tree and any folder the session created above the output.
    public func abort() {
        guard !finished else { return }
        finished = true
        if started { try? DirectoryTree.remove(temporary) }
        removeCreatedParents()
    }

    deinit { abort() }

    /// Only folders still empty: `rmdir` never removes anything else.
    private func removeCreatedParents() {
        for folder in createdParents { _ = rmdir(folder) }
    }

    /// Creates the temporary tree with every folder, then links in what was found unchanged so far.
    private func start() throws {
        createdParents = try location.makeParents()
        try POSIXFiles.makeDirectory(temporary)
        started = true
        let firstCopy = layout.paths.count - copies.count
        try makeDirectories(for: layout.paths[..<added])
        try makeDirectories(for: layout.paths[firstCopy...])
        let previousPath = previous?.path ?? ""
        // Files handled before the first difference all equal the previous output; their bytes are gone,
        // so a failed link falls back to copying the previous file.
        _ = try ParallelWork.map(added) { index in
            let path = layout.paths[index]
            if (try? POSIXFiles.hardLink(from: previousPath + "/" + path, to: temporary + "/" + path)) != nil { return }
            try POSIXFiles.copyFile(from: previousPath + "/" + path, to: temporary + "/" + path)
        }
        _ = try ParallelWork.map(copies.count) { index in
            let entry = OutputEntry(path: layout.paths[firstCopy + index], content: .copy(source: copies[index].source))
            try writer.place(entry, unchanged: copiesUnchanged[index], in: temporary, previous: previousPath)
        }
    }

    /// Makes every folder the files at `paths` need that is not made yet, parents first.
    private func makeDirectories(for paths: some Sequence<String>) throws {
        if madeDirectories.isEmpty { madeDirectories = Array(repeating: false, count: layout.directories.count) }
        for path in paths {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            var folder = path[..<slash]
            var missing: [Int] = []
            // Up from this folder to the first one made (or the root).
            while true {
                let index = directoryIndex(folder)
                if madeDirectories[index] { break }
                missing.append(index)
                guard let up = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { break }
                folder = folder[..<up]
            }
            for index in missing.reversed() {
                try POSIXFiles.makeDirectory(temporary + "/" + layout.directories[index])
                madeDirectories[index] = true
            }
        }
    }

    /// The index of `folder` in the sorted `layout.directories`, which has every folder of every path.
    private func directoryIndex(_ folder: Substring) -> Int {
        var low = 0, high = layout.directories.count
        while low < high {
            let middle = (low + high) / 2
            if layout.directories[middle] < folder { low = middle + 1 } else { high = middle }
        }
        precondition(low < layout.directories.count && layout.directories[low] == folder, "\(folder) is not a folder of the layout")
        return low
    }
}
