import Model

/// How national lists are split so that a phone can open them. A table of every unit and year of
/// one indicator has 10,000 rows on a national site (5–10 MB with the full ranking and the units
/// behind schedule), a year's commendations 6,000 and more. Above `splitAbove` rows the page keeps
/// a summary (for indicators: the regions and the level below them) and each region (province) gets
/// its own page with every row under it. A province's own site stays one page.
public struct RegionParts: Sendable {
    public static let splitAbove = 2_000

    /// A region and where its subtree sits in the tree order: `order[range]` is the region first,
    /// then everything under it.
    struct Region: Sendable {
        let unit: Int
        let range: Range<Int>
    }

    let order: [(unit: Int, depth: Int)]
    let regions: [Region]
    /// Index into `regions` of the region each unit lies in (the region itself included), or nil.
    let regionOfUnit: [Int?]
    /// Depth of the regions in the unit tree (0 for provinces of a national tree).
    let depth: Int

    /// The regions are the top units that have units under them; when there is only one (a
    /// province's own tree), the units one level down. Nil when there are fewer than two.
    init?(units: UnitDirectory, order: [(unit: Int, depth: Int)]) {
        for depth in 0...1 {
            var regions: [Region] = []
            for (i, entry) in order.enumerated() where entry.depth == depth && !units.childrenOf[entry.unit].isEmpty {
                var end = i + 1
                while end < order.count, order[end].depth > depth { end += 1 }
                regions.append(Region(unit: entry.unit, range: i..<end))
            }
            if regions.count >= 2 {
                self.order = order
                var regionOfUnit = [Int?](repeating: nil, count: units.count)
                for (r, region) in regions.enumerated() {
                    for entry in order[region.range] { regionOfUnit[entry.unit] = r }
                }
                self.regionOfUnit = regionOfUnit
                self.regions = regions
                self.depth = depth
                return
            }
        }
        return nil
    }

    /// Units of the region's subtree, in tree order.
    func units(of region: Region) -> [Int] { order[region.range].map(\.unit) }

    /// The rows the split indicator page keeps: the regions, the level below them and everything
    /// above them (and units outside any region, such as agencies at the top).
    func isOnIndicatorPage(_ entry: (unit: Int, depth: Int)) -> Bool { entry.depth <= depth + 1 }
}
