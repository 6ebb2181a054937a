import Foundation
import Model
import Pipeline
@testable import Render
import VietText
import XCTest

/// Commendation lists on the showcase fixture: precedence of forms, groups, counts, timeliness.
final class AwardsPagesTests: XCTestCase {
    func page(_ path: String) throws -> String { try XCTUnwrap(ShowcaseFixture.file(path), path) }

    func testRegistryRanksFormsByPrecedence() throws {
        let written = ["Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba",
                       "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của Chính phủ", "Chiến sĩ thi đua toàn quốc",
                       "Cờ thi đua của UBND tỉnh", "Chiến sĩ thi đua cấp tỉnh", "Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn",
                       "Tập thể lao động xuất sắc", "Giấy khen của Chủ tịch UBND huyện", "Giấy khen của Chủ tịch UBND xã"]
        let ranks = try written.map { try XCTUnwrap(AwardForms.rank(of: $0), $0) }
        XCTAssertEqual(ranks, ranks.sorted())
        XCTAssertEqual(Set(ranks).count, ranks.count, "each form its own rank")
        XCTAssertEqual(AwardForms.rank(of: "bằng khen của bộ trưởng bộ lao động - thương binh và xã hội"),
                       AwardForms.rank(of: "Bằng khen của Chủ tịch UBND tỉnh"))
        XCTAssertEqual(AwardForms.rank(of: "Giấy khen của Giám đốc Sở Nội vụ"), AwardForms.rank(of: "Giấy khen của Chủ tịch UBND huyện"))
        XCTAssertNil(AwardForms.rank(of: "Thư khen của Hội Nông dân huyện"))
        XCTAssertEqual(AwardForms.groupName(rank: AwardForms.rank(of: "Bằng khen của Chủ tịch UBND tỉnh")!), "Bằng khen cấp bộ, ban, ngành, tỉnh")
    }

    func testUnknownFormIsWarnedAndListedLast() throws {
        let warning = try XCTUnwrap(ShowcaseFixture.shared.diagnostics.items.first { $0.code == "AWARD_FORM_UNKNOWN" })
        XCTAssertEqual(warning.location.line, 7)
        let html = try page("khen-thuong/index.html")
        let groups = html.components(separatedBy: "<section class=\"award-group\" id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        XCTAssertEqual(groups, ["hinh-thuc-huan-chuong-lao-dong-hang-ba", "hinh-thuc-bang-khen-cap-bo-ban-nganh-tinh",
                                "hinh-thuc-giay-khen-cap-huyen-so-nganh", "hinh-thuc-thu-khen-cua-hoi-nong-dan-huyen"])
        XCTAssertTrue(html.contains("<p class=\"muted\">Hình thức này chưa có trong danh mục hình thức khen thưởng theo Luật Thi đua, khen thưởng năm 2022 nên được xếp cuối.</p>"))
    }

    /// One commendation group, byte for byte: batches by year then round, rows linking unit, model and decision.
    func testCommendationGroupMatchesGolden() throws {
        let html = try page("khen-thuong/index.html")
        let start = try XCTUnwrap(html.range(of: "<section class=\"award-group\" id=\"hinh-thuc-bang-khen-cap-bo-ban-nganh-tinh\""))
        let end = try XCTUnwrap(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        try ShowcaseFixture.assertGolden(String(html[start.lowerBound..<end.upperBound]), "khen-thuong-bang-khen-group.html")
    }

    func testCountsByRecipientTypeAndDistrict() throws {
        let html = try page("khen-thuong/index.html")
        XCTAssertTrue(html.contains("<tbody><tr><th scope=\"row\">Tập thể</th><td class=\"num\">4</td><td class=\"num\">57,1%</td></tr><tr><th scope=\"row\">Cá nhân</th><td class=\"num\">2</td><td class=\"num\">28,6%</td></tr><tr><th scope=\"row\">Hộ gia đình</th><td class=\"num\">1</td><td class=\"num\">14,3%</td></tr></tbody>"))
        XCTAssertTrue(html.contains("<tbody><tr><th scope=\"row\"><a href=\"../don-vi/huyen-dong/index.html\">Huyện Đông</a></th><td class=\"num\">3</td><td class=\"num\">42,9%</td></tr><tr><th scope=\"row\"><a href=\"../don-vi/huyen-tay/index.html\">Huyện Tây</a></th><td class=\"num\">3</td><td class=\"num\">42,9%</td></tr><tr><th scope=\"row\">Cấp tỉnh, sở, ngành và đơn vị khác</th><td class=\"num\">1</td><td class=\"num\">14,3%</td></tr></tbody>"))
    }

    /// Days from 31/12 of the achievement year to the decision, computed by hand:
    /// 28/02/2023 − 31/12/2022 = 31 + 28 = 59; 20/01/2023 → 20; 28/11/2023 − 31/12/2023 = −33;
    /// 15/04/2024 − 31/12/2023 = 31 + 29 + 31 + 15 = 106; 22/04/2024 → 113.
    /// Medians: 2022 (20, 59) → 39,5; 2023 (−33, 106, 113) → 106; all five → 59. Months = days ÷ 30,436875.
    func testTimelinessComputedByHand() throws {
        XCTAssertEqual(AwardTimeliness.days(from: 2022, to: CivilDate(year: 2023, month: 2, day: 28)!), 59)
        XCTAssertEqual(AwardTimeliness.days(from: 2023, to: CivilDate(year: 2024, month: 4, day: 15)!), 106)
        XCTAssertEqual(AwardTimeliness.median([20, 59]), 39.5)
        XCTAssertEqual(AwardTimeliness.median([113, -33, 106]), 106)
        let rounds = AwardTimeliness.rounds(ShowcaseFixture.shared.site!.awards)
        XCTAssertEqual(rounds.map { "\($0.decision) \($0.year) \($0.round.rawValue) \($0.count) \($0.days)" }, [
            "2105/QĐ-UBND 2023 so_ket 1 -33", "45/QĐ-HND 2023 hang_nam 1 106", "1035/QĐ-CTN 2023 tong_ket 1 113",
            "96/QĐ-UBND 2022 hang_nam 1 20", "215/QĐ-UBND 2022 hang_nam 3 59",
        ])

        let index = try page("khen-thuong/index.html")
        XCTAssertTrue(index.contains("Trung vị của 5 đợt: 59 ngày (khoảng 1,9 tháng)."))
        XCTAssertTrue(index.contains("<tr><th scope=\"row\"><a href=\"../khen-thuong/2023/index.html#kip-thoi\">2023</a></th><td class=\"num\">3</td><td class=\"num\">3</td><td class=\"num\">106</td><td class=\"num\">3,5</td><td class=\"num\">−33</td><td class=\"num\">113</td></tr>"))
        XCTAssertTrue(index.contains("<tr><th scope=\"row\"><a href=\"../khen-thuong/2022/index.html#kip-thoi\">2022</a></th><td class=\"num\">2</td><td class=\"num\">4</td><td class=\"num\">39,5</td><td class=\"num\">1,3</td><td class=\"num\">20</td><td class=\"num\">59</td></tr>"))

        let year = try page("khen-thuong/2022/index.html")
        XCTAssertTrue(year.contains("<tr id=\"dot-215-qd-ubnd-2022-hang-nam\"><th scope=\"row\"><a href=\"../../van-ban/qd-215/index.html\">Quyết định số 215/QĐ-UBND ngày 28 tháng 02 năm 2023</a></th><td>Hằng năm</td><td class=\"num\">3</td><td class=\"num\">59</td><td class=\"num\">1,9</td></tr>"))
        XCTAssertTrue(year.contains("<tr id=\"dot-96-qd-ubnd-2022-hang-nam\"><th scope=\"row\">Quyết định số 96/QĐ-UBND ngày 20 tháng 01 năm 2023</th><td>Hằng năm</td><td class=\"num\">1</td><td class=\"num\">20</td><td class=\"num\">0,7</td></tr>"))
        let y2023 = try page("khen-thuong/2023/index.html")
        XCTAssertTrue(y2023.contains("<td class=\"num\">−33 <span class=\"muted\">(trước khi hết năm)</span></td><td class=\"num\">−1,1</td>"))
    }

    func testRowsLinkUnitModelAndDecision() throws {
        let year = try page("khen-thuong/2022/index.html")
        XCTAssertTrue(year.contains("<th scope=\"row\">Ông Hà Văn Miến<br><span class=\"muted\">Giám đốc hợp tác xã</span><br><a href=\"../../dien-hinh/hop-tac-xa-mien/index.html\">Điển hình: Hợp tác xã Miến Ba: làm miến dong, tạo việc làm cho hộ nghèo</a></th>"))
        XCTAssertTrue(year.contains("<td><a href=\"../../don-vi/xa-ba/index.html\">Xã Ba</a></td>"))
        XCTAssertTrue(year.contains("<td><a href=\"index.html#dot-96-qd-ubnd-2022-hang-nam\">Quyết định số 96/QĐ-UBND ngày 20 tháng 01 năm 2023</a></td>"))
        // Unit pages list their commendations through the same table partial.
        let unit = try page("don-vi/xa-mot/index.html")
        XCTAssertTrue(unit.contains("<a href=\"../../van-ban/qd-215/index.html\">Quyết định số 215/QĐ-UBND ngày 28 tháng 02 năm 2023</a>"))
        XCTAssertTrue(unit.contains("<th scope=\"row\">UBND xã Một</th>"))
    }

    func testAllYearsPageShowsFiftyRowsPerBatchAndLinksTheFullYearList() throws {
        let content = try ShowcaseFixture.copyOfContent("many-awards")
        let csv = content.appendingPathComponent("awards/khen-thuong.csv")
        var text = try String(contentsOf: csv, encoding: .utf8)
        for i in 1...55 { text += "215/QĐ-UBND,28/02/2023,Bằng khen của Chủ tịch UBND tỉnh,Tổ tự quản số \(i),tap_the,,00002,,hang_nam,2022,,\n" }
        try text.write(to: csv, atomically: false, encoding: .utf8)
        let o = ShowcaseFixture.outcome(content: content.path)
        XCTAssertFalse(o.diagnostics.hasErrors)
        let index = try XCTUnwrap(ShowcaseFixture.file("khen-thuong/index.html", in: o))
        XCTAssertTrue(index.contains("<caption>Bằng khen cấp bộ, ban, ngành, tỉnh: thành tích năm 2022, đợt hằng năm, 58 lượt (50 lượt đầu)</caption>"))
        XCTAssertTrue(index.contains("<p class=\"award-more\"><a href=\"../khen-thuong/2022/index.html#hinh-thuc-bang-khen-cap-bo-ban-nganh-tinh\">Xem đủ 58 lượt trong danh sách năm 2022</a></p>"))
        let year = try XCTUnwrap(ShowcaseFixture.file("khen-thuong/2022/index.html", in: o))
        XCTAssertTrue(year.contains("Tổ tự quản số 55"))
        XCTAssertFalse(year.contains("award-more"))
    }
}
