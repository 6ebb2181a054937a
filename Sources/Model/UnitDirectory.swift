import Foundation
import VietText

/// How a code-or-name cell from an office spreadsheet resolved.
public enum UnitLookup: Sendable {
    case found(Int)
    case ambiguous([String])
    case notFound
}

/// All units, indexed once: by code, by matching key of the name, children by parent.
/// Children lists are in Vietnamese dictionary order.
public struct UnitDirectory: Sendable {
    public let units: [OrgUnit]
    public let byCode: [String: Int]
    public let parentOf: [Int?]
    public let childrenOf: [[Int]]
    public let roots: [Int]
    private let byNameKey: [String: [Int]]

    public init(units: [OrgUnit]) {
        self.units = units
        var byCode: [String: Int] = [:]
        for u in units { byCode[u.code] = u.index }
        self.byCode = byCode
        let parentOf = units.map { u in u.parentCode.flatMap { byCode[$0] } }
        self.parentOf = parentOf
        let orderKeys = units.map { VietCollation.key($0.name) }
        var children = [[Int]](repeating: [], count: units.count)
        var roots: [Int] = []
        for u in units {
            if let p = parentOf[u.index] { children[p].append(u.index) } else { roots.append(u.index) }
        }
        let byOrder: (Int, Int) -> Bool = { a, b in
            let (ua, ub) = (units[a], units[b])
            if ua.level != ub.level { return ua.level < ub.level }
            if orderKeys[a] != orderKeys[b] { return orderKeys[a] < orderKeys[b] }
            return ua.code < ub.code
        }
        self.childrenOf = children.map { $0.sorted(by: byOrder) }
        self.roots = roots.sorted(by: byOrder)
        var byNameKey: [String: [Int]] = [:]
        for u in units { byNameKey[VietMatch.key(u.name), default: []].append(u.index) }
        self.byNameKey = byNameKey
    }

    public subscript(index: Int) -> OrgUnit { units[index] }
    public var count: Int { units.count }

    public func unit(code: String) -> OrgUnit? { byCode[code].map { units[$0] } }

    /// Resolves a cell that holds a unit code or the unit's official name.
    public func lookup(_ codeOrName: String) -> UnitLookup {
        // Every commendation row and model names its unit: Foundation's trimming cost about 7,000
        // instructions a call even with nothing to trim.
        let text = Trimming.trimmed(codeOrName, newlines: false)
        if let i = byCode[text] { return .found(i) }
        guard let matches = byNameKey[VietMatch.key(text)], !matches.isEmpty else { return .notFound }
        if matches.count == 1 { return .found(matches[0]) }
        return .ambiguous(matches.map { units[$0].code }.sorted())
    }

    /// The unit and its ancestors, root first.
    public func path(to index: Int) -> [Int] {
        var chain: [Int] = [index]
        var seen: Set<Int> = [index]
        var current = index
        while let p = parentOf[current], !seen.contains(p) {
            chain.append(p)
            seen.insert(p)
            current = p
        }
        return chain.reversed()
    }

    /// Nearest ancestor (or the unit itself) of a given level, e.g. a commune's district.
    /// Walks up without making the path (pages ask this for every card and row); a cycle of parents,
    /// which loading reports, ends the walk after as many steps as there are units, as `path` ends it.
    public func ancestor(of index: Int, level: UnitLevel) -> Int? {
        var current = index
        for _ in 0...units.count {
            if units[current].level == level { return current }
            guard let p = parentOf[current] else { return nil }
            current = p
        }
        return nil
    }

    /// Every unit under `index` (not including it), depth first in display order.
    public func descendants(of index: Int) -> [Int] {
        var out: [Int] = []
        var stack = childrenOf[index].reversed() as [Int]
        while let i = stack.popLast() {
            out.append(i)
            stack.append(contentsOf: childrenOf[i].reversed())
        }
        return out
    }
}
