import Dispatch
import SiteOutput

/// Checks that every internal link and media reference of the built HTML resolves to a built or copied file.
public enum LinkChecker {
    /// Broken references of every `.html` file, in file order then document order.
    /// `extraPaths` are output paths of copied files (media), which are not among `files`.
    public static func check(files: [OutputFile], extraPaths: Set<String>) -> [BrokenLink] {
        var existing = extraPaths
        for file in files { existing.insert(file.path) }
        let pages = files.indices.filter { files[$0].path.hasSuffix(".html") }
        if pages.isEmpty { return [] }

        // Pages are independent; chunked per worker and joined in page order so the result never depends on scheduling.
        let workers = min(pages.count, 8)
        var perWorker = [[BrokenLink]](repeating: [], count: workers)
        perWorker.withUnsafeMutableBufferPointer { results in
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let start = pages.count * worker / workers
                let end = pages.count * (worker + 1) / workers
                var found: [BrokenLink] = []
                for position in start..<end {
                    checkPage(files[pages[position]], existing: existing, into: &found)
                }
                results[worker] = found
            }
        }
        return perWorker.flatMap { $0 }
    }

    private static func checkPage(_ file: OutputFile, existing: Set<String>, into found: inout [BrokenLink]) {
        let folder = LinkResolver.folderComponents(ofPage: file.path)
        file.bytes.withUnsafeBufferPointer { buffer in
            HTMLAttributeScanner.scan(buffer) { attribute, value in
                let targets = attribute == "srcset" ? SrcsetParser.urls(in: value) : [value]
                for target in targets where !LinkResolver.resolves(target, fromFolder: folder, existing: existing) {
                    found.append(BrokenLink(page: file.path, target: target, attribute: attribute))
                }
            }
        }
    }
}
