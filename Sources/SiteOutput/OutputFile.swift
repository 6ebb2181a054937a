/// One file of the built site, as bytes, addressed by its path inside the output folder
/// (`don-vi/xa-hong-phong/index.html`). Rendering produces these; only the writer touches disk.
public struct OutputFile: Sendable, Hashable {
    public let path: String
    public let bytes: [UInt8]
    /// Ranges of `bytes` the renderer filled with its own charts (whole `<svg>` elements, which hold
    /// no links), for the link check to pass over; empty when not known. Not part of the file's
    /// identity: two files with the same path and bytes are the same file.
    public let linkFree: [Range<Int>]

    public init(path: String, bytes: [UInt8], linkFree: [Range<Int>] = []) {
        self.path = path
        self.bytes = Self.compacted(bytes)
        self.linkFree = linkFree
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool { a.path == b.path && a.bytes == b.bytes }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(bytes)
    }

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
        linkFree = []
    }

    /// Bytes grown by appending keep up to twice their size in spare capacity, and a batch of files
    /// waits in memory until it is written: copied to their exact size when the spare is large.
    static func compacted(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.capacity - bytes.count > max(16 << 10, bytes.count / 4) else { return bytes }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = bytes.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress, let target = buffer.baseAddress else { return 0 }
                target.initialize(from: base, count: source.count)
                return source.count
            }
        }
    }
}

/// A file copied as it is from the content folder (images under `content/media/`).
public struct CopiedFile: Sendable, Hashable {
    /// Absolute or working-directory-relative path of the source file.
    public let source: String
    /// Path inside the output folder.
    public let path: String

    public init(source: String, path: String) {
        self.source = source
        self.path = path
    }
}
