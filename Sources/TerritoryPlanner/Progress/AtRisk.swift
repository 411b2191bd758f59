/// Why a doctor's remaining visits no longer fit the month: the rule `MonthProgress` applies after
/// the as-of date. Day counts are the rep's available days (working days less leave).
public enum AtRisk: Sendable, Hashable {
    /// More visits remain than the rep has available days after the as-of date (at most one visit
    /// per doctor per day, as in the plan).
    case tooFewDays(remaining: Int, daysLeft: Int)
    /// The spacing rule's largest gap, counted from the last done visit (from the start of the month
    /// when none is done), ran out on or before the as-of date: the next visit was due by `due`.
    case overdue(due: CalendarDate, maxGap: Int)

    /// Stable identifier for files: `too_few_days`, `overdue`.
    public var id: String {
        switch self {
        case .tooFewDays: "too_few_days"
        case .overdue: "overdue"
        }
    }

    /// Decides whether a doctor is at risk, and why; `tooFewDays` is checked first.
    ///
    /// - Parameters:
    ///   - required: the doctor's visits per month.
    ///   - done: done visits so far (distinct days).
    ///   - lastDone: the day of the last done visit, if any.
    ///   - available: the rep's available days of the month, in order (the spacing rule's `W`).
    ///   - elapsed: how many of them fall on or before the as-of date.
    /// - Returns: nil when nothing remains or the remaining visits still fit.
    public static func assess(required: Int, done: Int, lastDone: CalendarDate?, available: [CalendarDate], elapsed: Int) -> AtRisk? {
        let remaining = max(0, required - done)
        guard remaining > 0 else { return nil }
        let daysLeft = available.count - elapsed
        if remaining > daysLeft { return .tooFewDays(remaining: remaining, daysLeft: daysLeft) }
        // Index of the last done visit among the available days; a call on a day off counts from the
        // available day before it, -1 (the month's start) when there is none, as for the first visit.
        let last = lastDone.map { d in available.count(where: { $0 <= d }) - 1 } ?? -1
        let maxGap = SpacingRule(dayCount: available.count, visits: required).maxGap
        let due = last + maxGap
        return due < elapsed ? .overdue(due: available[due], maxGap: maxGap) : nil
    }
}
