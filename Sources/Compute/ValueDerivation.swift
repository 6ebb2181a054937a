import Model

/// Fills the values units lack from their children (`sum`) or from NUM/DEN (`ratio`), per INPUT.md.
enum ValueDerivation {
    /// Given values of every round plus everything derivable from them.
    static func store(for site: Site) -> ValueStore {
        let unitCount = site.units.count
        let indicatorCount = site.indicators.count
        let plan = Plan(site: site)
        var values: [[Double]] = []
        var flags: [[Bool]] = []
        for year in site.progress.years {
            var table = [Double](repeating: .nan, count: unitCount * indicatorCount)
            if let given = site.progress.given[year],
               given.unitCount == unitCount, given.indicatorCount == indicatorCount {
                table = given.storage
            } else if let given = site.progress.given[year] {
                // A table shaped differently from the site should not happen; copy what fits.
                for u in 0..<min(unitCount, given.unitCount) {
                    for i in 0..<min(indicatorCount, given.indicatorCount) {
                        table[u * indicatorCount + i] = given[u, i] ?? .nan
                    }
                }
            }
            var derived = [Bool](repeating: false, count: table.count)
            plan.derive(&table, &derived, indicatorCount: indicatorCount)
            values.append(table)
            flags.append(derived)
        }
        return ValueStore(years: site.progress.years, unitCount: unitCount, indicatorCount: indicatorCount,
                          values: values, derivedFlags: flags)
    }

    /// What to derive and in which order, worked out once for all rounds.
    struct Plan {
        enum Step {
            case sum
            case ratio(num: Int, den: Int)
        }

        /// Children first, so a parent always sees its children's derived values.
        let unitOrder: [Int]
        /// Children each unit rolls up over: administrative units only count administrative children.
        let countedChildren: [[Int]]
        /// Indicators that can be derived, NUM/DEN before the ratios that use them.
        let steps: [(indicator: Int, step: Step)]

        init(site: Site) {
            let dir = site.units
            var bfs = dir.roots
            var head = 0
            while head < bfs.count {
                bfs.append(contentsOf: dir.childrenOf[bfs[head]])
                head += 1
            }
            unitOrder = bfs.reversed()
            countedChildren = dir.units.map { unit in
                let children = dir.childrenOf[unit.index]
                guard unit.level.isAdministrative else { return children }
                return children.filter { dir.units[$0].level.isAdministrative }
            }
            steps = Plan.orderedSteps(site.indicators)
        }

        static func orderedSteps(_ indicators: [Indicator]) -> [(indicator: Int, step: Step)] {
            var indexByID: [String: Int] = [:]
            for ind in indicators { indexByID[ind.id] = ind.index }
            var stepOf = [Step?](repeating: nil, count: indicators.count)
            for ind in indicators {
                switch ind.aggregation {
                case .sum: stepOf[ind.index] = .sum
                case .ratio(let n, let d):
                    if let num = indexByID[n], let den = indexByID[d] { stepOf[ind.index] = .ratio(num: num, den: den) }
                case .none: break
                }
            }
            // Depth-first topological order; a cycle is cut where it closes (state 1 = on the path).
            var state = [UInt8](repeating: 0, count: indicators.count)
            var ordered: [(indicator: Int, step: Step)] = []
            func visit(_ i: Int) {
                guard state[i] == 0 else { return }
                state[i] = 1
                if case .ratio(let num, let den)? = stepOf[i] {
                    visit(num)
                    visit(den)
                }
                state[i] = 2
                if let step = stepOf[i] { ordered.append((i, step)) }
            }
            for i in indicators.indices { visit(i) }
            return ordered
        }

        func derive(_ table: inout [Double], _ derived: inout [Bool], indicatorCount n: Int) {
            for u in unitOrder {
                let children = countedChildren[u]
                for (i, step) in steps where table[u * n + i].isNaN {
                    let result: Double
                    switch step {
                    case .sum:
                        guard let s = Plan.sum(table, children, i, n) else { continue }
                        result = s
                    case .ratio(let num, let den):
                        let ownNum = table[u * n + num], ownDen = table[u * n + den]
                        if !ownNum.isNaN && !ownDen.isNaN {
                            guard ownDen > 0 else { continue }
                            result = 100 * ownNum / ownDen
                        } else {
                            guard let sn = Plan.sum(table, children, num, n),
                                  let sd = Plan.sum(table, children, den, n), sd > 0 else { continue }
                            result = 100 * sn / sd
                        }
                    }
                    table[u * n + i] = result
                    derived[u * n + i] = true
                }
            }
        }

        /// Sum over `children`, nil when there are none or any of them lacks the value.
        static func sum(_ table: [Double], _ children: [Int], _ i: Int, _ n: Int) -> Double? {
            guard !children.isEmpty else { return nil }
            var s = 0.0
            for c in children {
                let v = table[c * n + i]
                if v.isNaN { return nil }
                s += v
            }
            return s
        }
    }
}
