/// One file of the built site, as bytes, addressed by its path inside the output folder
/// (`don-vi/xa-hong-phong/index.html`). Rendering produces these; only the writer touches disk.
public struct OutputFile: Sendable, Hashable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
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
