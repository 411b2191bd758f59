import TerritoryModel
import TerritoryPlanner

/// One rep's month as an RFC 5545 calendar: one VEVENT per hospital stop, times in Asia/Shanghai.
///
/// The output is a pure function of the plan and the territory: DTSTAMP comes from the plan's month (not
/// the clock) and each UID from the rep, date, hospital and first seq of its stop, so exporting the same
/// plan again gives the same bytes and calendars update events instead of duplicating them.
public struct VisitCalendar: Sendable {
    /// The plan.
    public let plan: MonthPlan
    /// The territory planned.
    public let territory: Territory
    /// The rep exported.
    public let repID: String
    /// Language of summaries, descriptions and tactics.
    public let language: Language
    /// Working days, for book-by dates.
    public let calendar: WorkCalendar

    /// The time zone of every event.
    public static let timeZoneID = "Asia/Shanghai"

    /// Creates the calendar of one rep of a plan.
    public init(plan: MonthPlan, territory: Territory, repID: String, language: Language, calendar: WorkCalendar = .weekdays) {
        self.plan = plan
        self.calendar = calendar
        self.territory = territory
        self.repID = repID
        self.language = language
    }

    /// The events exported, in date and visiting order: each hospital stop split wherever its calls
    /// are not back to back (a wait for a window, lunch), so an event spans only its calls.
    public var stops: [HospitalStop] { HospitalStop.stops(of: plan.visits.filter { $0.repID == repID }).flatMap(\.contiguousRuns) }

    /// The .ics document (CRLF line ends, folded lines).
    public func render() -> String {
        let graded = territory.gradedDoctors().byDoctorID()
        let en = language.isEnglish
        let repName = territory.rep(id: repID)?.name ?? ""
        var w = ICSWriter()
        w.begin("VCALENDAR")
        w.raw("VERSION", "2.0")
        w.text("PRODID", "-//Territory//territory \(TerritoryCLI.version)//\(en ? "EN" : "ZH")")
        w.raw("CALSCALE", "GREGORIAN")
        w.raw("METHOD", "PUBLISH")
        w.text("X-WR-CALNAME", en ? "\(repName) visits \(plan.month)" : "\(repName) \(plan.month) 拜访计划")
        w.raw("X-WR-TIMEZONE", Self.timeZoneID)
        Self.writeTimeZone(&w)
        let stamp = Self.stamp(plan.month)
        for stop in stops {
            let hospital = territory.hospital(id: stop.hospitalID)
            let name = hospital?.name ?? stop.hospitalID
            w.begin("VEVENT")
            w.raw("UID", Self.uid(stop))
            w.raw("DTSTAMP", stamp)
            w.raw("DTSTART", Self.localTime(stop.date, stop.arrival), parameters: [("TZID", Self.timeZoneID)])
            w.raw("DTEND", Self.localTime(stop.date, stop.departure), parameters: [("TZID", Self.timeZoneID)])
            w.text("SUMMARY", name)
            w.text("LOCATION", [name, hospital?.district ?? ""].filter { !$0.isEmpty }.joined(separator: ", "))
            if let h = hospital { w.raw("GEO", "\(Self.coordinate(h.latitude));\(Self.coordinate(h.longitude))") }
            var lines = stop.visits.map { v -> String in
                guard let g = graded[v.doctorID] else { return "\(v.arrival)-\(v.departure) \(v.doctorID)" }
                let who = [g.doctor.name, g.doctor.department, g.doctor.title].filter { !$0.isEmpty }.joined(separator: " · ")
                return "\(v.arrival)-\(v.departure) \(who) — \(g.cell.id) \(g.zone.name(english: en)): \(g.zone.cue(english: en))"
            }
            if let lead = hospital?.bookingLeadDays {
                let by = calendar.bookBy(visitOn: stop.date, leadDays: lead)
                lines.append(en ? "Book by \(by) (\(lead) days ahead)" : "预约截止 \(by)（提前 \(lead) 天）")
            }
            w.text("DESCRIPTION", lines.joined(separator: "\n"))
            w.raw("TRANSP", "OPAQUE")
            w.end("VEVENT")
        }
        w.end("VCALENDAR")
        return w.text
    }

    /// Asia/Shanghai: UTC+8 all year, no daylight saving since 1991.
    static func writeTimeZone(_ w: inout ICSWriter) {
        w.begin("VTIMEZONE")
        w.raw("TZID", timeZoneID)
        w.begin("STANDARD")
        w.raw("DTSTART", "19700101T000000")
        w.raw("TZOFFSETFROM", "+0800")
        w.raw("TZOFFSETTO", "+0800")
        w.raw("TZNAME", "CST")
        w.end("STANDARD")
        w.end("VTIMEZONE")
    }

    /// `YYYYMMDDTHHMMSS` local time.
    static func localTime(_ date: CalendarDate, _ time: ClockTime) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date.year)\(two(date.month))\(two(date.day))T\(two(time.minutes / 60))\(two(time.minutes % 60))00"
    }

    /// DTSTAMP: midnight UTC on the first day of the plan's month, so the bytes depend on the plan only.
    static func stamp(_ month: YearMonth) -> String {
        localTime(CalendarDate(year: month.year, month: month.month, day: 1)!, ClockTime(minutes: 0)) + "Z"
    }

    /// A UID stable across exports of the same plan: a hash of rep, date, hospital and first seq.
    static func uid(_ stop: HospitalStop) -> String {
        let key = "\(stop.repID)|\(stop.date)|\(stop.hospitalID)|\(stop.visits[0].seq)"
        let hex = String(StableHash.fnv1a64(key), radix: 16)
        return "\(String(repeating: "0", count: 16 - hex.count))\(hex)-\(localTime(stop.date, stop.arrival))@territory"
    }

    /// A coordinate with six decimals (about 0.1 m).
    static func coordinate(_ x: Double) -> String {
        let scaled = Int64((x * 1_000_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let a = abs(scaled)
        let frac = String(a % 1_000_000)
        return "\(sign)\(a / 1_000_000).\(String(repeating: "0", count: 6 - frac.count))\(frac)"
    }
}
