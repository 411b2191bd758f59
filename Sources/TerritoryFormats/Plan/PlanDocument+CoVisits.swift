import TerritoryModel
import TerritoryPlanner

extension PlanDocument {
    /// The calls of a co-visit day as the rep's plan has them, in visiting order (calls the plan lacks are left out).
    func calls(of day: CoVisitDay) -> [PlannedVisit] {
        let doctors = Set(day.doctorIDs)
        guard let k = planRepIndex[day.repID] else { return [] }
        return plan.reps[k].visits.filter { $0.date == day.date && doctors.contains($0.doctorID) }.sorted { $0.seq < $1.seq }
    }

    /// The manager's road km from his base to the first co-visited call of a day.
    func baseKm(_ manager: Manager?, _ first: PlannedVisit?) -> Double? {
        guard let manager, let first, let h = territory.hospital(id: first.hospitalID) else { return nil }
        return travel.roadKm(lat1: manager.latitude, lon1: manager.longitude, lat2: h.latitude, lon2: h.longitude)
    }

    /// Each manager's month of co-visits as a table: one line per day (rep, first hospital, time, doctors), then
    /// days used of his limit and co-visits planned of those wanted. Empty without managers.
    public func managerTables() -> String {
        let en = language.isEnglish
        var out = ""
        for m in plan.managers {
            let manager = territory.manager(id: m.managerID)
            let name = TerminalText.inert(manager?.name ?? "")
            out += "\n" + language.pick("经理 \(m.managerID) \(name) — \(plan.month) 协访", "Manager \(m.managerID) \(name) — co-visits \(plan.month)") + "\n"
            let header =
                en
                ? ["Date", "Rep", "Name", "Time", "First hospital", "km from base", "Doctors co-visited"]
                : ["日期", "代表", "姓名", "时间", "首家医院", "离基地公里", "协访医生"]
            let rows: [[String]] = m.days.map { d in
                let calls = calls(of: d)
                let time = calls.first.map { "\($0.arrival)-\(calls.last!.departure)" } ?? ""
                let first = calls.first.flatMap { territory.hospital(id: $0.hospitalID)?.name } ?? ""
                let km = baseKm(manager, calls.first).map { String(PlanDocument.rounded($0, 10)) } ?? ""
                let doctors = calls.map { v in
                    let g = graded[v.doctorID]
                    return "\(g?.doctor.name ?? v.doctorID) \(g?.cell.id ?? "") \(g.map { String($0.score) } ?? "")"
                }
                return [d.date.description, d.repID, territory.rep(id: d.repID)?.name ?? "", time, first, km, doctors.joined(separator: ", ")]
            }
            out += TextTable(header: header, rows: rows, rightAligned: [5]).render()
            let limit = manager?.coVisitDays ?? 0
            out += language.pick(
                "协访 \(m.days.count)/\(limit) 天，\(m.calls) 次协访；需要协访 \(m.wanted) 次。\n",
                "\(m.days.count) of \(limit) co-visit days, \(m.calls) co-visited calls; \(m.wanted) co-visits wanted.\n")
        }
        return out
    }

    /// co_visits.csv: one row per co-visited call of every manager (UTF-8 with BOM), in manager, date order.
    public func coVisitCSV() -> String {
        let header =
            language.isEnglish
            ? [
                "Manager ID", "Manager", "Date", "Rep ID", "Rep", "Seq", "Hospital ID", "Hospital", "Doctor ID", "Doctor", "Department", "Cell", "Score",
                "Arrival", "Departure",
            ]
            : ["经理编号", "经理", "日期", "代表编号", "代表", "顺序", "医院编号", "医院", "医生编号", "医生", "科室", "客户级别", "分数", "到达", "离开"]
        var rows: [[String]] = []
        for m in plan.managers {
            let name = territory.manager(id: m.managerID)?.name ?? ""
            for d in m.days {
                for v in calls(of: d) {
                    let g = graded[v.doctorID]
                    rows.append([
                        m.managerID, name, d.date.description, d.repID, territory.rep(id: d.repID)?.name ?? "", String(v.seq), v.hospitalID,
                        g?.hospital.name ?? "", v.doctorID, g?.doctor.name ?? "", g?.doctor.department ?? "", g?.cell.id ?? "",
                        g.map { String($0.score) } ?? "", v.arrival.description, v.departure.description,
                    ])
                }
            }
        }
        return CSVWriter.render(header: header, rows: rows)
    }
}
