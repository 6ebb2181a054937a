import SiteOutput

/// One file of the new output: bytes to write or a file to copy.
struct OutputEntry {
    enum Content {
        case bytes([UInt8])
        case copy(source: String)
    }

    let path: String
    let content: Content
}

/// The files of a write, validated (see `OutputLayout`), with what each one holds.
struct OutputEntries {
    let entries: [OutputEntry]
    /// Every folder the new tree needs, parents before children.
    let directories: [String]
    let paths: Set<String>

    init(files: [OutputFile], copies: [CopiedFile]) throws {
        var entries: [OutputEntry] = []
        entries.reserveCapacity(files.count + copies.count)
        for file in files { entries.append(OutputEntry(path: file.path, content: .bytes(file.bytes))) }
        for copy in copies { entries.append(OutputEntry(path: copy.path, content: .copy(source: copy.source))) }
        let layout = try OutputLayout(paths: entries.map(\.path))
        self.entries = entries
        self.paths = layout.pathSet
        self.directories = layout.directories
    }
}
