import Dispatch
import Parallel
import SiteOutput
import VietText

/// One thing the search finds: a model, a unit, a document or a commendation.
struct SearchRecord: Sendable, Equatable {
    /// Index into `SearchIndex.kinds`.
    var kind: Int
    var title: String
    /// Output path from the site root; the page prefixes its own root.
    var path: String
    /// The unit or place shown under the title.
    var place: String
    /// Text shown as the snippet (clipped), and searched.
    var text: String
}

/// The search index as small JavaScript files that a page loads with `<script>` (so it works from
/// `file://`, where Chromium refuses `fetch`): a manifest, term shards keyed by the first letters of
/// the folded word (split further when a shard grows past `shardLimit`), and the records in chunks of
/// `chunkSize` so a query loads only the rows it shows. Folding (marks removed, đ→d) happens here, so
/// the browser only folds the query.
enum SearchIndex {
    static let kinds = ["Điển hình", "Đơn vị", "Văn bản", "Khen thưởng"]
    static let folder = "tim-kiem/chi-muc/"
    static let manifestPath = folder + "muc-luc.js"
    static let chunkSize = 64
    /// Bytes of one term shard before it is split by a longer prefix.
    static let shardLimit = 16_000
    static let snippetLength = 240

    /// Where a word occurs in a record; higher ranks first.
    enum Field: Int { case text = 0, place = 1, title = 2 }

    /// Every file of the index, in a fixed order. Records must come grouped by kind, in kind order.
    static func files(_ records: [SearchRecord]) -> [OutputFile] { jobs(SearchRecords(records)).map { $0.make() } }

    /// The files as page jobs: the manifest and the term shards are made here (their names come from
    /// the terms), the record chunks only when their job runs, in parallel with the other pages.
    static func jobs(_ records: SearchRecords) -> [PageJob] {
        let sorted = postings(records)
        var out: [PageJob] = []
        var keys: [String] = []
        // Numbers (decision numbers, years) are many but rarely searched: one letter of key is enough.
        // Terms are runs of a–z and 0–9 (`words`), so the first byte tells.
        let numbers = sorted.filter { $0.key.utf8.first! <= UInt8(ascii: "9") }
        let letters = sorted.filter { $0.key.utf8.first! > UInt8(ascii: "9") }
        let groups = shards(numbers, prefixLength: 1) + shards(letters, prefixLength: 2)
        // Made now, on all cores: the text is smaller than the postings a job would have to keep.
        let texts = Parallel.map(groups.count) { shardBytes(groups[$0].0, groups[$0].1) }
        for ((key, _), bytes) in zip(groups, texts) {
            keys.append(key)
            let file = OutputFile(path: folder + "t-\(key).js", bytes: bytes)
            out.append(PageJob(path: file.path) { file }.early())
        }
        // Each chunk is made when its job runs, from records made again: holding them all (or their
        // text) until then was the largest memory of a national build.
        let chunks = (records.count + chunkSize - 1) / chunkSize
        for chunk in 0..<chunks {
            let path = folder + "d-\(chunk).js"
            out.append(PageJob(path: path) {
                // Written as bytes: a String of the list, then of the call around it, was validated twice.
                var bytes = Array("ThiduaSearch.docs(\(chunk),".utf8)
                bytes += JSON.arrayBytes(chunk * chunkSize..<min(records.count, (chunk + 1) * chunkSize)) { id in
                    let r = records[id]
                    return .array([.int(r.kind), .string(r.title), .string(r.path), .string(r.place), .string(clip(r.text))])
                }
                bytes += ");\n".utf8
                return OutputFile(path: path, bytes: bytes)
            }.early())
        }
        let manifest = JSON.object([
            ("kinds", .array(kinds.map { .string($0) })),
            ("count", .int(records.count)),
            // Records come grouped by kind, so a result's kind is known before its chunk loads.
            ("starts", .array(records.starts.map { .int($0) })),
            ("chunk", .int(chunkSize)),
            ("shards", .array(keys.map { .string($0) })),
        ])
        let manifestFile = OutputFile(path: manifestPath, text: "ThiduaSearch.manifest(\(manifest.text));\n")
        out.insert(PageJob(path: manifestPath) { manifestFile }.early(), at: 0)
        return out
    }

    /// A term's delta-coded postings; 32 bits each, since a national site's postings are all held
    /// while the index is made (about 60 MB as Int at 4× the national fixture).
    typealias Postings = [UInt32]

    /// Every term with its delta-coded postings, in term order: each entry is
    /// `(id − previous id) × 4 + field`, ids ascending, with the best field the term occurs in for
    /// that record.
    static func postings(_ records: [SearchRecord]) -> [(key: String, value: Postings)] { postings(SearchRecords(records)) }

    static func postings(_ records: SearchRecords) -> [(key: String, value: Postings)] {
        // Folding every story is most of the work: done on all cores, a block of records at a time
        // (the terms of every record at once would be tens of MB), merged in record order.
        // Terms are spread over buckets by ranges of their first byte (0–9 then a–z, `bucket(of:)`)
        // so the postings of a block are added on all cores, each bucket by one worker; the buckets
        // never share a term, and sorting each bucket on its own sorts them all.
        let bucketCount = 16
        var tables = [SearchTermTable](repeating: SearchTermTable(), count: bucketCount)
        for blockStart in stride(from: 0, to: records.count, by: 1024) {
            let block = blockStart..<min(records.count, blockStart + 1024)
            // Each record's distinct terms in term order, hence in bucket order.
            let terms = Parallel.map(block.count, chunk: 16) { packedTerms(of: records[block.lowerBound + $0]) }
            tables.withUnsafeMutableBufferPointer { slots in
                let slots = slots
                DispatchQueue.concurrentPerform(iterations: bucketCount) { b in
                    for (i, record) in terms.enumerated() {
                        var k = firstIndex(of: b, in: record.words, bucketCount: bucketCount)
                        while k < record.words.count, bucket(of: record.words[k].firstByte, count: bucketCount) == b {
                            slots[b].add(record.words[k], longs: record.longs, id: block.lowerBound + i)
                            k += 1
                        }
                    }
                }
            }
        }
        let sortedBuckets = Parallel.map(bucketCount) { tables[$0].sorted() }
        return Array(sortedBuckets.joined())
    }

    /// The first of `words` (in term order) in bucket `b` or later.
    private static func firstIndex(of b: Int, in words: [PackedWord], bucketCount: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if bucket(of: words[middle].firstByte, count: bucketCount) < b { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The bucket of a term (a run of 0–9 and a–z): its first byte's rank among those 36, in
    /// `count` ranges that follow byte order.
    @inline(__always) static func bucket(of first: UInt8, count: Int) -> Int {
        let rank = first <= UInt8(ascii: "9") ? Int(first) - 0x30 : 10 + Int(first) - 0x61
        return min(count - 1, max(0, rank) * count / 36)
    }

    /// Groups sorted terms by their first `prefixLength` letters; a group too large for one request
    /// splits by one more letter (a term as short as the prefix stays in the shorter key).
    static func shards(_ terms: [(key: String, value: Postings)], prefixLength: Int,
                       limit: Int = shardLimit) -> [(String, [(key: String, value: Postings)])] {
        var groups: [(String, [(key: String, value: Postings)])] = []
        for t in terms {
            let key = String(t.key.prefix(prefixLength))
            if groups.last?.0 == key { groups[groups.count - 1].1.append(t) } else { groups.append((key, [t])) }
        }
        var out: [(String, [(key: String, value: Postings)])] = []
        for (key, group) in groups {
            guard shardLength(key, group) > limit, prefixLength < 6, group.contains(where: { $0.key.count > prefixLength }) else {
                out.append((key, group))
                continue
            }
            let short = group.filter { $0.key.count <= prefixLength }
            if !short.isEmpty { out.append((key, short)) }
            out += shards(group.filter { $0.key.count > prefixLength }, prefixLength: prefixLength + 1, limit: limit)
        }
        return out
    }

    /// `shardText(key, terms).utf8.count`, counted without writing the text.
    static func shardLength(_ key: String, _ terms: [(key: String, value: Postings)]) -> Int {
        var n = "ThiduaSearch.terms(\"".utf8.count + key.utf8.count + "\",{".utf8.count + "});\n".utf8.count
        for (i, t) in terms.enumerated() {
            n += (i > 0 ? 1 : 0) + 1 + t.key.utf8.count + "\":[".utf8.count + 1
            n += t.value.reduce(max(0, t.value.count - 1)) { $0 + decimalLength(Int($1)) }
        }
        return n
    }

    /// Digits of a posting (never negative: ids only grow).
    private static func decimalLength(_ n: Int) -> Int {
        var digits = 1, rest = n
        while rest >= 10 { rest /= 10; digits += 1 }
        return digits
    }

    static func shardText(_ key: String, _ terms: [(key: String, value: Postings)]) -> String {
        String(decoding: shardBytes(key, terms), as: UTF8.self)
    }

    /// `ThiduaSearch.terms("key",{"term":[n,n,…],…});` — terms are folded ASCII letters and digits, so
    /// nothing needs escaping; numbers are written digit by digit, not as a String each.
    static func shardBytes(_ key: String, _ terms: [(key: String, value: Postings)]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(shardLength(key, terms))
        out.append(contentsOf: "ThiduaSearch.terms(\"".utf8)
        out.append(contentsOf: key.utf8)
        out.append(contentsOf: "\",{".utf8)
        for (i, t) in terms.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: t.key.utf8)
            out.append(contentsOf: "\":[".utf8)
            for (j, n) in t.value.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                appendDecimal(Int(n), to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "});\n".utf8)
        return out
    }

    private static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor <= n / 10 { divisor *= 10 }
        var rest = n
        while divisor > 0 {
            out.append(0x30 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    static func clip(_ s: String) -> String { RenderContext.clip(s, to: snippetLength) }
}
