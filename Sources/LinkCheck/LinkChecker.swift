import Parallel
import SiteOutput

/// Every output path of a site (generated and copied files), looked up by the link check.
public final class SitePaths: Sendable {
    let table: PathTable

    public init(_ paths: Set<String>) {
        table = PathTable(paths)
    }
}

/// Checks that every internal link and media reference of the built HTML resolves to a built or copied file.
public enum LinkChecker {
    /// Broken references of every `.html` file, in file order then document order.
    /// `extraPaths` are output paths of copied files (media), which are not among `files`.
    public static func check(files: [OutputFile], extraPaths: Set<String>) -> [BrokenLink] {
        var existing = extraPaths
        for file in files { existing.insert(file.path) }
        return check(files: files, against: SitePaths(existing))
    }

    /// Broken references of the `.html` files among `files`, against every path of the site: a site
    /// rendered in batches is checked batch by batch, since its paths are all known before rendering.
    public static func check(files: [OutputFile], against site: SitePaths) -> [BrokenLink] {
        let table = site.table
        let pages = files.indices.filter { files[$0].path.utf8.reversed().starts(with: "lmth.".utf8) }
        if pages.isEmpty { return [] }

        // Pages are independent; chunks are joined in page order so the result never depends on scheduling.
        let chunk = 64
        let chunks = (pages.count + chunk - 1) / chunk
        return Parallel.map(chunks) { chunkIndex in
            let resolver = LinkResolver(existing: table)
            var found: [BrokenLink] = []
            for position in (chunkIndex * chunk)..<min(pages.count, (chunkIndex + 1) * chunk) {
                checkPage(files[pages[position]], resolver: resolver, into: &found)
            }
            return found
        }.flatMap { $0 }
    }

    private static func checkPage(_ file: OutputFile, resolver: LinkResolver, into found: inout [BrokenLink]) {
        resolver.enterPage(file.path)
        file.bytes.withUnsafeBufferPointer { html in
            var scanner = HTMLAttributeScanner(html, skipping: file.linkFree)
            while let (attribute, range) = scanner.next() {
                if attribute == .srcset {
                    for candidate in SrcsetParser.urlRanges(html, in: range) where !resolver.resolves(UnsafeBufferPointer(rebasing: html[candidate])) {
                        found.append(BrokenLink(page: file.path, target: String(decoding: html[candidate], as: UTF8.self), attribute: attribute.rawValue))
                    }
                } else if !resolver.resolves(UnsafeBufferPointer(rebasing: html[range])) {
                    found.append(BrokenLink(page: file.path, target: String(decoding: html[range], as: UTF8.self), attribute: attribute.rawValue))
                }
            }
        }
    }
}
