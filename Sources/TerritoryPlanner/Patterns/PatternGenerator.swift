import TerritoryRouting

/// Enumerates the visit-day patterns a doctor may be given under the spacing rule.
public enum PatternGenerator {
    /// Day sets of exactly `visits` days out of `dayCount` that satisfy `SpacingRule`, as bit sets
    /// (bit d = day d). When there are more than `limit`, an evenly strided subset of the
    /// lexicographic enumeration is returned, so the choice is deterministic and spread out.
    ///
    /// - Complexity: O(number of valid patterns × visits), bounded by `enumerationBudget` steps.
    public static func patterns(dayCount: Int, visits: Int, limit: Int, enumerationBudget: Int = 400_000) -> [UInt64] {
        patterns(rule: SpacingRule(dayCount: dayCount, visits: visits), limit: limit, enumerationBudget: enumerationBudget)
    }

    /// Day sets allowed by `rule` (which may be anchored at a last real visit), as `patterns(dayCount:visits:limit:)`.
    public static func patterns(rule: SpacingRule, limit: Int, enumerationBudget: Int = 400_000) -> [UInt64] {
        let dayCount = rule.dayCount
        let visits = rule.visits
        guard visits > 0, dayCount > 0, visits <= dayCount, dayCount <= 64 else { return visits == 0 ? [0] : [] }
        let maxGap = rule.maxGap
        let minGap = rule.minGap
        var found: [UInt64] = []
        var budget = enumerationBudget
        func extend(_ mask: UInt64, last: Int, remaining: Int) {
            if budget <= 0 { return }
            budget -= 1
            if remaining == 0 {
                if dayCount - last <= maxGap { found.append(mask) }
                return
            }
            // The remaining visits must still reach the last window: last + remaining × maxGap ≥ dayCount − maxGap.
            let lo = last + minGap
            let hi = min(dayCount - 1, last + maxGap)
            if lo > hi { return }
            for d in lo...hi {
                if d + (remaining - 1) * maxGap < dayCount - maxGap { continue }
                if d + (remaining - 1) * minGap > dayCount - 1 { break }
                extend(mask | (UInt64(1) << UInt64(d)), last: d, remaining: remaining - 1)
            }
        }
        for first in rule.firstEarliest..<max(rule.firstEarliest, min(dayCount, rule.firstLimit)) {
            extend(UInt64(1) << UInt64(first), last: first, remaining: visits - 1)
        }
        if found.count <= limit { return found }
        // Regular patterns first (they interleave perfectly when days are scarce), then an even
        // stride through the enumeration.
        var out: [UInt64] = []
        var taken = Set<UInt64>()
        for mask in regularPatterns(dayCount: dayCount, visits: visits) where rule.allows(days(of: mask)) && taken.insert(mask).inserted {
            out.append(mask)
        }
        out = Array(out.prefix(limit / 2))
        taken = Set(out)
        var k = 0
        while out.count < limit && k < limit * 4 {
            let mask = found[k * found.count / (limit * 4)]
            if taken.insert(mask).inserted { out.append(mask) }
            k += 1
        }
        return out
    }

    /// Arithmetic progressions (every gap equal) and evenly spread day sets (day_i = ⌊s + i·W/f⌋).
    static func regularPatterns(dayCount: Int, visits: Int) -> [UInt64] {
        var out: [UInt64] = []
        let rule = SpacingRule(dayCount: dayCount, visits: visits)
        for gap in rule.minGap...max(rule.minGap, rule.maxGap) {
            for start in 0..<rule.maxGap {
                let last = start + (visits - 1) * gap
                if last >= dayCount { break }
                var mask: UInt64 = 0
                for i in 0..<visits { mask |= UInt64(1) << UInt64(start + i * gap) }
                out.append(mask)
            }
        }
        let step = Double(dayCount) / Double(visits)
        for tenth in 0..<(10 * rule.maxGap) {
            let s = Double(tenth) / 10
            var mask: UInt64 = 0
            var ok = true
            for i in 0..<visits {
                let d = Int(s + Double(i) * step)
                if d >= dayCount {
                    ok = false
                    break
                }
                mask |= UInt64(1) << UInt64(d)
            }
            if ok && mask.nonzeroBitCount == visits { out.append(mask) }
        }
        return out
    }

    /// The day indices of a bit set, ascending.
    static func days(of mask: UInt64) -> [Int] { (0..<64).filter { mask & (UInt64(1) << UInt64($0)) != 0 } }

    /// The pattern group of a doctor needing `visits` visits as spacing bounds: every day set the
    /// spacing rule allows for `visits` visits at no penalty, then for each fewer visit count down
    /// to 1 every set its rule allows, each missing visit costing `missingVisitPenalty`, then the
    /// empty set (not visited at all). `group(dayCount:visits:missingVisitPenalty:anchor:)` lists a
    /// sample of the same sets; this gives the solver all of them (27,876 for 8 visits in 23 days).
    public static func spacedGroup(dayCount: Int, visits: Int, missingVisitPenalty: Int64, anchor: SpacingAnchor? = nil) -> SpacedPatterns {
        var tiers: [SpacedPatterns.Tier] = []
        let target = min(visits, dayCount)
        for k in stride(from: target, through: 1, by: -1) {
            let rule = SpacingRule(dayCount: dayCount, visits: k, anchor: anchor)
            tiers.append(
                SpacedPatterns.Tier(
                    visits: k, minGap: rule.minGap, maxGap: rule.maxGap, firstEarliest: rule.firstEarliest,
                    firstLimit: rule.firstLimit, lastFrom: dayCount - rule.maxGap,
                    penalty: Int64(visits - k) * missingVisitPenalty))
        }
        tiers.append(
            SpacedPatterns.Tier(
                visits: 0, minGap: 1, maxGap: 1, firstEarliest: 0, firstLimit: 0, lastFrom: 0, penalty: Int64(max(0, visits)) * missingVisitPenalty))
        return SpacedPatterns(tiers: tiers)
    }

    /// The pattern group of a doctor needing `visits` visits: full patterns at no penalty, then
    /// patterns with fewer visits, each missing visit costing `missingVisitPenalty`, down to the
    /// empty pattern (not visited at all).
    ///
    /// With an `anchor` (a re-plan's open days) every pattern follows the anchored rule.
    public static func group(
        dayCount: Int, visits: Int, missingVisitPenalty: Int64, anchor: SpacingAnchor? = nil,
        fullLimit: Int = 320, partialLimit: Int = 40
    ) -> [VisitPattern] {
        var group: [VisitPattern] = []
        let target = min(visits, dayCount)
        for k in stride(from: target, through: 1, by: -1) {
            let masks = patterns(rule: SpacingRule(dayCount: dayCount, visits: k, anchor: anchor), limit: k == target ? fullLimit : partialLimit)
            let penalty = Int64(visits - k) * missingVisitPenalty
            group.append(contentsOf: masks.map { VisitPattern(days: $0, penalty: penalty) })
        }
        group.append(VisitPattern(days: 0, penalty: Int64(visits) * missingVisitPenalty))
        return group
    }
}
