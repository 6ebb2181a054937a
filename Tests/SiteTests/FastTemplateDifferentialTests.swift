import Foundation
import Mustache
import Pipeline
@testable import Render
import XCTest

/// The proof that the fast template renderer may replace swift-mustache: every page of the sample
/// site and of every fixture site renders to the same bytes with both, and so do the tricky cases
/// below (each also checked against the text swift-mustache gives, so a change in either shows).
final class FastTemplateDifferentialTests: XCTestCase {
    // MARK: Whole sites

    /// With drafts, so draft pages are compared too.
    func testSampleSitePagesAreByteIdentical() throws {
        XCTAssertTrue(try assertSiteIdentical(content: FixturePaths.sampleContent, templates: FixturePaths.defaultTemplates, drafts: true))
    }

    func testFixtureSitePagesAreByteIdentical() throws {
        let root = FixturePaths.repoRoot.appendingPathComponent("Tests/Fixtures")
        let folders = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix("/content") && $0.split(separator: "/").count <= 3 }
            .map { root.appendingPathComponent(String($0.dropLast("/content".count))) }
            .sorted { $0.path < $1.path }
        XCTAssertGreaterThan(folders.count, 6)
        var rendered = 0
        for folder in folders {
            let own = folder.appendingPathComponent("templates").path
            let templates = FileManager.default.fileExists(atPath: own) ? own : FixturePaths.defaultTemplates
            if try assertSiteIdentical(content: folder.appendingPathComponent("content").path, templates: templates, drafts: false) {
                rendered += 1
            }
        }
        // The invalid fixtures stop before rendering; the site fixtures must all get there.
        XCTAssertGreaterThanOrEqual(rendered, 6)
    }

    /// Renders the site with both renderers; false when the content does not get to rendering.
    @discardableResult
    private func assertSiteIdentical(content: String, templates: String, drafts: Bool) throws -> Bool {
        let outcome = Pipeline.check(BuildOptions(content: content, templates: templates, includeDrafts: drafts))
        guard outcome.succeeded, let site = outcome.site, let computation = outcome.computation else { return false }
        let (loaded, _) = TemplateSet.load(directory: templates)
        let set = try XCTUnwrap(loaded)
        XCTAssertEqual(set.mustacheFallbacks, [:], "templates left to swift-mustache in \(templates)")
        let comparison = TemplateComparison()
        _ = SiteRenderer.render(RenderContext(site: site, computation: computation, templates: set.with(engine: .compare(comparison))))
        XCTAssertGreaterThan(comparison.compared, 0, content)
        XCTAssertEqual(comparison.gaveUp, 0, "pages handed back to swift-mustache in \(content)")
        for mismatch in comparison.mismatches.prefix(3) {
            XCTFail("\(content): \(mismatch.template) differs\n" + firstDifference(mismatch.fast ?? "", mismatch.mustache))
        }
        return true
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0
        while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
        func around(_ s: [UInt8]) -> String { String(decoding: s[max(0, i - 80)..<min(s.count, i + 80)], as: UTF8.self) }
        return "at byte \(i)\nfast:     \(around(x))\nmustache: \(around(y))"
    }

    // MARK: Tricky cases

    /// Renders `main` from `templates` with both renderers; asserts the fast one handled it (unless
    /// `fallback`) and that both give `expected` when given.
    /// `fast`, when given, is the context both engines render instead of `context`.
    private func check(_ templates: [String: String], _ context: [String: Any], fast root: Any? = nil, expected: String? = nil,
                       fallback: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        let context: Any = root ?? context
        var library = MustacheLibrary()
        for (name, text) in templates {
            do { library.register(try MustacheTemplate(string: text), named: name) } catch {
                return XCTFail("swift-mustache rejects \(name): \(error)", file: file, line: line)
            }
        }
        let mustache = library.render(context, withTemplate: "main") ?? ""
        let fastSet = FastTemplateSet(sources: templates)
        let fast = fastSet.render(context, template: "main")
        if fallback {
            XCTAssertNil(fast, "expected a fallback to swift-mustache", file: file, line: line)
        } else if let fast {
            XCTAssertEqual(Array(fast.utf8), Array(mustache.utf8), "fast: \(fast.debugDescription)\nmustache: \(mustache.debugDescription)",
                           file: file, line: line)
        } else {
            XCTFail("fast renderer gave up; fallbacks: \(fastSet.fallbacks)", file: file, line: line)
        }
        if let expected { XCTAssertEqual(mustache, expected, file: file, line: line) }
    }

    func testStandaloneLines() {
        let t = "a\n  {{#s}}\n  x\n  {{/s}}\n{{! note }}\n  {{^s}}  \nno\n{{/s}}\nb {{!inline}} c\n\t{{#s}} y {{/s}}\t\n"
        check(["main": t], ["s": true], expected: "a\n  x\nb  c\n\t y \t\n")
        check(["main": t], ["s": false], expected: "a\nno\nb  c\n\t\t\n")
        check(["main": "{{#s}}\r\nx\r\n{{/s}}\r\n  {{!c}}  \r\nend"], ["s": true], expected: "x\r\nend")
        check(["main": "x {{#s}}\ny\n{{/s}} z\n{{#s}}\n{{/s}}tail  {{#s}}\n"  + "{{/s}}"], ["s": true])
        check(["main": "{{#a}}\n{{#b}}\n  {{c}}\n{{/b}}\n{{/a}}"], ["a": ["b": ["c": "deep"]]], expected: "  deep\n")
    }

    func testPartialIndentation() {
        let templates = [
            "main": "<ul>\n  {{>item}}\n  <li>{{>inline}}</li>\n\t{{>nested}}\n</ul>\n",
            "item": "<li>a</li>\n{{#list}}\n<li>{{.}}</li>\n{{/list}}\n<li>z</li>\n",
            "inline": "one\ntwo",
            "nested": "n1\n  {{>item}}\nn2{{missing}}\n{{{raw}}}\n",
        ]
        let context: [String: Any] = ["list": ["x", "y"], "raw": "r1\nr2"]
        check(templates, context)
        check(templates, ["list": [String]()])
        check(["main": "  {{>p}}", "p": "a\nb\n"], [:], expected: "  a\n  b\n")
        check(["main": "x\n  {{>absent}}\ny"], [:], expected: "x\n  y")
    }

    func testSectionTruthiness() {
        let t = "[{{#v}}yes:{{.}}{{/v}}|{{^v}}no{{/v}}]"
        let values: [Any] = ["", "text", 0, 1, -3, 0.0, 2.5, true, false, [Any](), [1, 2], ["a", "b"], [[String: Any]](),
                             [["k": 1], ["k": 2]], [String: Any](), ["k": "v"], NSNull(), Optional<String>.none as Any,
                             Optional<String>.some("s") as Any, Optional<Bool>.some(false) as Any, Set([7]), Substring("sub"),
                             ["a": "b"] as [String: String], [1.5], ViewModel(), ["k": "v"] as ViewModel,
                             [ViewModel](), [["k": 1], ["k": 2]] as [ViewModel]]
        for value in values { check(["main": t], ["v": value]) }
        check(["main": t], [:], expected: "[|no]")
        check(["main": t], ["v": ""], expected: "[yes:|]")
        check(["main": t], ["v": 0], expected: "[yes:0|]")
        check(["main": t], ["v": false], expected: "[|no]")
        check(["main": t], ["v": [Any]()], expected: "[|no]")
    }

    func testContextStackAndDottedNames() {
        let context: [String: Any] = [
            "title": "root", "href": "/root",
            "a": ["b": ["c": "abc"], "title": "inner"],
            "list": [["name": "one"], ["name": "two", "href": "/two"]],
            "s": "str", "n": 5, "d": 1.5,
        ]
        check(["main": "{{a.b.c}}|{{a.x.c}}|{{x.b}}|{{#a}}{{title}}{{.title}}{{b.c}}{{/a}}|{{#a.b}}{{c}}{{title}}{{/a.b}}"], context,
              expected: "abc|||innerinnerabc|abcroot")
        check(["main": "{{#list}}{{name}}={{href}};{{/list}}"], context, expected: "one=/root;two=/two;")
        check(["main": "{{#list}}{{#a}}{{name}}{{.name}}{{/a}}{{/list}}"], context, expected: "onetwo")
        check(["main": "{{#s}}{{count}}{{isEmpty}}{{utf8}}{{_guts}}{{title}}{{/s}}{{#n}}{{title}}{{_value}}{{.}}{{/n}}{{#d}}{{.}}{{title}}{{_value}}{{/d}}"], context)
        check(["main": "{{.}}|{{#a}}{{.}}{{/a}}|{{ title }}|{{#list}}{{.}}{{/list}}"], ["x": 1] as [String: Any])
        check(["main": "{{n}} {{d}} {{a}} {{list}} {{#a}}{{b}}{{/a}} {{opt}} {{none}} {{null}}"],
              context.merging(["opt": Optional("o") as Any, "none": Optional<Int>.none as Any, "null": NSNull()]) { a, _ in a })
        // The same with view models, nested in dictionaries and the other way round.
        let models: ViewModel = [
            "title": "root", "href": "/root",
            "a": ["b": ["c": "abc"] as ViewModel, "title": "inner"] as ViewModel,
            "list": [["name": "one"], ["name": "two", "href": "/two"]] as [ViewModel],
            "mixed": [["name": "d"] as [String: Any]] as [[String: Any]], "s": "str", "n": 5,
        ]
        check(["main": "{{a.b.c}}|{{a.x.c}}|{{x.b}}|{{#a}}{{title}}{{.title}}{{b.c}}{{/a}}|{{#a.b}}{{c}}{{title}}{{/a.b}}"],
              [:], fast: models, expected: "abc|||innerinnerabc|abcroot")
        check(["main": "{{#list}}{{name}}={{href}};{{/list}}{{#mixed}}{{name}}{{title}}{{/mixed}}"], [:], fast: models,
              expected: "one=/root;two=/two;droot")
        check(["main": "{{.}}|{{#a}}{{.}}{{/a}}|{{a}}|{{{list}}}|{{#list}}{{.}}{{/list}}|{{^none}}-{{/none}}"], [:], fast: models)
    }

    func testMirrorLookupInStructs() {
        struct Item { let name: String; let note: String? }
        check(["main": "{{#items}}{{name}}({{note}}){{#note}}+{{.}}{{/note}}{{/items}}"],
              ["items": [Item(name: "a", note: "x"), Item(name: "b", note: nil)]])
        check(["main": "{{item.name}}{{item.note}}"], ["item": Item(name: "z", note: "y")])
    }

    /// Figures go into pages as UTF-8 bytes; both renderers must print them as the text they hold.
    func testHTMLFragments() {
        let figure = HTMLFragment(bytes: Array("<figure id=\"a\">Hộ nghèo & “cận nghèo”</figure>\n".utf8))
        let context: [String: Any] = ["f": figure, "fs": [figure, HTMLFragment(bytes: [])], "title": "t"]
        check(["main": "{{{f}}}|{{f}}|{{#f}}{{{f}}}{{title}}{{bytes}}{{/f}}|{{^f}}none{{/f}}|{{#fs}}[{{{.}}}]{{/fs}}|{{f.bytes}}"], context,
              expected: "<figure id=\"a\">Hộ nghèo & “cận nghèo”</figure>\n|&lt;figure id=&quot;a&quot;&gt;Hộ nghèo &amp; “cận nghèo”&lt;/figure&gt;\n"
                  + "|<figure id=\"a\">Hộ nghèo & “cận nghèo”</figure>\nt||[<figure id=\"a\">Hộ nghèo & “cận nghèo”</figure>\n][]|")
    }

    /// Transforms and sorting treat a fragment as the text it holds, as they treated figures that were Strings.
    func testHTMLFragmentTransformsActAsOnItsText() throws {
        let template = try MustacheTemplate(string: "{{#empty(f)}}empty{{/empty(f)}}{{^empty(f)}}full{{/empty(f)}} {{uppercased(f)}} "
            + "{{count(fs)}} {{#sorted(fs)}}[{{{.}}}]{{/sorted(fs)}} {{#first(fs)}}{{{.}}}{{/first(fs)}}")
        let texts = ["<b>Xã Hữu Văn</b>", "<a>Đắk Mil</a>", ""]
        let asFragments: [String: Any] = ["f": HTMLFragment(bytes: Array(texts[0].utf8)), "fs": texts.map { HTMLFragment(bytes: Array($0.utf8)) }]
        let asStrings: [String: Any] = ["f": texts[0], "fs": texts]
        XCTAssertEqual(template.render(asFragments), template.render(asStrings))
        XCTAssertEqual(template.render(["f": HTMLFragment(bytes: []), "fs": [HTMLFragment]()]), template.render(["f": "", "fs": [String]()]))
    }

    func testInheritance() {
        let templates = [
            "layout": "<h1>{{title}}</h1>\n{{$main}}default main{{/main}}\n<footer>{{$foot}}\n  default\n  foot\n{{/foot}}</footer>\n",
            "main": "{{<layout}}{{$main}}\n  <p>{{body}}</p>\n    deeper\n  back\n{{/main}}{{/layout}}",
            "page": "{{<layout}}\n{{$foot}}page foot{{/foot}}\nignored text\n{{/layout}}\n",
            "middle": "{{<layout}}{{$main}}middle: {{$inner}}inner default{{/inner}}{{/main}}{{/layout}}",
            "leaf": "{{<middle}}{{$inner}}leaf inner{{/inner}}{{$foot}}leaf foot{{/foot}}{{/middle}}",
        ]
        check(templates, ["title": "T", "body": "<b>"])
        var swapped = templates
        swapped["main"] = templates["page"]
        check(swapped, ["title": "T"])
        swapped["main"] = templates["leaf"]
        check(swapped, ["title": "T"])
        swapped["main"] = "  {{$main}}\n  a\n  {{/main}}\nx {{$b}}b1\nb2\n{{/b}}"
        check(swapped, [:])
        swapped["main"] = "{{<layout}}{{/layout}}"
        check(swapped, ["title": "T"], expected: "<h1>T</h1>\ndefault main\n<footer>\n  default\n  foot\n</footer>\n")
        swapped["main"] = "  {{<layout}}\n  {{$main}}\n    x\n    y\n  {{/main}}\n  {{/layout}}\n"
        check(swapped, ["title": "T"])
    }

    func testEscaping() {
        let t = "{{v}}|{{{v}}}|{{&v}}"
        check(["main": t], ["v": "a & b < c > d \" e ' f"], expected: "a &amp; b &lt; c &gt; d &quot; e &#39; f|a & b < c > d \" e ' f|a & b < c > d \" e ' f")
        for text in ["Hòa Bình “quote” 'x'", "<\u{338}", "\u{600}<x", "'\u{301}", "é&", "&é", "đ<b>", "\r\n<", "", "plain", "&&&",
                     "e\u{301}\"q\"", "😀<😀", "<"] {
            check(["main": t], ["v": text])
        }
        check(["main": "{{n}}{{b}}{{d}}"], ["n": -12, "b": true, "d": 0.1])
    }

    func testUnsupportedTemplatesFallBack() {
        check(["main": "{{=<% %>=}}<% x %>"], ["x": "1"], fallback: true)
        check(["main": "{{uppercased(x)}}"], ["x": "a"], fallback: true)
        check(["main": "{{%CONTENT_TYPE: TEXT}}{{x}}"], ["x": "<"], fallback: true)
        check(["main": "{{>*dyn}}", "p": "P"], ["dyn": "p"], fallback: true)
        // A template that includes an unsupported one falls back as a whole.
        check(["main": "a{{>p}}", "p": "{{#reversed(list)}}{{.}}{{/reversed(list)}}"], ["list": [1, 2]], fallback: true)
        // A lambda value makes that render fall back.
        check(["main": "{{#l}}x{{/l}}"], ["l": MustacheLambda { "<" + $0 }], fallback: true)
        XCTAssertEqual(FastTemplateSet(sources: ["a": "{{>b}}", "b": "{{>c}}", "c": "{{=| |=}}"]).renderable, [])
    }

    /// A partial's indentation inserted into the page moves the chart ranges after it and grows one
    /// that contains it, so each still covers its whole `<svg>` element.
    func testChartRangesFollowInsertedIndentation() {
        var ranges = [0..<5, 10..<20, 30..<40]
        FastRenderer.shift(&ranges, by: 3, at: 10)
        XCTAssertEqual(ranges, [0..<5, 13..<23, 33..<43])
        FastRenderer.shift(&ranges, by: 2, at: 15)
        XCTAssertEqual(ranges, [0..<5, 13..<25, 35..<45])
        FastRenderer.shift(&ranges, by: 4, at: 5)
        XCTAssertEqual(ranges, [0..<5, 17..<29, 39..<49])
    }
}
