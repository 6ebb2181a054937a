import VietText

/// Rough text widths for layout: the real font is the page's, unknown at build time, so every
/// estimate is deliberately generous (0.6 em per character, diacritics not counted).
enum TextMetrics {
    static func width(_ text: String, fontSize: Double = Metrics.fontSize) -> Double {
        Double(characterCount(text)) * fontSize * 0.6
    }

    /// `text.count` without grapheme segmentation when every scalar is a character of its own
    /// (`StandaloneScalar`); other text falls back to `count`. Segmenting labels was a sixth of the
    /// time of a trend chart.
    static func characterCount(_ text: String) -> Int {
        StandaloneScalar.count(text) ?? text.count
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
