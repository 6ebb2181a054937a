import Foundation

/// Pixel sizes of images, read once per file version: a model's card appears on many pages (showcase,
/// browse pages, every unit above it), and reading the image's head each time adds up on large sites.
final class ImageSizeCache: @unchecked Sendable {
    static let shared = ImageSizeCache()

    private struct Version: Hashable { let path: String; let size: Int64; let modified: Double }
    private let lock = NSLock()
    private var sizes: [Version: (width: Int, height: Int)?] = [:]

    /// The size of the image at `path`, nil when it cannot be read; a changed file is read again.
    func size(of path: String) -> (width: Int, height: Int)? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let version = Version(path: path, size: (attributes?[.size] as? NSNumber)?.int64Value ?? -1,
                              modified: (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        lock.lock()
        if let known = sizes[version] { lock.unlock(); return known }
        lock.unlock()
        let measured = ImageSize.of(path: path)
        lock.lock()
        sizes[version] = measured
        lock.unlock()
        return measured
    }
}
