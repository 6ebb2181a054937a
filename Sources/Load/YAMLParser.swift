import Diagnostics
import Yams

/// Parses YAML (front matter or site.yml) into positioned values.
public enum YAMLParser {
    /// `firstLine` is the file line of the YAML's first line (2 for front matter after `---`), so
    /// every position, including errors, is a position in the file. Empty YAML gives nil.
    public static func parse(_ yaml: String, file: String, firstLine: Int) -> Result<YAMLMapping?, Diagnostic> {
        let shift = firstLine - 1
        let root: Node?
        do {
            // Explicit .utf8: the default encoding reads an environment variable and prints to stdout.
            // `.basic` resolves every plain scalar as text, which is how `YAMLValue` reads them: keys
            // `1` and `"1"` are then the same key, so Yams's duplicate check agrees with our lookups,
            // and that check no longer runs the default resolver's regular expressions on every key
            // (most of the time of reading a front matter, about 900,000 instructions each).
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, file: file, shift: shift))
        } catch {
            let at = SourceLocation(file: file, line: firstLine, column: 1)
            return .failure(.error("YAML_SYNTAX", YAMLMessages.syntax(problem: "\(error)"), at: at))
        }
        guard let root else { return .success(nil) }
        let value = YAMLCopier(file: file, lineShift: shift).value(root)
        if let mapping = value.mapping { return .success(mapping) }
        if value.isNull { return .success(nil) }
        return .failure(.error("YAML_NOT_MAPPING", YAMLMessages.notMapping(kind: value.kindName), at: value.location))
    }

    static func diagnostic(for error: YamlError, yaml: String, file: String, shift: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + shift, column: max(1, mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // For an unclosed quote or bracket the place it opened is what needs fixing.
            let opened = context.map { $0.text.hasPrefix("while scanning a quoted scalar") || $0.text.hasPrefix("while parsing a flow") } ?? false
            if !opened, let quote = QuoteSpanLocator.opening(closingOn: mark.line, in: yaml) {
                return .error("YAML_SYNTAX", YAMLMessages.unclosedQuote(closedOnLine: mark.line + shift, problem: problem),
                              at: SourceLocation(file: file, line: quote.line + shift, column: quote.column))
            }
            let location = opened && context!.mark.line > 0 ? at(context!.mark) : at(mark)
            return .error("YAML_SYNTAX", YAMLMessages.syntax(problem: problem), at: location)
        case let .duplicatedKeysInMapping(duplicates, context):
            let first = at(context.mark)
            let key = duplicates.sorted().first ?? ""
            let second = DuplicateKeyLocator.find(key: key, after: context.mark, in: yaml)
                .map { SourceLocation(file: file, line: $0.line + shift, column: $0.column) }
            return .error("YAML_DUPLICATE_KEY",
                          YAMLMessages.duplicateKeys(duplicates.sorted(), firstLine: first.line),
                          at: second ?? first)
        case let .reader(problem, offset, _, _):
            let (line, column) = offset.map { DuplicateKeyLocator.lineAndColumn(ofUTF8Offset: $0, in: yaml) } ?? (1, 1)
            return .error("YAML_SYNTAX", YAMLMessages.reader(problem: problem),
                          at: SourceLocation(file: file, line: line + shift, column: column))
        default:
            return .error("YAML_SYNTAX", YAMLMessages.syntax(problem: error.description),
                          at: SourceLocation(file: file, line: shift + 1, column: 1))
        }
    }
}

/// Finds where a duplicated key appears the second time: Yams reports only the first occurrence,
/// but the one to delete is usually the later one.
enum DuplicateKeyLocator {
    /// Looks for a sibling key at the same indentation below the first one (block style), then for
    /// a second `key:` on the same line (flow style). Nil when neither is found.
    static func find(key: String, after mark: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let indent = mark.column - 1
        var l = mark.line
        while l < lines.count {
            let text = lines[l].unicodeScalars
            l += 1
            let spaces = text.prefix(while: { $0 == " " }).count
            let rest = String(String.UnicodeScalarView(text.dropFirst(spaces)))
            if rest.allSatisfy({ $0 == " " || $0 == "\t" }) || rest.hasPrefix("#") { continue }
            if spaces < indent { break }
            if spaces == indent, startsWithKey(Substring(rest), key) { return (l, mark.column) }
        }
        // Flow style: `{a: 1, a: 2}` on the line of the first occurrence.
        let line = lines[mark.line - 1].unicodeScalars
        var column = mark.column + 1
        var index = line.index(line.startIndex, offsetBy: min(mark.column, line.count))
        while index < line.endIndex {
            let previous = line[line.index(before: index)]
            if previous == "," || previous == "{" || previous == " ",
               startsWithKey(Substring(String(String.UnicodeScalarView(line[index...]))), key) {
                return (mark.line, column)
            }
            index = line.index(after: index)
            column += 1
        }
        return nil
    }

    private static func startsWithKey(_ rest: Substring, _ key: String) -> Bool {
        for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written) {
            let after = rest.dropFirst(written.count).drop(while: { $0 == " " })
            if after.hasPrefix(":") { return true }
        }
        return false
    }

    /// 1-based line and column (in scalars) of a UTF-8 byte offset.
    static func lineAndColumn(ofUTF8Offset offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1, seen = 0
        for scalar in text.unicodeScalars {
            if seen >= offset { break }
            seen += String(scalar).utf8.count
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
