/// What an existing output holds apart from the new files' bytes: whether its marker is current,
/// and how many entries and folders the new tree no longer has.
struct PreviousOutput {
    let path: String
    let markerUnchanged: Bool
    /// Regular files and other entries that the new output lacks (marker excluded).
    let removed: Int
    /// Folders that the new tree does not need (they make the trees differ without removing a file).
    let extraDirectories: Int

    /// `location` must exist; `paths` and `directories` describe the new tree.
    init(location: OutputLocation, paths: Set<String>, directories: [String]) throws {
        path = location.path
        let listing = try DirectoryTree.list(path)
        let marker = path + "/" + OutputLocation.markerName
        markerUnchanged = try OutputLocation.markerBytes.withUnsafeBytes { try POSIXFiles.fileEquals(marker, $0) }
        removed = listing.files.filter { $0 != OutputLocation.markerName && !paths.contains($0) }.count
            + listing.others.filter { !paths.contains($0) }.count
        let needed = Set(directories)
        extraDirectories = listing.directories.filter { !needed.contains($0) }.count
    }

    /// True when the new tree differs from this one whatever the new files hold.
    var differsInShape: Bool { !markerUnchanged || removed > 0 || extraDirectories > 0 }
}
