import CSystem
import Dispatch
import Foundation
import LinkCheck
import SiteOutput
import Write

/// Link-checks and writes rendered batches on one serial queue while the next batch renders, so the
/// cores never wait for the disk (or for the 17,000 folders of a national site to be created) while
/// there are pages left to render. Batches are handled strictly in the order they were given, so the
/// broken links, their order and the written bytes are those of a build done one step at a time.
final class BatchWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "thidua.batch-writer")
    /// The batches given but not yet written, a bound on the rendered bytes held in memory: a new
    /// batch waits while `maxBatchesInFlight` are unwritten, unless all of them with it hold at most
    /// `smallBytes`. The first batches (search index chunks of a few KB each) then queue while the
    /// writer is still starting instead of stopping the rendering; large ones count as before.
    private let inFlight = NSCondition()
    private var batchesInFlight = 0
    private var bytesInFlight = 0
    private let maxBatchesInFlight: Int
    static let smallBytes = 4 << 20
    private let site: SitePaths
    // Touched only on `queue`, and read by the caller only after `finish()`.
    private var session: OutputSession?
    private var error: Error?
    private var broken: [BrokenLink] = []
    private var pages = 0

    /// `makeSession` runs on the queue, so creating the new tree overlaps the first batches' rendering;
    /// nil means check only (nothing is written).
    init(site: SitePaths, maxBatchesInFlight: Int = 2, makeSession: (() throws -> OutputSession)?) {
        self.site = site
        self.maxBatchesInFlight = maxBatchesInFlight
        guard let makeSession else { return }
        queue.async {
            do { self.session = try makeSession() } catch { self.error = error }
        }
    }

    /// Queues a batch, waiting first while too many unwritten ones are held (see `inFlight`).
    /// `releaseMemory`: hand freed memory back to the system once the batch is written (after a
    /// national table, whose freed blocks malloc would otherwise keep).
    func add(_ files: [OutputFile], releaseMemory: Bool = false) {
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        inFlight.lock()
        while batchesInFlight >= maxBatchesInFlight && bytesInFlight + bytes > Self.smallBytes { inFlight.wait() }
        batchesInFlight += 1
        bytesInFlight += bytes
        inFlight.unlock()
        queue.async {
            defer {
                self.inFlight.lock()
                self.batchesInFlight -= 1
                self.bytesInFlight -= bytes
                self.inFlight.broadcast()
                self.inFlight.unlock()
            }
            self.broken += LinkChecker.check(files: files, against: self.site)
            self.pages += files.filter { $0.path.hasSuffix(".html") }.count
            if let open = self.session {
                // After a write error, go on checking: broken links, if any, are what the build reports.
                do { try open.add(files) } catch {
                    self.error = error
                    self.session = nil
                }
            }
            if releaseMemory { thidua_release_free_memory() }
        }
    }

    /// Waits until every queued batch is handled.
    func drain() {
        queue.sync {}
    }

    /// Waits for every batch, then hands over what the writing found and the session to commit.
    func finish() -> (session: OutputSession?, error: Error?, broken: [BrokenLink], pages: Int) {
        queue.sync { (session, error, broken, pages) }
    }
}
