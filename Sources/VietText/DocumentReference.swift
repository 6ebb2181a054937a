/// An official document's number and symbol ("số và ký hiệu"), e.g. `30/2020/NĐ-CP`, with the date when
/// the text gives one right after it ("… ngày 02/6/2022").
public struct DocumentReference: Hashable, Sendable {
    public let number: Int
    public let year: Int?
    public let symbol: String
    public let date: CivilDate?
    /// `code` folded for matching (case and marks ignored), made once: pages look documents up by it
    /// for every commendation row they show.
    public let matchKey: String

    public init(number: Int, year: Int? = nil, symbol: String, date: CivilDate? = nil) {
        self.number = number
        self.year = year
        self.symbol = symbol
        self.date = date
        self.matchKey = VietMatch.key(Self.code(number: number, year: year, symbol: symbol))
    }

    /// The first reference inside `text`; nil when there is none (look-alikes such as "12/15" or a bare
    /// date are not references: the symbol must start with a capital letter and hold two letters).
    public static func parse(_ text: String) -> DocumentReference? {
        var scanner = ReferenceScanner(text)
        return scanner.next()
    }

    /// Every reference inside `text`, in order.
    public static func findAll(in text: String) -> [DocumentReference] {
        var scanner = ReferenceScanner(text)
        var found: [DocumentReference] = []
        while let reference = scanner.next() { found.append(reference) }
        return found
    }

    /// "666/QĐ-TTg", "30/2020/NĐ-CP"; numbers below 10 take a leading zero as Decree 30/2020 writes them.
    public var code: String { Self.code(number: number, year: year, symbol: symbol) }

    private static func code(number: Int, year: Int?, symbol: String) -> String {
        let n = number < 10 ? "0\(number)" : String(number)
        // The year was read as four digits; keep four (`0220`), or the code would not read back as a year.
        return year.map { y in "\(n)/\(String(repeating: "0", count: max(0, 4 - String(y).count)))\(y)/\(symbol)" } ?? "\(n)/\(symbol)"
    }
}

struct ReferenceScanner {
    private let s: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) {
        s = Array(Normalization.nfc(text).unicodeScalars)
    }

    mutating func next() -> DocumentReference? {
        while position < s.count {
            let start = position
            position += 1
            guard isDigit(at: start), start == 0 || !(isAlnum(at: start - 1) || s[start - 1] == "/") else { continue }
            if let (reference, end) = reference(at: start) {
                position = end
                return reference
            }
        }
        return nil
    }

    private func reference(at start: Int) -> (DocumentReference, Int)? {
        var i = start
        let numberEnd = digitRunEnd(from: i)
        guard numberEnd - i <= 6, numberEnd < s.count, s[numberEnd] == "/",
              let number = Int(String(String.UnicodeScalarView(s[i..<numberEnd]))), number > 0 else { return nil }
        i = numberEnd + 1
        var year: Int?
        let yearEnd = digitRunEnd(from: i)
        if yearEnd - i == 4, yearEnd < s.count, s[yearEnd] == "/" {
            year = Int(String(String.UnicodeScalarView(s[i..<yearEnd])))
            i = yearEnd + 1
        }
        guard let symbolEnd = symbolEnd(from: i) else { return nil }
        let symbol = String(String.UnicodeScalarView(s[i..<symbolEnd]))
        let (date, end) = dateAfter(symbolEnd)
        return (DocumentReference(number: number, year: year, symbol: symbol, date: date), end)
    }

    // Symbol: parts joined by '-', each starting with a capital letter, then letters or digits
    // ("QĐ-TTg", "UBTVQH15", "CTr"); at least two letters, no more small letters than capitals, so an
    // ordinary word after a slash ("5/Tổng") is not a symbol.
    private func symbolEnd(from start: Int) -> Int? {
        var i = start
        var letters = 0, capitals = 0
        var end: Int?
        while true {
            guard i < s.count, case let info = LetterTable.info(s[i].value), info != 0, LetterTable.isUpper(info) else { break }
            var j = i
            while j < s.count, isAlnum(at: j) {
                let letter = LetterTable.info(s[j].value)
                if letter != 0 {
                    letters += 1
                    if LetterTable.isUpper(letter) { capitals += 1 }
                }
                j += 1
            }
            end = j
            guard j + 1 < s.count, s[j] == "-" else { break }
            i = j + 1
        }
        guard let end, letters >= 2, capitals * 2 >= letters, end == s.count || !isAlnum(at: end) else { return nil }
        return end
    }

    // "ngày 02/6/2022" or "ngày 05 tháng 3 năm 2020" right after the symbol.
    private func dateAfter(_ start: Int) -> (CivilDate?, Int) {
        var i = start
        while i < s.count, s[i] == "," || s[i].properties.isWhitespace { i += 1 }
        guard matchWord("ngày", at: i) else { return (nil, start) }
        i = skipSpaces(i + 4)
        let dayEnd = digitRunEnd(from: i)
        guard (1...2).contains(dayEnd - i), let day = number(i, dayEnd) else { return (nil, start) }
        if dayEnd < s.count, s[dayEnd] == "/" {
            let monthEnd = digitRunEnd(from: dayEnd + 1)
            guard (1...2).contains(monthEnd - dayEnd - 1), monthEnd < s.count, s[monthEnd] == "/",
                  let month = number(dayEnd + 1, monthEnd) else { return (nil, start) }
            let yearEnd = digitRunEnd(from: monthEnd + 1)
            guard yearEnd - monthEnd - 1 == 4, let year = number(monthEnd + 1, yearEnd),
                  yearEnd == s.count || !isAlnum(at: yearEnd),
                  let date = CivilDate(year: year, month: month, day: day) else { return (nil, start) }
            return (date, yearEnd)
        }
        i = skipSpaces(dayEnd)
        guard matchWord("tháng", at: i) else { return (nil, start) }
        i = skipSpaces(i + 5)
        let monthEnd = digitRunEnd(from: i)
        guard (1...2).contains(monthEnd - i), let month = number(i, monthEnd) else { return (nil, start) }
        i = skipSpaces(monthEnd)
        guard matchWord("năm", at: i) else { return (nil, start) }
        i = skipSpaces(i + 3)
        let yearEnd = digitRunEnd(from: i)
        guard yearEnd - i == 4, let year = number(i, yearEnd),
              yearEnd == s.count || !isAlnum(at: yearEnd),
              let date = CivilDate(year: year, month: month, day: day) else { return (nil, start) }
        return (date, yearEnd)
    }

    private func matchWord(_ word: String, at i: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i + w.count <= s.count else { return false }
        let candidate = String(String.UnicodeScalarView(s[i..<(i + w.count)])).lowercased()
        return candidate == word && (i + w.count == s.count || !isAlnum(at: i + w.count))
    }

    private func skipSpaces(_ start: Int) -> Int {
        var i = start
        while i < s.count, s[i].properties.isWhitespace { i += 1 }
        return i
    }

    private func number(_ from: Int, _ to: Int) -> Int? {
        Int(String(String.UnicodeScalarView(s[from..<to])))
    }

    private func digitRunEnd(from start: Int) -> Int {
        var i = start
        while i < s.count, isDigit(at: i) { i += 1 }
        return i
    }

    private func isDigit(at i: Int) -> Bool { s[i].value >= 0x30 && s[i].value <= 0x39 }

    private func isAlnum(at i: Int) -> Bool {
        isDigit(at: i) || LetterTable.info(s[i].value) != 0 || s[i].properties.isAlphabetic
    }
}
