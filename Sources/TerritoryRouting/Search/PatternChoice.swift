/// The cheapest pattern of a client's group for given per-day costs: a scan of a listed group,
/// dynamic programming over the days for a spaced one (`SpacedPatterns`).
///
/// A pattern costs its penalty plus the costs of its days; a day whose cost is `Int64.max` cannot
/// be used. Ties go to the first pattern of a list, and in a spaced group to the tier listed first,
/// then to gaps nearest an even spread of the visits over the days, then to the earliest days, so
/// the choice is deterministic.
struct PatternChoice {
    /// Best partial cost per (visit, day), flattened `visit * dayCount + day`.
    private var table: [Int64] = []
    /// The day of the previous visit on that best partial pattern.
    private var previousDay: [Int8] = []
    /// Patterns (listed) or tiers × days (spaced) looked at, for the statistics.
    var evaluations = 0

    /// The cheapest pattern of group `g` under `dayCost`, or nil when every pattern uses a day
    /// that cannot be used.
    /// - Complexity: O(patterns × days per pattern) for a listed group; O(Σ tiers visits × days ×
    ///   (maxGap − minGap + 1)) for a spaced one.
    mutating func cheapest(group g: Int, dayCost: [Int64], _ data: SearchData) -> (days: UInt64, penalty: Int64, cost: Int64)? {
        let spacedIndex = Int(data.spacedOfGroup[g])
        if spacedIndex >= 0 { return cheapest(data.spaced[spacedIndex], dayCost: dayCost, dayCount: data.dayCount) }
        var bestCost = Int64.max
        var best = -1
        let first = Int(data.patternOffset[g])
        for p in first..<Int(data.patternOffset[g + 1]) {
            evaluations &+= 1
            var pd = data.patternDays[p]
            if pd & ~data.workingDays != 0 { continue }
            var cost = data.patternPenalty[p]
            while pd != 0 && cost < bestCost {
                let d = pd.trailingZeroBitCount
                pd &= pd &- 1
                let delta = dayCost[d]
                if delta == .max {
                    cost = .max
                    break
                }
                cost &+= delta
            }
            if cost < bestCost {
                bestCost = cost
                best = p
            }
        }
        return best < 0 ? nil : (data.patternDays[best], data.patternPenalty[best], bestCost)
    }

    /// The cheapest day set of a spaced group, tier by tier: the best cost of visit `j` on day `d`
    /// is the day's cost plus the best cost of visit `j − 1` on a day `minGap...maxGap` before it.
    private mutating func cheapest(_ group: SpacedPatterns, dayCost: [Int64], dayCount n: Int) -> (days: UInt64, penalty: Int64, cost: Int64)? {
        var bestCost = Int64.max
        var bestDays: UInt64 = 0
        var bestPenalty: Int64 = 0
        // With no negative day cost (an insertion), a tier whose penalty alone reaches the best so
        // far cannot win; ChangePattern's kept days cost less than nothing, so it tries every tier.
        var nonNegative = true
        for d in 0..<n where dayCost[d] < 0 { nonNegative = false }
        for tier in group.tiers where !nonNegative || tier.penalty < bestCost {
            let k = tier.visits
            if k == 0 {
                if tier.penalty < bestCost { (bestCost, bestDays, bestPenalty) = (tier.penalty, 0, tier.penalty) }
                continue
            }
            guard k <= n else { continue }
            if table.count < k * n {
                table = Array(repeating: .max, count: k * n)
                previousDay = Array(repeating: -1, count: k * n)
            }
            evaluations &+= k
            // Among equally cheap days, the gap nearest the even spread: regular patterns
            // interleave when days are scarce (a day with one call for three doctors).
            let ideal = (n + k / 2) / k
            for d in 0..<n {
                table[d] = d >= tier.firstEarliest && d < tier.firstLimit ? dayCost[d] : .max
            }
            for j in 1..<max(1, k) {
                let row = j * n
                let above = row - n
                for d in 0..<n {
                    table[row + d] = .max
                    let cost = dayCost[d]
                    guard cost != .max, d - tier.minGap >= 0 else { continue }
                    var best = Int64.max
                    var from = -1
                    for e in max(0, d - tier.maxGap)...(d - tier.minGap) {
                        let v = table[above + e]
                        if v < best || (v == best && v != .max && abs(d - e - ideal) < abs(d - from - ideal)) {
                            best = v
                            from = e
                        }
                    }
                    if from >= 0 {
                        table[row + d] = best &+ cost
                        previousDay[row + d] = Int8(from)
                    }
                }
            }
            let row = (k - 1) * n
            var last = -1
            var cost = Int64.max
            for d in min(n, max(0, tier.lastFrom))..<n where table[row + d] < cost {
                cost = table[row + d]
                last = d
            }
            guard last >= 0, cost &+ tier.penalty < bestCost else { continue }
            var days = UInt64(1) << UInt64(last)
            var d = last
            for j in stride(from: k - 1, to: 0, by: -1) {
                d = Int(previousDay[j * n + d])
                days |= UInt64(1) << UInt64(d)
            }
            (bestCost, bestDays, bestPenalty) = (cost &+ tier.penalty, days, tier.penalty)
        }
        return bestCost == .max ? nil : (bestDays, bestPenalty, bestCost)
    }
}
