/// A Mustache template parsed once at load time into a tree the fast renderer walks without
/// re-reading text. The shape mirrors swift-mustache's own token list (text runs already carry the
/// whitespace its standalone rules keep), so rendering the tree gives the same bytes.
final class CompiledTemplate: Sendable {
    let nodes: [TemplateNode]

    init(_ nodes: [TemplateNode]) {
        self.nodes = nodes
    }

    /// Names of the partials and parents this template (and everything nested in it) refers to,
    /// so a template is rendered fast only when all the templates it pulls in compiled too.
    var referencedTemplates: Set<String> {
        var names = Set<String>()
        collect(into: &names)
        return names
    }

    private func collect(into names: inout Set<String>) {
        for node in nodes {
            switch node {
            case .text, .variable:
                break
            case .section(_, let body), .inverted(_, let body):
                body.collect(into: &names)
            case .block(_, let fallback, _):
                fallback.collect(into: &names)
            case .partial(let name, _, let overrides):
                names.insert(name)
                for body in (overrides ?? [:]).values { body.collect(into: &names) }
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
    }
}
