import TerritoryModel
import TerritoryPlanner

/// One rep's month as an RFC 5545 calendar: one VEVENT per hospital stop, times in Asia/Shanghai.
///
/// The output is a pure function of the plan and the territory, never of the clock, so exporting the
/// same plan again gives the same bytes:
/// - UID: a hash of the rep, the stop's first doctor and that doctor's visit number in the month
///   (its 1st, 2nd, … visit by date). A re-plan that moves the visit keeps the UID, so a phone moves
///   the event instead of adding one. A stop holding several doctors takes its UID from its first
///   call; when a re-plan changes which doctor comes first, the old event is cancelled and a new one
///   added.
/// - SEQUENCE: the plan's revision (0 for `plan`, 1, 2, … for each `replan`); LAST-MODIFIED and
///   DTSTAMP: midnight UTC on the month's first day for revision 0, else the re-plan date's
///   midnight in Asia/Shanghai, in UTC.
/// - With the previous plan given, every event of it whose UID is gone is written again with
///   STATUS:CANCELLED and the new SEQUENCE, so the phone removes it.
/// - Optional: a VALARM `remindMinutes` before each stop, and a separate all-day "book by" event
///   for each stop at a hospital that needs booking ahead (UID: the stop's with `-book`).
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
    /// The plan this one replaces: its events missing here are exported as cancelled.
    public var previous: MonthPlan?
    /// The plan's revision: 0 for a plan made by `plan`, n for the n-th re-plan.
    public var revision: Int = 0
    /// The re-plan date when the plan is a re-plan (LAST-MODIFIED derives from it).
    public var revisedOn: CalendarDate?
    /// Minutes before each stop for a display alarm; nil for none.
    public var remindMinutes: Int?
    /// Whether to add an all-day "book by" event for each stop at a hospital with a booking lead time.
    public var bookingReminders = false

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
    public var stops: [HospitalStop] { Self.stops(of: plan, repID: repID) }

    static func stops(of plan: MonthPlan, repID: String) -> [HospitalStop] {
        HospitalStop.stops(of: plan.visits.filter { $0.repID == repID }).flatMap(\.contiguousRuns)
    }

    /// Each visit's number among its doctor's visits in the month (1 = the first by date), by date, seq and doctor.
    static func visitNumbers(_ plan: MonthPlan, repID: String) -> [String: Int] {
        var count: [String: Int] = [:]
        var out: [String: Int] = [:]
        for v in plan.visits.filter({ $0.repID == repID }).sorted(by: { ($0.date, $0.seq) < ($1.date, $1.seq) }) {
            count[v.doctorID, default: 0] += 1
            out["\(v.date)|\(v.doctorID)"] = count[v.doctorID]
        }
        return out
    }

    /// The .ics document (CRLF line ends, folded lines).
    public func render() -> String {
        let graded = territory.gradedDoctors().byDoctorID()
        let en = language.isEnglish
        let repName = territory.rep(id: repID)?.name ?? ""
        var w = ICSWriter()
        Self.beginCalendar(&w, name: en ? "\(repName) visits \(plan.month)" : "\(repName) \(plan.month) 拜访计划", english: en)
        let stamp = revisedOn.map(Self.utcMidnight) ?? Self.stamp(plan.month)
        // Calls a manager co-visits, by date and doctor: the rep sees who comes along.
        var coVisitor: [String: String] = [:]
        for m in plan.managers {
            let name = territory.manager(id: m.managerID)?.name ?? m.managerID
            for day in m.days where day.repID == repID {
                for doctor in day.doctorIDs { coVisitor["\(day.date)|\(doctor)"] = name }
            }
        }
        let stopUIDs = self.uids
        let uids = Set(stopUIDs)
        for (stop, uid) in zip(stops, stopUIDs) {
            let hospital = territory.hospital(id: stop.hospitalID)
            let name = hospital?.name ?? stop.hospitalID
            Self.beginEvent(&w, uid: uid, stamp: stamp, sequence: revision)
            w.raw("DTSTART", Self.localTime(stop.date, stop.arrival), parameters: [("TZID", Self.timeZoneID)])
            w.raw("DTEND", Self.localTime(stop.date, stop.departure), parameters: [("TZID", Self.timeZoneID)])
            w.text("SUMMARY", name)
            w.text("LOCATION", [name, hospital?.district ?? ""].filter { !$0.isEmpty }.joined(separator: ", "))
            if let h = hospital { w.raw("GEO", "\(Self.coordinate(h.latitude));\(Self.coordinate(h.longitude))") }
            var lines = stop.visits.map { v -> String in
                let with = coVisitor["\(v.date)|\(v.doctorID)"].map { en ? " (co-visit with \($0))" : "（与 \($0) 协访）" } ?? ""
                guard let g = graded[v.doctorID] else { return "\(v.arrival)-\(v.departure) \(v.doctorID)\(with)" }
                let who = [g.doctor.name, g.doctor.department, g.doctor.title].filter { !$0.isEmpty }.joined(separator: " · ")
                return "\(v.arrival)-\(v.departure) \(who) — \(g.cell.id) \(g.zone.name(english: en)): \(g.zone.cue(english: en))\(with)"
            }
            if let lead = hospital?.bookingLeadDays {
                let by = calendar.bookBy(visitOn: stop.date, leadDays: lead)
                lines.append(en ? "Book by \(by) (\(lead) days ahead)" : "预约截止 \(by)（提前 \(lead) 天）")
            }
            w.text("DESCRIPTION", lines.joined(separator: "\n"))
            w.raw("STATUS", "CONFIRMED")
            w.raw("TRANSP", "OPAQUE")
            if let minutes = remindMinutes { Self.alarm(&w, trigger: "-PT\(minutes)M", text: name) }
            w.end("VEVENT")
            if bookingReminders, let lead = hospital?.bookingLeadDays {
                let by = calendar.bookBy(visitOn: stop.date, leadDays: lead)
                Self.beginEvent(&w, uid: Self.bookingUID(uid), stamp: stamp, sequence: revision)
                w.raw("DTSTART", Self.day(by), parameters: [("VALUE", "DATE")])
                w.raw("DTEND", Self.day(by.adding(days: 1)), parameters: [("VALUE", "DATE")])
                w.text("SUMMARY", en ? "Book \(name) for \(stop.date) \(stop.arrival)" : "预约 \(name)：\(stop.date) \(stop.arrival) 拜访")
                w.text("DESCRIPTION", en ? "\(name) needs booking \(lead) days ahead." : "\(name) 需提前 \(lead) 天预约。")
                w.raw("TRANSP", "TRANSPARENT")
                if remindMinutes != nil { Self.alarm(&w, trigger: "PT9H", text: en ? "Book \(name)" : "预约 \(name)") }
                w.end("VEVENT")
            }
        }
        for stop in cancelledStops(keeping: uids) {
            let previousNumbers = Self.visitNumbers(previous!, repID: repID)
            let uid = Self.uid(stop, numbers: previousNumbers)
            let name = territory.hospital(id: stop.hospitalID)?.name ?? stop.hospitalID
            Self.beginEvent(&w, uid: uid, stamp: stamp, sequence: revision)
            w.raw("DTSTART", Self.localTime(stop.date, stop.arrival), parameters: [("TZID", Self.timeZoneID)])
            w.raw("DTEND", Self.localTime(stop.date, stop.departure), parameters: [("TZID", Self.timeZoneID)])
            w.text("SUMMARY", (en ? "Cancelled: " : "已取消：") + name)
            w.raw("STATUS", "CANCELLED")
            w.raw("TRANSP", "TRANSPARENT")
            w.end("VEVENT")
            if bookingReminders, territory.hospital(id: stop.hospitalID)?.bookingLeadDays != nil {
                Self.beginEvent(&w, uid: Self.bookingUID(uid), stamp: stamp, sequence: revision)
                w.raw("DTSTART", Self.day(stop.date), parameters: [("VALUE", "DATE")])
                w.text("SUMMARY", (en ? "Cancelled: book " : "已取消：预约 ") + name)
                w.raw("STATUS", "CANCELLED")
                w.raw("TRANSP", "TRANSPARENT")
                w.end("VEVENT")
            }
        }
        w.end("VCALENDAR")
        return w.text
    }

    /// The previous plan's stops whose UID is not among `uids`, in date order.
    public func cancelledStops(keeping uids: Set<String>) -> [HospitalStop] {
        guard let previous else { return [] }
        let numbers = Self.visitNumbers(previous, repID: repID)
        return Self.stops(of: previous, repID: repID).filter { !uids.contains(Self.uid($0, numbers: numbers)) }
    }

    /// The UIDs of the events of the plan's stops (not the cancellations or booking reminders), in date order.
    ///
    /// A stop whose calls (date, doctors, times) are those of a stop of `previous` keeps that stop's
    /// UID, so a re-plan leaves it alone even when an earlier visit of its doctor moved or went. Any
    /// other stop is keyed by its first doctor's visit number in the month (a moved visit updates its
    /// event in place), or, should that UID be taken already, by its date and time.
    public var uids: [String] {
        let numbers = Self.visitNumbers(plan, repID: repID)
        func calls(_ s: HospitalStop) -> String { s.visits.map { "\($0.date) \($0.doctorID) \($0.arrival)" }.joined(separator: ";") }
        var kept: [String: String] = [:]
        if let previous {
            let previousNumbers = Self.visitNumbers(previous, repID: repID)
            for s in Self.stops(of: previous, repID: repID) { kept[calls(s)] = Self.uid(s, numbers: previousNumbers) }
        }
        let stops = self.stops
        var taken = Set<String>()
        var out: [String?] = stops.map { s in kept[calls(s)].flatMap { taken.insert($0).inserted ? $0 : nil } }
        for (i, s) in stops.enumerated() where out[i] == nil {
            var uid = Self.uid(s, numbers: numbers)
            if !taken.insert(uid).inserted {
                uid = "\(Self.hashHex("\(s.repID)|\(s.visits[0].doctorID)|\(s.date)|\(s.arrival)"))@territory"
                taken.insert(uid)
            }
            out[i] = uid
        }
        return out.map { $0 ?? "" }
    }

    /// `BEGIN:VEVENT` with the properties every event carries: UID, DTSTAMP, LAST-MODIFIED, SEQUENCE (the
    /// plan's revision). Shared with `ManagerCalendar`.
    static func beginEvent(_ w: inout ICSWriter, uid: String, stamp: String, sequence: Int) {
        w.begin("VEVENT")
        w.raw("UID", uid)
        w.raw("DTSTAMP", stamp)
        w.raw("LAST-MODIFIED", stamp)
        w.raw("SEQUENCE", String(sequence))
    }

    /// `BEGIN:VCALENDAR` with the properties every calendar of ours carries (version, product, a published
    /// Gregorian calendar named `name`) and the Asia/Shanghai time zone.
    static func beginCalendar(_ w: inout ICSWriter, name: String, english: Bool) {
        w.begin("VCALENDAR")
        w.raw("VERSION", "2.0")
        w.text("PRODID", "-//Territory//territory \(ToolVersion.current)//\(english ? "EN" : "ZH")")
        w.raw("CALSCALE", "GREGORIAN")
        w.raw("METHOD", "PUBLISH")
        w.text("X-WR-CALNAME", name)
        w.raw("X-WR-TIMEZONE", timeZoneID)
        writeTimeZone(&w)
    }

    /// 16 hexadecimal digits of a stable hash of `key`, for UIDs.
    static func hashHex(_ key: String) -> String {
        let hex = String(StableHash.fnv1a64(key), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// An id as part of a file name: letters, digits, `-` and `_` kept, anything else `_`.
    package static func safeFileStem(_ id: String) -> String {
        String(
            id.unicodeScalars.map { s -> Character in
                s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" ? Character(s) : "_"
            })
    }

    /// A display alarm.
    static func alarm(_ w: inout ICSWriter, trigger: String, text: String) {
        w.begin("VALARM")
        w.raw("ACTION", "DISPLAY")
        w.text("DESCRIPTION", text)
        w.raw("TRIGGER", trigger)
        w.end("VALARM")
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

    /// A UID stable across exports and re-plans: a hash of the rep, the stop's first doctor and that
    /// doctor's visit number in the month.
    static func uid(_ stop: HospitalStop, numbers: [String: Int]) -> String {
        let first = stop.visits[0]
        let key = "\(stop.repID)|\(first.doctorID)|\(numbers["\(first.date)|\(first.doctorID)"] ?? 0)"
        return "\(hashHex(key))@territory"
    }

    /// The UID of a stop's "book by" event.
    static func bookingUID(_ uid: String) -> String { String(uid.dropLast("@territory".count)) + "-book@territory" }

    /// `YYYYMMDD`.
    static func day(_ date: CalendarDate) -> String { String(localTime(date, ClockTime(minutes: 0)).prefix(8)) }

    /// Midnight of `date` in Asia/Shanghai, in UTC: `YYYYMMDDT160000Z` of the day before.
    static func utcMidnight(_ date: CalendarDate) -> String { localTime(date.adding(days: -1), ClockTime(minutes: 16 * 60)) + "Z" }

    /// A coordinate with six decimals (about 0.1 m).
    static func coordinate(_ x: Double) -> String {
        let scaled = Int64((x * 1_000_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let a = abs(scaled)
        let frac = String(a % 1_000_000)
        return "\(sign)\(a / 1_000_000).\(String(repeating: "0", count: 6 - frac.count))\(frac)"
    }
}
