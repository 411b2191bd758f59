import Foundation
import TerritoryModel
import TerritoryPlanner

/// A month plan joined with the territory for output: plan.json, plan.csv and the day tables.
public struct PlanDocument: Sendable {
    /// The plan.
    public let plan: MonthPlan
    /// The territory planned.
    public let territory: Territory
    /// Labels and tactic language.
    public let language: Language
    let graded: [String: GradedDoctor]
    /// Calls a month each rep's doctors need at each hospital, by rep id then hospital id.
    let callsNeeded: [String: [String: Int]]
    /// Position of each rep in `plan.reps`, by id.
    let planRepIndex: [String: Int]

    /// Travel between places (for each day's departure, return and distance).
    public let travel: TravelModel
    /// Working days, for book-by dates (weekdays when not given).
    public let calendar: WorkCalendar
    /// For a re-plan, what it kept and knows of the past (written into plan.json).
    public var replan: ReplanRecord?
    /// The territory folder as plan.json records it (see `PlanFile.territory`); nil writes none.
    public var territoryPath: String?
    /// The slice of the reps planned (`plan --shard K/N`), written into plan.json; nil for a whole plan.
    public var shard: Shard?
    /// The warnings of reading and planning the month (territories/BAD-INPUT.md), listed in plan.json.
    public var warnings: [Diagnostic] = []

    /// Joins a plan with its territory.
    public init(plan: MonthPlan, territory: Territory, language: Language, travel: TravelModel? = nil, calendar: WorkCalendar = .weekdays) {
        self.plan = plan
        self.territory = territory
        self.language = language
        self.calendar = calendar
        self.travel = travel ?? TravelModel(rules: territory.rules)
        let doctors = territory.gradedDoctors()
        self.graded = doctors.byDoctorID()
        var needed: [String: [String: Int]] = [:]
        for d in doctors { needed[d.doctor.repID, default: [:]][d.hospital.id, default: 0] += d.visitsPerMonth }
        self.callsNeeded = needed
        var index: [String: Int] = [:]
        for (k, r) in plan.reps.enumerated() where index[r.repID] == nil { index[r.repID] = k }
        self.planRepIndex = index
    }

    /// The working day a visit must be booked by, when its hospital needs booking ahead.
    public func bookBy(_ v: PlannedVisit) -> CalendarDate? {
        territory.hospital(id: v.hospitalID)?.bookingLeadDays.map { calendar.bookBy(visitOn: v.date, leadDays: $0) }
    }

    /// Utilisation rounded to three decimals (1.043), as JSON shows it.
    static func rounded(_ x: Double, _ places: Double = 1000) -> Double { (x * places).rounded() / places }

    /// The plan as plan.json's typed model: labels from the territory, book-by dates, summaries.
    public func file() -> PlanFile {
        let en = language.isEnglish
        let reps = plan.reps.map { r in
            PlanFile.RepEntry(
                repID: r.repID, name: territory.rep(id: r.repID)?.name ?? "", workingDays: r.workingDays, leaveDays: r.leaveDays,
                capacity: r.capacity, required: r.required, utilisation: PlanDocument.rounded(r.utilisation))
        }
        let coVisits = plan.coVisitManagers
        let visits = plan.visits.map { v in
            let g = graded[v.doctorID]
            return PlanFile.VisitEntry(
                visit: v, hospital: g?.hospital.name ?? "", doctor: g?.doctor.name ?? "", department: g?.doctor.department ?? "",
                cell: g?.cell.id ?? "", zone: g?.zone.id ?? "", tactic: g?.zone.cue(english: en) ?? "", bookBy: bookBy(v),
                coVisit: coVisits["\(v.repID)|\(v.date)|\(v.doctorID)"])
        }
        let unplaced = plan.reps.flatMap { r in
            r.unplaced.map { u in
                let g = graded[u.doctorID]
                return PlanFile.UnplacedEntry(
                    unplaced: u, doctor: g?.doctor.name ?? "", hospitalID: g?.hospital.id ?? "", hospital: g?.hospital.name ?? "",
                    cell: g?.cell.id ?? "", zone: g?.zone.id ?? "", explanation: explanation(u, in: r))
            }
        }
        let summary = plan.reps.map { r in
            PlanFile.SummaryEntry(
                repID: r.repID, planned: r.visits.count,
                plannedByZone: r.plannedByZone.map { PlanFile.ZoneCount(zoneID: $0.zoneID, count: $0.count) },
                rideAlong: rideAlong(r), unplaced: r.unplaced.reduce(0) { $0 + $1.missing },
                travelKm: PlanDocument.rounded(r.travelKm, 10), travelMinutes: r.travelMinutes)
        }
        var file = PlanFile(
            month: plan.month, seed: plan.seed, territory: territoryPath, replan: replan, reps: reps, visitEntries: visits,
            unplacedEntries: unplaced, summary: summary, warnings: warnings.map(PlanFile.WarningEntry.init))
        file.shard = shard
        file.managers = plan.managers.map { m in
            let manager = territory.manager(id: m.managerID)
            return PlanFile.ManagerEntry(
                managerID: m.managerID, name: manager?.name ?? "", coVisitDays: manager?.coVisitDays ?? 0, wanted: m.wanted, days: m.days)
        }
        return file
    }

    /// plan.json: month, seed, (replan,) reps, visits, unplaced, summary; English keys, stable order, no timings
    /// (byte-identical per seed).
    public func json() -> String { file().json() }

    /// How the rep's lowest-priority calls ride along on trips made for others.
    public func rideAlong(_ r: RepPlan) -> RideAlong {
        RideAlong.measure(repID: r.repID, visits: r.visits, doctors: territory.gradedDoctors(ofRep: r.repID), rules: territory.rules)
    }

    /// Whether plan.csv has the co-visit column: the plan has managers (a territory with managers.csv).
    var hasCoVisits: Bool { !plan.managers.isEmpty }

    /// The header of plan.csv in the document's language; the last column, co-visit, only with managers.
    public var csvHeader: [String] {
        (language.isEnglish
            ? [
                "Rep ID", "Date", "Seq", "Hospital ID", "Hospital", "Doctor ID", "Doctor", "Department", "Cell", "Zone", "Arrival", "Departure", "Tactic",
                "Book by",
            ]
            : ["代表编号", "日期", "顺序", "医院编号", "医院", "医生编号", "医生", "科室", "客户级别", "区", "到达", "离开", "拜访策略", "预约截止"])
            + (hasCoVisits ? [language.pick("协访经理", "Co-visit")] : [])
    }

    /// plan.csv: one row per visit (UTF-8 with BOM, RFC 4180, formulas neutralised by `CSVWriter`).
    public func csv() -> String {
        let en = language.isEnglish
        let coVisits = plan.coVisitManagers
        let rows: [[String]] = plan.visits.map { v in
            let g = graded[v.doctorID]
            return [
                v.repID, v.date.description, String(v.seq), v.hospitalID, g?.hospital.name ?? "", v.doctorID, g?.doctor.name ?? "",
                g?.doctor.department ?? "", g?.cell.id ?? "", g?.zone.name(english: en) ?? "", v.arrival.description,
                v.departure.description, g?.zone.cue(english: en) ?? "", bookBy(v)?.description ?? "",
            ] + (hasCoVisits ? [coVisits["\(v.repID)|\(v.date)|\(v.doctorID)"] ?? ""] : [])
        }
        return CSVWriter.render(header: csvHeader, rows: rows)
    }

    /// The per-rep capacity lines printed before solving and in the result.
    public func capacityTable() -> String {
        let en = language.isEnglish
        let header =
            en
            ? ["Rep", "Name", "Working days", "Leave", "Capacity", "Required", "Utilisation"]
            : ["代表", "姓名", "工作日", "请假", "容量", "需求", "饱和度"]
        let rows = plan.reps.map { r in
            [
                r.repID, territory.rep(id: r.repID)?.name ?? "", String(r.workingDays), String(r.leaveDays), String(r.capacity),
                String(r.required), PlanDocument.percent(r.utilisation),
            ]
        }
        return TextTable(header: header, rows: rows, rightAligned: [2, 3, 4, 5, 6]).render()
    }

    /// `104.3%`, or `—` for an infinite ratio.
    package static func percent(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        let tenths = Int((x * 1000).rounded())
        // Sign apart, so −2.2 % does not come out as "-2.-2%".
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)%"
    }

    /// The day-by-day table of each rep, then what could not be placed and the travel summary.
    public func dayTables() -> String {
        let en = language.isEnglish
        let coVisits = plan.coVisitManagers
        var out = ""
        for r in plan.reps {
            let name = TerminalText.inert(territory.rep(id: r.repID)?.name ?? "")
            out += "\n" + (en ? "Rep \(r.repID) \(name) — \(plan.month)" : "代表 \(r.repID) \(name) — \(plan.month)") + "\n"
            var byDate: [CalendarDate: [PlannedVisit]] = [:]
            for v in r.visits { byDate[v.date, default: []].append(v) }
            for date in byDate.keys.sorted() {
                let day = byDate[date]!.sorted { $0.seq < $1.seq }
                let weekday =
                    en
                    ? ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday]
                    : ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"][date.weekday]
                out += "\n\(date) \(weekday) — " + dayLine(day) + "\n"
                let header =
                    en
                    ? ["#", "Time", "Hospital", "Doctor", "Department", "Cell", "Tactic", "Book by"]
                    : ["#", "时间", "医院", "医生", "科室", "级别", "拜访策略", "预约截止"]
                let rows: [[String]] = day.map { v in
                    let g = graded[v.doctorID]
                    return [
                        String(v.seq), "\(v.arrival)-\(v.departure)", g?.hospital.name ?? v.hospitalID, g?.doctor.name ?? v.doctorID,
                        g?.doctor.department ?? "", g?.cell.id ?? "", g?.zone.cue(english: en) ?? "", bookBy(v)?.description ?? "",
                    ] + (hasCoVisits ? [coVisits["\(v.repID)|\(v.date)|\(v.doctorID)"] ?? ""] : [])
                }
                let columns = header + (hasCoVisits ? [language.pick("协访", "Co-visit")] : [])
                out += TextTable(header: columns, rows: rows, rightAligned: [0]).render()
            }
            if !r.unplaced.isEmpty {
                out += "\n" + (en ? "Not placed:" : "未能安排：") + "\n"
                let header = en ? ["Doctor", "Name", "Hospital", "Cell", "Missing", "Reason"] : ["医生", "姓名", "医院", "级别", "缺少", "原因"]
                let rows = r.unplaced.map { u in
                    [
                        u.doctorID, graded[u.doctorID]?.doctor.name ?? "", graded[u.doctorID]?.hospital.name ?? "",
                        graded[u.doctorID]?.cell.id ?? "", String(u.missing), PlanDocument.reasonLabel(u.reason, language),
                    ]
                }
                out += TextTable(header: header, rows: rows, rightAligned: [4]).render()
                // Each distinct explanation once (a capacity line per rep, a window line per hospital).
                var said = Set<String>()
                for u in r.unplaced {
                    let text = explanation(u, in: r)
                    if said.insert(text).inserted {
                        out += "  · \(PlanDocument.reasonLabel(u.reason, language))：\(TerminalText.inert(text, maxColumns: .max))\n"
                    }
                }
            }
            let zones = r.plannedByZone.map { z in "\(territory.rules.zone(id: z.zoneID)?.name(english: en) ?? z.zoneID) \(z.count)" }
                .joined(separator: ", ")
            let km = PlanDocument.rounded(r.travelKm, 10)
            out +=
                "\n"
                + (en
                    ? "Planned \(r.visits.count) of \(r.required) visits (\(zones)); travel \(km) km, \(r.travelMinutes) min.\n"
                    : "已安排 \(r.visits.count)/\(r.required) 次拜访（\(zones)）；路程 \(km) 公里，\(r.travelMinutes) 分钟。\n")
            let ride = rideAlong(r)
            if ride.possible + ride.ownTrip > 0, let lowest = territory.rules.lowestPriorityZone {
                let name = lowest.name(english: en)
                out +=
                    en
                    ? "\(name) calls riding along on trips for others: \(ride.riding) of \(ride.possible) that could; \(ride.ownTrip) at hospitals with only \(name.lowercased()) doctors.\n"
                    : "\(name)顺访：\(ride.riding)/\(ride.possible) 次随其他拜访同日同院完成；另有 \(ride.ownTrip) 次在只有\(name)医生的医院。\n"
            }
        }
        return out
    }

    /// The route of one rep-day (visits in seq order).
    public func dayRoute(_ day: [PlannedVisit]) -> DayRoute? { DayRoute(visits: day, territory: territory, travel: travel) }

    /// `3 家医院，8 次拜访；08:21 出发，16:12 到家，路程 21.4 公里`.
    func dayLine(_ day: [PlannedVisit]) -> String {
        guard let r = dayRoute(day) else { return "" }
        let km = PlanDocument.rounded(r.km, 10)
        return language.isEnglish
            ? "\(r.hospitals) hospital\(r.hospitals == 1 ? "" : "s"), \(day.count) call\(day.count == 1 ? "" : "s"); leave \(r.leave), home \(r.home), \(km) km"
            : "\(r.hospitals) 家医院，\(day.count) 次拜访；\(r.leave) 出发，\(r.home) 到家，路程 \(km) 公里"
    }

    /// The label of an unplaced reason.
    public static func reasonLabel(_ reason: UnplacedReason, _ language: Language) -> String {
        switch reason {
        case .capacity: language.pick("容量不足", "capacity")
        case .receptionWindows: language.pick("接待时间不足", "reception windows")
        case .leave: language.pick("请假", "leave")
        case .spacing: language.pick("间隔规则", "spacing")
        }
    }
}
