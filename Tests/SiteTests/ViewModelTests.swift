@testable import Render
import Mustache
import XCTest

/// View models behave as the dictionaries they replaced: for Swift code, for swift-mustache and for
/// the fast renderer, which must print the same bytes.
final class ViewModelTests: XCTestCase {
    func testNameEqualityIsStringEquality() {
        let long = String(repeating: "tên dài ", count: 4)
        let fromParts = String("decision" + "Href")
        let bigBuffer = { () -> String in var s = String(); s.reserveCapacity(64); s += "href"; return s }()
        let names = ["", "a", "href", "Href", "hreff", "name", "decisionHref", fromParts, bigBuffer, "abcdefghijklmno",
                     "abcdefghijklmnop", "abcdefghijklmnoq", long, long + "x", "tên", "te\u{0302}n", "tê\u{0301}n",
                     String(long.dropLast()), String(Substring("xhref").dropFirst())]
        for a in names {
            for b in names {
                XCTAssertEqual(ViewName.equal(a, b), a == b, "\(a.debugDescription) \(b.debugDescription)")
                // Equal names share their bit, so the bit test never hides a name that is there.
                if a == b { XCTAssertNotEqual(ViewName.bit(a) & ViewName.bit(b), 0, "\(a.debugDescription) \(b.debugDescription)") }
            }
            XCTAssertEqual(ViewName.bit(a).nonzeroBitCount, a.utf8.allSatisfy { $0 < 0x80 } ? 1 : 64, a.debugDescription)
        }
        // A view model finds each of its names, in any spelling that is equal, and no other.
        var model = ViewModel()
        for (i, name) in names.enumerated() where i % 2 == 0 { model[name] = i }
        for probe in names {
            // Setting an equal name again replaces the value: the last one set.
            let expected = names.enumerated().last { $0.offset % 2 == 0 && $0.element == probe }?.offset
            XCTAssertEqual(model[probe] as? Int, expected, probe.debugDescription)
        }
        // The bits spread short names: 40 of them set at least 20 of the 64.
        let bits = (0..<40).reduce(UInt64(0)) { $0 | ViewName.bit("key\($1)") }
        XCTAssertGreaterThanOrEqual(bits.nonzeroBitCount, 20)
    }

    func testSettingReadingAndRemovingAsADictionary() {
        var m: ViewModel = ["a": 1, "b": "x"]
        var d: [String: Any] = ["a": 1, "b": "x"]
        for (name, value) in [("c", true), ("a", false), ("b", nil), ("d", nil), ("b", "y")] as [(String, Any?)] {
            m[name] = value
            d[name] = value
        }
        XCTAssertEqual(m.names, ["a", "c", "b"])
        XCTAssertEqual(Set(m.names), Set(d.keys))
        for name in d.keys { XCTAssertEqual("\(m[name]!)", "\(d[name]!)") }
        XCTAssertNil(m["d"])
        let merged = m.merging(["a": "new", "e": 5])
        XCTAssertEqual(merged.names, ["a", "c", "b", "e"])
        XCTAssertEqual(merged["a"] as? String, "new")
        XCTAssertEqual(m.count, 3)
    }

    /// A view model made from a shape, or with `add`, is the one the literal makes: same names in
    /// the same order, same values, found the same way, printed the same, and it grows and changes
    /// as any other (the shared names are copied, the shape keeps its own).
    func testShapesAndAddMakeTheLiteralsViewModel() {
        let shape = ViewModelShape(["value", "derived", "missing", "decisionHref", "tên"])
        let literal: ViewModel = ["value": "1,5", "derived": true, "missing": false, "decisionHref": "a#b", "tên": 3]
        var made = shape("1,5", true, false, "a#b", 3)
        var added = ViewModel()
        for (name, value) in literal.entries { added.add(name, value) }
        for model in [made, added] {
            XCTAssertEqual(model.names, literal.names)
            XCTAssertEqual(String(describing: model), String(describing: literal))
            for name in literal.names + ["href", "te\u{0302}n", "valu"] {
                XCTAssertEqual(model[name].map { "\($0)" }, literal[name].map { "\($0)" }, name)
            }
        }
        made["extra"] = 1
        made["value"] = "2"
        XCTAssertEqual(made.names, literal.names + ["extra"])
        XCTAssertEqual(made["value"] as? String, "2")
        XCTAssertEqual(shape("x", false, true, "", 0).names, literal.names)
        XCTAssertNil(shape("x", false, true, "", 0)["extra"])
        let template = "{{#m}}{{value}}{{#derived}}*{{/derived}}{{^missing}}.{{/missing}}{{decisionHref}}{{/m}}"
        XCTAssertEqual(FastTemplateSet(sources: ["t": template]).render(["m": made] as ViewModel, template: "t"), "2*.a#b")
    }

    /// `{{x}}` on a whole view model prints what it printed as a dictionary (for one name; a
    /// dictionary's order of several was arbitrary, a view model's is the order of setting).
    func testTextIsADictionarysText() {
        XCTAssertEqual(String(describing: ViewModel()), String(describing: [String: Any]()))
        XCTAssertEqual(String(describing: ["name": "A"] as ViewModel), String(describing: ["name": "A"] as [String: Any]))
        XCTAssertEqual(String(describing: [["n": 1] as ViewModel]), String(describing: [["n": 1] as [String: Any]]))
        XCTAssertEqual(String(describing: ["a": ["b": true] as ViewModel] as ViewModel),
                       String(describing: ["a": ["b": true] as [String: Any]] as [String: Any]))
        XCTAssertEqual(String(describing: ["x": 1, "y": "z", "w": false] as ViewModel), #"["x": 1, "y": "z", "w": false]"#)
    }

    /// The same template and values as a view model and as a dictionary give the same page with
    /// both engines; a dictionary's transforms work on it.
    func testTemplatesSeeAViewModelAsTheySawADictionary() throws {
        let template = """
        {{title}}|{{#unit}}{{name}} {{href}} {{title}}{{/unit}}|{{^missing}}none{{/missing}}|\
        {{#rows}}[{{name}}{{#status}}:{{label}}{{/status}}{{^status}}-{{/status}}]{{/rows}}|{{^empty}}e{{/empty}}|{{unit.name}}
        """
        // Transforms are left to swift-mustache by the fast compiler.
        let transforms = "{{#empty(unit)}}E{{/empty(unit)}}{{count(unit)}}|{{#sorted(unit)}}{{key}}={{value}};{{/sorted(unit)}}"
        func model(_ dict: Bool) -> Any {
            let unit: Any = dict ? ["name": "Xã A", "href": "a/<b>"] as [String: Any] : ["name": "Xã A", "href": "a/<b>"] as ViewModel
            let status: Any = dict ? ["label": "đạt"] as [String: Any] : ["label": "đạt"] as ViewModel
            let rows: Any = dict ? [["name": "r1", "status": status], ["name": "r2", "status": false]] as [[String: Any]]
                : [["name": "r1", "status": status], ["name": "r2", "status": false]] as [ViewModel]
            let empty: Any = dict ? [] as [[String: Any]] : [] as [ViewModel]
            return dict ? ["title": "T & t", "unit": unit, "rows": rows, "empty": empty] as [String: Any]
                : ["title": "T & t", "unit": unit, "rows": rows, "empty": empty] as ViewModel
        }
        let library = try MustacheLibrary(templates: ["t": MustacheTemplate(string: template), "x": MustacheTemplate(string: transforms)])
        let fast = FastTemplateSet(sources: ["t": template])
        let expected = library.render(model(true), withTemplate: "t")
        XCTAssertEqual(expected, "T &amp; t|Xã A a/&lt;b&gt; T &amp; t|none|[r1:đạt][r2-]|e|Xã A")
        XCTAssertEqual(library.render(model(false), withTemplate: "t"), expected)
        XCTAssertEqual(fast.render(model(false), template: "t"), expected)
        XCTAssertEqual(fast.render(model(true), template: "t"), expected)
        XCTAssertEqual(library.render(model(false), withTemplate: "x"), "2|href=a/&lt;b&gt;;name=Xã A;")
        XCTAssertEqual(library.render(model(true), withTemplate: "x"), "2|href=a/&lt;b&gt;;name=Xã A;")
    }

    /// A link as a `PageLink` prints what the String `PageLinker.link` gives prints, with both engines
    /// and in every kind of tag: escaped, raw, as a section (looking names up further out) and inverted.
    func testALinkValuePrintsAsItsString() throws {
        let template = "{{href}}|{{{href}}}|{{#href}}[{{name}}]{{/href}}|{{^href}}none{{/href}}|{{#unit}}{{href}}{{/unit}}|{{unit.href}}"
        let library = try MustacheLibrary(templates: ["t": MustacheTemplate(string: template)])
        let fast = FastTemplateSet(sources: ["t": template])
        for (page, target) in [("don-vi/xa-a/index.html", "tien-do/ty-le/index.html"), ("don-vi/xa-a/index.html", "don-vi/xa-a/index.html"),
                               ("index.html", "dien-hinh/a&b/index.html"), ("a/b/c/index.html", "media/<ảnh>.jpg")] {
            let linker = PageLinker(path: page)
            XCTAssertEqual(linker.pageLink(target).description, linker.link(target))
            // With an anchor (a commendation's round on its year's list), to another page or its own.
            XCTAssertEqual(linker.pageLink(target, anchor: "dot-2", joined: target + "#dot-2").description,
                           linker.link(target) + "#dot-2")
            XCTAssertEqual(linker.pageLink(target, anchor: nil, joined: target).description, linker.link(target))
            func model(_ href: Any) -> ViewModel { ["href": href, "name": "Xã A", "unit": ["href": href] as ViewModel] }
            let expected = library.render(model(linker.link(target)), withTemplate: "t")
            XCTAssertEqual(library.render(model(linker.pageLink(target)), withTemplate: "t"), expected, target)
            XCTAssertEqual(fast.render(model(linker.pageLink(target)), template: "t"), expected, target)
        }
        // A list of texts: repeated, printed whole, inverted when empty.
        let listTemplate = "{{#years}}[{{.}}{{name}}]{{/years}}{{^years}}none{{/years}}|{{years}}"
        let listLibrary = try MustacheLibrary(templates: ["t": MustacheTemplate(string: listTemplate)])
        for years in [["2021", "2022 <b>"], [String]()] {
            let model: ViewModel = ["years": years, "name": "X"]
            XCTAssertEqual(FastTemplateSet(sources: ["t": listTemplate]).render(model, template: "t"),
                           listLibrary.render(model, withTemplate: "t"))
        }
        // A whole object holding the link prints it quoted, as it printed the String.
        let linker = PageLinker(path: "don-vi/a/index.html")
        XCTAssertEqual(String(describing: ["href": linker.pageLink("x/index.html")] as ViewModel),
                       String(describing: ["href": linker.link("x/index.html")] as ViewModel))
        let escaped = FastTemplateSet(sources: ["t": "{{href}}"]).render(["href": PageLinker(path: "a/b/index.html").pageLink("x/<y>&'z'.html")] as ViewModel, template: "t")
        XCTAssertEqual(escaped, "../../x/&lt;y&gt;&amp;&#39;z&#39;.html")
    }
}
