import Foundation
import Pipeline
import VietText
import XCTest

/// Tests/Fixtures/messy/ holds the facts of Tests/Fixtures/clean/ written the way office software writes
/// them (see messy/generate.py for the list of quirks); both must build to the same figures.
final class MessyTwinTests: XCTestCase {
    static let messy = FixturePaths.fixture("messy/content")
    static let clean = FixturePaths.fixture("clean/content")

    static func check(_ content: URL) -> Pipeline.Outcome {
        Pipeline.check(BuildOptions(content: content.path, templates: FixturePaths.defaultTemplates, output: "/nonexistent/public"))
    }

    static let outcomes: (messy: Pipeline.Outcome, clean: Pipeline.Outcome) = (check(messy), check(clean))

    func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.messy.appendingPathComponent(relative)))
    }

    func testBothBuildWithoutAnyDiagnostic() {
        XCTAssertEqual(DiagnosticPrinter.text(Self.outcomes.messy.diagnostics), "")
        XCTAssertEqual(DiagnosticPrinter.text(Self.outcomes.clean.diagnostics), "")
        XCTAssertNotNil(Self.outcomes.messy.rendered)
        XCTAssertNotNil(Self.outcomes.clean.rendered)
    }

    func testComputedFiguresAreByteIdentical() throws {
        for file in ["du-lieu/so-lieu.csv", "du-lieu/muc-tieu.csv", "du-lieu/don-vi.csv", "du-lieu/so-lieu.json",
                     "du-lieu/muc-tieu.json", "du-lieu/don-vi.json", "du-lieu/khen-thuong.csv", "du-lieu/dien-hinh.json"] {
            let m = try XCTUnwrap(Self.outcomes.messy.rendered?.files.first { $0.path == file }, file)
            let c = try XCTUnwrap(Self.outcomes.clean.rendered?.files.first { $0.path == file }, file)
            XCTAssertEqual(m.bytes, c.bytes, "\(file) differs between the messy and the clean site")
        }
    }

    /// Nothing of the input's form shows on the site: every page is the same too.
    func testEveryOutputFileIsIdentical() {
        // By path: the order of `files` is the order jobs were listed, not part of the output.
        let m = Dictionary((Self.outcomes.messy.rendered?.files ?? []).map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        let c = Dictionary((Self.outcomes.clean.rendered?.files ?? []).map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(m.keys.sorted(), c.keys.sorted())
        for path in m.keys.sorted() where m[path] != c[path] { XCTFail("\(path) differs") }
    }

    /// Spot checks of figures that only come out right when every quirk was read correctly.
    func testFiguresReadFromEveryQuirk() throws {
        let csv = try XCTUnwrap(Self.outcomes.messy.outputText("du-lieu/so-lieu.csv"))
        for line in ["00001,tong_so_ho,2021,1234,0",        // "1.234" under vi, unit named "Xã Hoà An" (new tone placement)
                     "00002,thu_nhap,2021,30.25,0",          // "30,25", unit "XÃ THUỶ TIÊN"
                     "00003,tong_so_ho,2021,2500,0",         // NFD unit name
                     "00004,tong_so_ho,2021,1800,0",         // " 1.800 " with spaces
                     "00003,ty_le_ho_ngheo,2022,9.5,0",      // "9,5%" in the Windows-1258 file
                     "00004,tong_so_ho,2023,1825,0",         // " Xã  Tân  Thành " in a `,` file with quoted "1.825"
                     "001,so_ho_ngheo,2022,190,1"] {
            XCTAssertTrue(csv.contains(line + "\r\n"), line)
        }
        let targets = try XCTUnwrap(Self.outcomes.messy.outputText("du-lieu/muc-tieu.csv"))
        XCTAssertTrue(targets.contains("001,so_ho_ngheo,giam_so_luong,2022,2023,2022,10,35,dat\r\n")) // "Huyện Đông" as selector
        XCTAssertTrue(targets.contains("00003,ty_le_ho_ngheo,toi_da,2021,2023,"))                    // "xã tân thạnh", not Tân Thành
        XCTAssertFalse(targets.contains("00004,ty_le_ho_ngheo,toi_da,"))
    }

    /// The fixture keeps its quirks: someone "tidying" it would make the test prove nothing.
    func testTheMessyFilesReallyAreMessy() throws {
        let units = try bytes("units.csv")
        XCTAssertEqual(Array(units.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: units, as: UTF8.self).contains("Mã đơn vị;Tên đơn vị;Cấp;Mã cấp trên;Nhóm\r\n"))
        XCTAssertTrue(String(decoding: units, as: UTF8.self).contains("Thu\u{309}y"), "NFD unit name")
        let progress = String(decoding: try bytes("progress/2021.csv"), as: UTF8.self)
        XCTAssertTrue(progress.contains("Xã Hoà An;1.234;130;25,5;\r\n"))
        XCTAssertTrue(progress.contains("Ta\u{302}n Tha\u{323}nh"), "NFD name")
        let model = String(decoding: try bytes("models/nuoi-de.md"), as: UTF8.self)
        XCTAssertTrue(model.contains("published: \"01/02/2023\"\r\n"))
        XCTAssertTrue(model.unicodeScalars.contains("\u{300}"), "NFD story")
        XCTAssertTrue(String(decoding: try bytes("awards/2022-2023.csv"), as: UTF8.self).contains(";20/1/2023;"))
    }

    /// iconv's Windows-1258, like Excel's, writes tones as combining marks; the decoder composes them.
    func testWindows1258FilesDecodeToNFC() throws {
        for file in ["indicators.csv", "progress/2022.csv"] {
            let raw = try bytes(file)
            XCTAssertNil(String(bytes: raw, encoding: .utf8), "\(file) must not be UTF-8")
            XCTAssertTrue(raw.contains(0xD2) || raw.contains(0xEC) || raw.contains(0xCC), "\(file): no combining tone byte")
            guard case .success(let decoded) = VietTextDecoder.decode(raw) else { return XCTFail(file) }
            XCTAssertEqual(decoded.encoding, .windows1258)
            XCTAssertEqual(decoded.text, decoded.text.precomposedStringWithCanonicalMapping)
            XCTAssertFalse(decoded.text.unicodeScalars.contains { (0x300...0x323).contains($0.value) }, "\(file) keeps a combining mark")
        }
        guard case .success(let indicators) = VietTextDecoder.decode(try bytes("indicators.csv")) else { return XCTFail() }
        XCTAssertTrue(indicators.text.hasPrefix("Mã chỉ tiêu;Tên chỉ tiêu;Đơn vị tính;Chiều;Số lẻ;Tổng hợp\r\n"))
        XCTAssertTrue(indicators.text.contains("thu_nhap;Thu nhập bình quân đầu người;triệu đồng;tăng;1;không\r\n"))
    }
}
