import Foundation
@testable import VietText

/// Test-only encoders that write Vietnamese text the way old office software did.
enum LegacyEncoders {
    /// Windows-1258 as Windows writes it: precomposed where the code page has the letter, else a base
    /// letter and a combining tone byte.
    static func windows1258(_ s: String) -> [UInt8]? {
        var inverse: [UInt32: UInt8] = [:]
        for (i, v) in LegacyTables.windows1258.enumerated() where v != 0 { inverse[UInt32(v)] = UInt8(0x80 + i) }
        var out: [UInt8] = []
        for scalar in s.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)); continue }
            if let b = inverse[scalar.value] { out.append(b); continue }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            let tones = parts.filter { [0x300, 0x301, 0x303, 0x309, 0x323].contains($0.value) }
            let rest = String(String.UnicodeScalarView(parts.filter { !tones.contains($0) })).precomposedStringWithCanonicalMapping
            guard tones.count == 1, rest.unicodeScalars.count == 1, let base = rest.unicodeScalars.first else { return nil }
            if base.value < 0x80 { out.append(UInt8(base.value)) } else if let b = inverse[base.value] { out.append(b) } else { return nil }
            guard let t = inverse[tones[0].value] else { return nil }
            out.append(t)
        }
        return out
    }

    /// TCVN 5712 (TCVN3 lower half and the VN1 capitals glibc knows). TCVN3 has no code for most
    /// toned capitals: ABC users typed the small letter in a capitals font (.VnTimeH), so do the same.
    static func tcvn3(_ s: String) -> [UInt8]? {
        var inverse: [UInt32: UInt8] = [:]
        for (i, v) in LegacyTables.tcvn3.enumerated() where v != 0 { inverse[UInt32(v)] = UInt8(0x80 + i) }
        var out: [UInt8] = []
        for scalar in s.precomposedStringWithCanonicalMapping.unicodeScalars {
            let small = scalar.properties.lowercaseMapping.unicodeScalars.first!.value
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)) } else if let b = inverse[scalar.value] ?? inverse[small] { out.append(b) } else { return nil }
        }
        return out
    }

    /// VNI Windows: base letter then mark bytes; ơ ư đ, toned i and ỵ have bytes of their own.
    static func vni(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        for scalar in s.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)); continue }
            if scalar.value == 0x111 { out.append(0xF1); continue }
            if scalar.value == 0x110 { out.append(0xD1); continue }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = parts.first, base.isASCII else { return nil }
            let upper = base.properties.isUppercase
            let shift: UInt8 = upper ? 0x20 : 0
            let lower = Character(base).lowercased()
            let tone = parts.dropFirst().first { [0x300, 0x301, 0x303, 0x309, 0x323].contains($0.value) }.map { $0.value }
            let mark = parts.dropFirst().first { [0x302, 0x306, 0x31B].contains($0.value) }.map { $0.value }
            let toneByte: [UInt32: UInt8] = [0x301: 0xF9, 0x300: 0xF8, 0x309: 0xFB, 0x303: 0xF5, 0x323: 0xEF]
            if lower == "i" {
                let byTone: [UInt32: UInt8] = [0x301: 0xED, 0x300: 0xEC, 0x309: 0xE6, 0x303: 0xF3, 0x323: 0xF2]
                guard let tone, let b = byTone[tone] else { return nil }
                out.append(b - shift)
                continue
            }
            if lower == "y" && tone == 0x323 { out.append(0xEE - shift); continue }
            switch mark {
            case 0x31B?:
                out.append((lower == "o" ? 0xF4 : 0xF6) - shift)
                if let tone { out.append(toneByte[tone]! - shift) }
            case 0x302?:
                let byTone: [UInt32: UInt8] = [0x301: 0xE1, 0x300: 0xE0, 0x309: 0xE5, 0x303: 0xE3, 0x323: 0xE4]
                out.append(UInt8(base.value))
                out.append((tone.map { byTone[$0]! } ?? 0xE2) - shift)
            case 0x306?:
                let byTone: [UInt32: UInt8] = [0x301: 0xE9, 0x300: 0xE8, 0x309: 0xFA, 0x303: 0xFC, 0x323: 0xEB]
                out.append(UInt8(base.value))
                out.append((tone.map { byTone[$0]! } ?? 0xEA) - shift)
            default:
                guard let tone else { return nil }
                out.append(UInt8(base.value))
                out.append(toneByte[tone]! - shift)
            }
        }
        return out
    }
}

func bytes(hex: String) -> [UInt8] {
    var out: [UInt8] = []
    var i = hex.startIndex
    while i < hex.endIndex {
        let j = hex.index(i, offsetBy: 2)
        out.append(UInt8(hex[i..<j], radix: 16)!)
        i = j
    }
    return out
}
