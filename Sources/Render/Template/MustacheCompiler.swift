/// Turns Mustache text into a `CompiledTemplate`, following swift-mustache 2.1.1's parser rule for
/// rule (standalone lines, the whitespace kept before tags, block-definition indentation), so the
/// tree renders to the same bytes. It works on `Character`s like that parser: equality and newline
/// tests on grapheme clusters, not bytes, decide where tags start.
///
/// It runs only on text swift-mustache has already parsed without error (that parser still gives
/// the TEMPLATE_SYNTAX diagnostics). Anything outside the subset our themes use throws
/// `Unsupported`, and the caller keeps rendering that template with swift-mustache.
struct MustacheCompiler {
    struct Unsupported: Error {
        let reason: String
    }

    /// The parser's state while reading one section; copied into nested sections, like swift-mustache's.
    private struct State {
        var sectionName: String?
        var newLine = true
        var inDefinition = false
        var definitionTopLevel = false
        var definitionIndent: Substring?

        func entering(section name: String, standalone: Bool) -> State {
            var s = self
            s.sectionName = name
            s.definitionTopLevel = false
            if !standalone { s.newLine = false }
            return s
        }

        func enteringParent(_ name: String) -> State {
            var s = self
            s.sectionName = name
            s.newLine = true
            s.inDefinition = true
            s.definitionTopLevel = true
            return s
        }
    }

    /// What a section body ends with: the nodes, plus the block definitions when it is a parent's body.
    private struct Body {
        var nodes: [TemplateNode] = []
        var definitions: [(String, CompiledTemplate)] = []
    }

    private var cursor: Cursor

    static func compile(_ text: String) throws -> CompiledTemplate {
        var compiler = MustacheCompiler(cursor: Cursor(text))
        let body = try compiler.parse(State())
        return CompiledTemplate(body.nodes)
    }

    private mutating func parse(_ initial: State) throws -> Body {
        var body = Body()
        var state = initial
        var before: Substring = ""
        func flushBefore() {
            if !before.isEmpty { body.nodes.append(.text(Array(before.utf8))); before = "" }
        }
        while !cursor.atEnd {
            if state.newLine {
                let white = cursor.skip { $0 == " " || $0 == "\t" }
                if state.inDefinition && !state.definitionTopLevel {
                    // Inside a parent's block definition the first line's indent is dropped and
                    // later lines lose that many characters (and `before` keeps its old value).
                    if let indent = state.definitionIndent {
                        before = white.dropFirst(indent.count)
                    } else {
                        state.definitionIndent = white
                    }
                } else {
                    before = white
                }
            }
            let text = try readText()
            if cursor.current.isNewline {
                body.nodes.append(.text(Array((String(before) + text + String(cursor.current)).utf8)))
                state.newLine = true
                cursor.advance()
                continue
            }
            if !text.isEmpty {
                body.nodes.append(.text(Array((String(before) + text).utf8)))
                before = ""
                state.newLine = false
            }
            if cursor.atEnd { break }
            var standalone = false
            let sigil = cursor.current
            switch sigil {
            case "#", "^":
                cursor.advance()
                let name = try readName()
                if isStandalone(state) { standalone = true } else { flushBefore() }
                let section = try parse(state.entering(section: name, standalone: standalone))
                let template = CompiledTemplate(section.nodes)
                body.nodes.append(sigil == "#" ? .section(VariablePath(name), template) : .inverted(VariablePath(name), template))
            case "/":
                cursor.advance()
                let name = try readName()
                guard name == state.sectionName else { throw Unsupported(reason: "closing tag mismatch") }
                if !isStandalone(state) { flushBefore() }
                return body
            case "!":
                cursor.advance()
                try skipComment()
                standalone = isStandalone(state)
            case "{", "&":
                flushBefore()
                cursor.advance()
                let name = try readName()
                if sigil == "{" {
                    guard !cursor.atEnd, cursor.current == "}" else { throw Unsupported(reason: "unfinished {{{") }
                    cursor.advance()
                }
                body.nodes.append(.variable(VariablePath(name), escaped: false))
            case ">":
                cursor.advance()
                _ = cursor.skip(while: \.isWhitespace)
                if cursor.current == "*" { throw Unsupported(reason: "dynamic partial") }
                let name = try readPartialName()
                if !before.isEmpty { body.nodes.append(.text(Array(before.utf8))) }
                if isStandalone(state) {
                    standalone = true
                    body.nodes.append(.partial(name: name, indentation: Array(before.utf8), overrides: nil))
                } else {
                    body.nodes.append(.partial(name: name, indentation: nil, overrides: nil))
                }
                before = ""
            case "<":
                cursor.advance()
                _ = cursor.skip(while: \.isWhitespace)
                let name = try readPartialName()
                if name.first == "*" { throw Unsupported(reason: "dynamic parent") }
                if !before.isEmpty { body.nodes.append(.text(Array(before.utf8))) }
                if isStandalone(state) { standalone = true }
                let parent = try parse(state.enteringParent(name))
                // swift-mustache rejects any tag but `{{$block}}` here and ignores the text.
                guard parent.nodes.allSatisfy(\.isText) else { throw Unsupported(reason: "tag inside a parent outside a block") }
                var overrides: [String: CompiledTemplate] = [:]
                for (block, template) in parent.definitions { overrides[block] = template }
                body.nodes.append(.partial(name: name, indentation: Array(before.utf8), overrides: overrides))
                before = ""
            case "$":
                cursor.advance()
                let name = try readName()
                if state.definitionTopLevel {
                    // A block definition directly inside `{{<parent}}`: the override, kept aside.
                    if isStandalone(state) { standalone = true }
                    let block = try parse(state.entering(section: name, standalone: standalone))
                    body.definitions.append((name, CompiledTemplate(block.nodes)))
                } else {
                    if !before.isEmpty { body.nodes.append(.text(Array(before.utf8))) }
                    if isStandalone(state) { standalone = true }
                    let block = try parse(state.entering(section: name, standalone: standalone))
                    body.nodes.append(.block(name: name, fallback: CompiledTemplate(block.nodes), indentation: Array(before.utf8)))
                    before = ""
                }
            case "=":
                throw Unsupported(reason: "set delimiters")
            case "%":
                throw Unsupported(reason: "pragma")
            default:
                flushBefore()
                let name = try readName()
                body.nodes.append(.variable(VariablePath(name), escaped: true))
            }
            state.newLine = standalone
        }
        guard state.sectionName == nil else { throw Unsupported(reason: "unclosed section") }
        return body
    }

    /// Text up to a newline (kept out) or the opening `{{` (consumed).
    private mutating func readText() throws -> String {
        var text = ""
        while !cursor.atEnd {
            text += cursor.skip { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if cursor.current.isNewline { break }
            if cursor.current == "{" {
                if try cursor.consume("{{") { break }
                text += "{"
                cursor.advance()
            }
        }
        return text
    }

    /// A tag's name up to `}}`. Names with brackets are transforms, which the subset leaves out.
    private mutating func readName() throws -> String {
        _ = cursor.skip(while: \.isWhitespace)
        let name = String(cursor.skip { Self.nameCharacters.contains($0) })
        _ = cursor.skip(while: \.isWhitespace)
        guard try cursor.consume("}}") else { throw Unsupported(reason: "unfinished tag") }
        if name.contains("(") || name.contains(")") { throw Unsupported(reason: "transform") }
        return name
    }

    private mutating func readPartialName() throws -> String {
        _ = cursor.skip(while: \.isWhitespace)
        let name = String(cursor.skip { Self.partialNameCharacters.contains($0) })
        _ = cursor.skip(while: \.isWhitespace)
        guard try cursor.consume("}}") else { throw Unsupported(reason: "unfinished tag") }
        return name
    }

    /// Skips past the first `}}`.
    private mutating func skipComment() throws {
        var matched = false
        while !cursor.atEnd {
            if cursor.current == "}" {
                if matched { cursor.advance(); return }
                matched = true
            } else {
                matched = false
            }
            cursor.advance()
        }
        throw Unsupported(reason: "unfinished comment")
    }

    /// A tag alone on its line (only spaces or tabs after it, then a newline or the end): the rest of
    /// the line, newline included, is consumed. Only checked when the line held nothing but
    /// whitespace before the tag (`state.newLine`).
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if cursor.atEnd { return true }
        var probe = cursor
        _ = probe.skip { $0 == " " || $0 == "\t" }
        guard probe.current.isNewline else { return false }
        probe.advance()
        cursor = probe
        return true
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}

extension TemplateNode {
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}

/// A read position in template text, moving by `Character`.
private struct Cursor {
    let text: String
    var position: String.Index

    init(_ text: String) {
        self.text = text
        self.position = text.startIndex
    }

    var atEnd: Bool { position == text.endIndex }

    /// The character at the position, or NUL at the end (never a newline nor a tag sigil).
    var current: Character { atEnd ? "\0" : text[position] }

    mutating func advance() {
        position = text.index(after: position)
    }

    mutating func skip(while keep: (Character) -> Bool) -> Substring {
        let start = position
        while !atEnd, keep(text[position]) { advance() }
        return text[start..<position]
    }

    /// Consumes `literal` if the next characters equal it. Like swift-mustache, running out of text
    /// first is an error rather than a mismatch.
    mutating func consume(_ literal: String) throws -> Bool {
        // `limitedBy`, not `distance(from:to:)` to the end: that walks the rest of the template on
        // every tag, which made compiling the theme quadratic.
        guard let end = text.index(position, offsetBy: literal.count, limitedBy: text.endIndex) else {
            throw MustacheCompiler.Unsupported(reason: "text ends inside a tag")
        }
        guard text[position..<end] == literal else { return false }
        position = end
        return true
    }
}
