@testable import Render
import XCTest

/// The fast renderer reads Strings, Ints, Bools and dictionaries out of `Any` in place; every such
/// read must give what `as!` gives, including strings too long to be stored in the String itself.
final class InlineValueTests: XCTestCase {
    func testInlineReadsEqualCasts() {
        let long = String(repeating: "Xã Đắk Mil ", count: 20)
        let values: [Any] = ["", "ngắn", long, 0, -7, Int.max, true, false, ["a": 1, "b": long] as [String: Any],
                             [["x": "y"], [:]] as [[String: Any]], HTMLFragment(bytes: Array(long.utf8)),
                             ["a": 1, "b": long] as ViewModel, [["x": "y"], [:]] as [ViewModel],
                             PageLink(target: long, depth: 3), PageLink(target: "index.html", depth: 0), ["2021", long] as [String]]
        for value in values {
            switch ContextValue(value) {
            case .string(let s): XCTAssertEqual(s, value as! String)
            case .int(let i): XCTAssertEqual(i, value as! Int)
            case .bool(let b): XCTAssertEqual(b, value as! Bool)
            case .dict(let d): XCTAssertEqual(d["b"] as? String, (value as! [String: Any])["b"] as? String)
                XCTAssertEqual(d.count, (value as! [String: Any]).count)
            case .dicts(let list): XCTAssertEqual(list.map(\.count), (value as! [[String: Any]]).map(\.count))
                XCTAssertEqual(list.first?["x"] as? String, "y")
            case .fragment(let f): XCTAssertEqual(f.bytes, (value as! HTMLFragment).bytes)
            case .strings(let list): XCTAssertEqual(list, value as! [String])
            case .link(let l): XCTAssertEqual(l.description, (value as! PageLink).description)
                XCTAssertEqual(l.depth, (value as! PageLink).depth)
            case .model(let m): XCTAssertEqual(m["b"] as? String, (value as! ViewModel)["b"] as? String)
                XCTAssertEqual(m.names, (value as! ViewModel).names)
            case .models(let list): XCTAssertEqual(list.map(\.count), (value as! [ViewModel]).map(\.count))
                XCTAssertEqual(list.first?["x"] as? String, "y")
            default: XCTFail("\(value) not read as a fast type")
            }
        }
        // Moving out of a slot reads the same, and leaves nothing behind to destroy (a leak or a
        // double release would show in the long string's text or crash here).
        struct Wide { let a = 1, b = 2, c = 3, d = "boxed: wider than the existential's buffer" }
        let slot = UnsafeMutablePointer<Any>.allocate(capacity: 1)
        defer { slot.deallocate() }
        for value in values + [3.5, Optional("x") as Any, Wide()] {
            for _ in 0..<3 {
                slot.initialize(to: value)
                XCTAssertEqual(describe(ContextValue(taking: slot)), describe(ContextValue(value)))
            }
        }
        // A value moved out owns exactly one reference: the object inside is freed once, when the
        // last copy goes, neither leaked nor released early.
        final class Tracker { static var alive = 0; init() { Tracker.alive += 1 }; deinit { Tracker.alive -= 1 } }
        do {
            let tracked: [String: Any] = ["t": Tracker()]
            for _ in 0..<3 {
                slot.initialize(to: tracked as Any)
                if case .dict(let d) = ContextValue(taking: slot) { XCTAssertNotNil(d["t"] as? Tracker) } else { XCTFail() }
            }
            slot.initialize(to: [tracked] as Any)
            if case .dicts(let list) = ContextValue(taking: slot) { XCTAssertEqual(list.count, 1) } else { XCTFail() }
            XCTAssertEqual(Tracker.alive, 1)
        }
        XCTAssertEqual(Tracker.alive, 0)
        // The copies read out stay valid after the original is gone.
        var text: String?
        do { let any: Any = long + "!"; if case .string(let s) = ContextValue(any) { text = s } }
        XCTAssertEqual(text, long + "!")
    }

    private func describe(_ value: ContextValue) -> String {
        switch value {
        case .missing: "missing"
        case .string(let s): "string \(s)"
        case .int(let i): "int \(i)"
        case .bool(let b): "bool \(b)"
        case .dict(let d): "dict \(d.keys.sorted()) \(d["b"] as? String ?? "")"
        case .dicts(let list): "dicts \(list.map(\.count)) \(list.first?["x"] as? String ?? "")"
        case .fragment(let f): "fragment \(f.description)"
        case .link(let l): "link \(l.description)"
        case .strings(let list): "strings \(list)"
        case .model(let m): "model \(m.names) \(m["b"] as? String ?? "")"
        case .models(let list): "models \(list.map(\.count)) \(list.first?["x"] as? String ?? "")"
        case .other(let v): "other \(type(of: v)) \(v)"
        }
    }
}
