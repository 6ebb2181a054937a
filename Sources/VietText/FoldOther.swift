import Foundation

/// Lowercase and mark-free form of a letter outside the Latin table (Greek, Cyrillic…).
func foldOther(_ scalar: Unicode.Scalar) -> String {
    String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
}
