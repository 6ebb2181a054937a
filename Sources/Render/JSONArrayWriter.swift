import VietText

/// A JSON array of flat objects written straight into bytes, for the open-data tables (half a
/// million rows nationally): the same text as `JSON.arrayBytes` of `.object` values, without an
/// array of pairs and a value per field for every row. Keys are our own `[a-z_]` literals.
struct JSONArrayWriter {
    private var bytes: [UInt8] = [UInt8(ascii: "[")]
    /// The object being written, added to `bytes` whole when it ends: one append to the table per
    /// row instead of one per key and value (Array's generic append was 2 % of a national build).
    private var row = ByteBuffer(capacity: 512)
    private var fields = 0
    private var capacity: ExtrapolatedCapacity?

    /// `expectedObjects`, when known, sizes the bytes once (see `ExtrapolatedCapacity`).
    init(expectedObjects: Int? = nil) {
        capacity = expectedObjects.map { ExtrapolatedCapacity(total: $0) }
    }

    mutating func beginObject() {
        row.removeAll()
        if bytes.count > 1 { row.append(UInt8(ascii: ",")) }
        row.append(UInt8(ascii: "{"))
        fields = 0
    }

    mutating func endObject() {
        row.append(UInt8(ascii: "}"))
        bytes.appendGrowingGently(row)
        capacity?.rowDone(&bytes)
    }

    mutating func string(_ key: StaticString, _ value: String) {
        field(key)
        JSON.quote(value, into: &row)
    }

    /// A field whose key comes from a list of column names.
    mutating func string(named key: String, _ value: String) {
        if fields > 0 { row.append(UInt8(ascii: ",")) }
        fields += 1
        JSON.quote(key, into: &row)
        row.append(UInt8(ascii: ":"))
        JSON.quote(value, into: &row)
    }

    /// `value` written as it is: a number, `true`, `false` or `null`.
    mutating func raw(_ key: StaticString, _ value: String) {
        field(key)
        row.append(utf8: value)
    }

    mutating func int(_ key: StaticString, _ value: Int) {
        field(key)
        row.append(decimal: value)
    }

    mutating func bool(_ key: StaticString, _ value: Bool) {
        field(key)
        row.append(value ? "true" : "false")
    }

    mutating func optionalString(_ key: StaticString, _ value: String?) {
        if let value { string(key, value) } else { raw(key, "null") }
    }

    mutating func optionalNumber(_ key: StaticString, _ value: String?) {
        raw(key, value ?? "null")
    }

    /// The closed array; the writer is not used after this.
    mutating func finish() -> [UInt8] {
        row.deallocate()
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    private mutating func field(_ key: StaticString) {
        if fields > 0 { row.append(UInt8(ascii: ",")) }
        fields += 1
        row.append(UInt8(ascii: "\""))
        row.append(key)
        row.append(UInt8(ascii: "\""))
        row.append(UInt8(ascii: ":"))
    }
}
