/// The PRC working-day calendar: Monday–Friday, minus public holidays, plus weekend make-up days (调休上班).
public struct WorkCalendar: Sendable {
    /// One listed day of an official notice.
    public struct Entry: Sendable, Hashable {
        /// The date.
        public let date: CalendarDate
        /// Holiday name (e.g. 春节).
        public let name: String
        /// true = day off (holiday); false = make-up working day.
        public let isOffDay: Bool

        /// Creates an entry.
        public init(date: CalendarDate, name: String, isOffDay: Bool) {
            self.date = date
            self.name = name
            self.isOffDay = isOffDay
        }
    }

    /// Listed days by date.
    public let entries: [CalendarDate: Entry]
    /// Years whose official holiday arrangement is known (data present and not empty).
    public let publishedYears: Set<Int>
    /// When true, every Monday–Friday is a working day and holidays are ignored knowingly.
    public let weekdaysOnly: Bool

    /// Creates a calendar from notice entries and the years they cover.
    public init(entries: [Entry], publishedYears: Set<Int>, weekdaysOnly: Bool = false) {
        var map: [CalendarDate: Entry] = [:]
        for e in entries { map[e.date] = e }
        self.entries = map
        self.publishedYears = publishedYears
        self.weekdaysOnly = weekdaysOnly
    }

    /// A calendar that treats Monday–Friday as working days, with no holidays.
    public static let weekdays = WorkCalendar(entries: [], publishedYears: [], weekdaysOnly: true)

    /// Whether the month's holidays are known (or knowingly ignored).
    public func covers(_ month: YearMonth) -> Bool { weekdaysOnly || publishedYears.contains(month.year) }

    /// Whether a date is a working day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        if !weekdaysOnly, let e = entries[date] { return !e.isOffDay }
        return !date.isWeekend
    }

    /// The holiday name of a listed date, if any.
    public func holidayName(of date: CalendarDate) -> String? { weekdaysOnly ? nil : entries[date]?.name }

    /// Why a date is not a working day, for messages: the holiday's name, or `weekend`; nil on a working day
    /// (and "" for an unnamed day off on a weekday).
    public func dayOffName(of date: CalendarDate) -> String? {
        guard !isWorkingDay(date) else { return nil }
        return holidayName(of: date) ?? (date.isWeekend ? "weekend" : "")
    }

    /// The date to book a visit on `date` by, at a hospital that needs `leadDays` notice: `leadDays`
    /// calendar days before, moved back to the previous working day when that is a weekend or holiday.
    public func bookBy(visitOn date: CalendarDate, leadDays: Int) -> CalendarDate {
        var d = date.adding(days: -leadDays)
        var guardDays = 0
        while !isWorkingDay(d) && guardDays < 31 {
            d = d.adding(days: -1)
            guardDays += 1
        }
        return d
    }

    /// The working days of a month in order.
    public func workingDays(in month: YearMonth) -> [CalendarDate] { month.dates.filter(isWorkingDay) }
}
