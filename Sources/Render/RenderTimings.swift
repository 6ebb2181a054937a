import Dispatch
import Foundation
import SiteOutput

/// Time spent making the files of each top-level folder (`don-vi/`, `dien-hinh/`, …), added up over
/// every core: where rendering time goes, shown by `THIDUA_TIMINGS=1`. Recorded only when asked.
public final class RenderTimings: @unchecked Sendable {
    public struct Section: Sendable {
        public var seconds = 0.0
        public var files = 0
        public var bytes = 0
    }

    private let lock = NSLock()
    private var sections: [String: Section] = [:]

    public init() {}

    /// `don-vi/` for `don-vi/xa-a/index.html`; the file itself for files at the top.
    public static func section(of path: String) -> String {
        guard let slash = path.firstIndex(of: "/") else { return path }
        return String(path[...slash])
    }

    func record(_ path: String, seconds: Double, bytes: Int) {
        let key = Self.section(of: path)
        lock.lock()
        defer { lock.unlock() }
        sections[key, default: Section()].seconds += seconds
        sections[key, default: Section()].files += 1
        sections[key, default: Section()].bytes += bytes
    }

    /// Folders by time, longest first.
    public var bySection: [(name: String, section: Section)] {
        lock.lock()
        defer { lock.unlock() }
        return sections.map { ($0.key, $0.value) }.sorted { $0.section.seconds > $1.section.seconds || ($0.section.seconds == $1.section.seconds && $0.name < $1.name) }
    }

    /// `make()`, timed when there is a recorder.
    static func make(_ job: PageJob, into timings: RenderTimings?) -> OutputFile {
        guard let timings else { return job.make() }
        let start = DispatchTime.now().uptimeNanoseconds
        let file = job.make()
        timings.record(job.path, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, bytes: file.bytes.count)
        return file
    }
}
