import TerritoryModel
import Testing

@testable import TerritoryPlanner

/// The 2026 notice entries that matter for the tests below (from the official data).
let notice2026: [WorkCalendar.Entry] = [
    ("2026-01-01", "元旦", true), ("2026-01-02", "元旦", true), ("2026-01-03", "元旦", true), ("2026-01-04", "元旦", false),
    ("2026-10-01", "国庆节", true), ("2026-10-02", "国庆节", true), ("2026-10-05", "国庆节", true), ("2026-10-06", "国庆节", true),
    ("2026-10-07", "国庆节", true), ("2026-10-10", "国庆节", false),
].map { WorkCalendar.Entry(date: CalendarDate(parsing: $0.0)!, name: $0.1, isOffDay: $0.2) }

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test(
        "weekday follows ISO numbering, Monday = 1",
        arguments: [
            ("1970-01-01", 4), ("2026-11-23", 1), ("2026-12-05", 6), ("2026-12-06", 7), ("2024-02-29", 4),
        ])
    func weekday(date: String, weekday: Int) {
        #expect(CalendarDate(parsing: date)!.weekday == weekday)
    }

    @Test("days since the epoch round-trip across leap years")
    func roundTrip() {
        for n in stride(from: -800, through: 30_000, by: 7) {
            #expect(CalendarDate(daysSinceEpoch: n).daysSinceEpoch == n)
        }
        #expect(CalendarDate(parsing: "2026-12-31")!.adding(days: 1).description == "2027-01-01")
    }

    @Test("impossible dates are refused", arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026-1"])
    func refused(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }
}

@Suite("Working-day calendar")
struct WorkCalendarTests {
    let calendar = WorkCalendar(entries: notice2026, publishedYears: [2026])

    @Test("December 2026 has 23 working days, none on a weekend")
    func december() {
        let days = calendar.workingDays(in: YearMonth(parsing: "2026-12")!)
        #expect(days.count == 23)
        #expect(days.allSatisfy { !$0.isWeekend })
    }

    @Test("holidays are off and make-up weekends are working days")
    func holidaysAndMakeUp() {
        #expect(!calendar.isWorkingDay(CalendarDate(parsing: "2026-01-02")!))
        #expect(calendar.isWorkingDay(CalendarDate(parsing: "2026-01-04")!))  // Sunday make-up day
        #expect(calendar.isWorkingDay(CalendarDate(parsing: "2026-10-10")!))  // Saturday make-up day
        #expect(calendar.workingDays(in: YearMonth(parsing: "2026-01")!).count == 21)
    }

    @Test("a year without published data is not covered unless weekdays-only is chosen")
    func coverage() {
        #expect(!calendar.covers(YearMonth(parsing: "2027-01")!))
        #expect(WorkCalendar.weekdays.covers(YearMonth(parsing: "2027-01")!))
        #expect(WorkCalendar.weekdays.workingDays(in: YearMonth(parsing: "2027-02")!).count == 20)
    }
}

@Suite("Book-by dates")
struct BookByTests {
    let calendar = WorkCalendar(entries: notice2026, publishedYears: [2026])

    @Test(
        "a lead that lands on a weekday books on that day, one on a weekend or holiday moves back to the working day before",
        arguments: [
            ("2026-12-09", 1, "2026-12-08"),  // Wednesday → Tuesday
            ("2026-12-07", 1, "2026-12-04"),  // Monday → Sunday → Friday
            ("2026-12-14", 7, "2026-12-07"),  // a week before a Monday is a Monday
            ("2026-10-09", 3, "2026-09-30"),  // 10-06 is National Day → back to 09-30
            ("2026-10-12", 2, "2026-10-10"),  // 10-10 is a Saturday made a working day
        ])
    func bookBy(visit: String, lead: Int, expected: String) {
        #expect(calendar.bookBy(visitOn: CalendarDate(parsing: visit)!, leadDays: lead) == CalendarDate(parsing: expected)!)
    }
}
