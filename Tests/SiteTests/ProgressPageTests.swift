import Foundation
import Pipeline
@testable import Render
import XCTest

/// What the progress parts of pages say: margins, pace, alternatives, rankings, live figures.
final class ProgressPageTests: XCTestCase {
    func page(_ path: String, _ o: Pipeline.Outcome = ProgressFixture.before) throws -> String {
        try XCTUnwrap(ProgressFixture.file(path, in: o), path)
    }

    /// Rows of the yearly checks table of one target, found by its caption.
    func checkRows(_ html: String, caption: String) throws -> [String] {
        let start = try XCTUnwrap(html.range(of: "<caption>Kết quả từng năm: \(caption)</caption>"), caption)
        let table = String(html[start.lowerBound...]).components(separatedBy: "</table>")[0]
        return ProgressFixture.tableRows(table).dropFirst().map { $0.joined(separator: " | ") }
    }

    func testMarginPaceAndAlternativeOnACommunePage() throws {
        let html = try page("don-vi/xa-an-binh/index.html")
        XCTAssertEqual(try checkRows(html, caption: "Tỷ lệ hộ nghèo, không quá 5% vào năm 2024"), [
            "2022 | không quá 9,67% | 10,00% | ✓ đạt theo phương án thay thế (Số hộ nghèo: giảm ít nhất 40% so với năm 2021 vào năm 2024) | còn thiếu 0,33 điểm % | ⚠ chậm tiến độ",
            "2023 | không quá 7,33% | 8,50% | ✓ đạt theo phương án thay thế (Số hộ nghèo: giảm ít nhất 40% so với năm 2021 vào năm 2024) | còn thiếu 1,17 điểm % | ⚠ chậm tiến độ",
        ])
        XCTAssertEqual(try checkRows(html, caption: "Số hộ nghèo, giảm ít nhất 40% so với năm 2021 vào năm 2024"), [
            "2022 | giảm ít nhất 16 hộ | giảm 20 hộ | ✓ đạt | vượt 4 hộ | → đúng tiến độ",
            "2023 | giảm ít nhất 32 hộ | giảm 35 hộ | ✓ đạt | vượt 3 hộ | → đúng tiến độ",
        ])
        XCTAssertTrue(html.contains("Căn cứ: <a href=\"../../van-ban/ke-hoach-12/index.html\">Kế hoạch số 12/KH-UBND ngày 05/3/2021</a>."))
        XCTAssertTrue(html.contains("Mục tiêu cùng nhóm: Số hộ nghèo: giảm ít nhất 40% so với năm 2021 vào năm 2024."))
    }

    func testBoundaryMissingYearAndDeadline() throws {
        let caoSon = try page("don-vi/xa-cao-son/index.html")
        XCTAssertEqual(try checkRows(caoSon, caption: "Tỷ lệ hộ nghèo, giảm bình quân ít nhất 1 điểm %/năm từ 2021"), [
            "2022 | giảm ít nhất 1,00 điểm % | giảm 1,00 điểm % | ✓ đạt | vừa đạt | → đúng tiến độ",
            "2023 | giảm ít nhất 2,00 điểm % | giảm 2,00 điểm % | ✓ đạt | vừa đạt | → đúng tiến độ",
        ])
        let dongTam = try page("don-vi/xa-dong-tam/index.html")
        XCTAssertEqual(try checkRows(dongTam, caption: "Số hộ nghèo, giảm ít nhất 40% so với năm 2021 vào năm 2024"), [
            "2022 | giảm ít nhất 3 hộ | – | – chưa có số liệu | – | –",
            // Short of 4 households, yet the group is met by the rate: 4,75% ≤ 5%.
            "2023 | giảm ít nhất 5 hộ | giảm 1 hộ | ✓ đạt theo phương án thay thế (Tỷ lệ hộ nghèo: không quá 5% vào năm 2024) | còn thiếu 4 hộ | ⚠ chậm tiến độ",
        ])
        // At the deadline there is no pace, only the verdict.
        let binhMinh = try page("don-vi/xa-binh-minh/index.html", ProgressFixture.after)
        XCTAssertEqual(try checkRows(binhMinh, caption: "Số hộ nghèo, giảm ít nhất 40% so với năm 2021 vào năm 2024").last,
                       "2024 | giảm ít nhất 16 hộ | giảm 16 hộ | ✓ đạt | vừa đạt | –")
        let province = try page("don-vi/tinh-thu/index.html", ProgressFixture.after)
        XCTAssertEqual(try checkRows(province, caption: "Số hộ nghèo, năm 2024 giảm ít nhất 30 hộ"),
                       ["2024 | giảm ít nhất 30 hộ | giảm 42 hộ | ✓ đạt | vượt 12 hộ | –"])
        XCTAssertTrue(province.contains("Căn cứ: Công văn số 45/UBND-KT ngày 02/01/2024."), "a source the site lacks is not linked")
    }

    func testTrendTableMarksDerivedValuesAndTheTargetPath() throws {
        let html = try page("don-vi/huyen-dong/index.html", ProgressFixture.after)
        let figure = try XCTUnwrap(ProgressFixture.element(id: "xu-huong-ty-le-ho-ngheo", tag: "figure", in: html))
        // v(F) − 1,5 × (y − F) from 10,67 in 2021.
        XCTAssertEqual(ProgressFixture.tableRows(figure).map { $0.joined(separator: " | ") }, [
            "Năm | Thực hiện | Lộ trình: giảm bình quân ít nhất 1,5 điểm %/năm từ 2021 | Kết quả",
            "2021 | 10,67* | 10,67 | ",
            "2022 | 9,07* | 9,17 | ✓ đạt",
            "2023 | 7,93* | 7,67 | ✗ chưa đạt",
            "2024 | 5,60* | 6,17 | ✓ đạt",
        ])
        XCTAssertTrue(figure.contains("<figcaption>Tỷ lệ hộ nghèo của Huyện Đông so với lộ trình mục tiêu (%)</figcaption>"))
        XCTAssertTrue(figure.contains("<span class=\"derived-mark\">*</span> giá trị tổng hợp từ các đơn vị trực thuộc."))
    }

    func testChildRankingIsPreSortedPerIndicator() throws {
        let html = try page("don-vi/huyen-tay/index.html")
        let rate = try XCTUnwrap(ProgressFixture.element(id: "xep-hang-ty-le-ho-ngheo", tag: "div", in: html))
        let count = try XCTUnwrap(ProgressFixture.element(id: "xep-hang-so-ho-ngheo", tag: "div", in: html))
        XCTAssertTrue(rate.hasPrefix("<div class=\"rank-view rank-view-default\" id=\"xep-hang-ty-le-ho-ngheo\">"))
        XCTAssertTrue(count.hasPrefix("<div class=\"rank-view\" id=\"xep-hang-so-ho-ngheo\">"))
        // The alternative comes first so that `:target ~ .rank-view-default` can hide the default.
        XCTAssertLessThan(html.range(of: "id=\"xep-hang-so-ho-ngheo\"")!.lowerBound, html.range(of: "id=\"xep-hang-ty-le-ho-ngheo\"")!.lowerBound)
        XCTAssertEqual(ProgressFixture.tableRows(rate).dropFirst().map { Array($0.prefix(4)) }, [
            ["1", "Xã Cao Sơn", "4,00%*✓ đạt", "32 hộ✓ đạt"],
            ["2", "Xã Đồng Tâm", "4,75%*✗ chưa đạt", "19 hộ✓ đạt"],
        ])
        XCTAssertEqual(ProgressFixture.tableRows(count).dropFirst().map { $0[1] }, ["Xã Đồng Tâm", "Xã Cao Sơn"])
        XCTAssertTrue(rate.contains("<th scope=\"col\" class=\"num\" aria-sort=\"ascending\" data-sort-default=\"asc\"><a class=\"sort-link\" href=\"#xep-hang-ty-le-ho-ngheo\">Tỷ lệ hộ nghèo (%)</a></th>"))
        XCTAssertTrue(rate.contains("<td class=\"num\" data-value=\"4.75\">4,75%"))
        XCTAssertTrue(rate.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-sparkline\""))
        XCTAssertFalse(count.contains("<svg"), "only the default copy carries sparklines")
    }

    func testLiveBlocksShowCurrentFigures() throws {
        let html = try page("van-ban/bao-cao-giua-ky/index.html")
        let table = try XCTUnwrap(ProgressFixture.element(id: "khoi-1", tag: "figure", in: html))
        XCTAssertEqual(ProgressFixture.tableRows(table).map { $0.joined(separator: " | ") }, [
            "Đơn vị | 2021 | 2023", "Huyện Đông | 10,67* | 7,93*", "Huyện Tây | 5,67* | 4,25*",
        ])
        XCTAssertTrue(table.contains("<caption>Tỷ lệ hộ nghèo (%)</caption>"))
        XCTAssertFalse(table.contains("<svg"))
        let bar = try XCTUnwrap(ProgressFixture.element(id: "khoi-2", tag: "figure", in: html))
        XCTAssertTrue(bar.contains("<title id=\"khoi-2-bieu-do-title\">Số hộ nghèo các xã, năm 2023</title>"))
        XCTAssertEqual(ProgressFixture.tableRows(bar).last, ["Xã Đồng Tâm", "20", "–", "19"])
        // The same document after the 2024 round: the blocks without years grow a column by themselves.
        let after = try page("van-ban/bao-cao-giua-ky/index.html", ProgressFixture.after)
        let barAfter = try XCTUnwrap(ProgressFixture.element(id: "khoi-2", tag: "figure", in: after))
        XCTAssertTrue(barAfter.contains("<title id=\"khoi-2-bieu-do-title\">Số hộ nghèo các xã, năm 2024</title>"))
        XCTAssertEqual(ProgressFixture.tableRows(barAfter).last, ["Xã Đồng Tâm", "20", "–", "19", "14"])
        let line = try XCTUnwrap(ProgressFixture.element(id: "khoi-3", tag: "figure", in: after))
        XCTAssertTrue(line.contains("class=\"chart chart-line\""))
        XCTAssertEqual(ProgressFixture.tableRows(line)[1], ["Huyện Đông", "10,67*", "9,07*", "7,93*", "5,60*"])
    }

    func testIndicatorPageRanksTheLevelWithMostValues() throws {
        let html = try page("tien-do/ty-le-ho-ngheo/index.html", ProgressFixture.after)
        let figure = try XCTUnwrap(ProgressFixture.element(id: "xep-hang-2024", tag: "figure", in: html))
        XCTAssertEqual(ProgressFixture.tableRows(figure).map { $0.joined(separator: " | ") }, [
            "Đơn vị | Hạng | Năm 2024 | Kết quả",
            "Xã Đồng Tâm | 1 | 3,50* | ✗ chưa đạt", "Xã Cao Sơn | 2 | 3,75* | ✗ chưa đạt",
            "Xã Bình Minh | 3 | 4,80* | ✓ đạt", "Xã An Bình | 4 | 6,00* | ✓ đạt",
        ])
        // Every commune must be at most 5% in 2024: one shared level, drawn as the reference line.
        XCTAssertTrue(figure.contains("<g class=\"chart-reference chart-target\">"))
        XCTAssertTrue(figure.contains(">Mục tiêu: ≤ 5,00%</text>"))
        let before = try page("tien-do/ty-le-ho-ngheo/index.html")
        XCTAssertFalse(before.contains("chart-reference"), "in 2023 each commune's path gives a different level")
        let tree = try XCTUnwrap(html.components(separatedBy: "id=\"moi-don-vi\"").last)
        XCTAssertEqual(ProgressFixture.tableRows(tree).map { $0.first ?? "" }, [
            "Đơn vị", "Tỉnh Thử", "Huyện Đông", "Xã An Bình", "Xã Bình Minh", "Huyện Tây", "Xã Cao Sơn", "Xã Đồng Tâm",
        ])
        XCTAssertEqual(ProgressFixture.tableRows(tree)[1], ["Tỉnh Thử", "8,44*", "–", "6,30*", "4,74*"])
    }

    func testKeyFiguresCarryThePeriodTargetAndPace() throws {
        let o = ProgressFixture.before
        let (templates, _) = TemplateSet.load(directory: FixturePaths.defaultTemplates)
        let ctx = RenderContext(site: try XCTUnwrap(o.site), computation: try XCTUnwrap(o.computation),
                                templates: try XCTUnwrap(templates))
        let figures = KeyFigures.build(ctx, linker: PageLinker(path: Routes.home))
        let rate = try XCTUnwrap(figures.first { $0["name"] as? String == "Tỷ lệ hộ nghèo" })
        XCTAssertEqual(rate["value"] as? String, "6,30%")
        XCTAssertEqual(rate["change"] as? String, "−2,15 điểm %")
        XCTAssertEqual(rate["target"] as? String, "mục tiêu: giảm bình quân 1 điểm %/năm")
        XCTAssertEqual(rate["onCourse"] as? String, "đúng tiến độ")
        XCTAssertEqual(rate["href"] as? String, "tien-do/ty-le-ho-ngheo/index.html")
        let count = try XCTUnwrap(figures.first { $0["name"] as? String == "Số hộ nghèo" })
        XCTAssertEqual(count["target"] as? String, "mục tiêu: năm 2024 giảm 30 hộ")
        XCTAssertNil(count["onCourse"], "no check of the province's count before 2024")
    }

    func testIDsAreUniqueOnEveryPage() throws {
        for o in [ProgressFixture.before, ProgressFixture.after] {
            for f in try XCTUnwrap(o.rendered).files where f.path.hasSuffix(".html") {
                let html = String(decoding: f.bytes, as: UTF8.self)
                let ids = html.matches(of: #/\sid="([^"]+)"/#).map { String($0.output.1) }
                XCTAssertEqual(ids.count, Set(ids).count, "duplicate id in \(f.path): \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys.sorted())")
            }
        }
    }
}
