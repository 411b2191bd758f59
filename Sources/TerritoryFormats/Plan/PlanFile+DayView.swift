import TerritoryModel
import TerritoryPlanner

extension PlanFile {
    /// The width the day view keeps to, in terminal columns.
    static let dayViewColumns = 100

    /// A rep's day or week from the plan, for the terminal (`territory plan --date D` / `--week D`):
    /// per rep and day the calls in order with time, hospital, doctor, department, cell and the
    /// zone's tactic (and the day to book by), every line at most 100 columns; the hospital, doctor
    /// and tactic are shortened with "…" to fit. Days without calls are named as free.
    package func dayView(days: [CalendarDate], repIDs: [String], language: Language) -> String {
        let en = language.isEnglish
        var out = ""
        for rep in repIDs {
            let name = reps.first { $0.repID == rep }?.name ?? ""
            out += "\n" + (en ? "Rep \(rep) \(name)" : "代表 \(rep) \(name)") + "\n"
            for date in days {
                let calls = visitEntries.filter { $0.visit.repID == rep && $0.visit.date == date }.sorted { $0.visit.seq < $1.visit.seq }
                let weekday =
                    en
                    ? ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday]
                    : ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"][date.weekday]
                guard let first = calls.first, let last = calls.last else {
                    out += "\n\(date) \(weekday) — " + (en ? "no calls" : "无拜访") + "\n"
                    continue
                }
                let hospitals = Set(calls.map(\.visit.hospitalID)).count
                out +=
                    "\n\(date) \(weekday) — "
                    + (en
                        ? "\(calls.count) call\(calls.count == 1 ? "" : "s") at \(hospitals) hospital\(hospitals == 1 ? "" : "s"), \(first.visit.arrival)–\(last.visit.departure)"
                        : "\(hospitals) 家医院，\(calls.count) 次拜访，\(first.visit.arrival)–\(last.visit.departure)") + "\n"
                let booking = calls.contains { $0.bookBy != nil }
                var header = en ? ["#", "Time", "Hospital", "Doctor", "Dept.", "Cell", "Tactic"] : ["#", "时间", "医院", "医生", "科室", "级别", "拜访策略"]
                if booking { header.append(en ? "Book by" : "预约截止") }
                // Hospital, doctor and department are cut to 20, 8 and 10 columns; the tactic gets what
                // is left of the 100 once the other columns are as wide as their cells.
                var rows: [[String]] = calls.map { c in
                    [
                        String(c.visit.seq), "\(c.visit.arrival)-\(c.visit.departure)",
                        TerminalText.inert(c.hospital.isEmpty ? c.visit.hospitalID : c.hospital, maxColumns: 20),
                        TerminalText.inert(c.doctor.isEmpty ? c.visit.doctorID : c.doctor, maxColumns: 8),
                        TerminalText.inert(c.department, maxColumns: 10),
                        // A call the manager co-visits says so after the cell: `A1 协访M01`.
                        c.cell + (c.coVisit.map { en ? " +\(TerminalText.inert($0, maxColumns: 8))" : " 协访\(TerminalText.inert($0, maxColumns: 8))" } ?? ""),
                    ]
                }
                let used = (0..<rows[0].count).reduce(0) { sum, k in
                    sum + ([header[k]] + rows.map { $0[k] }).map(DisplayWidth.of).max()!
                }
                let bookWidth = booking ? max(10, DisplayWidth.of(header[header.count - 1])) + 2 : 0
                let tacticWidth = max(8, Self.dayViewColumns - used - 2 * rows[0].count - bookWidth)
                for (k, c) in calls.enumerated() {
                    rows[k].append(TerminalText.inert(c.tactic, maxColumns: tacticWidth))
                    if booking { rows[k].append(c.bookBy?.description ?? "") }
                }
                out += TextTable(header: header, rows: rows, rightAligned: [0]).render()
            }
        }
        return out
    }
}
