/// VNI Windows (VNI-Times fonts) writes a base letter then a mark byte ("Haø Noäi" is "Hà Nội").
/// Decoded only to recognise the encoding and refuse it by name.
enum VNIDecoding {
    /// The text with VNI marks as combining marks, and the number of bytes VNI does not assign.
    static func decode(_ bytes: [UInt8]) -> (text: String, unknown: Int) {
        var out = String.UnicodeScalarView()
        var unknown = 0
        for b in bytes {
            if b < 0x80 {
                out.append(Unicode.Scalar(b))
            } else if let marks = marks[b] {
                out.append(contentsOf: marks.map { Unicode.Scalar($0)! })
            } else if let letter = letters[b] {
                out.append(Unicode.Scalar(letter)!)
            } else {
                unknown += 1
                out.append("\u{FFFD}")
            }
        }
        return (String(out), unknown)
    }

    // Mark bytes: lowercase forms follow lowercase letters, uppercase forms follow capitals.
    private static let marks: [UInt8: [UInt32]] = {
        let rows: [(lower: UInt8, upper: UInt8, marks: [UInt32])] = [
            (0xF9, 0xD9, [0x301]), (0xF8, 0xD8, [0x300]), (0xFB, 0xDB, [0x309]), (0xF5, 0xD5, [0x303]),
            (0xEF, 0xCF, [0x323]),
            (0xE2, 0xC2, [0x302]), (0xE1, 0xC1, [0x302, 0x301]), (0xE0, 0xC0, [0x302, 0x300]),
            (0xE5, 0xC5, [0x302, 0x309]), (0xE3, 0xC3, [0x302, 0x303]), (0xE4, 0xC4, [0x302, 0x323]),
            (0xEA, 0xCA, [0x306]), (0xE9, 0xC9, [0x306, 0x301]), (0xE8, 0xC8, [0x306, 0x300]),
            (0xFA, 0xDA, [0x306, 0x309]), (0xFC, 0xDC, [0x306, 0x303]), (0xEB, 0xCB, [0x306, 0x323]),
        ]
        var t: [UInt8: [UInt32]] = [:]
        for row in rows { t[row.lower] = row.marks; t[row.upper] = row.marks }
        return t
    }()

    // Letters with a byte of their own: ơ ư đ, the toned i's and ỵ.
    private static let letters: [UInt8: UInt32] = [
        0xF4: 0x1A1, 0xD4: 0x1A0, 0xF6: 0x1B0, 0xD6: 0x1AF, 0xF1: 0x111, 0xD1: 0x110,
        0xED: 0xED, 0xEC: 0xEC, 0xE6: 0x1EC9, 0xF3: 0x129, 0xF2: 0x1ECB,
        0xCD: 0xCD, 0xCC: 0xCC, 0xC6: 0x1EC8, 0xD3: 0x128, 0xD2: 0x1ECA,
        0xEE: 0x1EF5, 0xCE: 0x1EF4,
    ]
}
