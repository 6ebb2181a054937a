import Foundation
import Mustache
import VietText

/// How the fast renderer reads view-model values, with swift-mustache 2.1.1's rules.
///
/// The types our view models store ([String: Any], [[String: Any]], String, [String], Int, Bool,
/// HTMLFragment, PageLink) are recognised by their exact dynamic type, one metadata comparison each, instead of the
/// chain of protocol casts swift-mustache runs on every value. Everything else goes through `Slow`, which
/// repeats swift-mustache's casts and Mirror lookup step for step, so an unusual value (an Optional,
/// NSNull, a struct) renders the same. Values whose rendering swift-mustache customises (lambdas,
/// custom renderables, templates) make the render give up so the caller re-renders the page with
/// swift-mustache itself.

/// One object on the context stack.
enum ContextFrame {
    case dict([String: Any])
    case model(ViewModel)
    /// String, Int, Bool or Double: swift-mustache finds no named child in them (no labelled Mirror
    /// children, not a MustacheParent), so lookups skip them without reflecting.
    case scalar(Any)
    case other(Any)

    init(_ value: Any) {
        let type = Swift.type(of: value)
        if type == [String: Any].self {
            self = .dict(value as! [String: Any])
        } else if type == ViewModel.self {
            self = .model(value as! ViewModel)
        } else if type == String.self || type == Int.self || type == Bool.self || type == Double.self || type == PageLink.self {
            self = .scalar(value)
        } else {
            self = .other(value)
        }
    }

    var value: Any {
        switch self {
        case .dict(let d): return d
        case .model(let m): return m
        case .scalar(let v), .other(let v): return v
        }
    }
}

/// A looked-up value, sorted once by what rendering needs to know.
enum ContextValue {
    case missing
    case string(String)
    case int(Int)
    case bool(Bool)
    case dict([String: Any])
    case dicts([[String: Any]])
    case model(ViewModel)
    case models([ViewModel])
    /// Markup built as bytes, written by `{{{x}}}` without a String in between.
    case fragment(HTMLFragment)
    /// A link to another page, written without its String (`PageLink`).
    case link(PageLink)
    /// A list of texts (a table's years).
    case strings([String])
    /// Anything else: handled by the slow path with swift-mustache's own casts.
    case other(Any)

    /// `representation` applies swift-mustache's final `MustacheCustomRepresentation` step (NSNull → nil),
    /// which it runs once on every looked-up value.
    init(_ found: Any?, representation: Bool = true) {
        guard let found else { self = .missing; return }
        self.init(present: found, representation: representation)
    }

    @inline(__always)
    init(present found: Any, representation: Bool = true) {
        let type = Swift.type(of: found)
        if type == String.self {
            self = .string(Inline.value(found, as: String.self))
        } else if type == ViewModel.self {
            self = .model(Inline.value(found, as: ViewModel.self))
        } else if type == [String: Any].self {
            self = .dict(Inline.value(found, as: [String: Any].self))
        } else if type == Bool.self {
            self = .bool(Inline.value(found, as: Bool.self))
        } else if type == Int.self {
            self = .int(Inline.value(found, as: Int.self))
        } else if type == [ViewModel].self {
            self = .models(Inline.value(found, as: [ViewModel].self))
        } else if type == [[String: Any]].self {
            self = .dicts(Inline.value(found, as: [[String: Any]].self))
        } else if type == HTMLFragment.self {
            self = .fragment(Inline.value(found, as: HTMLFragment.self))
        } else if type == PageLink.self {
            self = .link(Inline.value(found, as: PageLink.self))
        } else if type == [String].self {
            self = .strings(Inline.value(found, as: [String].self))
        } else if representation, let custom = found as? MustacheCustomRepresentation {
            self = ContextValue(custom.representation, representation: false)
        } else {
            self = .other(found)
        }
    }
}

extension ContextValue {
    /// `init(present:)` for a value the caller hands over in `slot`, which is left uninitialized: the
    /// fast types are moved out of the existential instead of copied from it and the copy destroyed,
    /// two atomic reference-count operations fewer per looked-up name. The same chain of types as
    /// `init(present:)` (one generic chain for both cost 0.4 % more instructions);
    /// `InlineValueTests` fails when the two disagree on any type.
    @inline(__always)
    init(taking slot: UnsafeMutablePointer<Any>) {
        let type = Inline.dynamicType(slot)
        if type == String.self {
            self = .string(Inline.take(slot, as: String.self))
        } else if type == ViewModel.self {
            self = .model(Inline.take(slot, as: ViewModel.self))
        } else if type == [String: Any].self {
            self = .dict(Inline.take(slot, as: [String: Any].self))
        } else if type == Bool.self {
            self = .bool(Inline.take(slot, as: Bool.self))
        } else if type == Int.self {
            self = .int(Inline.take(slot, as: Int.self))
        } else if type == [ViewModel].self {
            self = .models(Inline.take(slot, as: [ViewModel].self))
        } else if type == [[String: Any]].self {
            self = .dicts(Inline.take(slot, as: [[String: Any]].self))
        } else if type == HTMLFragment.self {
            self = .fragment(Inline.take(slot, as: HTMLFragment.self))
        } else if type == PageLink.self {
            self = .link(Inline.take(slot, as: PageLink.self))
        } else if type == [String].self {
            self = .strings(Inline.take(slot, as: [String].self))
        } else {
            self.init(present: slot.move())
        }
    }
}

/// The value inside an `Any` whose dynamic type is known to be exactly `T`, read from the existential's
/// inline buffer instead of through `as!` (a runtime cast per looked-up name, about a fifth of the
/// renderer's own time). Only for the types above: each fits the three-word buffer, where the Swift
/// ABI stores such a value in place (file-private so nothing else relies on it); `InlineValueTests`
/// checks every one against `as!`.
fileprivate enum Inline {
    static func value<T>(_ any: Any, as type: T.Type) -> T {
        precondition(MemoryLayout<T>.size <= 3 * MemoryLayout<Int>.size && MemoryLayout<T>.alignment <= MemoryLayout<Int>.alignment)
        return withUnsafeBytes(of: any) { $0.load(as: T.self) }
    }

    /// The dynamic type of the existential at `slot`, read from its container (the word after the
    /// three-word buffer) without copying the value as `type(of: slot.pointee)` does.
    static func dynamicType(_ slot: UnsafePointer<Any>) -> Any.Type {
        UnsafeRawPointer(slot).load(fromByteOffset: 3 * MemoryLayout<Int>.size, as: Any.Type.self)
    }

    /// Moves the value out of the existential at `slot`; the existential is then uninitialized (the
    /// rest of its container is its type, which needs no destroying).
    static func take<T>(_ slot: UnsafeMutablePointer<Any>, as type: T.Type) -> T {
        precondition(MemoryLayout<T>.size <= 3 * MemoryLayout<Int>.size && MemoryLayout<T>.alignment <= MemoryLayout<Int>.alignment)
        return slot.withMemoryRebound(to: T.self, capacity: 1) { $0.move() }
    }
}

/// `{{x}}` and `{{{x}}}` of a value read where it is stored, in a view model's values: a String,
/// a link or (unescaped) a fragment is written without copying it out of its existential, an
/// atomic retain and release fewer per printed name. Writes what `FastRenderer.write` writes for
/// the same value; other values are left to it (false).
enum InPlace {
    static func write(_ slot: UnsafePointer<Any>, escaped: Bool, to out: inout ByteBuffer, linkFree: inout [Range<Int>]) -> Bool {
        let type = Inline.dynamicType(slot)
        let value = UnsafeRawPointer(slot)
        if type == String.self {
            let written: Void? = value.assumingMemoryBound(to: String.self).pointee.utf8.withContiguousStorageIfAvailable { bytes in
                if escaped { HTMLEscape.append(utf8: bytes, to: &out) } else { out.append(contentsOf: bytes) }
            }
            return written != nil
        }
        if type == PageLink.self {
            value.assumingMemoryBound(to: PageLink.self).pointee.append(to: &out, escaped: escaped)
            return true
        }
        if type == HTMLFragment.self && !escaped {
            value.assumingMemoryBound(to: HTMLFragment.self).pointee.append(to: &out, linkFree: &linkFree)
            return true
        }
        return false
    }
}

/// swift-mustache's generic steps, for values outside the fast types.
enum Slow {
    /// A value whose rendering swift-mustache customises: the fast renderer gives up on the page.
    static func isCustomised(_ value: Any) -> Bool {
        value is MustacheLambda || value is MustacheCustomRenderable || value is MustacheTemplate
    }

    /// swift-mustache's `_getImmediateChild`: representation, then MustacheParent, then Mirror.
    static func child(named name: String, of object: Any) -> Any? {
        if Swift.type(of: object) == [String: Any].self {
            return (object as! [String: Any])[name]
        }
        if Swift.type(of: object) == ViewModel.self {
            return (object as! ViewModel)[name]
        }
        let base: Any? = if let custom = object as? MustacheCustomRepresentation { custom.representation } else { object }
        if let parent = base as? MustacheParent {
            return parent.child(named: name)
        }
        guard let base else { return nil }
        guard let match = Mirror(reflecting: base).children.first(where: { $0.label == name }) else { return nil }
        return unwrapReflectedOptional(match.value)
    }

    private static func unwrapReflectedOptional(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// What `{{x}}` prints for a non-fast value: `String(describing:)` of the value, with an Optional
    /// held in the `Any` unwrapped first (a `nil` one prints as `nil`).
    static func describe(_ value: Any) -> String {
        if let optional = value as? AnyOptionalValue {
            return String(describing: optional.wrappedAny ?? value)
        }
        return String(describing: value)
    }

    /// The elements of a value swift-mustache treats as a list (Array, Set, ReversedCollection), or nil.
    static func sequenceElements(_ value: Any) -> [Any]? {
        guard let sequence = value as? any MustacheSequence else { return nil }
        return elements(of: sequence)
    }

    private static func elements<S: Sequence>(of sequence: S) -> [Any] {
        sequence.map { $0 as Any }
    }
}

/// Same test swift-mustache makes (its internal `AnyOptional`) for an Optional inside an `Any`.
protocol AnyOptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: AnyOptionalValue {
    var wrappedAny: Any? { self }
}

/// swift-mustache's lambda type, named here so the renderer files need not import Mustache.
typealias MustacheLambdaMarker = MustacheLambda

/// Markup that Swift built as UTF-8 (a figure with its chart), for `{{{name}}}`: the fast renderer
/// copies the bytes, swift-mustache prints `description`, so both write the same. Checking and
/// copying a figure into a String and then out of it again cost as much as drawing its chart.
/// A parent without children, so a section over it looks names up further out without reflection;
/// transforms (`{{#empty(figure)}}`) and sorting work on its text, as they did when it was a String.
struct HTMLFragment: CustomStringConvertible, MustacheParent, MustacheTransformable, Comparable {
    let bytes: [UInt8]
    /// Ranges of `bytes` that are charts drawn here (see `OutputFile.linkFree`).
    var linkFree: [Range<Int>] = []

    var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends the fragment, and its chart ranges where they land in `out`.
    func append(to out: inout ByteBuffer, linkFree ranges: inout [Range<Int>]) {
        let base = out.count
        for r in linkFree { ranges.append((base + r.lowerBound)..<(base + r.upperBound)) }
        out.append(bytes: bytes)
    }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { description.transform(name) }

    static func < (a: HTMLFragment, b: HTMLFragment) -> Bool { a.description < b.description }
    /// The same text is the same fragment, whatever is known of its charts.
    static func == (a: HTMLFragment, b: HTMLFragment) -> Bool { a.bytes == b.bytes }
}
