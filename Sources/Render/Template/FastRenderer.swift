import VietText

/// Renders compiled templates with swift-mustache 2.1.1's semantics into one UTF-8 buffer.
///
/// swift-mustache builds a String per template, section and partial and concatenates them; here
/// each of those levels only remembers where its output starts in the shared buffer, which is all
/// its indentation rule needs (“the text this level produced so far ends with a newline”).
struct FastRenderer {
    /// The indentation and block overrides in effect, as swift-mustache's context carries them.
    private struct Scope {
        var indentation: [UInt8]?
        var overrides: [String: CompiledTemplate]?
    }

    private let templates: [String: CompiledTemplate]
    private var out: ByteBuffer
    /// Where fragments put their charts in `out` (see `OutputFile.linkFree`), in order.
    private var linkFree: [Range<Int>] = []
    /// The context stack, innermost last, in three arrays of the same length: what kind each object
    /// is, the dictionaries (the empty one at other levels) and the other objects (`()` at dictionary
    /// levels). Reading an object out of an enum or an Optional copied it, an atomic retain and
    /// release per level per looked-up name; these are read in place.
    private var kinds: [FrameKind] = []
    private var dicts: [[String: Any]] = []
    private var models: [ViewModel] = []
    private var objects: [Any] = []

    private enum FrameKind {
        case dict
        case model
        /// String, Int, Bool, Double or a fragment: no named children (see `ContextFrame.scalar`).
        case scalar
        case other
    }
    /// Set when a value needs swift-mustache's own handling; the output is then thrown away.
    private(set) var gaveUp = false
    /// Where a looked-up value is copied so its payload can be moved out (`ContextValue(taking:)`);
    /// uninitialized between lookups.
    private let slot: UnsafeMutablePointer<Any>

    /// Renders `template` with `context` as the only object on the stack; nil when it gave up.
    /// A context swift-mustache would treat specially (a lambda, a custom renderable) gives up too.
    static func render(_ template: CompiledTemplate, context: Any, templates: [String: CompiledTemplate],
                       capacity: Int) -> (bytes: [UInt8], linkFree: [Range<Int>])? {
        var renderer = FastRenderer(templates: templates, capacity: capacity)
        renderer.kinds.reserveCapacity(16)
        renderer.dicts.reserveCapacity(16)
        renderer.models.reserveCapacity(16)
        renderer.objects.reserveCapacity(16)
        renderer.withPushed(ContextFrame(context)) { $0.render(template, Scope()) }
        renderer.slot.deallocate()
        defer { renderer.out.deallocate() }
        if renderer.gaveUp { return nil }
        return (renderer.out.array(), renderer.linkFree)
    }

    private init(templates: [String: CompiledTemplate], capacity: Int) {
        self.templates = templates
        out = ByteBuffer(capacity: capacity)
        self.slot = .allocate(capacity: 1)
    }

    private mutating func render(_ template: CompiledTemplate, _ scope: Scope) {
        let steps = template.unretainedSteps
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            // The template owns its steps for the whole render: reading them unretained saves an
            // atomic retain and release per step, thousands per page (`_withUnsafeGuaranteedRef` is
            // the standard library's underscored form of that promise; check it on a toolchain update).
            for i in steps.indices where !gaveUp { steps[i]._withUnsafeGuaranteedRef { render($0, scope) } }
            return
        }
        // A partial's indentation goes before any non-empty piece that starts right after a newline
        // in this level's own output (never at its very start: the text before the tag has it).
        let start = out.count
        for i in steps.indices where !gaveUp {
            let before = out.count
            steps[i]._withUnsafeGuaranteedRef { render($0, scope) }
            if out.count > before && endsWithNewline(start, before) {
                out.insert(indentation, at: before)
                Self.shift(&linkFree, by: indentation.count, at: before)
            }
        }
    }

    /// Whether `out[start..<end]` ends with the character "\n" (a "\r\n" pair is one other character).
    private func endsWithNewline(_ start: Int, _ end: Int) -> Bool {
        guard end > start, out[end - 1] == 0x0A else { return false }
        return !(end - 1 > start && out[end - 2] == 0x0D)
    }

    @inline(__always)
    private mutating func render(_ step: TemplateStep, _ scope: Scope) {
        switch step.kind {
        case .text:
            out.append(contentsOf: step.text)
        case .variable:
            if !writeInPlace(step.path, escaped: step.escaped) { write(lookUp(step.path), escaped: step.escaped) }
        case .section:
            section(lookUp(step.path), step.body!, scope)
        case .inverted:
            inverted(lookUp(step.path), step.body!, scope)
        case .block:
            var inner = scope
            inner.indentation = (scope.indentation ?? []) + (step.indentation ?? [])
            render(scope.overrides?[step.name] ?? step.body!, inner)
        case .partial:
            // A name the library lacks renders nothing, as in swift-mustache.
            guard let template = templates[step.name] else { return }
            var inner = scope
            if let indentation = step.indentation { inner.indentation = (scope.indentation ?? []) + indentation }
            if let overrides = step.overrides {
                // Outer overrides win: a child's block beats its parent's parent.
                inner.overrides = scope.overrides?.merging(overrides) { outer, _ in outer } ?? overrides
            }
            render(template, inner)
        }
    }

    private mutating func write(_ value: ContextValue, escaped: Bool) {
        switch value {
        case .missing:
            return
        case .string(let s):
            if escaped { HTMLEscape.append(s, to: &out) } else { out.append(utf8: s) }
        case .int(let i):
            out.append(decimal: i)
        case .bool(let b):
            out.append(utf8: b ? "true" : "false")
        case .dict(let d):
            writeDescribed(d, escaped: escaped)
        case .dicts(let a):
            writeDescribed(a, escaped: escaped)
        case .model(let m):
            writeDescribed(m, escaped: escaped)
        case .models(let a):
            writeDescribed(a, escaped: escaped)
        case .fragment(let f):
            if escaped { HTMLEscape.append(f.description, to: &out) } else { f.append(to: &out, linkFree: &linkFree) }
        case .link(let l):
            l.append(to: &out, escaped: escaped)
        case .strings(let list):
            writeDescribed(list, escaped: escaped)
        case .other(let v):
            if Slow.isCustomised(v) { gaveUp = true; return }
            writeDescribed(v, escaped: escaped)
        }
    }

    private mutating func writeDescribed(_ value: Any, escaped: Bool) {
        let text = Slow.describe(value)
        if escaped { HTMLEscape.append(text, to: &out) } else { out.append(utf8: text) }
    }

    /// `{{#x}}`: lists repeat per element, true renders once, false/missing/empty list render nothing,
    /// any other value (even "" or 0) renders once with the value pushed.
    private mutating func section(_ value: ContextValue, _ body: CompiledTemplate, _ scope: Scope) {
        switch value {
        case .missing:
            return
        case .bool(let b):
            if b { render(body, scope) }
        case .string(let s):
            withPushed(.scalar(s)) { $0.render(body, scope) }
        case .int(let i):
            withPushed(.scalar(i)) { $0.render(body, scope) }
        case .dict(let d):
            withPushed(dict: d) { $0.render(body, scope) }
        case .dicts(let list):
            for element in list where !gaveUp {
                withPushed(dict: element) { $0.render(body, scope) }
            }
        case .model(let m):
            withPushed(model: m) { $0.render(body, scope) }
        case .models(let list):
            for element in list where !gaveUp {
                withPushed(model: element) { $0.render(body, scope) }
            }
        case .fragment(let f):
            // Its own name and any other are looked up further out (it has no children), as for text.
            withPushed(.scalar(f)) { $0.render(body, scope) }
        case .link(let l):
            withPushed(.scalar(l)) { $0.render(body, scope) }
        case .strings(let list):
            for element in list where !gaveUp {
                withPushed(.scalar(element)) { $0.render(body, scope) }
            }
        case .other(let v):
            if v is MustacheLambdaMarker { gaveUp = true; return }
            if let list = Slow.sequenceElements(v) {
                for element in list where !gaveUp {
                    withPushed(ContextFrame(element)) { $0.render(body, scope) }
                }
            } else if let b = v as? Bool {
                if b { render(body, scope) }
            } else if Slow.isCustomised(v) {
                gaveUp = true
            } else {
                withPushed(ContextFrame(v)) { $0.render(body, scope) }
            }
        }
    }

    /// `{{^x}}`: renders for missing, false and empty lists (with the empty list pushed).
    private mutating func inverted(_ value: ContextValue, _ body: CompiledTemplate, _ scope: Scope) {
        switch value {
        case .missing:
            render(body, scope)
        case .bool(let b):
            if !b { render(body, scope) }
        case .string, .int, .dict, .model, .fragment, .link:
            return
        case .dicts(let list):
            if list.isEmpty { withPushed(.other(list)) { $0.render(body, scope) } }
        case .models(let list):
            if list.isEmpty { withPushed(.other(list)) { $0.render(body, scope) } }
        case .strings(let list):
            if list.isEmpty { withPushed(.other(list)) { $0.render(body, scope) } }
        case .other(let v):
            if let list = Slow.sequenceElements(v) {
                if list.isEmpty { withPushed(.other(v)) { $0.render(body, scope) } }
            } else if let b = v as? Bool {
                if !b { render(body, scope) }
            } else if Slow.isCustomised(v) {
                gaveUp = true
            }
        }
    }

    private mutating func withPushed(_ frame: consuming ContextFrame, _ body: (inout FastRenderer) -> Void) {
        switch consume frame {
        case .dict(let d): withPushed(dict: d, body)
        case .model(let m): withPushed(model: m, body)
        case .scalar(let v): withPushed(.scalar, v, body)
        case .other(let v): withPushed(.other, v, body)
        }
    }

    private mutating func withPushed(dict: consuming [String: Any], _ body: (inout FastRenderer) -> Void) {
        kinds.append(.dict)
        dicts.append(dict)
        models.append(ViewModel())
        objects.append(())
        body(&self)
        popFrame()
    }

    private mutating func withPushed(model: consuming ViewModel, _ body: (inout FastRenderer) -> Void) {
        kinds.append(.model)
        dicts.append([:])
        models.append(model)
        objects.append(())
        body(&self)
        popFrame()
    }

    private mutating func withPushed(_ kind: FrameKind, _ object: consuming Any, _ body: (inout FastRenderer) -> Void) {
        kinds.append(kind)
        dicts.append([:])
        models.append(ViewModel())
        objects.append(object)
        body(&self)
        popFrame()
    }

    private mutating func popFrame() {
        kinds.removeLast()
        dicts.removeLast()
        models.removeLast()
        objects.removeLast()
    }

    /// The innermost object, as swift-mustache would see it.
    private var top: Any {
        switch kinds[kinds.count - 1] {
        case .dict: dicts[dicts.count - 1]
        case .model: models[models.count - 1]
        case .scalar, .other: objects[objects.count - 1]
        }
    }

    /// swift-mustache's lookup: the first name is searched from the innermost object outwards and
    /// the rest only inside what it found; `.x` looks in the innermost object only.
    private mutating func lookUp(_ path: VariablePath) -> ContextValue {
        switch path.scope {
        case .current:
            if kinds[kinds.count - 1] == .dict { return .dict(dicts[dicts.count - 1]) }
            if kinds[kinds.count - 1] == .model { return .model(models[models.count - 1]) }
            return ContextValue(top)
        case .innermost:
            return ContextValue(descend(from: top, path.components[...]))
        case .stack:
            let first = path.components[0]
            var level = kinds.count
            while level > 0 {
                level -= 1
                if kinds[level] == .model {
                    guard let i = models[level].index(of: first, bit: path.firstBit) else { continue }
                    return found(models[level].values[i], path)
                }
                if kinds[level] == .dict {
                    // Read through the index: one copy of the value instead of an Optional and its copies.
                    guard let index = dicts[level].index(forKey: first) else { continue }
                    return found(dicts[level].values[index], path)
                }
                if kinds[level] == .other, let found = Slow.child(named: first, of: objects[level]) {
                    if path.components.count == 1 { return ContextValue(found) }
                    return ContextValue(descend(from: found, path.components.dropFirst()))
                }
            }
            return .missing
        }
    }

    /// Chart ranges after bytes inserted at `index` (a partial's indentation): those after it move,
    /// one that contains it grows.
    static func shift(_ ranges: inout [Range<Int>], by n: Int, at index: Int) {
        for k in ranges.indices where ranges[k].upperBound > index {
            let r = ranges[k]
            ranges[k] = (r.lowerBound >= index ? r.lowerBound + n : r.lowerBound)..<(r.upperBound + n)
        }
    }

    /// `write(lookUp(path))` for a plain name whose object is a view model, reading the value where
    /// it is (`InPlace`); false when the object is of another kind or the value not of a type read
    /// in place, and then nothing was written. The levels are searched as `lookUp` searches them.
    private mutating func writeInPlace(_ path: VariablePath, escaped: Bool) -> Bool {
        guard path.scope == .stack, path.components.count == 1 else { return false }
        let first = path.components[0]
        var level = kinds.count
        while level > 0 {
            level -= 1
            switch kinds[level] {
            case .model:
                guard let i = models[level].index(of: first, bit: path.firstBit) else { continue }
                return models[level].values.withUnsafeBufferPointer { InPlace.write($0.baseAddress! + i, escaped: escaped, to: &out, linkFree: &linkFree) }
            case .dict:
                if dicts[level].index(forKey: first) == nil { continue }
                return false
            case .other:
                return false
            case .scalar:
                continue
            }
        }
        // Found nowhere: `{{x}}` of a missing name writes nothing.
        return true
    }

    /// What a name found in a view model or dictionary gives: the value itself (moved into the slot
    /// and read from there) or, for `a.b`, what the rest of the path finds inside it.
    @inline(__always)
    private mutating func found(_ value: consuming Any, _ path: VariablePath) -> ContextValue {
        if path.components.count == 1 {
            slot.initialize(to: value)
            return ContextValue(taking: slot)
        }
        return ContextValue(descend(from: value, path.components.dropFirst()))
    }

    /// Follows dotted names inside one object; a lambda on the way needs swift-mustache.
    private mutating func descend(from object: Any, _ names: ArraySlice<String>) -> Any? {
        var current = object
        for name in names {
            if current is MustacheLambdaMarker { gaveUp = true; return nil }
            guard let next = Slow.child(named: name, of: current) else { return nil }
            current = next
        }
        return current
    }
}
