import CSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creating the place for a new tree and swapping it in, shared by the whole-site and the streamed write.
extension OutputLocation {
    /// Puts the finished tree at the output path in one step; afterwards the previous tree (if any) is at `temporary`.
    func swapIn(_ temporary: String) throws {
        if !exists {
            guard rename(temporary, path) == 0 else {
                let error = POSIXFiles.ioError("đổi tên được thành", path)
                try? DirectoryTree.remove(temporary)
                throw error
            }
            return
        }
        if thidua_exchange_paths(temporary, path) == 0 { return }
        let code = errno
        guard code == EINVAL || code == ENOSYS || code == ENOTSUP else {
            try? DirectoryTree.remove(temporary)
            throw POSIXFiles.ioError("thay được thư mục", path, code: code)
        }
        // No RENAME_EXCHANGE on this file system: two renames. A build killed between them leaves no
        // output folder (never a mixed one); the old tree sits under the temporary prefix, so the next
        // build removes it as stale.
        let aside = temporary + "-old"
        guard rename(path, aside) == 0 else {
            let error = POSIXFiles.ioError("thay được thư mục", path)
            try? DirectoryTree.remove(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = POSIXFiles.ioError("thay được thư mục", path)
            _ = rename(aside, path)
            try? DirectoryTree.remove(temporary)
            throw error
        }
        guard rename(aside, temporary) == 0 else {
            try? DirectoryTree.remove(aside)
            return
        }
    }

    /// Creates missing folders above the output (`site/public` when `site/` does not exist yet);
    /// returns the ones it created, deepest first, so a failed build can take them away again.
    func makeParents() throws -> [String] {
        var created: [String] = []
        try OutputLocation.makeFolder(parent, created: &created)
        return created.reversed()
    }

    private static func makeFolder(_ path: String, created: inout [String]) throws {
        if POSIXFiles.linkStatus(path) != nil { return }
        let slash = path.lastIndex(of: "/")!
        if slash != path.startIndex { try makeFolder(String(path[..<slash]), created: &created) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw POSIXFiles.ioError("tạo được thư mục", path) }
        created.append(path)
    }
}
