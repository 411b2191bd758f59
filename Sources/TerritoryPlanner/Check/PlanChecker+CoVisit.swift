import TerritoryModel

extension PlanChecker {
    /// Every violation of the co-visit side of a plan: each manager in one place a day (one rep a day),
    /// his days within his `coVisitDays` and his calls a day within his limit, each co-visited call in
    /// the rep's plan on that day, the rep one of his, and the marks on the reps' visits matching the
    /// managers' days both ways.
    ///
    /// - Parameters:
    ///   - managers: the managers' co-visit days as the plan lists them.
    ///   - visits: the reps' visits.
    ///   - marks: the visits the plan marks as co-visited, and by whom.
    /// - Complexity: O(visits + co-visited calls).
    public func coVisitViolations(managers: [ManagerPlan], visits: [PlannedVisit], marks: [CoVisitMark]) -> [PlanViolation] {
        var out: [PlanViolation] = []
        let planned = Set(visits.map { "\($0.repID)|\($0.date)|\($0.doctorID)" })
        var listed = Set<String>()
        for plan in managers {
            func flag(_ rule: PlanRule, _ day: CoVisitDay?, doctorID: String? = nil, _ message: String, _ zh: String) {
                out.append(
                    PlanViolation(
                        rule: rule, repID: day?.repID ?? "", date: day?.date, doctorID: doctorID, managerID: plan.managerID, message: message,
                        zh: zh))
            }
            guard let manager = territory.manager(id: plan.managerID) else {
                flag(.reference, nil, "manager \(plan.managerID) is not in managers.csv", "经理 \(plan.managerID) 不在 managers.csv 中")
                continue
            }
            if plan.days.count > manager.coVisitDays {
                flag(
                    .coVisitDays, nil,
                    "\(plan.days.count) co-visit days; at most \(manager.coVisitDays) a month (over by \(plan.days.count - manager.coVisitDays))",
                    "\(plan.days.count) 个协访日；每月最多 \(manager.coVisitDays) 个（超出 \(plan.days.count - manager.coVisitDays) 个）")
            }
            let callsPerDay = manager.callsPerDay ?? territory.rules.callsPerDay
            var seen: [CalendarDate: String] = [:]
            // In date order, days of one date as listed (the later ones are the violations).
            let ordered = plan.days.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            for day in ordered {
                if let other = seen[day.date] {
                    flag(
                        .coVisitPlace, day, "manager \(plan.managerID) is also with rep \(other) on \(day.date); one rep a day",
                        "经理 \(plan.managerID) 在 \(day.date) 还与代表 \(other) 同行；每天只能协访一位代表")
                } else {
                    seen[day.date] = day.repID
                }
                if let rep = territory.rep(id: day.repID), rep.managerID != plan.managerID {
                    flag(
                        .reference, day, "rep \(day.repID) reports to \(rep.managerID ?? "no manager"), not \(plan.managerID)",
                        "代表 \(day.repID) 的经理是 \(rep.managerID ?? "（无）")，不是 \(plan.managerID)")
                }
                if day.doctorIDs.count > callsPerDay {
                    flag(
                        .coVisitDays, day,
                        "\(day.doctorIDs.count) co-visited calls; at most \(callsPerDay) a day (over by \(day.doctorIDs.count - callsPerDay))",
                        "\(day.doctorIDs.count) 次协访拜访；每天最多 \(callsPerDay) 次（超出 \(day.doctorIDs.count - callsPerDay) 次）")
                }
                for doctor in day.doctorIDs {
                    let key = "\(day.repID)|\(day.date)|\(doctor)"
                    listed.insert("\(key)|\(plan.managerID)")
                    if !planned.contains(key) {
                        flag(
                            .coVisitCall, day, doctorID: doctor, "co-visited call on doctor \(doctor) is not in rep \(day.repID)'s plan on \(day.date)",
                            "对医生 \(doctor) 的协访拜访不在代表 \(day.repID) \(day.date) 的计划中")
                    }
                }
            }
        }
        for m in marks where !listed.contains("\(m.repID)|\(m.date)|\(m.doctorID)|\(m.managerID)") {
            out.append(
                PlanViolation(
                    rule: .coVisitCall, repID: m.repID, date: m.date, doctorID: m.doctorID, managerID: m.managerID,
                    message: "the visit is marked co-visited by \(m.managerID), whose co-visit days do not hold it",
                    zh: "该拜访标为由 \(m.managerID) 协访，但其协访日中没有这次拜访"))
        }
        // The other way: every call a manager's days list carries his mark on the rep's visit.
        let marked = Set(marks.map { "\($0.repID)|\($0.date)|\($0.doctorID)|\($0.managerID)" })
        for plan in managers where territory.manager(id: plan.managerID) != nil {
            for day in plan.days {
                for doctor in day.doctorIDs where planned.contains("\(day.repID)|\(day.date)|\(doctor)") {
                    guard !marked.contains("\(day.repID)|\(day.date)|\(doctor)|\(plan.managerID)") else { continue }
                    out.append(
                        PlanViolation(
                            rule: .coVisitCall, repID: day.repID, date: day.date, doctorID: doctor, managerID: plan.managerID,
                            message: "\(plan.managerID)'s co-visit day lists doctor \(doctor), whose visit is not marked co-visited by him",
                            zh: "\(plan.managerID) 的协访日列出了医生 \(doctor)，但该拜访没有标为由他协访"))
                }
            }
        }
        return out
    }
}
