/// A place in an input file. Lines and columns count from 1; columns count characters, not bytes,
/// because that is what an editor shows the office clerk who has to fix the file.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// The same file, `lines` further down (used to shift YAML positions into the file).
    public func shifted(lines: Int, column newColumn: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: newColumn ?? column)
    }
}

public enum Severity: String, Sendable, Comparable {
    case error
    case warning

    /// The word printed for staff: diagnostics are read by Vietnamese office workers.
    public var label: String { self == .error ? "lỗi" : "cảnh báo" }

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One problem found in the content. `code` is stable across releases and documented in
/// docs/ma-loi.md; `message` is Vietnamese and says what to fix.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var code: String
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    /// `file:line:column: lỗi [CODE]: message`
    public var description: String {
        "\(location): \(severity.label) [\(code)]: \(message)"
    }
}
