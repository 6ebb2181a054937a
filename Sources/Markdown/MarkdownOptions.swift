import Foundation

/// How `MarkdownRenderer` turns content Markdown into page HTML.
public struct MarkdownOptions {
    /// Added to every heading level (clamped to 1...6); 1 turns `# x` into `<h2>` because the page title is the `<h1>`.
    public var headingOffset: Int
    /// Turns a heading's text into its `id`; the product passes its Vietnamese slugger.
    public var slugify: (String) -> String
    /// Applied to every safe link and image destination before rendering (content-relative → page-relative).
    public var rewriteURL: (String) -> String
    /// Info strings (first word after the fence) whose blocks are replaced by a placeholder.
    public var blockInfoStrings: Set<String>
    /// Ids the page around the Markdown already uses; headings get a numbered variant instead.
    public var reservedIDs: Set<String> = []

    /// Creates options; every parameter has the product's neutral default.
    public init(
        headingOffset: Int = 0,
        slugify: @escaping (String) -> String = MarkdownOptions.asciiSlug,
        rewriteURL: @escaping (String) -> String = { $0 },
        blockInfoStrings: Set<String> = ["thidua-chart", "thidua-table"]
    ) {
        self.headingOffset = headingOffset
        self.slugify = slugify
        self.rewriteURL = rewriteURL
        self.blockInfoStrings = blockInfoStrings
    }

    /// Fallback slug: diacritics folded (đ → d), lowercase ASCII letters and digits, other runs become one `-`.
    public static func asciiSlug(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isDigit = v >= 0x30 && v <= 0x39
            let isLower = v >= 0x61 && v <= 0x7A
            let isUpper = v >= 0x41 && v <= 0x5A
            if isDigit || isLower || isUpper {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 0x20)! : scalar)
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
