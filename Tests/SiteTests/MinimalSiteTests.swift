import Diagnostics
import Foundation
import Pipeline
import SiteOutput
import XCTest

/// The small fixture site with its own tiny theme: exact HTML and hand-computed figures.
final class MinimalSiteTests: XCTestCase {
    static let base = FixturePaths.fixture("minimal")

    func outcome(drafts: Bool = false) -> Pipeline.Outcome {
        Pipeline.check(BuildOptions(content: Self.base.appendingPathComponent("content").path,
                                    templates: Self.base.appendingPathComponent("templates").path, includeDrafts: drafts))
    }

    func file(_ path: String, in o: Pipeline.Outcome) -> String? {
        o.rendered?.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    func testBuildsWithoutDiagnostics() {
        let o = outcome()
        XCTAssertEqual(DiagnosticPrinter.text(o.diagnostics), "")
        XCTAssertNotNil(o.rendered)
    }

    /// Pages compared byte for byte with Tests/Fixtures/minimal/expected (THIDUA_RECORD=1 rewrites them).
    func testExactHTML() throws {
        let o = outcome()
        let pages = ["don-vi/huyen-dong/index.html", "dien-hinh/nuoi-de/index.html", "van-ban/ke-hoach-12/index.html",
                     "gioi-thieu/index.html", "du-lieu/so-lieu.csv", "du-lieu/muc-tieu.csv", "du-lieu/don-vi.csv"]
        for page in pages {
            let actual = try XCTUnwrap(file(page, in: o), page)
            let expectedURL = Self.base.appendingPathComponent("expected/\(page)")
            if ProcessInfo.processInfo.environment["THIDUA_RECORD"] == "1" {
                try FileManager.default.createDirectory(at: expectedURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: expectedURL)
            }
            // Bytes, not String(contentsOf:), which would drop the CSV's byte-order mark.
            let expected = String(decoding: try Data(contentsOf: expectedURL), as: UTF8.self)
            XCTAssertEqual(actual, expected, "\(page) differs from expected/\(page)")
        }
    }

    func testNamesMatchAcrossToneStylesButNotAcrossTones() throws {
        // 2022.csv writes "Xã Hoà An" (new tone placement) for the unit "Xã Hòa An"; Tân Thành and
        // Tân Thạnh stay two communes.
        let csv = try XCTUnwrap(file("du-lieu/so-lieu.csv", in: outcome()))
        XCTAssertTrue(csv.contains("00001,so_ho_ngheo,2022,6,0"))
        XCTAssertTrue(csv.contains("00002,so_ho_ngheo,2022,20,0"))
        XCTAssertTrue(csv.contains("00003,so_ho_ngheo,2022,40,0"))
    }

    func testRatioRollUpIsNotAnAverageOfPercents() throws {
        let csv = try XCTUnwrap(file("du-lieu/so-lieu.csv", in: outcome()))
        // Huyện Đông 2021: (10 + 30) / (100 + 900) = 4%, not (10% + 3.33%) / 2.
        XCTAssertTrue(csv.contains("001,ty_le_ho_ngheo,2021,4,1"))
        // Province 2022: (6 + 20 + 40) / 1500 = 4.4%.
        XCTAssertTrue(csv.contains("01,ty_le_ho_ngheo,2022,4.4,1"))
    }

    func testDraftIsAbsentEverywhere() {
        let o = outcome()
        for f in o.rendered?.files ?? [] {
            let text = String(decoding: f.bytes, as: UTF8.self)
            XCTAssertFalse(f.path.contains("ban-nhap"), f.path)
            XCTAssertFalse(text.contains("ban-nhap") || text.contains("Bản nháp"), "draft leaks into \(f.path)")
        }
        XCTAssertNotNil(file("dien-hinh/ban-nhap/index.html", in: outcome(drafts: true)))
    }

    func testEveryLinkIsRelativeAndResolves() {
        let o = outcome()
        XCTAssertFalse(o.diagnostics.items.contains { $0.code == "LINK_BROKEN" })
        for f in o.rendered?.files ?? [] where f.path.hasSuffix(".html") {
            let text = String(decoding: f.bytes, as: UTF8.self)
            XCTAssertFalse(text.contains("href=\"/") || text.contains("src=\"/"), "root-absolute link in \(f.path)")
            XCTAssertFalse(text.contains("href=\"https://thu.example.vn"), "absolute internal link in \(f.path)")
        }
    }
}
