/// What a write did (or, from `plan`, would do).
public struct WriteSummary: Sendable, Equatable {
    /// Files whose bytes were written or copied (new or changed).
    public let written: Int
    /// Files whose bytes equal the previous output (hard-linked, keeping inode and mtime).
    public let unchanged: Int
    /// Files of the previous output that the new output no longer has.
    public let removed: Int
    /// True when the output folder was created or swapped for a new tree.
    public let replacedFolder: Bool

    public init(written: Int, unchanged: Int, removed: Int, replacedFolder: Bool) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
        self.replacedFolder = replacedFolder
    }
}

/// Why the output could not be written; the output folder is then exactly as it was.
public struct WriteError: Error, CustomStringConvertible {
    /// What went wrong and what to do, in Vietnamese.
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
