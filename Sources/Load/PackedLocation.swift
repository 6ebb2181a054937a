import Diagnostics

/// The file name that every cell or node of one file shares: one reference instead of a String copy
/// in each of a national site's millions of positions.
final class SharedFileName: Sendable {
    let name: String

    init(_ name: String) {
        self.name = name
    }
}

/// A `SourceLocation` in 16 bytes instead of 32, for positions kept by the million (CSV cells,
/// front-matter keys and values): the shared file name and two 32-bit numbers.
struct PackedLocation: Sendable, Equatable {
    private let file: SharedFileName
    private let line: Int32
    private let column: Int32

    init(file: SharedFileName, line: Int, column: Int) {
        self.file = file
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    var location: SourceLocation { SourceLocation(file: file.name, line: Int(line), column: Int(column)) }

    static func == (a: PackedLocation, b: PackedLocation) -> Bool {
        a.line == b.line && a.column == b.column && (a.file === b.file || a.file.name == b.file.name)
    }
}
