/// A JSON array of flat objects written straight into bytes, for the open-data tables (half a
/// million rows nationally): the same text as `JSON.arrayBytes` of `.object` values, without an
/// array of pairs and a value per field for every row. Keys are our own `[a-z_]` literals.
struct JSONArrayWriter {
    private(set) var bytes: [UInt8] = [UInt8(ascii: "[")]
    private var fields = 0
    private var capacity: ExtrapolatedCapacity?

    /// `expectedObjects`, when known, sizes the bytes once (see `ExtrapolatedCapacity`).
    init(expectedObjects: Int? = nil) {
        capacity = expectedObjects.map { ExtrapolatedCapacity(total: $0) }
    }

    mutating func beginObject() {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.reserveGently(512)
        bytes.append(UInt8(ascii: "{"))
        fields = 0
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        capacity?.rowDone(&bytes)
    }

    mutating func string(_ key: StaticString, _ value: String) {
        field(key)
        JSON.quote(value, into: &bytes)
    }

    /// A field whose key comes from a list of column names.
    mutating func string(named key: String, _ value: String) {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
        JSON.quote(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        JSON.quote(value, into: &bytes)
    }

    /// `value` written as it is: a number, `true`, `false` or `null`.
    mutating func raw(_ key: StaticString, _ value: String) {
        field(key)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func int(_ key: StaticString, _ value: Int) {
        raw(key, String(value))
    }

    mutating func bool(_ key: StaticString, _ value: Bool) {
        raw(key, value ? "true" : "false")
    }

    mutating func optionalString(_ key: StaticString, _ value: String?) {
        if let value { string(key, value) } else { raw(key, "null") }
    }

    mutating func optionalNumber(_ key: StaticString, _ value: String?) {
        raw(key, value ?? "null")
    }

    /// The closed array.
    mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    private mutating func field(_ key: StaticString) {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\":".utf8)
    }
}
