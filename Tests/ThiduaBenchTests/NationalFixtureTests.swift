import VietText
import Foundation
import XCTest
@testable import ThiduaBench

/// The generator's building blocks and the rules every generated model must follow to pass `thidua check`.
final class NationalFixtureTests: XCTestCase {
    /// Walks up from this file until a folder holding `shared/spec` is found (the clone sits next to shared/).
    private func dvhcPath() throws -> String {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            let shared = url.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: shared.appendingPathComponent("spec").path) {
                return shared.appendingPathComponent("data/dvhc-2024.csv").path
            }
            url.deleteLastPathComponent()
        }
        throw XCTSkip("shared/ not found above \(#filePath)")
    }

    func testSplitMix64MatchesReferenceStream() {
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(rng.next(), 0x6E78_9E6A_A1B9_65F4)
    }

    func testVietnameseNumbers() {
        // The generator writes figures through the product's formatter, as an office export would read.
        XCTAssertEqual(VietNumber.format(Double(1_234_567), decimals: 0), "1.234.567")
        XCTAssertEqual(VietNumber.format(12.5, decimals: 2), "12,50")
    }

    func testSlugsAndOfficialNames() {
        XCTAssertEqual(VietSlug.make("Xã Đắk R'Moan"), "xa-dak-rmoan")
        XCTAssertEqual(VietSlug.make("Hoàng Văn Dũng"), "hoang-van-dung")
        XCTAssertEqual(FixtureUnits.officialName("Thành Phố Bắc Kạn", type: "Thành phố"), "Thành phố Bắc Kạn")
        XCTAssertEqual(FixtureUnits.officialName("Hồng  Phong", type: "Xã"), "Xã Hồng Phong")
        XCTAssertEqual(FixtureUnits.lowercasingType("Thị trấn Prao"), "thị trấn Prao")
    }

    func testFillCapitalisesOnRequest() {
        XCTAssertEqual(StoryText.fill("{Chu} gặp {chu} ở {xa}.", ["chu": "anh Dũng", "xa": "xã Hồng Phong"]),
                       "Anh Dũng gặp anh Dũng ở xã Hồng Phong.")
        XCTAssertEqual(StoryText.fill("không có chỗ trống", [:]), "không có chỗ trống")
    }

    func testModelsFollowTheContentRules() throws {
        let units = try FixtureUnits.load(dvhcPath: try dvhcPath())
        XCTAssertEqual(units.provinces.count, 63)
        XCTAssertEqual(units.districts.count, 696)
        XCTAssertEqual(units.communes.count, 10_035)
        var titles = Set<String>()
        var again = Set<String>()
        let idPattern = try NSRegularExpression(pattern: "^[a-z0-9-]+$")
        for i in 0..<120 {
            let (text, ref, words) = FixtureModels.model(i, units: units, usedTitles: &titles)
            XCTAssertEqual(FixtureModels.model(i, units: units, usedTitles: &again).0, text, "model \(i) is not deterministic")
            XCTAssertTrue((400...900).contains(words), "model \(i) has \(words) words")
            XCTAssertEqual(idPattern.numberOfMatches(in: ref.id, range: NSRange(ref.id.startIndex..., in: ref.id)), 1)
            let summary = text.split(separator: "\n").first { $0.hasPrefix("summary: ") }!
            XCTAssertLessThanOrEqual(summary.dropFirst("summary: \"".count).dropLast().count, 300)
            XCTAssertNil(text.range(of: "[0-9]{9}", options: .regularExpression), "model \(i) has a digit run")
            let body = text.components(separatedBy: "---\n")[2]
            XCTAssertFalse(body.contains("{") || body.contains("}"), "model \(i) has an unfilled placeholder")
        }
        XCTAssertEqual(titles.count, 120)
    }
}
