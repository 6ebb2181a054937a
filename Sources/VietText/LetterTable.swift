import Foundation

/// Per-scalar facts about Latin letters, precomputed once so hot loops never call Foundation per character.
enum LetterTable {
    /// Vietnamese alphabet order with the Latin letters Vietnamese lacks (f, j, w, z) slotted in Latin order.
    static let alphabet: [Unicode.Scalar] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars)
    /// ASCII base of each letter code (ă → a, đ → d), for folding and slugs.
    static let asciiBase: [UInt8] = Array("aaabcddeefghijklmnooopqrstuuvwxyz".utf8)
    static let letterCount = 33

    static let codeA: UInt8 = 0, codeABreve: UInt8 = 1, codeACirc: UInt8 = 2, codeD: UInt8 = 5, codeDStroke: UInt8 = 6
    static let codeE: UInt8 = 7, codeECirc: UInt8 = 8, codeG: UInt8 = 10, codeI: UInt8 = 12
    static let codeO: UInt8 = 18, codeOCirc: UInt8 = 19, codeOHorn: UInt8 = 20, codeQ: UInt8 = 22
    static let codeU: UInt8 = 26, codeUHorn: UInt8 = 27, codeY: UInt8 = 31

    // Packed info: bits 0-5 letter code + 1 (0 = not a Latin letter), bits 6-8 tone, bit 9 uppercase,
    // bit 10 carries a mark Vietnamese does not use (ö, ç, ñ…).
    static let upperBit: UInt16 = 1 << 9
    static let foreignMarkBit: UInt16 = 1 << 10

    private static let lowRange: UInt32 = 0x250
    private static let highStart: UInt32 = 0x1E00
    private static let highEnd: UInt32 = 0x1F00

    private static let tables: (low: [UInt16], high: [UInt16], compose: [UInt32]) = buildTables()

    /// Index `(code * 6 + tone) * 2 + (upper ? 1 : 0)` → precomposed scalar value, 0 when none exists.
    static let compose: [UInt32] = tables.compose

    /// The info table behind a plain pointer; hot loops fetch it once and skip per-access array overhead.
    static let shared = InfoTable(low: tables.low, high: tables.high)

    struct InfoTable: @unchecked Sendable {
        // Allocated once for the process lifetime and never written after init.
        private let base: UnsafeMutablePointer<UInt16>

        init(low: [UInt16], high: [UInt16]) {
            base = .allocate(capacity: low.count + high.count)
            base.initialize(from: low + high, count: low.count + high.count)
        }

        @inline(__always)
        func info(_ v: UInt32) -> UInt16 {
            if v < LetterTable.lowRange { return base[Int(v)] }
            if v >= LetterTable.highStart && v < LetterTable.highEnd { return base[Int(v - LetterTable.highStart + LetterTable.lowRange)] }
            return 0
        }
    }

    @inline(__always)
    static func info(_ v: UInt32) -> UInt16 {
        shared.info(v)
    }

    @inline(__always) static func code(_ info: UInt16) -> Int { Int(info & 0x3F) - 1 }
    @inline(__always) static func tone(_ info: UInt16) -> Int { Int((info >> 6) & 0x7) }
    @inline(__always) static func isUpper(_ info: UInt16) -> Bool { info & upperBit != 0 }
    @inline(__always) static func hasForeignMark(_ info: UInt16) -> Bool { info & foreignMarkBit != 0 }

    @inline(__always)
    static func isVowel(_ code: Int) -> Bool {
        switch code {
        case 0, 1, 2, 7, 8, 12, 18, 19, 20, 26, 27, 31: return true
        default: return false
        }
    }

    /// The precomposed scalar for a letter code and tone, nil when Unicode has none (never for Vietnamese letters).
    static func composed(code: Int, tone: Int, upper: Bool) -> Unicode.Scalar? {
        let v = compose[(code * 6 + tone) * 2 + (upper ? 1 : 0)]
        return v == 0 ? nil : Unicode.Scalar(v)
    }

    /// Tone number of a combining tone mark: 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng; 0 otherwise.
    @inline(__always)
    static func toneOfMark(_ v: UInt32) -> Int {
        switch v {
        case 0x300, 0x340: return 1
        case 0x309: return 2
        case 0x303: return 3
        case 0x301, 0x341: return 4
        case 0x323: return 5
        default: return 0
        }
    }

    /// The letter made by adding a breve, circumflex or horn to a letter, nil when Vietnamese has no such letter.
    static func applyVowelMark(_ mark: UInt32, to code: Int) -> Int? {
        switch (mark, code) {
        case (0x306, 0): return 1
        case (0x302, 0): return 2
        case (0x302, 7): return 8
        case (0x302, 18): return 19
        case (0x31B, 18): return 20
        case (0x31B, 26): return 27
        default: return nil
        }
    }

    @inline(__always)
    static func isCombiningMark(_ v: UInt32) -> Bool {
        if v < 0x300 { return false }
        if v < 0x370 { return true }
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Apostrophe variants found in ethnic-minority names (Ea H’leo, Đắk R'Lấp).
    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x2BC || v == 0x60 || v == 0xB4 || v == 0x2032
    }

    private static func buildTables() -> (low: [UInt16], high: [UInt16], compose: [UInt32]) {
        var low = [UInt16](repeating: 0, count: Int(lowRange))
        var high = [UInt16](repeating: 0, count: Int(highEnd - highStart))
        var compose = [UInt32](repeating: 0, count: letterCount * 6 * 2)
        let asciiCode: [UInt8: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().compactMap { i, s in
            s.isASCII ? (UInt8(s.value), i) : nil
        })

        func describe(_ v: UInt32) -> UInt16 {
            if v == 0x110 || v == 0x111 { return pack(code: Int(codeDStroke), tone: 0, upper: v == 0x110, foreign: false) }
            guard let scalar = Unicode.Scalar(v) else { return 0 }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = decomposed.first, base.isASCII else { return 0 }
            let lower = base.value >= 0x41 && base.value <= 0x5A ? base.value + 0x20 : base.value
            guard var code = asciiCode[UInt8(lower)] else { return 0 }
            var tone = 0, foreign = false
            for mark in decomposed.dropFirst() {
                if let marked = applyVowelMark(mark.value, to: code) {
                    code = marked
                } else if toneOfMark(mark.value) != 0 && tone == 0 && isVowel(code) {
                    tone = toneOfMark(mark.value)
                } else {
                    foreign = true
                }
            }
            return pack(code: code, tone: tone, upper: lower != base.value, foreign: foreign)
        }

        func record(_ v: UInt32, _ info: UInt16) {
            guard info != 0, !hasForeignMark(info) else { return }
            let slot = (self.code(info) * 6 + self.tone(info)) * 2 + (isUpper(info) ? 1 : 0)
            if compose[slot] == 0 { compose[slot] = v }
        }

        for v in 0..<lowRange {
            low[Int(v)] = describe(v)
            record(v, low[Int(v)])
        }
        for v in highStart..<highEnd {
            high[Int(v - highStart)] = describe(v)
            record(v, high[Int(v - highStart)])
        }
        return (low, high, compose)
    }

    private static func pack(code: Int, tone: Int, upper: Bool, foreign: Bool) -> UInt16 {
        UInt16(code + 1) | UInt16(tone) << 6 | (upper ? upperBit : 0) | (foreign ? foreignMarkBit : 0)
    }
}
