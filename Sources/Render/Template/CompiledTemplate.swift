/// A Mustache template parsed once at load time into a tree the fast renderer walks without
/// re-reading text. The shape mirrors swift-mustache's own token list (text runs already carry the
/// whitespace its standalone rules keep), so rendering the tree gives the same bytes.
final class CompiledTemplate: Sendable {
    /// The compiler's nodes as objects (reading an enum node out of an array copied its payload, a
    /// retain and release of each of its arrays, paths and bodies); this array owns them.
    let steps: [TemplateStep]
    /// `steps` again, which the renderer walks without retaining: they live as long as this template.
    let unretainedSteps: [Unmanaged<TemplateStep>]

    init(_ nodes: [TemplateNode]) {
        self.steps = nodes.map(TemplateStep.init)
        self.unretainedSteps = steps.map { Unmanaged.passUnretained($0) }
    }

    /// Names of the partials and parents this template (and everything nested in it) refers to,
    /// so a template is rendered fast only when all the templates it pulls in compiled too.
    var referencedTemplates: Set<String> {
        var names = Set<String>()
        collect(into: &names)
        return names
    }

    private func collect(into names: inout Set<String>) {
        for step in steps {
            step.body?.collect(into: &names)
            if step.kind == .partial {
                names.insert(step.name)
                for body in (step.overrides ?? [:]).values { body.collect(into: &names) }
            }
        }
    }
}

enum TemplateNode: Sendable {
    /// Literal template text, as UTF-8 bytes ready to append.
    case text([UInt8])
    /// `{{x}}` (escaped) or `{{{x}}}` / `{{&x}}` (raw).
    case variable(VariablePath, escaped: Bool)
    /// `{{#x}}…{{/x}}`.
    case section(VariablePath, CompiledTemplate)
    /// `{{^x}}…{{/x}}`.
    case inverted(VariablePath, CompiledTemplate)
    /// `{{$name}}default{{/name}}` outside a parent: the override from a child template, if any,
    /// else the default. `indentation` is the whitespace before the tag (swift-mustache indents the
    /// block's lines with it even when the tag is not alone on its line).
    case block(name: String, fallback: CompiledTemplate, indentation: [UInt8])
    /// `{{>name}}` (overrides nil) or `{{<name}}…{{/name}}` (overrides = the `{{$block}}`s inside).
    /// `indentation` is set for standalone partials and always for parents, as swift-mustache does.
    case partial(name: String, indentation: [UInt8]?, overrides: [String: CompiledTemplate]?)
}

/// One node in the form `FastRenderer` walks; only the fields of its kind are meaningful.
/// `@unchecked`: `text` is written once in `init` and only read afterwards, like the other fields.
final class TemplateStep: @unchecked Sendable {
    enum Kind: Sendable { case text, variable, section, inverted, block, partial }

    let kind: Kind
    /// A text step's bytes, in memory this step owns, appended without retaining an array (text
    /// steps run thousands of times a page; an array's retain and release were 2–3 % of a national build).
    let text: UnsafeBufferPointer<UInt8>
    let path: VariablePath
    let escaped: Bool
    let name: String
    /// The section body, or the block's fallback.
    let body: CompiledTemplate?
    let indentation: [UInt8]?
    let overrides: [String: CompiledTemplate]?

    init(_ node: TemplateNode) {
        var bytes: [UInt8] = [], path = VariablePath.none, escaped = false, name = "", body: CompiledTemplate? = nil
        var indentation: [UInt8]? = nil, overrides: [String: CompiledTemplate]? = nil
        switch node {
        case .text(let b):
            kind = .text
            bytes = b
        case .variable(let p, let e):
            kind = .variable
            path = p
            escaped = e
        case .section(let p, let b):
            kind = .section
            path = p
            body = b
        case .inverted(let p, let b):
            kind = .inverted
            path = p
            body = b
        case .block(let n, let fallback, let indent):
            kind = .block
            name = n
            body = fallback
            indentation = indent
        case .partial(let n, let indent, let o):
            kind = .partial
            name = n
            indentation = indent
            overrides = o
        }
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        self.text = UnsafeBufferPointer(copy)
        self.path = path
        self.escaped = escaped
        self.name = name
        self.body = body
        self.indentation = indentation
        self.overrides = overrides
    }

    deinit { text.deallocate() }
}

/// A variable name split once at compile time.
struct VariablePath: Sendable {
    enum Scope: Sendable {
        /// `{{.}}`, or a name that is only dots: the innermost context object.
        case current
        /// `.a.b`: looked up in the innermost context only, never in outer ones.
        case innermost
        /// `a.b`: `a` is searched from the innermost context outwards, the rest inside what it found.
        case stack
    }

    let scope: Scope
    let components: [String]
    /// `ViewName.bit` of the first component (0 when there is none).
    let firstBit: UInt64

    /// Placeholder for steps that have no variable.
    static let none = VariablePath(".")

    /// Same splitting as swift-mustache: `split(separator: ".")` drops empty parts, so `a..b` is `a`,`b`.
    init(_ name: String) {
        let parts = name.split(separator: ".").map(String.init)
        if name == "." || parts.isEmpty {
            scope = .current
            components = []
        } else if name.first == "." {
            scope = .innermost
            components = parts
        } else {
            scope = .stack
            components = parts
        }
        firstBit = components.first.map(ViewName.bit) ?? 0
    }
}
