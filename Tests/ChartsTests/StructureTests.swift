import XCTest
@testable import Charts

final class StructureTests: XCTestCase {
    private let samples: [(id: String, svg: String)] = [
        ("ea-kao-ho-ngheo", Samples.line.svg()),
        ("xep-hang-2024", Samples.bar.svg()),
        ("tien-do-ho-ngheo", Samples.stacked.svg()),
        ("sl-ea-kao", Samples.sparkline.svg()),
    ]

    func testRootIsAnAccessibleImage() {
        for (id, svg) in samples {
            let parsed = SVGInspection.parse(svg)
            let root = parsed.elements[0]
            XCTAssertEqual(root.name, "svg")
            XCTAssertEqual(root.attributes["role"], "img")
            XCTAssertEqual(root.attributes["aria-labelledby"], "\(id)-title \(id)-desc")
            XCTAssertNotNil(root.attributes["viewBox"])
            XCTAssertEqual(root.attributes["font-family"], "inherit")
            XCTAssertEqual(parsed.elements[1].name, "title")
            XCTAssertEqual(parsed.elements[1].attributes["id"], "\(id)-title")
            XCTAssertEqual(parsed.elements[2].name, "desc")
            XCTAssertEqual(parsed.elements[2].attributes["id"], "\(id)-desc")
        }
    }

    func testLargeChartsScaleToTheirContainer() {
        for (_, svg) in samples.prefix(3) {
            let root = SVGInspection.parse(svg).elements[0].attributes
            XCTAssertEqual(root["width"], "100%")
            XCTAssertNil(root["height"])
            XCTAssertEqual(root["preserveAspectRatio"], "xMidYMid meet")
        }
        let spark = SVGInspection.parse(samples[3].svg).elements[0].attributes
        XCTAssertEqual(spark["width"], "80")
        XCTAssertEqual(spark["height"], "20")
    }

    func testNothingExternalNoScriptNoStyle() {
        for (_, svg) in samples {
            let parsed = SVGInspection.parse(svg)
            let names = Set(parsed.elements.map(\.name))
            XCTAssertTrue(names.isDisjoint(with: ["script", "style", "image", "use", "foreignObject", "a"]))
            for element in parsed.elements {
                for (key, value) in element.attributes where key != "xmlns" {
                    XCTAssertFalse(key.hasSuffix("href") || key.hasPrefix("on"), key)
                    XCTAssertFalse(value.contains("http") || value.contains("@import"), value)
                    if value.hasPrefix("url(") { XCTAssertTrue(value.hasPrefix("url(#"), value) }
                }
            }
            XCTAssertFalse(svg.contains("\n\n"), "a blank line would end an HTML block in Markdown")
        }
    }

    func testStackedSegmentsCarryTextureAndLegendShowsAllStatuses() {
        let parsed = SVGInspection.parse(Samples.stacked.svg())
        XCTAssertEqual(parsed.all("pattern").map { $0["id"]! }, ["tien-do-ho-ngheo-soc", "tien-do-ho-ngheo-cham"])
        let textures = parsed.all("rect").filter { $0["class"] == "chart-texture" }.map { $0["fill"]! }
        // 3 legend swatches have 2 textured; 4 columns have 4 "chưa đạt" and 4 "chưa có số liệu" segments.
        XCTAssertEqual(textures.filter { $0 == "url(#tien-do-ho-ngheo-soc)" }.count, 5)
        XCTAssertEqual(textures.filter { $0 == "url(#tien-do-ho-ngheo-cham)" }.count, 5)
        XCTAssertTrue(parsed.texts.contains("Đạt"))
        XCTAssertTrue(parsed.texts.contains("Chưa đạt"))
        XCTAssertTrue(parsed.texts.contains("Chưa có số liệu"))
        XCTAssertTrue(parsed.texts.contains("2022, chưa đạt: 10"))
    }

    func testBarStatusIsShownByShapeNotOnlyColour() {
        let parsed = SVGInspection.parse(Samples.bar.svg())
        let shapes = parsed.elements.filter { hasClass($0.attributes, "chart-marker") }
        XCTAssertEqual(shapes.map { $0.attributes["class"]! }.suffix(5), [
            "chart-marker status-dat", "chart-marker status-dat", "chart-marker status-dat",
            "chart-marker status-chua-dat", "chart-marker chart-marker-hollow status-thieu",
        ])
        XCTAssertTrue(parsed.texts.contains("Mục tiêu: 4,0%"))
        // The shortened label keeps its full text in the bar's tooltip.
        XCTAssertTrue(parsed.texts.contains("Xã Cư Êbur & Ea Tu (sáp n…"))
        XCTAssertTrue(parsed.texts.contains("Xã Cư Êbur & Ea Tu (sáp nhập): 6,8% (chưa đạt)"))
    }
}
