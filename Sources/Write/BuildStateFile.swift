#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small text file next to the output folder (`.public.thidua-state` beside `public/`) recording
/// what the last successful build was made from and what it left, so a rebuild with nothing changed
/// can stop at once. It sits outside the output so the portal never publishes it; it is removed
/// before a build starts writing and written only after the new output is in place, so a killed or
/// failed build never leaves a state that describes another tree.
public struct BuildStateFile {
    public let path: String

    public init(outputDirectory: String) {
        let out = OutputLocation.canonical(outputDirectory)
        let slash = out.lastIndex(of: "/")!
        let parent = slash == out.startIndex ? "" : String(out[..<slash])
        path = parent + "/." + out[out.index(after: slash)...] + ".thidua-state"
    }

    public func read() -> String? {
        guard let info = POSIXFiles.linkStatus(path), POSIXFiles.isRegular(info),
              let bytes = try? POSIXFiles.readFile(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func remove() {
        unlink(path)
    }

    /// Written beside and renamed over, so a reader sees the old state or the new one, never half.
    public func write(_ text: String) {
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        do {
            try POSIXFiles.createFile(temporary, bytes: Array(text.utf8))
            if rename(temporary, path) != 0 { unlink(temporary) }
        } catch {
            unlink(temporary)
        }
    }
}
