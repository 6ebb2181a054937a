import Foundation
import Pipeline
@testable import Render
import VietText
import XCTest

/// The search index files: folding, postings, shard splitting, and what the sample site publishes.
final class SearchIndexTests: XCTestCase {
    func testWordsOfASCIITextAreTheCharacterRuleWords() {
        func byCharacters(_ s: String) -> [String] {
            s.split(whereSeparator: { c in
                guard let a = c.asciiValue else { return true }
                return !((a >= 0x61 && a <= 0x7A) || (a >= 0x30 && a <= 0x39))
            }).map(String.init)
        }
        for text in ["huyen dinh lap, 152/kh-ubnd", "", "  a  ", "x\r\ny", "so 12/2024/nd-cp ngay 5.3", "a\u{301}b", "“trich dan” – xa",
                     "mo hinh · chan nuoi", "a·b…c—d‘e’f\u{00A0}g", "x·\u{301}y", "“a\u{301}” b"] {
            XCTAssertEqual(SearchIndex.words(text).map(String.init), byCharacters(text), text.debugDescription)
        }
    }

    func testTermsOfARecordAreDistinctSortedWithTheirBestField() {
        let r = SearchRecord(kind: 0, title: "Nuôi dê", path: "x/index.html", place: "Xã Dê", text: "dê nuôi · xã")
        let terms = SearchIndex.terms(of: r)
        XCTAssertEqual(terms.map(\.0), ["de", "nuoi", "xa"])
        XCTAssertEqual(terms.map(\.1), [.title, .title, .place])
    }

    /// The packed sort gives what sorting the words as Strings gives: long words that share their
    /// first 16 bytes, a 16-byte word and its longer forms, prefixes, digits, repeats across fields.
    func testTermsEqualSortingTheWordsAsStrings() {
        func reference(_ r: SearchRecord) -> [String] {
            var all: [(String, SearchIndex.Field)] = []
            for (field, text) in [(SearchIndex.Field.title, r.title), (.place, r.place), (.text, r.text)] {
                for w in SearchIndex.words(VietFold.fold(text)) { all.append((String(w), field)) }
            }
            all.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.rawValue > $1.1.rawValue }
            var out: [(String, SearchIndex.Field)] = []
            for pair in all where out.last?.0 != pair.0 { out.append(pair) }
            return out.map { "\($0.0) \($0.1)" }
        }
        let sixteen = "abcdefghijklmnop"
        let texts = ["", "a", "a b a", "aaaaaaaa aaaaaaaab aaaaaaa", sixteen, sixteen + "q", sixteen + "a", sixteen + "qr",
                     "\(sixteen)q \(sixteen) \(sixteen)qr \(sixteen)a", "0 9 09 90 z9 9z", "Đắk Lắk, 152/KH-UBND ngày 5.3.2024",
                     "nguoithuchienmohinhchannuoi nguoithuchienmohinhchannuoide", "a\u{301}b x\u{301}", "“trích dẫn” – xã",
                     String(repeating: "hộ nghèo giảm ", count: 40),
                     // Not every scalar a character of its own: these take the Character path.
                     "x\r\ny dong\r\nmoi", "ab🏻c 🏻 nuoi", "a\u{200D}b tho", "αβ ga γ 12"]
        // Fixed pseudo-random texts (a linear congruential sequence), the same on every run.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let letters = Array("ab0z")
        var random: [String] = []
        for _ in 0..<300 {
            let words = (0..<next(31)).map { _ in String((0...next(20)).map { _ in letters[next(letters.count)] }) }
            random.append(words.joined(separator: " "))
        }
        XCTAssertEqual(SearchIndex.terms(of: SearchRecord(kind: 0, title: "x\r\ny", path: "", place: "", text: "")).map(\.0), ["x", "y"])
        for title in texts + random.prefix(100) {
            for text in [texts[next(texts.count)], random[next(random.count)]] {
                let r = SearchRecord(kind: 0, title: title, path: "x/index.html", place: random[next(random.count)], text: text)
                XCTAssertEqual(SearchIndex.terms(of: r).map { "\($0.0) \($0.1)" }, reference(r), "\(title) | \(text)")
            }
        }
    }

    func testWordsAreRunsOfLettersAndDigitsOfFoldedText() {
        XCTAssertEqual(SearchIndex.words("huyen dinh lap, 152/kh-ubnd").map(String.init),
                       ["huyen", "dinh", "lap", "152", "kh", "ubnd"])
    }

    func testPostingsAreDeltaCodedWithTheBestField() {
        let records = [
            SearchRecord(kind: 0, title: "Đắk Mil", path: "a/index.html", place: "Đắk Nông", text: "mil"),
            SearchRecord(kind: 1, title: "Xã Đắk Lắk", path: "b/index.html", place: "", text: ""),
            SearchRecord(kind: 1, title: "Thôn", path: "c/index.html", place: "Đắk Mil", text: ""),
        ]
        let sorted = SearchIndex.postings(records)
        XCTAssertEqual(sorted.map(\.key), sorted.map(\.key).sorted())
        let p = Dictionary(uniqueKeysWithValues: sorted.map { ($0.key, $0.value) })
        // id 0 title (2), id 1 title (1*4+2), id 2 place (1*4+1)
        XCTAssertEqual(p["dak"], [2, 6, 5])
        XCTAssertEqual(p["mil"], [2, 9])
        XCTAssertEqual(p["nong"], [1])
        XCTAssertEqual(p["xa"], [6])
    }

    /// The packed term tables give what a dictionary of Strings gives: thousands of distinct terms
    /// (tables that grow), long words sharing their first 16 bytes with a 16-byte word, every bucket,
    /// more than one block of records.
    func testPostingsEqualADictionaryOfStrings() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let sixteen = "thanhphohochiminh".prefix(16)
        func word() -> String {
            switch next(10) {
            case 0: return sixteen + String((0..<next(4)).map { _ in letters[next(letters.count)] })
            case 1: return String((0..<(17 + next(6))).map { _ in letters[next(3)] })
            default: return String((0...next(7)).map { _ in letters[next(letters.count)] })
            }
        }
        let records = (0..<2_500).map { i in
            SearchRecord(kind: 0, title: (0..<next(4)).map { _ in word() }.joined(separator: " "), path: "\(i)",
                         place: word(), text: (0..<next(30)).map { _ in word() }.joined(separator: " "))
        }
        var reference: [String: (list: SearchIndex.Postings, last: Int)] = [:]
        for (id, r) in records.enumerated() {
            for (term, field) in SearchIndex.terms(of: r) {
                let last = reference[term]?.last ?? 0
                reference[term, default: ([], 0)].list.append(UInt32((id - last) * 4 + field.rawValue))
                reference[term]!.last = id
            }
        }
        let expected = reference.map { (key: $0.key, value: $0.value.list) }.sorted { $0.key < $1.key }
        let made = SearchIndex.postings(records)
        XCTAssertGreaterThan(expected.count, 5_000)
        XCTAssertEqual(made.map(\.key), expected.map(\.key))
        XCTAssertEqual(made.map(\.value), expected.map(\.value))
    }

    func testCrowdedShardSplitsByALongerPrefixKeepingShortTermsInTheShortKey() {
        let terms: [(key: String, value: SearchIndex.Postings)] = [("th", [1]), ("thanh", Array(repeating: 4, count: 30)),
                                                    ("thon", Array(repeating: 4, count: 30)), ("tu", [2])]
        let keys = SearchIndex.shards(terms, prefixLength: 2, limit: 100).map { $0.0 }
        XCTAssertEqual(keys, ["th", "tha", "tho", "tu"])
        XCTAssertEqual(SearchIndex.shards(terms, prefixLength: 2, limit: 10_000).map { $0.0 }, ["th", "tu"])
    }

    func testShardLengthIsTheLengthOfTheShardText() {
        let cases: [[(key: String, value: SearchIndex.Postings)]] = [
            [], [("a", [])], [("th", [1]), ("thanh", [0, 12, 123_456]), ("tu", Array(repeating: 4, count: 30))],
            [("2024", [9, 99, 999, 10_000])],
        ]
        for terms in cases {
            XCTAssertEqual(SearchIndex.shardLength("th", terms), SearchIndex.shardText("th", terms).utf8.count)
        }
        XCTAssertEqual(SearchIndex.shardText("th", cases[2]),
                       "ThiduaSearch.terms(\"th\",{\"th\":[1],\"thanh\":[0,12,123456],\"tu\":[" + Array(repeating: "4", count: 30).joined(separator: ",") + "]});\n")
        XCTAssertEqual(SearchIndex.shardText("2", cases[3]), "ThiduaSearch.terms(\"2\",{\"2024\":[9,99,999,10000]});\n")
    }

    /// Records are made when read; a kind without records starts where the next one does.
    func testRecordSourceGivesEachRecordAndWhereEachKindStarts() {
        let records = [SearchRecord(kind: 0, title: "A", path: "a", place: "", text: "x"),
                       SearchRecord(kind: 0, title: "B", path: "b", place: "", text: "y"),
                       SearchRecord(kind: 3, title: "C", path: "c", place: "p", text: "z")]
        let source = SearchRecords(records)
        XCTAssertEqual(source.count, 3)
        XCTAssertEqual(source.starts, [0, 2, 2, 2])
        XCTAssertEqual(source.all, records)
        XCTAssertEqual(SearchRecords([]).starts, [0, 0, 0, 0])
        let made = SearchRecords(counts: [1, 0, 2, 0]) { kind, i in
            SearchRecord(kind: kind, title: "\(kind)-\(i)", path: "", place: "", text: "")
        }
        XCTAssertEqual(made.all.map(\.title), ["0-0", "2-0", "2-1"])
        XCTAssertEqual(made.starts, [0, 1, 1, 3])
        XCTAssertEqual(SearchIndex.postings(made.all).map(\.key), SearchIndex.postings(made).map(\.key))
    }

    func testFilesAreAManifestTermShardsAndRecordChunks() {
        let records = [SearchRecord(kind: 1, title: "Xã Đình Lập", path: "don-vi/xa-dinh-lap/index.html",
                                    place: "Huyện Đình Lập", text: "Cấp xã")]
        let files = SearchIndex.files(records)
        XCTAssertEqual(files.map(\.path), ["tim-kiem/chi-muc/muc-luc.js", "tim-kiem/chi-muc/t-ca.js", "tim-kiem/chi-muc/t-di.js",
                                           "tim-kiem/chi-muc/t-hu.js", "tim-kiem/chi-muc/t-la.js", "tim-kiem/chi-muc/t-xa.js",
                                           "tim-kiem/chi-muc/d-0.js"])
        XCTAssertEqual(String(decoding: files[0].bytes, as: UTF8.self),
                       "ThiduaSearch.manifest({\"kinds\":[\"Điển hình\",\"Đơn vị\",\"Văn bản\",\"Khen thưởng\"],\"count\":1,"
                       + "\"starts\":[0,0,1,1],\"chunk\":64,\"shards\":[\"ca\",\"di\",\"hu\",\"la\",\"xa\"]});\n")
        XCTAssertEqual(String(decoding: files[2].bytes, as: UTF8.self), "ThiduaSearch.terms(\"di\",{\"dinh\":[2]});\n")
        XCTAssertEqual(String(decoding: files[5].bytes, as: UTF8.self), "ThiduaSearch.terms(\"xa\",{\"xa\":[2]});\n")
        XCTAssertEqual(String(decoding: files[6].bytes, as: UTF8.self),
                       "ThiduaSearch.docs(0,[[1,\"Xã Đình Lập\",\"don-vi/xa-dinh-lap/index.html\",\"Huyện Đình Lập\",\"Cấp xã\"]]);\n")
    }

    func testSampleSitePublishesTheIndexAndThemePages() throws {
        let o = Pipeline.check(BuildOptions(content: FixturePaths.sampleContent, templates: FixturePaths.defaultTemplates))
        let files = Dictionary(uniqueKeysWithValues: (o.rendered?.files ?? []).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let chunks = files.filter { $0.key.hasPrefix("tim-kiem/chi-muc/d-") }.map(\.value).joined()
        XCTAssertTrue(chunks.contains("[1,\"Huyện Đình Lập\",\"don-vi/huyen-dinh-lap/index.html\",\"Tỉnh Lạng Sơn\",\"Cấp huyện\"]"))
        XCTAssertNotNil(files["tim-kiem/chi-muc/muc-luc.js"])
        XCTAssertNil(files["tim-kiem/chi-muc.json"], "the single-file index is replaced by shards")
        let search = try XCTUnwrap(files["tim-kiem/index.html"])
        XCTAssertTrue(search.contains("data-index=\"../tim-kiem/chi-muc/muc-luc.js\" data-root=\"../\""))
        let home = try XCTUnwrap(files["index.html"])
        XCTAssertTrue(home.contains("<h2 id=\"so-lieu\">Số liệu chính năm 2025</h2>"), "key figures shown")
        // Document sections written with ## sit right under the title.
        let report = try XCTUnwrap(files["van-ban/bao-cao-so-ket-2023/index.html"])
        XCTAssertTrue(report.contains("<h2 id=\"i-tinh-hinh-trien-khai\">"))
        // A sub-unit with no data shows no status, not the status of the page it is listed on.
        let province = try XCTUnwrap(files["don-vi/tinh-lang-son/index.html"])
        XCTAssertTrue(province.contains("Công ty cổ phần Nông sản Xanh Kỳ Lừa</a> <span class=\"muted\">Doanh nghiệp</span></li>"))
        XCTAssertTrue(try XCTUnwrap(files["don-vi/index.html"]).contains("<details open><summary>21 đơn vị trực thuộc</summary>"))
        // The trail ends with the page itself, not a link to it, whatever keys the page has.
        let model = try XCTUnwrap(files["dien-hinh/trau-vo-beo-mong-an/index.html"])
        XCTAssertTrue(model.contains("<li><a href=\"../../don-vi/xa-mong-an/index.html\">Xã Mông Ân</a></li><li><span aria-current=\"page\">Hộ anh"))
    }
}
