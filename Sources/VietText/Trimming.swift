import Foundation

/// Trimming and id rewriting on hot paths (every figure, link and CSV cell of a national site).
/// Foundation's `trimmingCharacters` and `replacingOccurrences` bridge through NSString and cost
/// microseconds even when there is nothing to do; these answer from the ends or the bytes first.
public enum Trimming {
    /// `s.trimmingCharacters(in: .whitespaces)` (or `.whitespacesAndNewlines`), the same result.
    public static func trimmed(_ s: String, newlines: Bool = true) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last, isSolid(first), isSolid(last) else {
            return s.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
        }
        return s
    }

    /// Printable ASCII or a letter: never in either set (Foundation's sets hold more than the
    /// Unicode White_Space property, U+200B among them, so that property cannot decide).
    private static func isSolid(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? u.value > 0x20 && u.value != 0x7F : u.properties.isAlphabetic
    }

    /// Ids use `_`, URL segments and anchors `-`: `nha_dai_doan_ket` → `nha-dai-doan-ket`.
    public static func hyphenated(_ id: String) -> String {
        guard id.utf8.contains(0x5F) else { return id }
        // `_` is one byte in UTF-8 and never part of a longer sequence, so bytes can be swapped.
        return String(decoding: id.utf8.map { $0 == 0x5F ? 0x2D : $0 }, as: UTF8.self)
    }
}
