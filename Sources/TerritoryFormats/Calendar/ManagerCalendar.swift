import TerritoryModel
import TerritoryPlanner

/// A manager's co-visit month as an RFC 5545 calendar: one VEVENT per co-visit day, from the first
/// co-visited call to the last, at the rep's first co-visited hospital, written with `VisitCalendar`'s
/// time zone, stamps and escaping. A pure function of the plan: the same plan gives the same bytes.
public struct ManagerCalendar: Sendable {
    /// The plan joined with its territory.
    public let document: PlanDocument
    /// The manager exported.
    public let managerID: String
    /// The plan's revision (0 for `plan`, n for the n-th re-plan): each event's SEQUENCE, so a phone calendar
    /// takes a re-planned day as newer than the one it replaces.
    public var revision: Int = 0
    /// The re-plan date of a revised plan: DTSTAMP and LAST-MODIFIED (the month's first day otherwise).
    public var revisedOn: CalendarDate?
    /// The plan this one replaces (`--previous`): its co-visit days of this manager that are gone are written
    /// as cancelled events with the same UID, so a phone removes them.
    public var previous: PlanDocument?

    /// Creates the calendar of one manager of a plan.
    public init(document: PlanDocument, managerID: String) {
        self.document = document
        self.managerID = managerID
    }

    /// `manager-<id>.ics`, with characters that do not belong in a file name replaced by `_`.
    public static func fileName(managerID: String) -> String {
        let safe = VisitCalendar.safeFileStem(managerID)
        return "manager-" + (safe.isEmpty ? "manager" : safe) + ".ics"
    }

    /// The .ics document (CRLF line ends, folded lines).
    public func render() -> String {
        let plan = document.plan
        let territory = document.territory
        let graded = document.graded
        let en = document.language.isEnglish
        let name = territory.manager(id: managerID)?.name ?? ""
        var w = ICSWriter()
        VisitCalendar.beginCalendar(&w, name: en ? "\(name) co-visits \(plan.month)" : "\(name) \(plan.month) 协访计划", english: en)
        let stamp = revisedOn.map(VisitCalendar.utcMidnight) ?? VisitCalendar.stamp(plan.month)
        var uids = Set<String>()
        for day in plan.managers.first(where: { $0.managerID == managerID })?.days ?? [] {
            let calls = document.calls(of: day)
            guard let first = calls.first, let last = calls.last else { continue }
            let repName = territory.rep(id: day.repID)?.name ?? ""
            let hospital = territory.hospital(id: first.hospitalID)
            uids.insert(uid(day))
            VisitCalendar.beginEvent(&w, uid: uid(day), stamp: stamp, sequence: revision)
            w.raw("DTSTART", VisitCalendar.localTime(day.date, first.arrival), parameters: [("TZID", VisitCalendar.timeZoneID)])
            w.raw("DTEND", VisitCalendar.localTime(day.date, last.departure), parameters: [("TZID", VisitCalendar.timeZoneID)])
            w.text("SUMMARY", en ? "Co-visit with \(day.repID) \(repName)" : "协访 \(day.repID) \(repName)")
            let place = hospital?.name ?? first.hospitalID
            w.text("LOCATION", [place, hospital?.district ?? ""].filter { !$0.isEmpty }.joined(separator: ", "))
            if let h = hospital { w.raw("GEO", "\(VisitCalendar.coordinate(h.latitude));\(VisitCalendar.coordinate(h.longitude))") }
            let lines = calls.map { v -> String in
                let at = territory.hospital(id: v.hospitalID)?.name ?? v.hospitalID
                guard let g = graded[v.doctorID] else { return "\(v.arrival)-\(v.departure) \(at) · \(v.doctorID)" }
                let who = [g.doctor.name, g.doctor.department, g.doctor.title].filter { !$0.isEmpty }.joined(separator: " · ")
                return "\(v.arrival)-\(v.departure) \(at) · \(who) — \(g.cell.id) \(g.zone.name(english: en)): \(g.zone.cue(english: en))"
            }
            w.text("DESCRIPTION", lines.joined(separator: "\n"))
            w.raw("STATUS", "CONFIRMED")
            w.raw("TRANSP", "OPAQUE")
            w.end("VEVENT")
        }
        if let previous {
            for day in previous.plan.managers.first(where: { $0.managerID == managerID })?.days ?? [] where !uids.contains(uid(day)) {
                let calls = previous.calls(of: day)
                guard let first = calls.first, let last = calls.last else { continue }
                VisitCalendar.beginEvent(&w, uid: uid(day), stamp: stamp, sequence: revision)
                w.raw("DTSTART", VisitCalendar.localTime(day.date, first.arrival), parameters: [("TZID", VisitCalendar.timeZoneID)])
                w.raw("DTEND", VisitCalendar.localTime(day.date, last.departure), parameters: [("TZID", VisitCalendar.timeZoneID)])
                let repName = territory.rep(id: day.repID)?.name ?? ""
                w.text("SUMMARY", en ? "Cancelled: co-visit with \(day.repID) \(repName)" : "已取消：协访 \(day.repID) \(repName)")
                w.raw("STATUS", "CANCELLED")
                w.raw("TRANSP", "TRANSPARENT")
                w.end("VEVENT")
            }
        }
        w.end("VCALENDAR")
        return w.text
    }

    /// A co-visit day's UID: the same for the manager and date in every revision of the plan.
    func uid(_ day: CoVisitDay) -> String { "\(VisitCalendar.hashHex("\(managerID)|\(day.date)"))-covisit@territory" }
}
