#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Listing and removing trees through directory file descriptors, never following a symlink:
/// a link planted in the output (or in a stale temporary folder) is removed, never what it points to.
enum DirectoryTree {
    /// What a previous output holds, as paths relative to its root.
    struct Listing {
        var files: [String] = []
        /// Symlinks, sockets and anything else that is neither a regular file nor a directory.
        var others: [String] = []
        var directories: [String] = []
    }

    enum Kind {
        case directory, regular, other
    }

    struct Entry {
        let name: String
        let kind: Kind
    }

    /// Lists the tree under `root` (which must be a directory, not a symlink), one level at a time
    /// with the folders of a level read in parallel: a site has about one folder per page.
    static func list(_ root: String) throws -> Listing {
        let rootFD = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard rootFD >= 0 else { throw POSIXFiles.ioError("đọc được thư mục", root) }
        defer { close(rootFD) }
        var listing = Listing()
        var level = [""]
        while !level.isEmpty {
            let contents = try ParallelWork.map(level.count) { index -> [Entry] in
                let relative = level[index]
                let fd = relative.isEmpty ? dup(rootFD) : openat(rootFD, relative, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard fd >= 0 else { throw POSIXFiles.ioError("đọc được thư mục", root + "/" + relative) }
                return try withEntries(fd, path: root + "/" + relative) { entries, _ in entries }
            }
            var next: [String] = []
            for (index, entries) in contents.enumerated() {
                let prefix = level[index].isEmpty ? "" : level[index] + "/"
                for entry in entries {
                    let relative = prefix + entry.name
                    switch entry.kind {
                    case .directory:
                        listing.directories.append(relative)
                        next.append(relative)
                    case .regular: listing.files.append(relative)
                    case .other: listing.others.append(relative)
                    }
                }
            }
            level = next
        }
        return listing
    }

    /// Entry names of a directory (without `.` and `..`), sorted for deterministic order.
    static func names(in path: String) throws -> [String] {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFiles.ioError("đọc được thư mục", path) }
        return try withEntries(fd, path: path) { entries, _ in entries.map(\.name) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Removes `path` and everything under it; a symlink is unlinked itself. A missing path is fine.
    static func remove(_ path: String) throws {
        guard let info = POSIXFiles.linkStatus(path) else { return }
        guard POSIXFiles.isDirectory(info) else {
            guard unlink(path) == 0 || errno == ENOENT else { throw POSIXFiles.ioError("xoá được", path) }
            return
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFiles.ioError("xoá được", path) }
        try removeContents(fd, path: path)
        guard rmdir(path) == 0 || errno == ENOENT else { throw POSIXFiles.ioError("xoá được", path) }
    }

    /// Empties the directory open at `fd` (and closes it).
    private static func removeContents(_ fd: Int32, path: String) throws {
        try withEntries(fd, path: path) { entries, directoryFD in
            for entry in entries {
                let childPath = path + "/" + entry.name
                if entry.kind == .directory {
                    let child = openat(directoryFD, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    guard child >= 0 else { throw POSIXFiles.ioError("xoá được", childPath) }
                    try removeContents(child, path: childPath)
                    guard unlinkat(directoryFD, entry.name, AT_REMOVEDIR) == 0 || errno == ENOENT else {
                        throw POSIXFiles.ioError("xoá được", childPath)
                    }
                } else {
                    guard unlinkat(directoryFD, entry.name, 0) == 0 || errno == ENOENT else {
                        throw POSIXFiles.ioError("xoá được", childPath)
                    }
                }
            }
        }
    }

    /// Reads the entries of the directory open at `fd`, then runs `body` with them and the still-open
    /// descriptor (for `openat`/`unlinkat`); closes `fd` in every case.
    private static func withEntries<T>(_ fd: Int32, path: String, _ body: ([Entry], Int32) throws -> T) throws -> T {
        guard let dir = fdopendir(fd) else {
            close(fd)
            throw POSIXFiles.ioError("đọc được thư mục", path)
        }
        defer { closedir(dir) }
        let directoryFD = dirfd(dir)
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, kind: kind(entry.pointee.d_type, name: name, in: directoryFD)))
        }
        return try body(entries, directoryFD)
    }

    private static func kind(_ type: UInt8, name: String, in directoryFD: Int32) -> Kind {
        switch type {
        case UInt8(DT_DIR): return .directory
        case UInt8(DT_REG): return .regular
        case UInt8(DT_UNKNOWN):
            // Some file systems do not fill d_type; ask without following a symlink.
            var info = stat()
            guard fstatat(directoryFD, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .other }
            return POSIXFiles.isDirectory(info) ? .directory : POSIXFiles.isRegular(info) ? .regular : .other
        default: return .other
        }
    }
}
