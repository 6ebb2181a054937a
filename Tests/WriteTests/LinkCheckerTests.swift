import XCTest
import SiteOutput
@testable import LinkCheck

final class LinkCheckerTests: XCTestCase {
    private func page(_ path: String, _ body: String) -> OutputFile {
        OutputFile(path: path, text: "<!doctype html><html><body>\(body)</body></html>")
    }

    private let site: [OutputFile] = [
        OutputFile(path: "index.html", text: "<html></html>"),
        OutputFile(path: "a/c/index.html", text: "<html></html>"),
        OutputFile(path: "a/b/x.css", text: "body{}"),
        OutputFile(path: "assets/site.css", text: "body{}"),
        OutputFile(path: "du-lieu/đơn vị.csv", text: "a"),
    ]

    func testRelativeLinksResolveAgainstThePageFolder() {
        let body = """
            <a href="../c/">c</a> <a href='../../'>home</a> <a href="../../index.html">home</a>
            <link rel="stylesheet" href="x.css"><link href="../../assets/site.css?v=3#top" rel="stylesheet">
            <a href="./">self</a> <a href="?trang=2">self</a> <a href="#muc-1">frag</a> <a href="../c/#muc">c</a>
            <a href="../../du-lieu/%C4%91%C6%A1n%20v%E1%BB%8B.csv">csv</a> <img src="../../media/anh.png" alt="">
            <a href="../c/index.html?a=1&amp;b=2">c</a>
            """
        let files = site + [page("a/b/index.html", body)]
        XCTAssertEqual(LinkChecker.check(files: files, extraPaths: ["media/anh.png"]), [])
    }

    func testExternalAndSpecialSchemesAreSkippedButScriptURLsAreBroken() {
        let body = """
            <a href="https://laoson.gov.vn/">x</a> <a href="//cdn.example.vn/a.js">x</a> <a href="mailto:vp@ls.gov.vn">x</a>
            <a href="tel:+842053812345">x</a> <img src="data:image/png;base64,iVBOR" alt="">
            <a href="javascript:alert(1)">x</a> <a href=" JavaScript:void(0)">x</a> <a href="jav&#x61;script:x">x</a>
            """
        XCTAssertEqual(LinkChecker.check(files: site + [page("index2.html", body)], extraPaths: []), [
            BrokenLink(page: "index2.html", target: "javascript:alert(1)", attribute: "href"),
            BrokenLink(page: "index2.html", target: " JavaScript:void(0)", attribute: "href"),
            BrokenLink(page: "index2.html", target: "jav&#x61;script:x", attribute: "href"),
        ])
    }

    func testBrokenTargetsAreReportedInDocumentOrder() {
        let body = """
            <a href="../d/">missing folder</a>
            <a href="../c">folder without slash is not a file</a>
            <a href="../../../ngoai.html">escapes the root</a>
            <a href="/a/c/">root-absolute</a>
            <a href="">empty</a>
            <IMG SRC="anh-thieu.png" alt="">
            <img srcset="../../media/anh.png 1x, ../../media/anh-2x.png 2x" src="../../media/anh.png" alt="">
            <script src="../../assets/app.js"></script>
            <a href=../../khong-co.html>unquoted</a>
            """
        XCTAssertEqual(LinkChecker.check(files: site + [page("a/b/index.html", body)], extraPaths: ["media/anh.png"]), [
            BrokenLink(page: "a/b/index.html", target: "../d/", attribute: "href"),
            BrokenLink(page: "a/b/index.html", target: "../c", attribute: "href"),
            BrokenLink(page: "a/b/index.html", target: "../../../ngoai.html", attribute: "href"),
            BrokenLink(page: "a/b/index.html", target: "/a/c/", attribute: "href"),
            BrokenLink(page: "a/b/index.html", target: "", attribute: "href"),
            BrokenLink(page: "a/b/index.html", target: "anh-thieu.png", attribute: "src"),
            BrokenLink(page: "a/b/index.html", target: "../../media/anh-2x.png", attribute: "srcset"),
            BrokenLink(page: "a/b/index.html", target: "../../assets/app.js", attribute: "src"),
            BrokenLink(page: "a/b/index.html", target: "../../khong-co.html", attribute: "href"),
        ])
    }

    func testOnlyRealAttributesOfTagsCount() {
        let body = """
            <p>Viết href="khong-co.html" trong văn bản</p>
            <!-- <a href="comment.html"> -->
            <script>var s = '<a href="script.html">'; if (a<b) {}</script>
            <style>a[href="style.html"] {}</style>
            <div data-href="data.html" data-src="data.png" hrefx="y.html"></div>
            <code>&lt;a href=&quot;escaped.html&quot;&gt;</code>
            <a title='a > b' href="sau.html">after a quoted &gt;</a>
            """
        XCTAssertEqual(LinkChecker.check(files: [page("index.html", body)], extraPaths: []), [
            BrokenLink(page: "index.html", target: "sau.html", attribute: "href"),
        ])
    }

    /// Tag and attribute names end at any HTML space, `/`, `=` or `>`; unquoted values at a space or `>`.
    func testAttributesAreFoundWhateverSeparatesThem() {
        let body = "<a\thref=\"t1.html\">x</a><a\nhref='t2.html'>x</a><img/src=t3.png/><a\r\nclass=x\u{0C}href=t4.html>x</a>"
            + "<link href = \"t5.css\" /><a data-x=\"1\"/href=t6.html>x</a><br/><img src=t7.png>"
            + "<svg><use href=\"t8.svg#a\"/></svg><a hrefx=\"no.html\" xhref=\"no.html\" href-=\"no.html\">x</a>"
        XCTAssertEqual(LinkChecker.check(files: [page("index.html", body)], extraPaths: []).map(\.target),
                       ["t1.html", "t2.html", "t3.png/", "t4.html", "t5.css", "t6.html", "t7.png", "t8.svg#a"])
    }

    func testOnlyHTMLFilesAreScannedAndPagesComeInFileOrder() {
        let files = [
            OutputFile(path: "feed.xml", text: "<link href=\"khong-co.html\"/>"),
            page("z/index.html", "<a href=\"x.html\">x</a>"),
            page("a/index.html", "<a href=\"y.html\">y</a>"),
        ] + (0..<300).map { page("p/\($0).html", "<a href=\"\($0 + 1).html\">next</a>") }
        XCTAssertEqual(LinkChecker.check(files: files, extraPaths: []), [
            BrokenLink(page: "z/index.html", target: "x.html", attribute: "href"),
            BrokenLink(page: "a/index.html", target: "y.html", attribute: "href"),
            BrokenLink(page: "p/299.html", target: "300.html", attribute: "href"),
        ])
    }

    /// A site checked batch by batch against all its paths finds exactly what a whole check finds:
    /// links forward into later batches resolve, broken ones come in page order.
    func testBatchesCheckedAgainstEveryPathMatchTheWholeCheck() {
        let files = (0..<300).map { i in
            page("p/\(i).html", "<a href=\"\((i * 7 + 11) % 300).html\">x</a>" + (i % 37 == 5 ? "<img src=\"../media/\(i).png\" alt=\"\">" : ""))
        } + [OutputFile(path: "media/42.png", text: "PNG")]
        let whole = LinkChecker.check(files: files, extraPaths: ["media/116.png"])
        XCTAssertEqual(whole.map(\.target), ["../media/5.png", "../media/79.png", "../media/153.png", "../media/190.png",
                                             "../media/227.png", "../media/264.png"])
        let site = SitePaths(Set(files.map(\.path)).union(["media/116.png"]))
        var batched: [BrokenLink] = []
        for start in stride(from: 0, to: files.count, by: 23) {
            batched += LinkChecker.check(files: Array(files[start..<min(start + 23, files.count)]), against: site)
        }
        XCTAssertEqual(batched, whole)
    }

    func testSrcsetCandidates() {
        XCTAssertEqual(SrcsetParser.urls(in: " a.png 1x,b.png  2x , c.png, d.png,"), ["a.png", "b.png", "c.png", "d.png"])
        // As in the HTML parsing rules, a comma inside a URL belongs to it.
        XCTAssertEqual(SrcsetParser.urls(in: "c.png,d.png 2x"), ["c.png,d.png"])
        XCTAssertEqual(SrcsetParser.urls(in: "anh.png"), ["anh.png"])
        XCTAssertEqual(SrcsetParser.urls(in: ""), [])
    }

    /// A chart range is passed over only when it starts, as text, with an `<svg` element; any other
    /// range (or one that starts inside a tag) is scanned as usual, so a wrong range can never hide a link.
    func testChartRangesArePassedOverOnlyFromAnSVGStart() {
        let html = #"<p><a href="a/">a</a></p><svg><a href="in-chart/">x</a></svg>"# + "\n" + #"<div><a href="b/">b</a><img src="c.png"></div>"#
        let bytes = Array(html.utf8)
        func found(_ ranges: [Range<Int>]) -> [String] {
            bytes.withUnsafeBufferPointer { buffer in
                var scanner = HTMLAttributeScanner(buffer, skipping: ranges)
                var out: [String] = []
                while let (_, range) = scanner.next() { out.append(String(decoding: buffer[range], as: UTF8.self)) }
                return out
            }
        }
        let svgStart = Array(html.utf8).firstRange(of: Array("<svg".utf8))!.lowerBound
        let svgEnd = Array(html.utf8).firstRange(of: Array("</svg>\n".utf8))!.upperBound
        XCTAssertEqual(found([]), ["a/", "in-chart/", "b/", "c.png"])
        XCTAssertEqual(found([svgStart..<svgEnd]), ["a/", "b/", "c.png"])
        // Not an <svg> start: scanned as usual.
        XCTAssertEqual(found([(svgStart + 1)..<svgEnd]), ["a/", "in-chart/", "b/", "c.png"])
        XCTAssertEqual(found([0..<svgEnd]), ["a/", "in-chart/", "b/", "c.png"])
        // A range past the end is ignored.
        XCTAssertEqual(found([svgStart..<(bytes.count + 10)]), ["a/", "in-chart/", "b/", "c.png"])
        // A broken link inside a range that is not a chart start is still reported.
        let page = OutputFile(path: "a/b/index.html", bytes: Array(#"<p><a href="khong-co/">x</a></p>"#.utf8), linkFree: [3..<20])
        XCTAssertEqual(LinkChecker.check(files: site + [page], extraPaths: []).map(\.target), ["khong-co/"])
    }
}
