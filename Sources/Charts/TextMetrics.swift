/// Rough text widths for layout: the real font is the page's, unknown at build time, so every
/// estimate is deliberately generous (0.6 em per character, diacritics not counted).
enum TextMetrics {
    static func width(_ text: String, fontSize: Double = Metrics.fontSize) -> Double {
        Double(characterCount(text)) * fontSize * 0.6
    }

    /// `text.count` without grapheme segmentation for the text charts carry: when every scalar is one
    /// that always forms a character of its own (below the combining marks U+0300, precomposed
    /// Vietnamese letters U+1E00–U+1EFF, dashes, quotes and other punctuation of U+2010–U+205E except
    /// the joiners and line separators), characters are scalars, a CR LF pair counting once.
    /// Anything else (a combining mark, an emoji) falls back to `count`. Segmenting labels was a
    /// sixth of the time of a trend chart.
    static func characterCount(_ text: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E:
                if !(afterCR && scalar.value == 0x0A) { count += 1 }
                afterCR = scalar.value == 0x0D
            default:
                return text.count
            }
        }
        return count
    }

    static func maxWidth(_ texts: [String], fontSize: Double = Metrics.fontSize) -> Double {
        texts.map { width($0, fontSize: fontSize) }.max() ?? 0
    }

    /// Shortens `text` with an ellipsis so its estimated width fits; the full text stays in a tooltip.
    static func truncated(_ text: String, toWidth limit: Double, fontSize: Double = Metrics.fontSize) -> String {
        if width(text, fontSize: fontSize) <= limit { return text }
        let keep = Swift.max(1, Int(limit / (fontSize * 0.6)) - 1)
        return String(text.prefix(keep)) + "…"
    }
}
