#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX file helpers: no fsync per file (Foundation's `Data.write` syncs each one, which costs
/// hundreds of microseconds a file), no following of symlinks where that could leave the tree.
enum POSIXFiles {
    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// lstat, or nil when the path does not exist (or cannot be examined).
    static func linkStatus(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }
    static func isSymlink(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFLNK }

    /// Creates a new file (never an existing one, so a hard-linked file is never written through) with `bytes`.
    static func createFile(_ path: String, bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw ioError("tạo được tệp", path) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { raw in
            try writeAll(fd, raw, path: path)
        }
    }

    /// Copies `source` (symlinks in it followed: media may be linked) into a new file at `destination`.
    static func copyFile(from source: String, to destination: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw ioError("đọc được", source) }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard output >= 0 else { throw ioError("tạo được tệp", destination) }
        defer { close(output) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(input, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("đọc được", source)
            }
            if count == 0 { return }
            try writeAll(output, UnsafeRawBufferPointer(rebasing: buffer[0..<count]), path: destination)
        }
    }

    /// True when the file at `path` holds exactly `expected` (size first, then bytes). A missing file,
    /// a symlink or anything that is not a regular file simply differs.
    static func fileEquals(_ path: String, _ expected: UnsafeRawBufferPointer) throws -> Bool {
        // Open first and fstat the descriptor: one path lookup instead of two, which matters for 20,000 files.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, isRegular(info), Int(info.st_size) == expected.count else { return false }
        if expected.count == 0 { return true }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(expected.count, 1 << 16), alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < expected.count {
            let count = read(fd, buffer.baseAddress, min(buffer.count, expected.count - offset))
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("đọc được", path)
            }
            if count == 0 { return false }
            if memcmp(buffer.baseAddress!, expected.baseAddress! + offset, count) != 0 { return false }
            offset += count
        }
        return true
    }

    /// True when two files have the same bytes; `first` may be a symlink (a content file), `second` must be a regular file.
    static func filesEqual(_ first: String, _ second: String) throws -> Bool {
        var firstInfo = stat()
        guard stat(first, &firstInfo) == 0 else { throw ioError("đọc được", first) }
        guard let secondInfo = linkStatus(second), isRegular(secondInfo), secondInfo.st_size == firstInfo.st_size else { return false }
        let a = open(first, O_RDONLY | O_CLOEXEC)
        guard a >= 0 else { throw ioError("đọc được", first) }
        defer { close(a) }
        let b = open(second, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard b >= 0 else { throw ioError("đọc được", second) }
        defer { close(b) }
        let size = 1 << 16
        let bufferA = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        let bufferB = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer {
            bufferA.deallocate()
            bufferB.deallocate()
        }
        while true {
            let countA = try readFully(a, bufferA, path: first)
            let countB = try readFully(b, bufferB, path: second)
            if countA != countB { return false }
            if countA == 0 { return true }
            if memcmp(bufferA.baseAddress!, bufferB.baseAddress!, countA) != 0 { return false }
        }
    }

    /// Bytes of a regular file (symlinks not followed).
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw ioError("đọc được", path) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("đọc được", path)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 else { throw ioError("tạo được thư mục", path) }
    }

    static func hardLink(from existing: String, to newPath: String) throws {
        guard link(existing, newPath) == 0 else { throw ioError("tạo được liên kết", newPath) }
    }

    static func ioError(_ action: String, _ path: String, code: Int32 = errno) -> WriteError {
        WriteError(message: "Không \(action) \(path): \(errorText(code)). Thư mục xuất vẫn giữ nguyên như trước; hãy kiểm tra quyền ghi, dung lượng đĩa và tệp nguồn rồi dựng lại.")
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("ghi được", path)
            }
            offset += count
        }
    }

    /// Fills `buffer` as far as the file allows, so two files can be compared chunk by chunk.
    private static func readFully(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, path: String) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw ioError("đọc được", path)
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}
