import Diagnostics
import Yams

/// A YAML node with its position in the file (not in the YAML block). Scalars keep the text as
/// written, so `unit: 06169` stays "06169" and `published: 2024-01-15` is the string "2024-01-15".
// @unchecked: Yams.Node holds `Tag`, a class the parser never mutates after composing.
public struct YAMLValue: @unchecked Sendable {
    let node: Node
    let file: String
    let lineShift: Int
    public let location: SourceLocation

    init(_ node: Node, file: String, lineShift: Int) {
        self.node = node
        self.file = file
        self.lineShift = lineShift
        self.location = Self.location(of: node.mark, file: file, lineShift: lineShift)
    }

    static func location(of mark: Mark?, file: String, lineShift: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineShift + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineShift, column: mark.column)
    }

    /// The scalar's text as written (quotes removed); nil for a null, a list or a mapping.
    public var string: String? {
        guard let scalar = node.scalar, !isNull else { return nil }
        return scalar.string
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
        guard let seq = node.sequence else { return nil }
        return seq.map { YAMLValue($0, file: file, lineShift: lineShift) }
    }

    /// The value as `key: value` pairs; nil for anything else.
    public var mapping: YAMLMapping? {
        guard let map = node.mapping else { return nil }
        return YAMLMapping(map, file: file, lineShift: lineShift)
    }

    /// An empty value (`key:`), `~` or `null`; a quoted empty string `""` is not null.
    public var isNull: Bool {
        guard let scalar = node.scalar else { return false }
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// True for a scalar written in quotes (`'06169'`, `"2021"`).
    public var isQuoted: Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .singleQuoted || scalar.style == .doubleQuoted
    }

    /// What the value is, in words for messages: "giá trị đơn", "danh sách", "bảng khóa: giá trị", "rỗng".
    public var kindName: String {
        if isNull { return "rỗng" }
        switch node {
        case .scalar: return "giá trị đơn"
        case .sequence: return "danh sách"
        case .mapping: return "bảng khóa: giá trị"
        case .alias: return "tham chiếu"
        }
    }
}

/// A YAML mapping with its keys in document order and the position of every key and value.
public struct YAMLMapping: @unchecked Sendable {
    let pairs: [(key: String, keyNode: Node, value: Node)]
    let file: String
    let lineShift: Int
    public let location: SourceLocation

    init(_ mapping: Node.Mapping, file: String, lineShift: Int) {
        // Only text keys are meaningful in thidua's formats; a list used as a key is ignored.
        self.pairs = mapping.compactMap { pair in
            pair.key.scalar.map { (key: $0.string, keyNode: pair.key, value: pair.value) }
        }
        self.file = file
        self.lineShift = lineShift
        self.location = YAMLValue.location(of: mapping.mark, file: file, lineShift: lineShift)
    }

    /// The keys in the order they are written.
    public var keys: [String] { pairs.map(\.key) }

    /// The value of a key (exact spelling), or nil when the key is absent.
    public subscript(key: String) -> YAMLValue? {
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        return YAMLValue(pair.value, file: file, lineShift: lineShift)
    }

    /// Where a key is written in the file, for messages about an unknown or misplaced key.
    public func keyLocation(_ key: String) -> SourceLocation? {
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        return YAMLValue.location(of: pair.keyNode.mark, file: file, lineShift: lineShift)
    }

    /// Every pair in document order, with the key's position.
    public var entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)] {
        pairs.map { pair in
            (key: pair.key,
             keyLocation: YAMLValue.location(of: pair.keyNode.mark, file: file, lineShift: lineShift),
             value: YAMLValue(pair.value, file: file, lineShift: lineShift))
        }
    }
}
