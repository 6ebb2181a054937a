/// Composes a model's story from the sentence banks: picks sentences deterministically, fills the
/// placeholders and stops inside a word budget, so stories are 400–900 words and all different.
enum StoryText {
    /// Placeholder values. Keys are used in templates as `{key}`; a capitalised key (`{Chu}`) gives
    /// the value with its first letter upper-cased, for the start of a sentence.
    typealias Facts = [String: String]

    struct Section {
        let heading: String?
        let pool: [String]
        let minimum: Int
    }

    /// Sections of a household or person story, in reading order.
    static func personSections(_ l: Livelihood) -> [Section] {
        let b = PersonStoryBank.self
        return [
            Section(heading: nil, pool: b.intro, minimum: 1),
            Section(heading: "Hoàn cảnh khó khăn", pool: b.hardship, minimum: 2),
            Section(heading: "Quyết tâm thay đổi", pool: b.turning, minimum: 2),
            Section(heading: "Bắt tay vào " + l.phrase, pool: b.start + l.details, minimum: 3),
            Section(heading: "Vượt qua thử thách", pool: b.difficulties + b.learning, minimum: 3),
            Section(heading: "Thành quả", pool: b.results, minimum: 2),
            Section(heading: "Lan tỏa trong cộng đồng", pool: b.spreading + b.assessment, minimum: 2),
            Section(heading: "Dự định", pool: b.plans + b.closing, minimum: 2),
        ]
    }

    /// Sections of a cooperative, group, firm or community story.
    static func groupSections(_ l: Livelihood) -> [Section] {
        let b = GroupStoryBank.self
        return [
            Section(heading: nil, pool: b.intro, minimum: 1),
            Section(heading: "Những ngày đầu", pool: b.founding + b.support, minimum: 3),
            Section(heading: "Cách làm", pool: l.details + b.operations + b.learning, minimum: 4),
            Section(heading: "Kết quả", pool: b.results, minimum: 2),
            Section(heading: "Lan tỏa", pool: b.spreading + b.assessment, minimum: 2),
            Section(heading: "Hướng đi tới", pool: b.plans + b.closing, minimum: 2),
        ]
    }

    /// The story in Markdown and its word count.
    static func compose(sections: [Section], facts: Facts, targetWords: Int, maxWords: Int,
                        results list: [(String, String)], rng: inout SplitMix64) -> (text: String, words: Int) {
        var chosen: [[Int]] = sections.map { _ in [] }
        var words = 0
        var filled: [String: Int] = [:]
        func sentence(_ s: Int, _ i: Int) -> String { fill(sections[s].pool[i], facts) }
        func wordCount(_ s: String) -> Int {
            var n = 0
            var inWord = false
            for b in s.utf8 {
                let space = b == 32 || b == 10
                if !space && !inWord { n += 1 }
                inWord = !space
            }
            return n
        }
        func take(_ s: Int) -> Bool {
            let free = sections[s].pool.indices.filter { !chosen[s].contains($0) }
            guard !free.isEmpty else { return false }
            let i = free[rng.int(free.count)]
            let key = "\(s):\(i)"
            let n = filled[key] ?? wordCount(sentence(s, i))
            filled[key] = n
            chosen[s].append(i)
            words += n
            return true
        }
        for (s, section) in sections.enumerated() {
            for _ in 0..<min(section.minimum, section.pool.count) { _ = take(s) }
        }
        var stalls = 0
        while words < targetWords && stalls < 40 {
            let s = rng.int(sections.count)
            let free = sections[s].pool.indices.filter { !chosen[s].contains($0) }
            guard !free.isEmpty else { stalls += 1; continue }
            let before = words
            _ = take(s)
            if words > maxWords {
                chosen[s].removeLast()
                words = before
                stalls += 1
            }
        }
        // A quoted official is named with their post once; later sentences use the short name.
        var renderFacts = facts
        func render(_ s: Int, _ i: Int) -> String {
            let template = sections[s].pool[i]
            let text = fill(template, renderFacts)
            if containsBytes(template, "anbo}"), let short = facts["canbongan"] { renderFacts["canbo"] = short }
            return text
        }
        let headings = rng.chance(0.55)
        var out = ""
        for (s, section) in sections.enumerated() where !chosen[s].isEmpty {
            if headings, let h = section.heading {
                out += "## \(h)\n\n"
            }
            // Keep bank order inside a section so each part still reads as a sequence.
            let order = chosen[s].sorted()
            var k = 0
            while k < order.count {
                let size = min(order.count - k, rng.int(in: 2...4))
                out += order[k..<(k + size)].map { render(s, $0) }.joined(separator: " ") + "\n\n"
                k += size
            }
            if s == sections.count / 2, !list.isEmpty, rng.chance(0.35) {
                out += "Một số kết quả chính:\n\n"
                for (label, value) in list {
                    out += "- \(label): \(value)\n"
                }
                out += "\n"
            }
        }
        return (out, wordCount(out))
    }

    /// Replaces `{key}` and `{Key}` in a template.
    static func fill(_ template: String, _ facts: Facts) -> String {
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var start = bytes.startIndex
        var i = start
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "{"), let close = bytes[i...].firstIndex(of: UInt8(ascii: "}")) {
                out += template[start..<i]
                let key = String(template[bytes.index(after: i)..<close])
                if let v = facts[key] {
                    out += v
                } else if let first = key.first, first.isUppercase, let v = facts[key.prefix(1).lowercased() + key.dropFirst()] {
                    out += capitalizedFirst(v)
                } else {
                    out += key
                }
                i = bytes.index(after: close)
                start = i
            } else {
                i = bytes.index(after: i)
            }
        }
        return out + template[start...]
    }

    static func capitalizedFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }
}
