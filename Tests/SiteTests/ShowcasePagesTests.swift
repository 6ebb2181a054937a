import Diagnostics
import Foundation
import Pipeline
@testable import Render
import XCTest

/// The exemplary-model showcase on the showcase fixture: pages, cards, browse pages, press sheets,
/// share links, coverage, drafts.
final class ShowcasePagesTests: XCTestCase {
    func page(_ path: String) throws -> String { try XCTUnwrap(ShowcaseFixture.file(path), path) }

    func testOnlyTheExpectedWarningsAndEveryLinkResolves() {
        let o = ShowcaseFixture.shared
        XCTAssertFalse(o.diagnostics.hasErrors, DiagnosticPrinter.text(o.diagnostics))
        XCTAssertEqual(o.diagnostics.items.map(\.code).sorted(), ["AWARD_FORM_UNKNOWN", "PERSONAL_DATA_COLUMN"])
        XCTAssertNotNil(o.rendered)
    }

    /// `<main>` of one model page, byte for byte (THIDUA_RECORD=1 rewrites the expected file).
    func testModelPageMatchesGolden() throws {
        let main = try XCTUnwrap(ShowcaseFixture.main(try page("dien-hinh/nuoi-de/index.html")))
        try ShowcaseFixture.assertGolden(main, "dien-hinh-nuoi-de-main.html")
    }

    func testModelPageBreadcrumbFollowsTheUnitPath() throws {
        let html = try page("dien-hinh/nuoi-de/index.html")
        let head = String(html[..<html.range(of: "<main")!.lowerBound])
        var cursor = head.startIndex
        for step in ["dien-hinh/index.html\">Điển hình<", "don-vi/tinh-thu/index.html\">Tỉnh Thử<",
                     "don-vi/huyen-dong/index.html\">Huyện Đông<", "don-vi/xa-mot/index.html\">Xã Một<"] {
            let found = try XCTUnwrap(head.range(of: step, range: cursor..<head.endIndex), "breadcrumb step \(step) missing or out of order")
            cursor = found.upperBound
        }
        XCTAssertTrue(html.contains("<meta property=\"og:type\" content=\"article\">"))
        XCTAssertTrue(html.contains("<meta property=\"og:image\" content=\"https://thu.example.vn/thi-dua/media/de.svg\">"))
    }

    func testShowcaseIndexPutsFeaturedFirstAndCountsFacets() throws {
        let html = try page("dien-hinh/index.html")
        let order = ["dien-hinh/nuoi-de/", "dien-hinh/hop-tac-xa-mien/", "dien-hinh/det-vai/", "dien-hinh/de-hai/", "dien-hinh/vay-von/"]
        let cards = html.components(separatedBy: "<h3 class=\"card-title\"><a href=\"../").dropFirst().map { $0.components(separatedBy: "index.html").first! }
        XCTAssertEqual(cards, order.map { $0 })
        XCTAssertTrue(html.contains("<article class=\"card model-card model-card--featured\" data-field=\"chan-nuoi\" data-subject=\"tap_the\" data-year=\"2022\" data-district=\"huyen-dong\">"))
        XCTAssertTrue(html.contains("<a href=\"../dien-hinh/linh-vuc/chan-nuoi/index.html\">Chăn nuôi</a> <span class=\"facet-count\">3</span>"))
        XCTAssertTrue(html.contains("<a href=\"../dien-hinh/huyen/huyen-dong/index.html\">Huyện Đông</a> <span class=\"facet-count\">3</span>"))
        XCTAssertTrue(html.contains("<a href=\"../dien-hinh/nam/2021/index.html\">2021</a> <span class=\"facet-count\">2</span>"))
        XCTAssertTrue(html.contains("<option value=\"huyen-tay\">Huyện Tây (1)</option>"))
        // Filters are an enhancement: hidden until the script shows them.
        XCTAssertTrue(html.contains("<form class=\"showcase-filter\" hidden>"))
        XCTAssertTrue(html.contains("<a href=\"../dien-hinh/do-phu/index.html\">"))
    }

    func testBrowsePagesExistForEveryFieldSubjectYearAndDistrict() throws {
        let paths = Set(ShowcaseFixture.shared.rendered!.files.map(\.path)).filter { $0.hasPrefix("dien-hinh/") }
        XCTAssertEqual(paths.filter { $0.split(separator: "/").count == 4 && !$0.contains("/bao-chi/") }.sorted(), [
            "dien-hinh/doi-tuong/cong-dong/index.html", "dien-hinh/doi-tuong/ho-gia-dinh/index.html",
            "dien-hinh/doi-tuong/htx/index.html", "dien-hinh/doi-tuong/tap-the/index.html",
            "dien-hinh/huyen/huyen-dong/index.html", "dien-hinh/huyen/huyen-tay/index.html",
            "dien-hinh/linh-vuc/chan-nuoi/index.html", "dien-hinh/linh-vuc/nganh-nghe-nong-thon/index.html",
            "dien-hinh/linh-vuc/tin-dung-chinh-sach/index.html",
            "dien-hinh/nam/2021/index.html", "dien-hinh/nam/2022/index.html", "dien-hinh/nam/2023/index.html",
        ])
        let field = try page("dien-hinh/linh-vuc/chan-nuoi/index.html")
        XCTAssertTrue(field.contains("<h1>Điển hình lĩnh vực Chăn nuôi</h1>"))
        XCTAssertEqual(field.components(separatedBy: "<article class=\"card model-card").count - 1, 3)
    }

    /// A unit's link shared by the pages two folders deep is the one made for any such page: same
    /// names, values and text; its own page and other depths get their own.
    func testSharedUnitLinksAreTheOnesMadeForThePage() throws {
        let o = ShowcaseFixture.shared
        let templates = try XCTUnwrap(TemplateSet.load(directory: FixturePaths.defaultTemplates).0)
        let ctx = RenderContext(site: o.site!, computation: o.computation!, templates: templates)
        for u in ctx.site.units.units.indices {
            for path in ["don-vi/khac/index.html", ctx.unitRoutes[u], "index.html", "khen-thuong/2023/tinh/index.html"] {
                let linker = PageLinker(path: path)
                let unit = ctx.site.units[u]
                let fresh: ViewModel = ["name": unit.name, "href": linker.pageLink(ctx.unitRoutes[u]), "code": unit.code,
                                        "level": unit.level.label]
                let link = ctx.unitLink(u, linker: linker)
                XCTAssertEqual(link.names, fresh.names)
                XCTAssertEqual(String(describing: link), String(describing: fresh), path)
                XCTAssertEqual(String(describing: ctx.unitLink(u, linker: linker, room: 2)), String(describing: fresh), path)
            }
        }
    }

    func testRelatedModelsShareFieldOrDistrictBothFirst() throws {
        let o = ShowcaseFixture.shared
        let templates = try XCTUnwrap(TemplateSet.load(directory: FixturePaths.defaultTemplates).0)
        let ctx = RenderContext(site: o.site!, computation: o.computation!, templates: templates)
        let index = ShowcaseIndex(ctx)
        func related(_ id: String) -> [String] {
            index.related(to: ctx.modelByID[id]!, in: ctx).map { ctx.site.models[$0].id }
        }
        XCTAssertEqual(related("nuoi-de"), ["de-hai", "hop-tac-xa-mien", "det-vai"])
        XCTAssertEqual(related("det-vai"), ["nuoi-de", "de-hai"])
        XCTAssertEqual(related("hop-tac-xa-mien"), ["nuoi-de", "de-hai"])
        XCTAssertEqual(related("vay-von"), [])
    }

    func testPressSheetHasFiguresQuotableFactsContactAndPermalink() throws {
        let main = try XCTUnwrap(ShowcaseFixture.main(try page("dien-hinh/nuoi-de/bao-chi/index.html")))
        XCTAssertTrue(main.contains("<ul class=\"press-facts\"><li>Hộ thoát nghèo: 4 hộ.</li><li>Đàn dê: 120 con.</li><li>Được tặng Bằng khen của Chủ tịch UBND tỉnh theo Quyết định số 215/QĐ-UBND ngày 28 tháng 02 năm 2023.</li></ul>"))
        XCTAssertTrue(main.contains("<div><dt>Thu nhập tăng</dt><dd>30%</dd></div>"))
        XCTAssertTrue(main.contains("<p>Phòng Lao động - Thương binh và Xã hội huyện Đông</p>"))
        XCTAssertTrue(main.contains("<span class=\"permalink\">https://thu.example.vn/thi-dua/dien-hinh/nuoi-de/</span> · cập nhật ngày 20 tháng 3 năm 2023"))
        // No results: the commendation and the place make the two facts; the site's office is the contact.
        let other = try XCTUnwrap(ShowcaseFixture.main(try page("dien-hinh/vay-von/bao-chi/index.html")))
        XCTAssertTrue(other.contains("<ul class=\"press-facts\"><li>Được tặng Huân chương Lao động hạng Ba theo Quyết định số 1035/QĐ-CTN ngày 22 tháng 4 năm 2024.</li><li>Điển hình của Sở Lao động - Thương binh và Xã hội, được giới thiệu năm 2021.</li></ul>"))
        XCTAssertTrue(other.contains("<p>Sở Lao động - Thương binh và Xã hội tỉnh Thử</p>"))
        // Neither results nor commendations: the place and the kind of model.
        let bare = try XCTUnwrap(ShowcaseFixture.main(try page("dien-hinh/hop-tac-xa-mien/bao-chi/index.html")))
        XCTAssertTrue(bare.contains("<ul class=\"press-facts\"><li>Được tặng Giấy khen của Chủ tịch UBND huyện theo Quyết định số 96/QĐ-UBND ngày 20 tháng 01 năm 2023.</li><li>Điển hình của Xã Ba, Huyện Tây, được giới thiệu năm 2023.</li></ul>"))
        XCTAssertEqual(PressFacts.kind(ShowcaseFixture.shared.site!.models.first { $0.id == "hop-tac-xa-mien" }!), "Lĩnh vực Chăn nuôi, đối tượng hợp tác xã")
        let css = try page("assets/site.css")
        XCTAssertTrue(css.contains("@page { size: A4;"))
    }

    func testShareLinksArePercentEncodedPlainLinks() throws {
        XCTAssertEqual(ShareLinks.encode("Hộ A & B/?=x~y"), "H%E1%BB%99%20A%20%26%20B%2F%3F%3Dx~y")
        XCTAssertEqual(ShareLinks.email(subject: "Dê", body: "Một hai", url: "https://a.vn/x/"),
                       "mailto:?subject=D%C3%AA&body=M%E1%BB%99t%20hai%0A%0Ahttps%3A%2F%2Fa.vn%2Fx%2F")
        let html = try page("dien-hinh/nuoi-de/index.html")
        XCTAssertTrue(html.contains("href=\"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fthu.example.vn%2Fthi-dua%2Fdien-hinh%2Fnuoi-de%2F\""))
        XCTAssertTrue(html.contains("href=\"https://sp.zalo.me/share_to_zalo?url=https%3A%2F%2Fthu.example.vn%2Fthi-dua%2Fdien-hinh%2Fnuoi-de%2F\""))
        XCTAssertTrue(html.contains("<button type=\"button\" class=\"share-copy\" data-copy=\"https://thu.example.vn/thi-dua/dien-hinh/nuoi-de/\" hidden>"))
        for f in ShowcaseFixture.shared.rendered!.files where f.path.hasSuffix(".html") {
            let text = String(decoding: f.bytes, as: UTF8.self)
            XCTAssertFalse(text.contains("<script src=\"http"), "third-party script in \(f.path)")
            XCTAssertFalse(text.contains("<a href=\"https://thu.example.vn"), "absolute internal link in \(f.path)")
        }
    }

    func testCitationDateComesFromContentAndOutputIsDeterministic() throws {
        XCTAssertTrue(try page("dien-hinh/nuoi-de/index.html").contains("Cập nhật ngày 20 tháng 3 năm 2023.</p>"))
        XCTAssertFalse(try page("dien-hinh/hop-tac-xa-mien/index.html").contains("Cập nhật"))
        let again = ShowcaseFixture.outcome()
        let first = ShowcaseFixture.shared.rendered!.files
        XCTAssertEqual(first.map(\.path), again.rendered!.files.map(\.path))
        for (a, b) in zip(first, again.rendered!.files) { XCTAssertEqual(a.bytes, b.bytes, a.path) }
    }

    func testCoverageListsCommunesWithoutModelsByDistrict() throws {
        let main = try XCTUnwrap(ShowcaseFixture.main(try page("dien-hinh/do-phu/index.html")))
        XCTAssertTrue(main.contains("Đã có điển hình tiên tiến được giới thiệu ở 3 trong 4 xã, phường, thị trấn (75,0%); 1 nơi chưa có."))
        XCTAssertTrue(main.contains("<tr><th scope=\"row\"><a href=\"#huyen-tay\">Huyện Tây</a></th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">50,0%</td></tr>"))
        XCTAssertTrue(main.contains("<ul class=\"coverage-list\"><li><a href=\"../../don-vi/xa-bon/index.html\">Xã Bốn</a></li></ul>"))
        XCTAssertTrue(main.contains("<p>Mọi xã, phường, thị trấn đều đã có điển hình.</p>"))
    }

    func testImagesHaveSizeLazyLoadingAndAlt() throws {
        var images = 0
        for f in ShowcaseFixture.shared.rendered!.files where f.path.hasSuffix(".html") {
            let text = String(decoding: f.bytes, as: UTF8.self)
            for tag in text.components(separatedBy: "<img ").dropFirst().map({ String($0.prefix(while: { $0 != ">" })) }) {
                images += 1
                XCTAssertTrue(tag.contains("width=\"640\" height=\"360\""), "\(f.path): \(tag)")
                XCTAssertTrue(tag.contains("loading=\"lazy\""), "\(f.path): \(tag)")
                XCTAssertTrue(tag.contains("alt=\"Đàn dê trên sườn đồi\""), "\(f.path): \(tag)")
            }
        }
        XCTAssertGreaterThan(images, 5)
    }

    func testDraftIsAbsentEverywhere() throws {
        let o = ShowcaseFixture.shared
        let paths = Set(o.rendered!.files.map(\.path))
        for required in ["feed.xml", "sitemap.xml", "tim-kiem/chi-muc/muc-luc.js", "du-lieu/dien-hinh.json", "dien-hinh/index.html"] {
            XCTAssertTrue(paths.contains(required), required)
        }
        for f in o.rendered!.files {
            let text = String(decoding: f.bytes, as: UTF8.self)
            XCTAssertFalse(f.path.contains("ban-nhap"), f.path)
            for leak in ["ban-nhap", "bản nháp bí mật", "Lĩnh vực nháp riêng", "linh-vuc-nhap-rieng"] {
                XCTAssertFalse(text.contains(leak), "draft leaks into \(f.path) (\(leak))")
            }
        }
        // Its commendation stays, without the link to the unpublished model.
        let awards = try page("khen-thuong/2022/index.html")
        XCTAssertTrue(awards.contains("<th scope=\"row\">Hộ bà Lường Thị Nháp</th>"))
        let withDrafts = ShowcaseFixture.outcome(drafts: true)
        XCTAssertNotNil(ShowcaseFixture.file("dien-hinh/ban-nhap/index.html", in: withDrafts))
    }

    func testReservedModelIDIsAnError() throws {
        XCTAssertTrue(Routes.reservedModelIDs.isSuperset(of: ["linh-vuc", "doi-tuong", "nam", "huyen", "bao-chi", "do-phu", "trang"]))
        let content = try ShowcaseFixture.copyOfContent("reserved")
        try Data("---\ntitle: \"Trùng tên\"\nunit: \"00004\"\nyear: 2023\nsummary: \"Thử.\"\n---\nNội dung.\n".utf8)
            .write(to: content.appendingPathComponent("models/do-phu.md"))
        let o = ShowcaseFixture.outcome(content: content.path)
        let reserved = o.diagnostics.items.filter { $0.code == "MODEL_ID_RESERVED" }
        XCTAssertEqual(reserved.count, 1)
        XCTAssertEqual(reserved.first?.severity, .error)
        XCTAssertEqual(reserved.first.map { ($0.location.file as NSString).lastPathComponent }, "do-phu.md")
    }

    func testOpenDataHasNoPersonalColumnsAndListsPublishedModels() throws {
        let csv = try page("du-lieu/khen-thuong.csv")
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}decision,date,form,form_group,recipient,recipient_type,position,unit,unit_name,achievement,round,year,model\r\n"))
        XCTAssertFalse(csv.contains("so_dien_thoai"))
        let json = try page("du-lieu/dien-hinh.json")
        let items = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(items.map { $0["id"] as? String }, ["nuoi-de", "hop-tac-xa-mien", "det-vai", "de-hai", "vay-von"])
        XCTAssertEqual(items.first?["url"] as? String, "https://thu.example.vn/thi-dua/dien-hinh/nuoi-de/")
        XCTAssertEqual(items.first?["press_url"] as? String, "https://thu.example.vn/thi-dua/dien-hinh/nuoi-de/bao-chi/")
    }
}
