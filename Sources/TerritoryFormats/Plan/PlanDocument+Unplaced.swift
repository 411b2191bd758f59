import TerritoryModel
import TerritoryPlanner

extension PlanDocument {
    /// Why visits of a doctor of rep plan `r` could not be placed, with the binding figures, and what would fix it.
    public func explanation(_ u: UnplacedVisits, in r: RepPlan) -> String {
        let en = language.isEnglish
        guard let g = graded[u.doctorID], let rep = territory.rep(id: u.repID) else { return "" }
        let rules = territory.rules
        let days = r.workingDays - r.leaveDays
        switch u.reason {
        case .capacity:
            let calls = rep.callsPerDay ?? rules.callsPerDay
            if let replan, let open = replan.openFrom {
                // A re-plan: the month's figures would mislead; the open days are what is full.
                let placed = r.visits.filter { $0.date >= open }.count
                let missing = r.unplaced.reduce(0) { $0 + $1.missing }
                return en
                    ? "every open day this doctor could use is full with calls of equal or higher priority (\(calls) a day; from \(open) \(placed) calls placed and \(missing) more needed); raise calls_per_day in reps.csv or move doctors to another rep"
                    : "重新规划后可用的每个工作日都已排满同级或更高优先级的拜访（每天 \(calls) 次；自 \(open) 起已安排 \(placed) 次，还差 \(missing) 次）；可在 reps.csv 提高 calls_per_day，或把部分医生调给其他代表"
            }
            return en
                ? "every day this doctor could use is full with calls of equal or higher priority (\(calls) a day, \(r.capacity) in the month for \(r.required) required); raise calls_per_day in reps.csv or move doctors to another rep"
                : "该医生可用的每个工作日都已排满同级或更高优先级的拜访（每天 \(calls) 次，本月 \(r.capacity) 个名额，需求 \(r.required) 次）；可在 reps.csv 提高 calls_per_day，或把部分医生调给其他代表"
        case .receptionWindows:
            let needed = callsNeeded[u.repID]?[g.hospital.id] ?? 0
            let h = ReceptionCapacity(
                hospital: g.hospital, dayStart: (rep.dayStart ?? rules.dayStart).minutes,
                dayEnd: (rep.dayEnd ?? rules.dayEnd).minutes, rules: rules, callsNeeded: needed, days: days)
            let windows = g.hospital.visitWindows.map(\.description).joined(separator: ";")
            return en
                ? "\(g.hospital.name) receives reps \(windows): \(h.minutesPerDay) min a day (\(h.callsPerDay) calls of \(rules.serviceMinutes) min), shared with the rep's other hospitals and lunch, for \(needed) calls its doctors need; widen its window in hospitals.csv"
                : "\(g.hospital.name) 接待时间 \(windows)，每天 \(h.minutesPerDay) 分钟（\(h.callsPerDay) 次 \(rules.serviceMinutes) 分钟的拜访），还要与该代表的其他医院和午休共用，而该院医生本月需要 \(needed) 次；可在 hospitals.csv 放宽接待时间"
        case .leave:
            return en
                ? "\(g.visitsPerMonth) visits needed at most one a day, but leave (\(r.leaveDays) days) leaves \(days) days; move the leave or hand the doctor over for those days"
                : "需要 \(g.visitsPerMonth) 次拜访、每天最多一次，但请假 \(r.leaveDays) 天后只剩 \(days) 天；可调整请假，或请假期间由其他代表拜访"
        case .spacing:
            return en
                ? "\(g.visitsPerMonth) visits needed at most one a day, but the month has \(r.workingDays) working days; lower visits_per_month of \(g.cell.id) in rules.json"
                : "需要 \(g.visitsPerMonth) 次拜访、每天最多一次，但本月只有 \(r.workingDays) 个工作日；可在 rules.json 降低 \(g.cell.id) 的 visits_per_month"
        }
    }
}
