import TerritoryRouting

/// What a re-plan asks of the days still open: per doctor the visits still needed, the spacing
/// anchor (its last real visit) and the days the plan being replaced gave it, so that a visit that
/// can stay on its day stays.
public struct OpenWindow: Sendable {
    /// Visits still needed on the open days, by doctor id (required − done − frozen, at least 0).
    public var visitsWanted: [String: Int]
    /// Spacing anchor by doctor id.
    public var anchors: [String: SpacingAnchor]
    /// The doctor's open days in the plan being replaced, by doctor id.
    public var previousDays: [String: [CalendarDate]]
    /// Cost of each visit on a day the previous plan did not give the doctor, in travel minutes:
    /// small beside a missing visit (10,000 and more), enough to keep a visit on its day when
    /// moving it saves less travel than this.
    public var movePenalty: Int64

    /// Creates a window.
    public init(
        visitsWanted: [String: Int], anchors: [String: SpacingAnchor], previousDays: [String: [CalendarDate]],
        movePenalty: Int64 = 60
    ) {
        self.visitsWanted = visitsWanted
        self.anchors = anchors
        self.previousDays = previousDays
        self.movePenalty = movePenalty
    }

    /// The doctor's previous days as a bit set over `days` (days no longer among them are left out).
    func mask(doctorID: String, days: [CalendarDate]) -> UInt64 {
        var out: UInt64 = 0
        for date in previousDays[doctorID] ?? [] {
            if let d = days.firstIndex(of: date), d < 64 { out |= UInt64(1) << UInt64(d) }
        }
        return out
    }

    /// The doctor's pattern group with the cost of moving: every pattern pays `movePenalty` per day
    /// not among its previous days, and the previous days themselves (or, with fewer visits wanted,
    /// their earliest that the rule allows) come first when the rule allows them.
    func preferring(
        doctorID: String, days: [CalendarDate], group: [VisitPattern], visits: Int, missingVisitPenalty: Int64,
        anchor: SpacingAnchor?
    ) -> [VisitPattern] {
        let previous = mask(doctorID: doctorID, days: days)
        func moved(_ mask: UInt64) -> Int64 { Int64((mask & ~previous).nonzeroBitCount) * movePenalty }
        var out = group.map { VisitPattern(days: $0.days, penalty: $0.penalty + moved($0.days)) }
        if previous != 0 {
            // The previous days, trimmed to the visits wanted, when the anchored rule allows them.
            var kept = previous
            while kept.nonzeroBitCount > visits { kept &= ~(UInt64(1) << UInt64(63 - kept.leadingZeroBitCount)) }
            let dayList = (0..<64).filter { kept & (UInt64(1) << UInt64($0)) != 0 }
            if !dayList.isEmpty, !out.contains(where: { $0.days == kept }),
                SpacingRule(dayCount: days.count, visits: dayList.count, anchor: anchor).allows(dayList)
            {
                out.insert(VisitPattern(days: kept, penalty: Int64(visits - dayList.count) * missingVisitPenalty), at: 0)
            }
        }
        return out
    }
}
