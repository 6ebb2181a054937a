import Foundation
import XCTest
import VietText

/// Properties checked over every official name of `shared/data` (both lists, 13,356 units).
final class OfficialNamesTests: XCTestCase {
    private static let names: [String] = (try? SharedData.allNames()) ?? []
    private static let slugPattern = try! NSRegularExpression(pattern: "^[a-z0-9-]+$")

    func testDataIsThere() throws {
        let units = try SharedData.rows("dvhc-2024.csv").filter { $0["ward_name"] != "" }.count
            + SharedData.rows("dvhc-2025.csv").count
        XCTAssertEqual(units, 13_356)
        XCTAssertEqual(Self.names.count, 9_387) // distinct province, district and ward names of both lists
    }

    func testSlugsAreURLSafeAndStable() {
        for name in Self.names {
            let slug = VietSlug.make(name)
            let range = NSRange(slug.startIndex..., in: slug)
            XCTAssertNotNil(Self.slugPattern.firstMatch(in: slug, range: range), "\(name) → \(slug)")
            XCTAssertEqual(VietSlug.make(slug), slug, name)
            XCTAssertFalse(slug.contains("--"), slug)
        }
    }

    func testSpecSlugCollisionsAreReal() throws {
        let rows = try SharedData.rows("dvhc-2025.csv")
        let thaiNguyen = rows.filter { $0["province_name"]?.hasSuffix("Thái Nguyên") == true }
        let vanLang = thaiNguyen.filter { VietSlug.make($0["ward_name"]!) == "xa-van-lang" }.map { $0["ward_name"]! }
        XCTAssertEqual(Set(vanLang), ["Xã Văn Lăng", "Xã Văn Lang"])
        XCTAssertEqual(rows.filter { VietSlug.make($0["ward_name"]!) == "xa-tan-thanh" }.count, 13)
    }

    func testMatchingKeyIgnoresToneStyleAndNormalForm() throws {
        let rows = try SharedData.rows("dvhc-2025.csv")
        var changed = 0
        for row in rows {
            for name in [row["province_name"]!, row["ward_name"]!] {
                let other = Self.otherToneStyle(name)
                if other != name { changed += 1 }
                XCTAssertEqual(VietMatch.key(other), VietMatch.key(name), "\(name) / \(other)")
                XCTAssertEqual(VietMatch.key(name.decomposedStringWithCanonicalMapping), VietMatch.key(name), name)
            }
        }
        XCTAssertGreaterThan(changed, 100) // the swap really exercised both styles
    }

    func testSortIsATotalOrder() {
        let names = Self.names
        let sorted = names.sortedVietnamese()
        XCTAssertEqual(sorted.count, names.count)
        var rng = SplitMix64(state: 2025)
        var shuffled = names
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, rng.int(in: 0...i)) }
        XCTAssertEqual(shuffled.sortedVietnamese(), sorted)
        XCTAssertEqual(names.reversed().sortedVietnamese(), sorted)

        let keys = sorted.map(VietCollation.key)
        for i in 1..<keys.count {
            XCTAssertLessThan(keys[i - 1], keys[i], "\(sorted[i - 1]) / \(sorted[i])") // strict: distinct names never tie
            XCTAssertFalse(keys[i] < keys[i - 1])
        }
        for _ in 0..<20_000 {
            let a = keys[rng.int(in: 0...(keys.count - 1))]
            let b = keys[rng.int(in: 0...(keys.count - 1))]
            let c = keys[rng.int(in: 0...(keys.count - 1))]
            XCTAssertFalse(a < b && b < a)
            XCTAssertEqual(a == b, !(a < b) && !(b < a))
            if a < b && b < c { XCTAssertLessThan(a, c) }
            if !(b < a) && !(c < b) { XCTAssertFalse(c < a) }
        }
    }

    func testSortedSequenceAgreesWithKeysAndNormalForms() {
        let names = Self.names
        let byKeys = names.map { (VietCollation.key($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        XCTAssertEqual(names.sortedVietnamese(), byKeys)
        let nfd = names.map { $0.decomposedStringWithCanonicalMapping }
        XCTAssertEqual(nfd.sortedVietnamese().map { $0.precomposedStringWithCanonicalMapping }, byKeys)
    }

    func testSortMatchesSyllableRuleOnOfficialNames() {
        let sorted = ["Xã Hòa Bình", "Xã Hoà An", "Phường Hạ Long", "Phường Hà Giang 1", "Phường Hà Giang 2", "Xã Đắk Lắk", "Xã Dương Minh Châu"]
            .sortedVietnamese()
        XCTAssertEqual(sorted, ["Phường Hà Giang 1", "Phường Hà Giang 2", "Phường Hạ Long", "Xã Dương Minh Châu", "Xã Đắk Lắk", "Xã Hoà An", "Xã Hòa Bình"])
    }

    func testEveryProvinceListSurvivesWindows1258() throws {
        let text = Self.names.joined(separator: "\n")
        guard let encoded = LegacyEncoders.windows1258(text) else { return XCTFail("could not encode the names") }
        XCTAssertEqual(VietTextDecoder.decode(encoded).value?.encoding, .windows1258)
        XCTAssertEqual(VietTextDecoder.decode(encoded).value?.text, text)
        // One file per province, as offices send them, ethnic-minority names included.
        let byProvince = Dictionary(grouping: try SharedData.rows("dvhc-2024.csv"), by: { $0["province_name"]! })
        for (province, rows) in byProvince {
            let list = ([province] + rows.map { "\($0["district_name"]!),\($0["ward_name"]!)" }).joined(separator: "\n")
            XCTAssertEqual(VietTextDecoder.decode(LegacyEncoders.windows1258(list)!).value?.text, list, province)
        }
    }

    func testSingleNamesAreNeverMojibake() {
        // Alone, a name may be too short to tell encodings apart; then it must be refused, never misread.
        var windowsAccepted = 0
        for name in Self.names where name.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
            for (encoding, bytes) in [("1258", LegacyEncoders.windows1258(name)!), ("VNI", LegacyEncoders.vni(name)!), ("TCVN3", LegacyEncoders.tcvn3(name)!)] {
                if let text = VietTextDecoder.decode(bytes).value?.text {
                    XCTAssertEqual(text, name, "\(encoding) read wrongly")
                    if encoding == "1258" { windowsAccepted += 1 }
                }
            }
        }
        XCTAssertGreaterThan(windowsAccepted, 9_000)
    }

    func testNamesInOldEncodingsAreRefusedByName() {
        let text = Self.names.joined(separator: "\n")
        XCTAssertEqual(VietTextDecoder.decode(LegacyEncoders.tcvn3(text)!).error?.encodingName, "TCVN3")
        XCTAssertEqual(VietTextDecoder.decode(LegacyEncoders.vni(text)!).error?.encodingName, "VNI")
    }

    func testOfficialFilesDecodeAsUTF8() throws {
        for file in ["dvhc-2024.csv", "dvhc-2025.csv", "dvhc-2024-to-2025.csv"] {
            let url = SharedData.root.appendingPathComponent("data").appendingPathComponent(file)
            let decoded = VietTextDecoder.decode(Array(try Data(contentsOf: url)))
            XCTAssertEqual(decoded.value?.encoding, .utf8, file)
            XCTAssertEqual(decoded.value?.text, try String(contentsOf: url, encoding: .utf8), file)
        }
    }

    /// Moves the tone of open oa/oe/uy syllables to the other vowel (hòa ↔ hoà), as the other style writes it.
    static func otherToneStyle(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let scalars = Array(String(word).decomposedStringWithCanonicalMapping.unicodeScalars)
            let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
            guard let toneIndex = scalars.firstIndex(where: { tones.contains($0.value) }) else { return String(word) }
            let tone = scalars[toneIndex]
            var letters = scalars
            letters.remove(at: toneIndex)
            let plain = String(String.UnicodeScalarView(letters)).lowercased()
            guard plain.count >= 2 else { return String(word) }
            let last2 = String(plain.suffix(2))
            guard ["oa", "oe", "uy"].contains(last2) else { return String(word) }
            if plain.count >= 3, "aăâeêioôơuưy".contains(plain[plain.index(plain.endIndex, offsetBy: -3)]) { return String(word) }
            // The tone sits right after the first or the second vowel of the pair; put it after the other one.
            let secondVowelIndex = letters.count - 1
            let firstVowelIndex = letters.count - 2
            let newIndex = toneIndex - 1 == secondVowelIndex ? firstVowelIndex + 1 : secondVowelIndex + 1
            letters.insert(tone, at: newIndex)
            return String(String.UnicodeScalarView(letters)).precomposedStringWithCanonicalMapping
        }
        return words.joined(separator: " ")
    }
}
