#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A short digest of a folder's metadata: every entry's path, type, size, inode, mtime and ctime.
/// Equal stamps mean nothing was added, removed, written or replaced since the stamp was taken
/// (ctime cannot be set back by tools that restore mtimes, so an in-place rewrite is seen too),
/// without reading a byte of content: a national site's 17,000 folders and 20,000 files are stamped
/// in a fraction of a second.
public enum TreeStamp {
    /// nil when the folder does not exist or cannot be walked.
    public static func of(_ directory: String) -> String? {
        var info = stat()
        guard lstat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        guard let listing = try? DirectoryTree.list(directory) else { return nil }
        // Stamped on all cores, a slice of entries each: the digest is a sum and an xor, so the parts
        // combine in any order. Slices are small, since the parallel map hands each thread 32 of them
        // at a time and only file slices make system calls.
        let folders = listing.directories, files = listing.files + listing.others
        let slice = 32
        let folderSlices = (folders.count + slice - 1) / slice
        let parts = try? ParallelWork.map(folderSlices + (files.count + slice - 1) / slice) { part -> Digest in
            var digest = Digest()
            if part < folderSlices {
                for folder in folders[part * slice..<min(folders.count, (part + 1) * slice)] { digest.addFolder(folder) }
                return digest
            }
            var info = stat()
            let first = (part - folderSlices) * slice
            for file in files[first..<min(files.count, first + slice)] {
                guard lstat(directory + "/" + file, &info) == 0 else { throw StampError.vanished }
                digest.addFile(file, info)
            }
            return digest
        }
        guard let parts else { return nil }
        var digest = Digest()
        for part in parts { digest.merge(part) }
        return "\(folders.count + files.count)-\(digest.hex)"
    }

    private enum StampError: Error { case vanished }

    /// The running program's file, so that a rebuilt thidua never reuses the previous one's output.
    public static func ofExecutable() -> String {
        var s = stat()
        guard stat("/proc/self/exe", &s) == 0 else { return "unknown" }
        return "\(s.st_size)-\(s.st_ino)-\(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec)-\(s.st_ctim.tv_sec).\(s.st_ctim.tv_nsec)"
    }

    /// Order-independent 128-bit digest: the wrapping sum and the xor of two 64-bit hashes per record.
    struct Digest {
        private var sum: UInt64 = 0
        private var mixed: UInt64 = 0

        /// A folder's record: its kind and path.
        mutating func addFolder(_ path: String) {
            var record = Record()
            record.add(byte: UInt8(ascii: "d"))
            record.add(path)
            add(record)
        }

        /// A file's record: its kind, path, mode, size, inode, mtime and ctime.
        mutating func addFile(_ path: String, _ info: stat) {
            var record = Record()
            record.add(byte: UInt8(ascii: "f"))
            record.add(path)
            record.add(word: UInt64(info.st_mode))
            record.add(word: UInt64(bitPattern: Int64(info.st_size)))
            record.add(word: UInt64(info.st_ino))
            record.add(word: UInt64(bitPattern: Int64(info.st_mtim.tv_sec)))
            record.add(word: UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)))
            record.add(word: UInt64(bitPattern: Int64(info.st_ctim.tv_sec)))
            record.add(word: UInt64(bitPattern: Int64(info.st_ctim.tv_nsec)))
            add(record)
        }

        mutating func merge(_ other: Digest) {
            sum = sum &+ other.sum
            mixed ^= other.mixed
        }

        private mutating func add(_ record: Record) {
            sum = sum &+ record.a
            mixed ^= record.b &* 0x94d0_49bb_1331_11eb
        }

        /// Two 64-bit hashes of one record's bytes.
        private struct Record {
            var a: UInt64 = 0xcbf2_9ce4_8422_2325
            var b: UInt64 = 0x9e37_79b9_7f4a_7c15

            mutating func add(byte: UInt8) {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b &+ UInt64(byte)) &* 0xbf58_476d_1ce4_e5b9
                b ^= b >> 31
            }

            /// The path's bytes, then a separator no path contains.
            mutating func add(_ path: String) {
                for byte in path.utf8 { add(byte: byte) }
                add(byte: 0)
            }

            mutating func add(word: UInt64) {
                for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
            }
        }

        var hex: String {
            let digits = Array("0123456789abcdef")
            var out = ""
            for word in [sum, mixed] {
                for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((word >> UInt64(shift)) & 0xf)]) }
            }
            return out
        }
    }
}
