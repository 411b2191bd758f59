import TerritoryModel

/// A calendar month such as 2026-12, the unit a plan covers.
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Year, e.g. 2026.
    public let year: Int
    /// Month 1...12.
    public let month: Int

    /// Creates a month; nil when `month` is outside 1...12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1900...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(parsing text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            let y = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(year: y, month: m)
    }

    /// The month after this one.
    public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)! }

    /// Every date of the month in order.
    public var dates: [CalendarDate] {
        (1...CalendarDate.daysIn(year: year, month: month)).map { CalendarDate(year: year, month: month, day: $0)! }
    }

    /// Whether a date falls in this month.
    public func contains(_ date: CalendarDate) -> Bool { date.year == year && date.month == month }

    /// `YYYY-MM`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
