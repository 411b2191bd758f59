import TerritoryModel

/// Validates a plan, the planner's own or one edited by hand, against the territory, its rules,
/// the calendar and leave: every rule of the planning issue, each violation reported precisely.
public struct PlanChecker: Sendable {
    /// The territory the plan is for.
    public let territory: Territory
    /// The working-day calendar.
    public let calendar: WorkCalendar
    /// Rep leave.
    public let leave: [Leave]
    /// The travel model.
    public let travel: TravelModel

    /// Creates a checker.
    public init(territory: Territory, calendar: WorkCalendar, leave: [Leave], travel: TravelModel) {
        self.territory = territory
        self.calendar = calendar
        self.leave = leave
        self.travel = travel
    }

    /// Every violation of the plan, in rep, date, seq order.
    ///
    /// - Parameters:
    ///   - month: the month planned.
    ///   - visits: the plan's visits.
    ///   - unplaced: the missing visits the plan declares.
    ///   - repIDs: the reps the plan covers (their doctors must all be accounted for).
    ///   - replan: for a re-plan, what happened before its date (`ReplanRecord`): visits not done are
    ///     records, not visits (no leave check, not counted), done calls off the plan count, and
    ///     spacing and priority are judged on the open days from each doctor's last real visit.
    /// - Complexity: O(visits × log visits + doctors).
    public func violations(
        month: YearMonth, visits: [PlannedVisit], unplaced: [UnplacedVisits], repIDs: [String],
        replan: ReplanRecord? = nil
    ) -> [PlanViolation] {
        let rules = territory.rules
        let allGraded = territory.gradedDoctors()
        let graded = allGraded.byDoctorID()
        let workingDays = calendar.workingDays(in: month)
        var out: [PlanViolation] = []

        var byRepDay: [String: [CalendarDate: [PlannedVisit]]] = [:]
        for v in visits {
            func flag(_ rule: PlanRule, _ message: String, _ zh: String) {
                out.append(PlanViolation(rule: rule, repID: v.repID, date: v.date, seq: v.seq, doctorID: v.doctorID, message: message, zh: zh))
            }
            guard territory.rep(id: v.repID) != nil else {
                flag(.reference, "rep \(v.repID) is not in the territory", "代表 \(v.repID) 不在本区域中")
                continue
            }
            guard let g = graded[v.doctorID] else {
                flag(.reference, "doctor \(v.doctorID) is not in the territory", "医生 \(v.doctorID) 不在本区域中")
                continue
            }
            if g.doctor.repID != v.repID {
                flag(
                    .reference, "doctor \(v.doctorID) belongs to rep \(g.doctor.repID), not \(v.repID)",
                    "医生 \(v.doctorID) 属于代表 \(g.doctor.repID)，不属于 \(v.repID)")
            }
            if g.hospital.id != v.hospitalID {
                flag(
                    .reference, "doctor \(v.doctorID) works at \(g.hospital.id), not \(v.hospitalID)",
                    "医生 \(v.doctorID) 在 \(g.hospital.id) 工作，不在 \(v.hospitalID)")
            }
            if !month.contains(v.date) {
                flag(.month, "\(v.date) is outside \(month)", "\(v.date) 不在 \(month) 内")
            } else if !calendar.isWorkingDay(v.date) {
                let name = calendar.dayOffName(of: v.date).map { $0.isEmpty ? "" : " (\($0))" } ?? ""
                let nameZH = calendar.dayOffName(of: v.date).map { $0.isEmpty ? "" : "（\($0 == "weekend" ? "周末" : $0)）" } ?? ""
                flag(.workingDay, "\(v.date) is not a working day\(name)", "\(v.date) 不是工作日\(nameZH)")
            }
            if leave.covers(repID: v.repID, on: v.date) && !(replan?.isNotDone(v) ?? false) {
                flag(.leave, "rep \(v.repID) is on leave on \(v.date)", "代表 \(v.repID) 在 \(v.date) 请假")
            }
            byRepDay[v.repID, default: [:]][v.date, default: []].append(v)
        }

        for repID in byRepDay.keys.sorted() {
            guard let rep = territory.rep(id: repID) else { continue }
            let callsPerDay = rep.callsPerDay ?? rules.callsPerDay
            let dayStart = (rep.dayStart ?? rules.dayStart).minutes
            let dayEnd = (rep.dayEnd ?? rules.dayEnd).minutes
            for date in byRepDay[repID]!.keys.sorted() {
                let day = byRepDay[repID]![date]!.sorted { $0.seq < $1.seq }
                out += checkDay(day, rep: rep, date: date, callsPerDay: callsPerDay, dayStart: dayStart, dayEnd: dayEnd, graded: graded)
            }
        }

        // Visit counts and spacing per doctor.
        let declared = Dictionary(unplaced.map { ($0.doctorID, $0.missing) }, uniquingKeysWith: +)
        var daysOfDoctor: [String: [CalendarDate]] = [:]
        if let replan {
            for repID in repIDs { daysOfDoctor.merge(replan.realDates(repID: repID, visits: visits)) { a, _ in a } }
        } else {
            for v in visits { daysOfDoctor[v.doctorID, default: []].append(v.date) }
        }
        let openFrom = replan.map { $0.openFrom ?? month.dates.last!.adding(days: 1) }
        for repID in repIDs {
            let available = leave.availableDays(repID: repID, workingDays: workingDays)
            // Spacing is judged on the open days of a re-plan, from each doctor's last real visit.
            let judged = openFrom.map { o in available.filter { $0 >= o } } ?? available
            let index = Dictionary(uniqueKeysWithValues: judged.enumerated().map { ($1, $0) })
            for g in allGraded where g.doctor.repID == repID {
                let allDates = (daysOfDoctor[g.doctor.id] ?? []).sorted()
                let dates = openFrom.map { o in allDates.filter { $0 >= o } } ?? allDates
                let planned = allDates.count
                let missing = declared[g.doctor.id] ?? 0
                // A re-plan may find a doctor already over its count from history and frozen days alone.
                let overByHistory = replan != nil && dates.isEmpty && missing == 0 && planned > g.visitsPerMonth
                if planned + missing != g.visitsPerMonth && !overByHistory {
                    let short = planned + missing < g.visitsPerMonth
                    let what =
                        short
                        ? "has \(planned) visits and \(missing) declared unplaced; \(g.visitsPerMonth - planned - missing) required visits are unaccounted for"
                        : "has \(planned) visits and \(missing) declared unplaced, \(planned + missing - g.visitsPerMonth) more than the \(g.visitsPerMonth) required"
                    let whatZH =
                        short
                        ? "有 \(planned) 次拜访、\(missing) 次声明未安排；\(g.visitsPerMonth - planned - missing) 次应有的拜访没有交代"
                        : "有 \(planned) 次拜访、\(missing) 次声明未安排，比应有的 \(g.visitsPerMonth) 次多 \(planned + missing - g.visitsPerMonth) 次"
                    out.append(
                        PlanViolation(
                            rule: .visitCount, repID: repID, doctorID: g.doctor.id, message: "\(g.cell.id) doctor " + what,
                            zh: "\(g.cell.id) 医生" + whatZH))
                }
                let dayIndices = dates.compactMap { index[$0] }
                guard dayIndices.count == dates.count, dayIndices.count >= 1 else { continue }
                let anchor = openFrom.map { ReplanRecord.anchor(realDates: allDates, available: available, openFrom: $0) }
                let rule = SpacingRule(dayCount: judged.count, visits: dayIndices.count, anchor: anchor)
                for v in rule.violations(dayIndices) {
                    let (en, zh) = describe(v, available: judged)
                    out.append(PlanViolation(rule: .spacing, repID: repID, doctorID: g.doctor.id, message: en, zh: zh))
                }
            }
        }
        for repID in repIDs {
            out += priorityViolations(
                repID: repID, month: month, visits: visits, doctors: allGraded, graded: graded,
                replan: replan, realDates: daysOfDoctor)
        }
        return out
    }

    /// A spacing violation in English and Chinese.
    private func describe(_ v: SpacingViolation, available: [CalendarDate]) -> (String, String) {
        switch v {
        case .sameDay(let d): return ("two visits on \(available[d])", "\(available[d]) 有两次拜访")
        case .gapTooLong(let a, let b, let limit):
            return (
                "visits on \(available[a]) and \(available[b]) are \(b - a) working days apart; at most \(limit) allowed (by \(b - a - limit))",
                "\(available[a]) 与 \(available[b]) 的拜访相隔 \(b - a) 个工作日；最多允许 \(limit) 个（超出 \(b - a - limit) 个）"
            )
        case .gapTooShort(let a, let b, let limit):
            return (
                "visits on \(available[a]) and \(available[b]) are \(b - a) working days apart; at least \(limit) required (short by \(limit - (b - a)))",
                "\(available[a]) 与 \(available[b]) 的拜访相隔 \(b - a) 个工作日；至少需要 \(limit) 个（差 \(limit - (b - a)) 个）"
            )
        case .earlyFirstVisit(let d, let earliest):
            return (
                "first open visit on \(available[d]) comes too soon after the last real visit; not before open day \(earliest + 1)",
                "\(available[d]) 的第一次待排拜访离上次实际拜访太近；不得早于第 \(earliest + 1) 个待排日"
            )
        case .lateFirstVisit(let d, let limit):
            return (
                "first visit on \(available[d]) is working day \(d + 1); it must fall within the first \(limit) (late by \(d + 1 - limit))",
                "\(available[d]) 的第一次拜访是第 \(d + 1) 个工作日；必须在前 \(limit) 个工作日内（晚了 \(d + 1 - limit) 个）"
            )
        case .earlyLastVisit(let d, let limit):
            return (
                "last visit on \(available[d]) leaves \(available.count - d - 1) working days after it; at most \(limit - 1) allowed (early by \(available.count - d - limit))",
                "\(available[d]) 的最后一次拜访之后还剩 \(available.count - d - 1) 个工作日；最多允许 \(limit - 1) 个（早了 \(available.count - d - limit) 个）"
            )
        }
    }

    /// Whether a lunch break of the rules' length fits inside the lunch window in one of the day's
    /// gaps: at home before leaving, after a call before the next trip, on arrival before a call,
    /// or after the last call (before the trip home, or at home). Each gap is (free from, next call
    /// start, trip between); the last one ends at home.
    func lunchFits(_ gaps: [(from: Int, by: Int, trip: Int)], home: Int, dayEnd: Int) -> Bool {
        let rules = territory.rules
        let length = rules.lunchMinutes
        let open = rules.lunch.start.minutes
        let close = rules.lunch.end.minutes
        if length <= 0 { return true }
        for (k, g) in gaps.enumerated() {
            let isLast = k == gaps.count - 1
            let by = isLast ? dayEnd : g.by
            // Before the trip (at home for the first gap): the break, then the trip, then the call.
            let before = max(g.from, open)
            if before + length <= close && before + length + g.trip <= by { return true }
            // On arrival (or at home at the end): after the trip.
            let after = max(g.from + g.trip, open)
            if isLast ? (home <= dayEnd && after + length <= close) : (after + length <= close && after + length <= g.by) { return true }
        }
        return false
    }

    private func checkDay(
        _ day: [PlannedVisit], rep: Rep, date: CalendarDate, callsPerDay: Int, dayStart: Int, dayEnd: Int,
        graded: [String: GradedDoctor]
    ) -> [PlanViolation] {
        let rules = territory.rules
        var out: [PlanViolation] = []
        func flag(_ v: PlannedVisit?, _ rule: PlanRule, _ message: String, _ zh: String) {
            out.append(PlanViolation(rule: rule, repID: rep.id, date: date, seq: v?.seq, doctorID: v?.doctorID, message: message, zh: zh))
        }
        if day.count > callsPerDay {
            flag(
                nil, .callsPerDay, "\(day.count) calls; at most \(callsPerDay) a day (over by \(day.count - callsPerDay))",
                "\(day.count) 次拜访；每天最多 \(callsPerDay) 次（超出 \(day.count - callsPerDay) 次）")
        }
        var seen = Set<String>()
        var place = (id: rep.id, lat: rep.latitude, lon: rep.longitude)
        var clock = dayStart
        // Where a lunch break could go: (free from, must end by) for each gap of the day.
        var gaps: [(from: Int, by: Int, trip: Int)] = []
        for (k, v) in day.enumerated() {
            if v.seq != k + 1 { flag(v, .sequence, "seq \(v.seq) where \(k + 1) was expected", "序号为 \(v.seq)，应为 \(k + 1)") }
            if !seen.insert(v.doctorID).inserted {
                flag(v, .oneVisitPerDay, "doctor \(v.doctorID) is visited twice on \(date)", "医生 \(v.doctorID) 在 \(date) 被拜访两次")
            }
            guard let h = territory.hospital(id: v.hospitalID) else {
                flag(v, .reference, "hospital \(v.hospitalID) is not in the territory", "医院 \(v.hospitalID) 不在本区域中")
                continue
            }
            let start = v.arrival.minutes
            let end = v.departure.minutes
            if end - start < rules.serviceMinutes {
                flag(
                    v, .callLength,
                    "call \(v.arrival)-\(v.departure) lasts \(end - start) min; a call takes \(rules.serviceMinutes) (short by \(rules.serviceMinutes - (end - start)))",
                    "拜访 \(v.arrival)-\(v.departure) 只有 \(end - start) 分钟；一次拜访需要 \(rules.serviceMinutes) 分钟（差 \(rules.serviceMinutes - (end - start)) 分钟）"
                )
            }
            let trip = travel.minutes(fromID: place.id, lat1: place.lat, lon1: place.lon, toID: h.id, lat2: h.latitude, lon2: h.longitude)
            if k == 0 && start < dayStart + trip {
                if start < dayStart {
                    flag(
                        v, .workingHours, "call starts \(v.arrival), before the day starts at \(ClockTime(minutes: dayStart)) (by \(dayStart - start) min)",
                        "拜访 \(v.arrival) 开始，早于工作日开始时间 \(ClockTime(minutes: dayStart))（早 \(dayStart - start) 分钟）")
                } else {
                    flag(
                        v, .travel,
                        "call starts \(v.arrival) but the trip from base takes \(trip) min from \(ClockTime(minutes: dayStart)) (short by \(dayStart + trip - start) min)",
                        "拜访 \(v.arrival) 开始，但从 \(ClockTime(minutes: dayStart)) 出发的路程需要 \(trip) 分钟（差 \(dayStart + trip - start) 分钟）"
                    )
                }
            } else if k > 0 && start < clock + trip {
                flag(
                    v, .travel,
                    "call starts \(v.arrival) but the previous call ends \(ClockTime(minutes: clock)) and the trip takes \(trip) min (short by \(clock + trip - start) min)",
                    "拜访 \(v.arrival) 开始，但上一次拜访 \(ClockTime(minutes: clock)) 结束，路程需要 \(trip) 分钟（差 \(clock + trip - start) 分钟）"
                )
            }
            gaps.append((from: clock, by: start, trip: trip))
            if !h.visitWindows.isEmpty && !h.visitWindows.contains(where: { $0.start.minutes <= start && end <= $0.end.minutes }) {
                let list = h.visitWindows.map(\.description).joined(separator: ";")
                let outside = h.visitWindows.map { w in max(0, w.start.minutes - start) + max(0, end - w.end.minutes) }.min() ?? 0
                flag(
                    v, .receptionWindow, "call \(v.arrival)-\(v.departure) is outside \(h.name)'s reception windows \(list) (by \(outside) min)",
                    "拜访 \(v.arrival)-\(v.departure) 不在 \(h.name) 的接待时段 \(list) 内（超出 \(outside) 分钟）")
            }
            if graded[v.doctorID] == nil { continue }
            place = (h.id, h.latitude, h.longitude)
            clock = end
        }
        if let last = day.last {
            let home = travel.minutes(fromID: place.id, lat1: place.lat, lon1: place.lon, toID: rep.id, lat2: rep.latitude, lon2: rep.longitude)
            if clock + home > dayEnd {
                flag(
                    last, .workingHours,
                    "rep is home at \(ClockTime(minutes: clock + home)), after the day ends at \(ClockTime(minutes: dayEnd)) (by \(clock + home - dayEnd) min)",
                    "代表 \(ClockTime(minutes: clock + home)) 到家，晚于工作日结束时间 \(ClockTime(minutes: dayEnd))（晚 \(clock + home - dayEnd) 分钟）")
            }
            // After the last call: on getting home, or before setting off home.
            gaps.append((from: clock, by: dayEnd, trip: home))
            if !lunchFits(gaps, home: clock + home, dayEnd: dayEnd) {
                flag(
                    nil, .lunch, "no \(rules.lunchMinutes)-minute lunch break fits in \(rules.lunch) between the day's calls and trips",
                    "当天的拜访和路程之间，\(rules.lunch) 内放不下 \(rules.lunchMinutes) 分钟的午餐休息")
            }
        }
        return out
    }
}
