/// A pattern group given by spacing bounds instead of a list: every day set that keeps the bounds
/// of one of its tiers is a pattern of the group, at that tier's penalty.
///
/// A rep's month has tens of thousands of spacing-valid day sets for a doctor seen twice a week
/// (27,876 for 8 visits in 23 days), far too many to list; the search finds the cheapest of them
/// by dynamic programming over the days instead (`PatternChoice`), in O(visits × days × gap range).
public struct SpacedPatterns: Sendable, Hashable {
    /// Day sets of one size: `visits` days, consecutive ones `minGap...maxGap` days apart, the
    /// first in `firstEarliest..<firstLimit`, the last at `lastFrom` or later.
    public struct Tier: Sendable, Hashable {
        /// Days in each set of this tier; 0 is the empty set (the client is not visited).
        public var visits: Int
        /// Smallest distance between consecutive days (at least 1).
        public var minGap: Int
        /// Largest distance between consecutive days.
        public var maxGap: Int
        /// Earliest first day.
        public var firstEarliest: Int
        /// The first day is below this.
        public var firstLimit: Int
        /// Earliest last day.
        public var lastFrom: Int
        /// Cost of choosing a set of this tier (at least 0).
        public var penalty: Int64

        /// Creates a tier; see the properties.
        public init(visits: Int, minGap: Int, maxGap: Int, firstEarliest: Int, firstLimit: Int, lastFrom: Int, penalty: Int64) {
            self.visits = visits
            self.minGap = minGap
            self.maxGap = maxGap
            self.firstEarliest = firstEarliest
            self.firstLimit = firstLimit
            self.lastFrom = lastFrom
            self.penalty = penalty
        }

        /// Whether the day set `days` (bit d = day d) is one of this tier's.
        public func allows(_ days: UInt64) -> Bool {
            guard days.nonzeroBitCount == visits else { return false }
            guard visits > 0 else { return true }
            var rest = days
            var previous = -1
            while rest != 0 {
                let d = rest.trailingZeroBitCount
                rest &= rest &- 1
                if previous < 0 {
                    if d < firstEarliest || d >= firstLimit { return false }
                } else if d - previous < minGap || d - previous > maxGap {
                    return false
                }
                previous = d
            }
            return previous >= lastFrom
        }
    }

    /// The tiers, most visits first; the first tier of two that allow a set gives its penalty.
    public var tiers: [Tier]

    /// Creates a group from its tiers.
    public init(tiers: [Tier]) { self.tiers = tiers }

    /// The penalty of the day set `days`, or nil when no tier allows it.
    public func penalty(of days: UInt64) -> Int64? {
        tiers.first { $0.allows(days) }?.penalty
    }

    /// The most days any tier visits.
    public var mostVisits: Int { tiers.map(\.visits).max() ?? 0 }
}
