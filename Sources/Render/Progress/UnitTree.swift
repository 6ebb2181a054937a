import Model

/// Units in tree order (each root, then its descendants depth first), with their depth, as the
/// all-units tables list them.
enum UnitTree {
    static func order(_ units: UnitDirectory) -> [(unit: Int, depth: Int)] {
        var out: [(unit: Int, depth: Int)] = []
        out.reserveCapacity(units.count)
        var stack: [(Int, Int)] = units.roots.reversed().map { ($0, 0) }
        while let (u, d) = stack.popLast() {
            out.append((u, d))
            stack.append(contentsOf: units.childrenOf[u].reversed().map { ($0, d + 1) })
        }
        return out
    }

    /// Position of each of `count` units in `order`, for sorting any subset the same way.
    static func positions(_ order: [(unit: Int, depth: Int)], count: Int) -> [Int] {
        var pos = [Int](repeating: 0, count: count)
        for (i, entry) in order.enumerated() { pos[entry.unit] = i }
        return pos
    }
}
