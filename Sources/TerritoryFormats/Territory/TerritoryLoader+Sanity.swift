import TerritoryModel
import TerritoryPlanner

/// Checks that need more than one row or file: reception windows against the rules' call length,
/// the reps' days and lunch, and places far from every other place. Named as in territories/BAD-INPUT.md.
extension TerritoryLoader {
    /// A place farther than this from every other hospital and rep base is reported (`far-outlier`).
    static let outlierKm = 150.0

    /// Overlapping windows merged into one (`09:00-11:30;11:00-12:00` → `09:00-12:00`), and whether any overlapped.
    static func mergingOverlaps(_ windows: [ClockWindow]) -> (windows: [ClockWindow], overlapped: Bool) {
        var out: [ClockWindow] = []
        var overlapped = false
        for w in windows.sorted(by: { $0.start < $1.start }) {
            if let last = out.last, w.start < last.end {
                overlapped = true
                out[out.count - 1].end = max(last.end, w.end)
            } else {
                out.append(w)
            }
        }
        return (out, overlapped)
    }

    /// Minutes of `window` in which a call can be made on a day from `day.start` to `day.end`: the part
    /// inside the day, less the lunch break where it must fall inside the window (a lunch of
    /// `rules.lunchMinutes` moves within `rules.lunch`, so only the part it cannot avoid counts).
    static func usableMinutes(_ window: ClockWindow, dayStart: ClockTime, dayEnd: ClockTime, rules: Rules) -> Int {
        let a = max(window.start.minutes, dayStart.minutes)
        let b = min(window.end.minutes, dayEnd.minutes)
        guard b > a else { return 0 }
        let inLunch = max(0, min(b, rules.lunch.end.minutes) - max(a, rules.lunch.start.minutes))
        let lunchFree = max(0, rules.lunch.end.minutes - rules.lunch.start.minutes - rules.lunchMinutes)
        return (b - a - inLunch) + min(inLunch, lunchFree)
    }

    /// Window problems of each hospital row: `window-too-short` (error), `window-ends-at-midnight`,
    /// `window-unusable` (warnings) and `hospital-no-usable-window` (error: its doctors could never be seen).
    static func windowDiagnostics(_ hospitals: [Row<Hospital>], doctors: [Doctor], reps: [Rep], rules: Rules, table: CSVTable) -> [Diagnostic] {
        let file = table.schema.fileName
        let column = table.column("visit_windows")
        let header = table.headerName("visit_windows")
        var repsAt: [String: Set<String>] = [:]
        for d in doctors { repsAt[d.hospitalID, default: []].insert(d.repID) }
        let repByID = Dictionary(reps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Diagnostic] = []
        for row in hospitals where !row.value.visitWindows.isEmpty {
            let h = row.value
            let days = (repsAt[h.id] ?? []).sorted().compactMap { repByID[$0] }
                .map { ($0.id, $0.dayStart ?? rules.dayStart, $0.dayEnd ?? rules.dayEnd) }
            let checkedDays = days.isEmpty ? [("", rules.dayStart, rules.dayEnd)] : days
            var usableAny = false
            for w in h.visitWindows {
                let length = w.end.minutes - w.start.minutes
                if length < rules.serviceMinutes {
                    out.append(
                        Diagnostic.error(
                            file: file, line: row.line, column: column,
                            "visit window \(w) of \(h.id) is \(length) minutes, shorter than one call (service_minutes \(rules.serviceMinutes)) (column \(header))",
                            fix: "write the hospital's real reception hours, or remove this window"
                        )
                        .coded(
                            "window-too-short", zh: "\(h.id) 的接待时间 \(w) 只有 \(length) 分钟，不够一次拜访（service_minutes \(rules.serviceMinutes)）（列 \(header)）",
                            fix: "填写医院真实的接待时间，或删去这一段"))
                    continue
                }
                if w.end.minutes == 1440 {
                    out.append(
                        Diagnostic.warning(
                            file: file, line: row.line, column: column,
                            "visit window \(w) of \(h.id) ends at 24:00 (midnight); read as open until the end of the rep's day (column \(header))",
                            fix: "write the hospital's closing time, e.g. 17:00, or leave the cell empty for all day"
                        )
                        .coded(
                            "window-ends-at-midnight", zh: "\(h.id) 的接待时间 \(w) 到 24:00（午夜）才结束，按接待到代表下班处理（列 \(header)）",
                            fix: "填写医院的实际结束时间，例如 17:00；全天接待请留空"))
                }
                let unusable = checkedDays.filter { usableMinutes(w, dayStart: $0.1, dayEnd: $0.2, rules: rules) < rules.serviceMinutes }
                if unusable.count < checkedDays.count { usableAny = true }
                guard let (repID, start, end) = unusable.first else { continue }
                let inDay = usableMinutes(w, dayStart: start, dayEnd: end, rules: Rules.withoutLunch(rules))
                let whose = repID.isEmpty ? "the working day" : "the working day of \(unusable.map(\.0).joined(separator: ", "))"
                let whoseZH = repID.isEmpty ? "工作时间" : "\(unusable.map(\.0).joined(separator: "、")) 的工作时间"
                let (why, whyZH) =
                    inDay < rules.serviceMinutes
                    ? ("lies outside \(whose) \(start)-\(end)", "不在 \(whoseZH) \(start)-\(end) 之内")
                    : (
                        "leaves less than one call (\(rules.serviceMinutes) min) once the \(rules.lunchMinutes)-minute lunch within \(rules.lunch) is taken",
                        "除去午休（\(rules.lunch) 内 \(rules.lunchMinutes) 分钟）后不够一次拜访（\(rules.serviceMinutes) 分钟）"
                    )
                out.append(
                    Diagnostic.warning(
                        file: file, line: row.line, column: column,
                        "visit window \(w) of \(h.id) \(why); no call can be placed in it (column \(header))",
                        fix: "check the window, the rep's day_start/day_end, or lunch in rules.json"
                    )
                    .coded(
                        "window-unusable", zh: "\(h.id) 的接待时间 \(w) \(whyZH)，无法安排拜访（列 \(header)）",
                        fix: "核对接待时间、代表的上下班时间或 rules.json 中的午休"))
            }
            if !usableAny && !days.isEmpty && !out.contains(where: { $0.code == "window-too-short" && $0.line == row.line }) {
                out.append(
                    Diagnostic.error(
                        file: file, line: row.line, column: column,
                        "no visit window of \(h.id) (\(h.visitWindows.map(\.description).joined(separator: ";"))) can hold a call in the working day of any rep with doctors there, so they could never be visited (column \(header))",
                        fix: "correct the windows, or leave the cell empty when the hospital receives reps all day"
                    )
                    .coded(
                        "hospital-no-usable-window",
                        zh: "\(h.id) 的接待时间（\(h.visitWindows.map(\.description).joined(separator: ";"))）都排不下拜访，该院医生永远无法拜访（列 \(header)）",
                        fix: "改正接待时间；全天接待请留空"))
            }
        }
        return out
    }

    /// `rep-day-short` warnings: a rep whose day (less lunch) cannot hold calls_per_day calls of
    /// service_minutes, with no travel at all; the capacity shown would promise calls the day cannot hold.
    static func repDayDiagnostics(_ reps: [Row<Rep>], rules: Rules, table: CSVTable) -> [Diagnostic] {
        reps.compactMap { row in
            let r = row.value
            let start = r.dayStart ?? rules.dayStart
            let end = r.dayEnd ?? rules.dayEnd
            let calls = r.callsPerDay ?? rules.callsPerDay
            let lunch = max(0, min(rules.lunchMinutes, min(end.minutes, rules.lunch.end.minutes) - max(start.minutes, rules.lunch.start.minutes)))
            let fits = max(0, end.minutes - start.minutes - lunch) / rules.serviceMinutes
            guard fits < calls else { return nil }
            let column = table.column(r.dayEnd != nil ? "day_end" : "rep_id")
            return Diagnostic.warning(
                file: table.schema.fileName, line: row.line, column: column,
                "rep \(r.id)'s day \(start)-\(end) holds at most \(fits) calls of \(rules.serviceMinutes) min (lunch \(lunch) min, no travel), fewer than calls_per_day \(calls); capacity counts \(calls) a day",
                fix: "check day_start and day_end, or lower calls_per_day"
            )
            .coded(
                "rep-day-short",
                zh: "代表 \(r.id) 的工作时间 \(start)-\(end) 最多容纳 \(fits) 次 \(rules.serviceMinutes) 分钟的拜访（午休 \(lunch) 分钟，不计路程），少于每日拜访上限 \(calls)；容量仍按每天 \(calls) 次计算",
                fix: "核对上下班时间，或调低每日拜访上限")
        }
    }

    /// `id-hospital-and-rep` errors: a rep id that is also a hospital id. travel_times.csv names both
    /// kinds of place by id, and travel between a rep's base and that hospital would count as none.
    static func sharedIDDiagnostics(_ hospitals: [Row<Hospital>], _ reps: [Row<Rep>], repTable: CSVTable) -> [Diagnostic] {
        let hospitalLines = Dictionary(hospitals.map { ($0.value.id, $0.line) }, uniquingKeysWith: { a, _ in a })
        return reps.compactMap { row in
            guard let first = hospitalLines[row.value.id] else { return nil }
            return Diagnostic.error(
                file: repTable.schema.fileName, line: row.line, column: repTable.column("rep_id"),
                "rep_id \"\(row.value.id)\" is also the hospital_id on line \(first) of hospitals.csv (column \(repTable.headerName("rep_id")))",
                fix: "give the rep an id no hospital has: travel_times.csv and the travel model tell places apart by id"
            )
            .coded(
                "id-hospital-and-rep", zh: "rep_id \"\(row.value.id)\" 与 hospitals.csv 第 \(first) 行的医院编号相同（列 \(repTable.headerName("rep_id"))）",
                fix: "给代表一个医院没有用过的编号：travel_times.csv 和路程估算按编号区分地点")
        }
    }

    /// `far-outlier` warnings: a hospital or rep base more than `outlierKm` from every other hospital and rep base.
    static func outlierDiagnostics(_ hospitals: [Row<Hospital>], _ reps: [Row<Rep>], hospitalTable: CSVTable, repTable: CSVTable) -> [Diagnostic] {
        struct Place { let id: String, lat: Double, lon: Double, line: Int, isRep: Bool }
        let places =
            hospitals.map { Place(id: $0.value.id, lat: $0.value.latitude, lon: $0.value.longitude, line: $0.line, isRep: false) }
            + reps.map { Place(id: $0.value.id, lat: $0.value.latitude, lon: $0.value.longitude, line: $0.line, isRep: true) }
        guard places.count > 1 else { return [] }
        var out: [Diagnostic] = []
        let points = places.map { (id: $0.id, lat: $0.lat, lon: $0.lon) }
        for (i, p) in places.enumerated() {
            guard let nearest = farNeighbour(of: (p.lat, p.lon), among: points, skipping: i) else { continue }
            let table = p.isRep ? repTable : hospitalTable
            let what = p.isRep ? "rep \(p.id)'s base" : "hospital \(p.id)"
            let km = Int(nearest.km.rounded())
            out.append(
                Diagnostic.warning(
                    file: table.schema.fileName, line: p.line, column: table.column("latitude"),
                    "\(what) lies \(km) km from the nearest other hospital or rep (\(nearest.id)) (column \(table.headerName("latitude")))",
                    fix: "check its latitude and longitude; a place that far is planned all the same, with long trips"
                )
                .coded(
                    "far-outlier", zh: "\(p.isRep ? "代表 \(p.id) 的出发地" : "医院 \(p.id)") 距最近的其他医院或代表（\(nearest.id)）\(km) 公里（列 \(table.headerName("latitude"))）",
                    fix: "核对经纬度；照常规划，但路程会很长"))
        }
        return out
    }
}

extension TerritoryLoader {
    /// The nearest of `places` (leaving out the one at index `skipping`) when it is more than `outlierKm` away,
    /// else nil: the `far-outlier` test, which stops at the first place within reach.
    static func farNeighbour(
        of point: (lat: Double, lon: Double), among places: [(id: String, lat: Double, lon: Double)], skipping: Int? = nil
    ) -> (id: String, km: Double)? {
        var nearest = (id: "", km: Double.infinity)
        for (j, q) in places.enumerated() where j != skipping {
            let km = TravelModel.greatCircleKm(lat1: point.lat, lon1: point.lon, lat2: q.lat, lon2: q.lon)
            if km < nearest.km { nearest = (q.id, km) }
            if nearest.km <= outlierKm { return nil }
        }
        return nearest.km > outlierKm && nearest.km.isFinite ? nearest : nil
    }

    /// `far-outlier` warnings for managers: a manager's base more than `outlierKm` from every hospital and rep
    /// base (a co-visit day starts there, so a wrong coordinate makes every day's trip look long).
    static func managerOutlierDiagnostics(
        _ managers: [Row<Manager>], _ hospitals: [Row<Hospital>], _ reps: [Row<Rep>], managerTable: CSVTable
    ) -> [Diagnostic] {
        let places =
            hospitals.map { (id: $0.value.id, lat: $0.value.latitude, lon: $0.value.longitude) }
            + reps.map { (id: $0.value.id, lat: $0.value.latitude, lon: $0.value.longitude) }
        var out: [Diagnostic] = []
        for m in managers {
            guard let nearest = farNeighbour(of: (m.value.latitude, m.value.longitude), among: places) else { continue }
            let km = Int(nearest.km.rounded())
            out.append(
                Diagnostic.warning(
                    file: managerTable.schema.fileName, line: m.line, column: managerTable.column("latitude"),
                    "manager \(m.value.id)'s base lies \(km) km from the nearest hospital or rep (\(nearest.id)) (column \(managerTable.headerName("latitude")))",
                    fix: "check its latitude and longitude; co-visit days are chosen all the same, with long trips"
                )
                .coded(
                    "far-outlier", zh: "经理 \(m.value.id) 的出发地距最近的医院或代表（\(nearest.id)）\(km) 公里（列 \(managerTable.headerName("latitude"))）",
                    fix: "核对经纬度；照常安排协访，但路程会很长"))
        }
        return out
    }
}

extension Rules {
    /// The rules with no lunch break (to tell a window outside the day from one eaten by lunch).
    static func withoutLunch(_ rules: Rules) -> Rules {
        var r = rules
        r.lunchMinutes = 0
        return r
    }
}
