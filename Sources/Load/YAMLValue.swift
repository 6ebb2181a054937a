import Diagnostics
import Yams

/// A YAML node with its position in the file (not in the YAML block). Scalars keep the text as
/// written, so `unit: 06169` stays "06169" and `published: 2024-01-15` is the string "2024-01-15".
/// Copied out of Yams's nodes when parsed: those keep a tag object and a resolver per node, about
/// 8 KB for a model's front matter, and a national site holds thousands of front matters at once.
public struct YAMLValue: Sendable {
    enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLValue])
        case mapping(YAMLMapping)
        case alias
    }

    /// How a scalar was written, which is all the readers below ask of its style.
    enum ScalarStyle: UInt8, Sendable {
        case plain, quoted, block
    }

    let content: Content
    private let position: PackedLocation

    init(content: Content, location: PackedLocation) {
        self.content = content
        self.position = location
    }

    /// Where the value is written in the file.
    public var location: SourceLocation { position.location }

    /// The scalar's text as written (quotes removed); nil for a null, a list or a mapping.
    public var string: String? {
        guard case .scalar(let text, _) = content, !isNull else { return nil }
        return text
    }

    /// The scalar as a whole number (`2021`, `"2021"`, `-3`); nil when it is anything else.
    public var int: Int? {
        guard let text = string?.trimmingSpaces(), !text.isEmpty else { return nil }
        return Int(text)
    }

    /// The scalar as a plain decimal number (`1.5`, `2021`, `-0.25`, `1e3`); no `inf`, `nan` or hex.
    public var double: Double? {
        guard let text = string?.trimmingSpaces(), !text.isEmpty,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              text.contains(where: \.isNumber) else { return nil }
        return Double(text)
    }

    /// `true`/`false` (also `yes`/`no`, `on`/`off`, any case); nil for other text.
    public var bool: Bool? {
        switch string?.trimmingSpaces().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// The items of a list (`[a, b]` or `- a` lines); nil for anything else.
    public var sequence: [YAMLValue]? {
        guard case .sequence(let items) = content else { return nil }
        return items
    }

    /// The value as `key: value` pairs; nil for anything else.
    public var mapping: YAMLMapping? {
        guard case .mapping(let mapping) = content else { return nil }
        return mapping
    }

    /// An empty value (`key:`), `~` or `null`; a quoted empty string `""` is not null.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// True for a scalar written in quotes (`'06169'`, `"2021"`).
    public var isQuoted: Bool {
        guard case .scalar(_, .quoted) = content else { return false }
        return true
    }

    /// What the value is, in words for messages: "giá trị đơn", "danh sách", "bảng khóa: giá trị", "rỗng".
    public var kindName: String {
        if isNull { return "rỗng" }
        switch content {
        case .scalar: return "giá trị đơn"
        case .sequence: return "danh sách"
        case .mapping: return "bảng khóa: giá trị"
        case .alias: return "tham chiếu"
        }
    }
}

/// A YAML mapping with its keys in document order and the position of every key and value.
public struct YAMLMapping: Sendable {
    struct Pair: Sendable {
        let key: String
        let keyPosition: PackedLocation
        let value: YAMLValue

        var keyLocation: SourceLocation { keyPosition.location }
    }

    let pairs: [Pair]
    private let position: PackedLocation

    init(pairs: [Pair], location: PackedLocation) {
        self.pairs = pairs
        self.position = location
    }

    /// Where the mapping starts in the file.
    public var location: SourceLocation { position.location }

    /// The keys in the order they are written.
    public var keys: [String] { pairs.map(\.key) }

    /// The value of a key (exact spelling), or nil when the key is absent.
    public subscript(key: String) -> YAMLValue? {
        pairs.first(where: { $0.key == key })?.value
    }

    /// Where a key is written in the file, for messages about an unknown or misplaced key.
    public func keyLocation(_ key: String) -> SourceLocation? {
        pairs.first(where: { $0.key == key })?.keyLocation
    }

    /// Every pair in document order, with the key's position.
    public var entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)] {
        pairs.map { (key: $0.key, keyLocation: $0.keyLocation, value: $0.value) }
    }
}

/// Copies one YAML document out of Yams's nodes. An alias is the very node its anchor names, so a
/// list or mapping is copied once and its copy shared wherever it appears again: copying aliases as
/// they appear would turn a few hundred bytes of nested aliases ("billion laughs") into billions of
/// values. Yams makes a `Tag` object for every node it parses (and an alias's node is the anchored
/// node, tag included), so the tag's identity names the node while the document is alive; the
/// node's anchor cannot, Yams holds it weakly and it is gone once parsing returns.
final class YAMLCopier {
    private let file: SharedFileName
    private let lineShift: Int
    private var copied: [ObjectIdentifier: YAMLValue] = [:]

    init(file: String, lineShift: Int) {
        self.file = SharedFileName(file)
        self.lineShift = lineShift
    }

    func value(_ node: Node) -> YAMLValue {
        let location = location(node.mark)
        switch node {
        case .scalar(let scalar):
            let style: YAMLValue.ScalarStyle
            switch scalar.style {
            case .any, .plain: style = .plain
            case .singleQuoted, .doubleQuoted: style = .quoted
            case .literal, .folded: style = .block
            }
            return YAMLValue(content: .scalar(scalar.string, style), location: location)
        case .sequence(let sequence):
            return shared(sequence.tag) {
                YAMLValue(content: .sequence(sequence.map { value($0) }), location: location)
            }
        case .mapping(let mapping):
            return shared(mapping.tag) { YAMLValue(content: .mapping(self.mapping(mapping)), location: location) }
        case .alias:
            return YAMLValue(content: .alias, location: location)
        }
    }

    private func shared(_ tag: Tag, _ copy: () -> YAMLValue) -> YAMLValue {
        let id = ObjectIdentifier(tag)
        if let done = copied[id] { return done }
        let made = copy()
        copied[id] = made
        return made
    }

    /// Only text keys are meaningful in thidua's formats; a list used as a key is ignored.
    /// Sized once: grown pair by pair, a front matter's pairs kept up to twice their room, a
    /// national site's thousands of front matters all at once while the model is built.
    func mapping(_ mapping: Node.Mapping) -> YAMLMapping {
        var pairs: [YAMLMapping.Pair] = []
        pairs.reserveCapacity(mapping.count)
        for pair in mapping {
            guard let key = pair.key.scalar else { continue }
            pairs.append(YAMLMapping.Pair(key: key.string, keyPosition: location(pair.key.mark), value: value(pair.value)))
        }
        return YAMLMapping(pairs: pairs, location: location(mapping.mark))
    }

    private func location(_ mark: Mark?) -> PackedLocation {
        guard let mark else { return PackedLocation(file: file, line: lineShift + 1, column: 1) }
        return PackedLocation(file: file, line: mark.line + lineShift, column: mark.column)
    }
}
