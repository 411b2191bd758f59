import TerritoryModel

/// One rep's month so far: the days behind and ahead, and the totals of the rep's doctors.
public struct RepProgress: Sendable, Hashable {
    /// The rep.
    public let rep: Rep
    /// Working days of the month.
    public let workingDays: Int
    /// Working days the rep is on leave.
    public let leaveDays: Int
    /// Available days: working days less leave (the spacing rule's `W`).
    public let availableDays: Int
    /// Available days on or before the as-of date.
    public let elapsedDays: Int
    /// The totals of the rep's doctors.
    public let totals: ProgressTotals

    /// Creates a rep's progress.
    public init(rep: Rep, workingDays: Int, leaveDays: Int, availableDays: Int, elapsedDays: Int, totals: ProgressTotals) {
        self.rep = rep
        self.workingDays = workingDays
        self.leaveDays = leaveDays
        self.availableDays = availableDays
        self.elapsedDays = elapsedDays
        self.totals = totals
    }

    /// Available days after the as-of date.
    public var daysLeft: Int { availableDays - elapsedDays }
}
