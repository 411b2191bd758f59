/// How the visits of one doctor are spread over the month's available days.
///
/// With `W` available days (working days less the rep's leave) and `f` visits, let
/// `G = ⌈W/f⌉ + 1` and `g = max(1, ⌊W/f⌋ − 1)`. Consecutive visits are at least `g` and at most
/// `G` available days apart, the first visit falls within the first `G` days and the last
/// within the last `G` days. The upper bound is the rule; the lower bound keeps visits
/// from bunching (8 a month is about twice a week, never four days running); the edge bounds
/// stop a month from leaving a doctor unseen for its first or last weeks, which the bare rule
/// allows. At most one visit per doctor per day follows from the days being distinct.
///
/// A re-plan applies the rule to the days still open, anchored at the doctor's last real visit
/// (`SpacingAnchor`): the gaps are those of the whole month for the visits the doctor ends up with
/// (real ones before the open days plus those on them), the first open visit falls within `G` days
/// of the last real visit and at least `g` after it, and the last within the month's last `G` days.
public struct SpacingRule: Sendable, Hashable {
    /// Available days in the month (or in the open window of a re-plan).
    public let dayCount: Int
    /// Visits in the pattern.
    public let visits: Int
    /// Largest allowed gap between consecutive visits, in available days: ⌈W/f⌉ + 1.
    public let maxGap: Int
    /// Smallest allowed gap between consecutive visits: max(1, ⌊W/f⌋ − 1).
    public let minGap: Int
    /// The earliest day index of the first visit (0 unless anchored at a recent visit).
    public let firstEarliest: Int
    /// The first visit's day index is below this (`maxGap` unless anchored).
    public let firstLimit: Int

    /// Creates the rule for `visits` visits over `dayCount` days, the first within the first `maxGap` days.
    public init(dayCount: Int, visits: Int) {
        self.dayCount = dayCount
        self.visits = visits
        maxGap = visits <= 0 ? dayCount : (dayCount + visits - 1) / visits + 1
        minGap = visits <= 0 ? 1 : max(1, dayCount / visits - 1)
        firstEarliest = 0
        firstLimit = maxGap
    }

    /// The rule over a re-plan's `dayCount` open days for `visits` visits on them, measured from the
    /// doctor's last real visit: gaps as in the whole month for `anchor.before + visits` visits; the
    /// first open visit at most `maxGap` and at least `minGap` days after the last real one. When that
    /// visit is already more than `maxGap` days back (the doctor is overdue), the first open visit
    /// must fall in the first ⌈maxGap/2⌉ open days instead: as soon as can be asked without forcing
    /// every overdue doctor onto one day. Without an anchor this is `init(dayCount:visits:)`.
    public init(dayCount: Int, visits: Int, anchor: SpacingAnchor?) {
        guard let anchor else {
            self.init(dayCount: dayCount, visits: visits)
            return
        }
        let month = SpacingRule(dayCount: anchor.monthDays, visits: anchor.before + visits)
        let maxGap = month.maxGap
        let minGap = month.minGap
        let limit = min(maxGap, max(maxGap - anchor.distance + 1, (maxGap + 1) / 2, 1))
        self.init(
            dayCount: dayCount, visits: visits, maxGap: maxGap, minGap: minGap,
            firstEarliest: anchor.visited ? min(max(0, minGap - anchor.distance), limit - 1) : 0, firstLimit: limit)
    }

    private init(dayCount: Int, visits: Int, maxGap: Int, minGap: Int, firstEarliest: Int, firstLimit: Int) {
        self.dayCount = dayCount
        self.visits = visits
        self.maxGap = maxGap
        self.minGap = minGap
        self.firstEarliest = firstEarliest
        self.firstLimit = firstLimit
    }

    /// Whether a sorted list of distinct day indices (0-based) satisfies the rule.
    public func allows(_ days: [Int]) -> Bool { violations(days).isEmpty }

    /// Each way a sorted list of day indices breaks the rule, one sentence each.
    public func violations(_ days: [Int]) -> [SpacingViolation] {
        guard !days.isEmpty else { return [] }
        var out: [SpacingViolation] = []
        if days[0] + 1 > firstLimit { out.append(.lateFirstVisit(day: days[0], limit: firstLimit)) }
        if days[0] < firstEarliest { out.append(.earlyFirstVisit(day: days[0], earliest: firstEarliest)) }
        if dayCount - days[days.count - 1] > maxGap { out.append(.earlyLastVisit(day: days[days.count - 1], limit: maxGap)) }
        for i in 1..<days.count {
            let gap = days[i] - days[i - 1]
            if gap == 0 {
                out.append(.sameDay(day: days[i]))
            } else if gap > maxGap {
                out.append(.gapTooLong(from: days[i - 1], to: days[i], limit: maxGap))
            } else if gap < minGap {
                out.append(.gapTooShort(from: days[i - 1], to: days[i], limit: minGap))
            }
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
    /// The first visit comes before day `earliest`, too soon after the last real visit (re-plans only).
    case earlyFirstVisit(day: Int, earliest: Int)
    /// The last visit comes before the last `limit` days.
    case earlyLastVisit(day: Int, limit: Int)
}

/// Where a re-plan's open days start relative to a doctor's last real visit (a visit done before the
/// re-plan date, or one on a frozen day), counted in the rep's available days.
public struct SpacingAnchor: Sendable, Hashable {
    /// Available days from the anchor day to the first open day: 1 when the last visit was the day
    /// before it. Without a visit in the month, the anchor is the day before the month's first
    /// available day.
    public var distance: Int
    /// Whether there was a real visit (false: anchored at the month's start, no lower bound).
    public var visited: Bool
    /// Available days in the whole month (W of the month's rule).
    public var monthDays: Int
    /// Real visits before the open days.
    public var before: Int

    /// Creates an anchor.
    public init(distance: Int, visited: Bool, monthDays: Int, before: Int) {
        self.distance = distance
        self.visited = visited
        self.monthDays = monthDays
        self.before = before
    }

    /// The anchor of a window starting at available-day index `openIndex` of `monthDays`, given the
    /// index of the last real visit before it (nil: none) and the number of real visits before it.
    public init(openIndex: Int, lastVisitIndex: Int?, monthDays: Int, before: Int) {
        self.init(distance: openIndex - (lastVisitIndex ?? -1), visited: lastVisitIndex != nil, monthDays: monthDays, before: before)
    }
}
