/// One shared copy of each distinct text in a column that repeats: a national commendation file
/// has 120,000 rows but fifty achievement texts and many repeated recipients, and each cell would
/// otherwise keep its own heap copy for the whole build (about 30 MB at 4× the national fixture).
struct TextInterner {
    private var known: [String: String] = [:]
    private var last: String?

    /// `text`, or the equal text seen before. Rows of one decision come together, so the previous
    /// text is tried before the table.
    mutating func callAsFunction(_ text: String) -> String {
        if let last, last == text { return last }
        let shared: String
        if let seen = known[text] {
            shared = seen
        } else {
            known[text] = text
            shared = text
        }
        last = shared
        return shared
    }

    mutating func callAsFunction(_ text: String?) -> String? {
        text.map { self($0) }
    }
}
