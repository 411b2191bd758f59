/// A rep's leave: a single date or an inclusive range.
public struct Leave: Sendable, Hashable {
    /// The rep on leave.
    public let repID: String
    /// First day of leave.
    public let from: CalendarDate
    /// Last day of leave (inclusive).
    public let to: CalendarDate

    /// Creates a leave entry; `from` must not be after `to`.
    public init(repID: String, from: CalendarDate, to: CalendarDate) {
        self.repID = repID
        self.from = from
        self.to = to
    }

    /// Whether the leave covers a date.
    public func covers(_ date: CalendarDate) -> Bool { from <= date && date <= to }
}

extension Sequence where Element == Leave {
    /// Whether an entry puts `repID` on leave on `date`.
    public func covers(repID: String, on date: CalendarDate) -> Bool { contains { $0.repID == repID && $0.covers(date) } }

    /// The rep's available days: `workingDays` less the days the rep is on leave, in the given order.
    public func availableDays(repID: String, workingDays: [CalendarDate]) -> [CalendarDate] {
        workingDays.filter { !covers(repID: repID, on: $0) }
    }
}
