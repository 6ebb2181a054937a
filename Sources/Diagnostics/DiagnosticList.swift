/// Collects every problem of a run so that staff see all of them at once, not only the first.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func append(_ d: Diagnostic) { items.append(d) }
    public mutating func append(contentsOf other: DiagnosticList) { items.append(contentsOf: other.items) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    public mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(.error(code, message, at: location))
    }

    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(.warning(code, message, at: location))
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.filter { $0.severity == .error }.count }
    public var warningCount: Int { items.filter { $0.severity == .warning }.count }
    public var isEmpty: Bool { items.isEmpty }

    /// Sorted by file, line and column so output does not depend on the order stages ran in.
    public var sorted: [Diagnostic] {
        items.sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.code != b.code { return a.code < b.code }
            return a.message < b.message
        }
    }

    /// `--strict`: every warning becomes an error.
    public func promotingWarnings() -> DiagnosticList {
        DiagnosticList(items.map { d in
            var d = d
            d.severity = .error
            return d
        })
    }
}
