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
