/// How the visits of one doctor are spread over the month's available days.
///
/// With `W` available days (working days less the rep's leave) and `f` visits, let
/// `G = ⌈W/f⌉ + 1` and `g = max(1, ⌊W/f⌋ − 1)`. Consecutive visits are at least `g` and at most
/// `G` available days apart, the first visit falls within the first `G` days and the last
/// within the last `G` days. The upper bound is the rule; the lower bound keeps visits
/// from bunching (8 a month is about twice a week, never four days running); the edge bounds
/// stop a month from leaving a doctor unseen for its first or last weeks, which the bare rule
/// allows. At most one visit per doctor per day follows from the days being distinct.
public struct SpacingRule: Sendable, Hashable {
    /// Available days in the month.
    public let dayCount: Int
    /// Visits in the pattern.
    public let visits: Int

    /// Creates the rule for `visits` visits over `dayCount` days.
    public init(dayCount: Int, visits: Int) {
        self.dayCount = dayCount
        self.visits = visits
    }

    /// Largest allowed gap between consecutive visits, in available days: ⌈W/f⌉ + 1.
    public var maxGap: Int { visits <= 0 ? dayCount : (dayCount + visits - 1) / visits + 1 }
    /// Smallest allowed gap between consecutive visits: max(1, ⌊W/f⌋ − 1).
    public var minGap: Int { visits <= 0 ? 1 : max(1, dayCount / visits - 1) }

    /// Whether a sorted list of distinct day indices (0-based) satisfies the rule.
    public func allows(_ days: [Int]) -> Bool { violations(days).isEmpty }

    /// Each way a sorted list of day indices breaks the rule, one sentence each.
    public func violations(_ days: [Int]) -> [SpacingViolation] {
        guard !days.isEmpty else { return [] }
        var out: [SpacingViolation] = []
        if days[0] + 1 > maxGap { out.append(.lateFirstVisit(day: days[0], limit: maxGap)) }
        if dayCount - days[days.count - 1] > maxGap { out.append(.earlyLastVisit(day: days[days.count - 1], limit: maxGap)) }
        for i in 1..<days.count {
            let gap = days[i] - days[i - 1]
            if gap == 0 { out.append(.sameDay(day: days[i])) }
            else if gap > maxGap { out.append(.gapTooLong(from: days[i - 1], to: days[i], limit: maxGap)) }
            else if gap < minGap { out.append(.gapTooShort(from: days[i - 1], to: days[i], limit: minGap)) }
        }
        return out
    }
}

/// One way a doctor's visit days break the spacing rule (day indices are 0-based available days).
public enum SpacingViolation: Sendable, Hashable {
    /// Two visits on the same day.
    case sameDay(day: Int)
    /// Consecutive visits further apart than allowed.
    case gapTooLong(from: Int, to: Int, limit: Int)
    /// Consecutive visits closer than allowed.
    case gapTooShort(from: Int, to: Int, limit: Int)
    /// The first visit comes after the first `limit` days.
    case lateFirstVisit(day: Int, limit: Int)
    /// The last visit comes before the last `limit` days.
    case earlyLastVisit(day: Int, limit: Int)
}
