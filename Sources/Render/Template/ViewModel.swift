import Mustache
import VietText

/// One view-model object: its names and values in the order they were set, found by comparing
/// names instead of hashing them.
///
/// The objects a page is made of are small (a link has 4 names, a table cell 5, a model card 28) and
/// are made by the hundred thousand on a national site. A `[String: Any]` hashed every name when it
/// was set and again when a template read it, and allocated a hash table for each; here setting a
/// name appends to it and reading it compares a few short names, which are stored inside the String
/// itself (`ViewName.equal`). Templates see it as they saw a dictionary: swift-mustache reads
/// it as a `MustacheParent` with a dictionary's transforms (`count`, `empty`, `enumerated`, `sorted`),
/// and the fast renderer reads it in place.
struct ViewModel: ExpressibleByDictionaryLiteral, MustacheParent, MustacheTransformable, CustomStringConvertible,
    CustomDebugStringConvertible {
    /// Two arrays rather than one of pairs: comparing `pairs[i].name` copied the value beside it.
    private(set) var names: [String]
    private(set) var values: [Any]
    /// `ViewName.bit` of every name set (a removed name's bit stays): a name whose bit is not here is
    /// not here, found with one test instead of comparing every name. A template looks most names up
    /// through several objects before the one that has it, and setting a name checks it is new.
    private var nameBits: UInt64 = 0

    init() {
        names = []
        values = []
    }

    init(minimumCapacity: Int) {
        names = []
        values = []
        names.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
    }

    /// Names must differ, as in a dictionary literal; debug builds (and so the tests) stop on a repeat.
    init(dictionaryLiteral elements: (String, Any)...) {
        assert(Set(elements.map(\.0)).count == elements.count, "a name is repeated in a view-model literal")
        names = []
        values = []
        names.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (name, value) in elements {
            nameBits |= ViewName.bit(name)
            names.append(name)
            values.append(consume value)
        }
    }

    /// A view model of `shape`'s names with these values, in that order.
    fileprivate init(shape: ViewModelShape, values: [Any]) {
        precondition(values.count == shape.names.count, "a value for each name of the shape")
        names = shape.names
        self.values = values
        nameBits = shape.bits
    }

    var count: Int { names.count }
    var isEmpty: Bool { names.isEmpty }
    var entries: Zip2Sequence<[String], [Any]> { zip(names, values) }

    /// Setting a name that is there replaces its value in place; `nil` removes it.
    subscript(name: String) -> Any? {
        get { index(of: name).map { values[$0] } }
        set {
            let bit = ViewName.bit(name)
            let index = index(of: name, bit: bit)
            switch consume newValue {
            case .some(let value):
                if let index {
                    values[index] = value
                } else {
                    nameBits |= bit
                    names.append(name)
                    values.append(value)
                }
            case .none:
                if let index {
                    names.remove(at: index)
                    values.remove(at: index)
                }
            }
        }
    }

    /// Sets a name not set yet, without looking for it first: for builders that set each of their
    /// names once (a model card sets 28, and 64 name bits no longer rule most of them out). Debug
    /// builds, and so the tests, stop on a name already there.
    @inline(__always)
    mutating func add(_ name: String, _ value: Any) {
        assert(index(of: name) == nil, "view-model name “\(name)” added twice")
        nameBits |= ViewName.bit(name)
        names.append(name)
        values.append(value)
    }

    func index(of name: String) -> Int? { index(of: name, bit: ViewName.bit(name)) }

    /// `bit` is `ViewName.bit(name)`.
    @inline(__always)
    func index(of name: String, bit: UInt64) -> Int? {
        if nameBits & bit == 0 { return nil }
        var i = 0
        while i < names.count {
            if ViewName.equal(names[i], name) { return i }
            i += 1
        }
        return nil
    }

    /// `other`'s values win for the names both have, as `Dictionary.merging` with `{ $1 }`.
    func merging(_ other: ViewModel) -> ViewModel {
        var merged = self
        merged.names.reserveCapacity(count + other.count)
        merged.values.reserveCapacity(count + other.count)
        for (name, value) in other.entries { merged[name] = value }
        return merged
    }

    func child(named name: String) -> Any? { self[name] }

    /// What `{{x}}` prints for a whole view model: a dictionary's text (`[:]`, `["name": "A"]`), in
    /// the order the names were set.
    var description: String {
        if isEmpty { return "[:]" }
        return "[" + entries.map { "\(String(reflecting: $0.0)): \(String(reflecting: $0.1))" }.joined(separator: ", ") + "]"
    }

    var debugDescription: String { description }

    /// A dictionary's transforms, in the order the names were set (a dictionary's was arbitrary).
    func transform(_ name: String) -> Any? {
        switch name {
        case "count": return count
        case "empty": return isEmpty
        case "enumerated": return entries.map { (key: $0.0, value: $0.1) }
        case "sorted": return entries.map { (key: $0.0, value: $0.1) }.sorted { $0.key < $1.key }
        default: return nil
        }
    }
}

/// The names of one kind of small view model, made once: table cells, rows and links are made by
/// the hundred thousand, and each literal allocated its own array of the same names beside the
/// array of its values. A view model made from a shape shares the names (adding a name later copies
/// them, as any array would).
struct ViewModelShape: @unchecked Sendable {
    fileprivate let names: [String]
    fileprivate let bits: UInt64

    init(_ names: [String]) {
        precondition(Set(names).count == names.count, "a name is repeated in a view-model shape")
        self.names = names
        bits = names.reduce(0) { $0 | ViewName.bit($1) }
    }

    /// The view model with `values` for the names, in order: the same object as the literal of those
    /// names and values.
    func callAsFunction(_ values: Any...) -> ViewModel {
        ViewModel(shape: self, values: values)
    }
}

/// Equality of view-model names without a call into the String comparison for the usual case.
enum ViewName {
    /// An ASCII String stored inside itself (up to 15 bytes) has bits 61 (small) and 62 (ASCII) of its
    /// second word set; two such Strings are equal exactly when their bits are. Other Strings go to
    /// `==`, which also equates canonically equivalent spellings (`ViewModelTests` checks both ways).
    private static let smallASCII: UInt64 = 1 << 61 | 1 << 62

    /// One bit of 64 chosen by the name's bytes, the same for equal names however they are stored:
    /// a short ASCII name kept inside its String is read from the String's bits, one kept in a buffer
    /// is packed the same way first, a longer ASCII one is hashed byte by byte; a name with other
    /// characters gets every bit, since it may equal a name spelled with other scalars.
    static func bit(_ name: String) -> UInt64 {
        let x = unsafeBitCast(name, to: (UInt64, UInt64).self)
        // The second word of a small String: bytes 8 to 14, then its flags and count in the top byte.
        let countAndBytes: UInt64 = 0x0FFF_FFFF_FFFF_FFFF
        if x.1 & smallASCII == smallASCII { return mix(x.0, x.1 & countAndBytes) }
        var low: UInt64 = 0, high: UInt64 = 0, count: UInt64 = 0
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            if byte >= 0x80 { return ~0 }
            if count < 8 { low |= UInt64(byte) << (8 * count) } else if count < 15 { high |= UInt64(byte) << (8 * (count - 8)) }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            count += 1
        }
        return count <= 15 ? mix(low, high | count << 56) : mix(hash, 0)
    }

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let h = (a ^ (b &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        return 1 << (h >> 58)
    }

    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool { ShortText.equal(a, b) }
}
