import Foundation
import Pipeline
import SiteOutput
import XCTest

/// The progress-round fixture built from its three yearly files, and again after a fourth year's
/// file is dropped into a copy of it: the yearly round the site must absorb with nothing else edited.
enum ProgressFixture {
    static let base = FixturePaths.fixture("progress-round")

    static let before: Pipeline.Outcome = build(content: base.appendingPathComponent("content").path)

    static let after: Pipeline.Outcome = {
        let folder = FixturePaths.temporaryFolder("progress-round")
        let content = folder.appendingPathComponent("content")
        try! FileManager.default.copyItem(at: base.appendingPathComponent("content"), to: content)
        try! FileManager.default.copyItem(at: base.appendingPathComponent("extra/2024.csv"),
                                          to: content.appendingPathComponent("progress/2024.csv"))
        defer { try? FileManager.default.removeItem(at: folder) }
        return build(content: content.path)
    }()

    static func build(content: String) -> Pipeline.Outcome {
        Pipeline.check(BuildOptions(content: content, templates: FixturePaths.defaultTemplates))
    }

    static func file(_ path: String, in o: Pipeline.Outcome) -> String? {
        o.rendered?.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The page's visible text: tags dropped, one line per non-empty source line, trimmed.
    static func text(_ html: String) -> [String] {
        let noSVG = html.replacingOccurrences(of: "<svg[\\s\\S]*?</svg>", with: "", options: .regularExpression)
        let noTags = noSVG.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return noTags.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The HTML from the element with `id` to the end of its `</tag>`, counting nested tags of the same name.
    static func element(id: String, tag: String, in html: String) -> String? {
        guard let start = html.range(of: "<\(tag) class=\"[^\"]*\" id=\"\(id)\"", options: .regularExpression)
            ?? html.range(of: "<\(tag) id=\"\(id)\"") else { return nil }
        var depth = 0
        var cursor = start.lowerBound
        while let next = html.range(of: "</?\(tag)[ >]", options: .regularExpression, range: cursor..<html.endIndex) {
            depth += html[next].hasPrefix("</") ? -1 : 1
            cursor = next.upperBound
            // Only a closing tag brings the depth back to zero, and its match ends with ">".
            if depth == 0 { return String(html[start.lowerBound..<next.upperBound]) }
        }
        return nil
    }

    /// The text of each cell (th or td) of each row of the tables in `html`.
    static func tableRows(_ html: String) -> [[String]] {
        let rows = html.components(separatedBy: "<tr").dropFirst().map { $0.components(separatedBy: "</tr>")[0] }
        return rows.map { row in
            row.components(separatedBy: "<t").dropFirst().compactMap { cell -> String? in
                guard cell.hasPrefix("d") || cell.hasPrefix("h") else { return nil }
                let body = cell.components(separatedBy: "</t")[0]
                let inner = body.drop { $0 != ">" }.dropFirst()
                return String(inner).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
    }
}
