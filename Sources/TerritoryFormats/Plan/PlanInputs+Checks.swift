import TerritoryModel
import TerritoryPlanner

/// Warnings that depend on the month and the reps planned: leave that changes nothing or everything,
/// travel times that leave pairs to the estimate or contradict each other. Named as in territories/BAD-INPUT.md.
extension PlanInputs {
    /// Every warning for planning `repIDs` in `month`, in a stable order.
    package func monthWarnings(territory: Territory, repIDs: [String], month: YearMonth, workingDays: [CalendarDate]) -> [Diagnostic] {
        leaveWarnings(territory: territory, repIDs: repIDs, month: month, workingDays: workingDays)
            + travelWarnings(territory: territory, repIDs: repIDs)
    }

    /// `leave-outside-month` (rows that change nothing this month) and `rep-all-leave` (a rep with no day left).
    func leaveWarnings(territory: Territory, repIDs: [String], month: YearMonth, workingDays: [CalendarDate]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let first = month.dates.first!
        let last = month.dates.last!
        let outside = zip(leave, leaveLines).filter { $0.0.to < first || $0.0.from > last }.map(\.1)
        if !outside.isEmpty {
            let lines = DiagnosticPrinter.idList(outside.map(String.init))
            out.append(
                Diagnostic.warning(
                    file: "leave.csv", line: outside.count == 1 ? outside[0] : nil,
                    "\(DiagnosticPrinter.count(outside.count, "leave row")) \(outside.count == 1 ? "lies" : "lie") outside \(month) and change\(outside.count == 1 ? "s" : "") nothing this month (line\(outside.count == 1 ? "" : "s") \(lines))",
                    fix: "check the year and month of the dates if the leave was meant for \(month)"
                )
                .coded(
                    "leave-outside-month", zh: "\(outside.count) 条请假不在 \(month) 内，对本月没有影响（第 \(lines) 行）",
                    fix: "如果这些请假本应在 \(month)，请核对日期的年份和月份"))
        }
        for id in repIDs where !workingDays.isEmpty {
            let available = leave.availableDays(repID: id, workingDays: workingDays)
            guard available.isEmpty else { continue }
            let needed = territory.doctors.filter { $0.repID == id }.count
            out.append(
                Diagnostic.warning(
                    file: "leave.csv",
                    "rep \(id) is on leave every working day of \(month) (\(workingDays.count) days); none of the rep's \(DiagnosticPrinter.count(needed, "doctor")) can be visited, and the plan lists them as unplaced (leave)",
                    fix: "hand the doctors to another rep for the month, or check the leave dates"
                )
                .coded(
                    "rep-all-leave", zh: "代表 \(id) 在 \(month) 的全部 \(workingDays.count) 个工作日都请假；其 \(needed) 位医生都无法拜访，计划中列为未安排（请假）",
                    fix: "本月把这些医生交给其他代表，或核对请假日期"))
        }
        return out
    }

    /// `travel-pairs-missing` (pairs the planned reps travel between that fall back to the estimate) and
    /// `travel-triangle` (a given time longer than going through a third place with given times).
    func travelWarnings(territory: Territory, repIDs: [String]) -> [Diagnostic] {
        guard hasTravelTable else { return [] }
        var given: [TravelModel.PlacePair: Int] = [:]
        for t in travelTimes { given[TravelModel.PlacePair(from: t.from, to: t.to)] = t.minutes }
        func minutes(_ a: String, _ b: String) -> Int? {
            given[TravelModel.PlacePair(from: a, to: b)] ?? given[TravelModel.PlacePair(from: b, to: a)]
        }
        var pairs = Set<TravelModel.PlacePair>()
        var missing: [TravelModel.PlacePair] = []
        var violations: [(from: String, via: String, to: String, direct: Int, detour: Int)] = []
        var seenViolation = Set<TravelModel.PlacePair>()
        var hospitalsOf: [String: Set<String>] = [:]
        for d in territory.doctors { hospitalsOf[d.repID, default: []].insert(d.hospitalID) }
        for id in repIDs {
            let hospitals = Array(hospitalsOf[id] ?? [])
            let places = [id] + hospitals.sorted(by: NaturalOrder.less)
            for (i, a) in places.enumerated() {
                for b in places[(i + 1)...] {
                    let pair = TravelModel.PlacePair(from: a, to: b)
                    guard pairs.insert(pair).inserted else { continue }
                    if minutes(a, b) == nil { missing.append(pair) }
                }
            }
            for a in places {
                for c in places where c != a {
                    guard let direct = given[TravelModel.PlacePair(from: a, to: c)] else { continue }
                    for b in places where b != a && b != c {
                        guard let ab = minutes(a, b), let bc = minutes(b, c), ab + bc < direct else { continue }
                        if seenViolation.insert(TravelModel.PlacePair(from: a, to: c)).inserted {
                            violations.append((a, b, c, direct, ab + bc))
                        }
                        break
                    }
                }
            }
        }
        var out: [Diagnostic] = []
        if !missing.isEmpty {
            let examples = DiagnosticPrinter.idList(missing.map { "\($0.from)–\($0.to)" }, limit: 5)
            let givenCount = pairs.count - missing.count
            out.append(
                Diagnostic.warning(
                    file: "travel_times.csv",
                    "gives \(givenCount) of the \(pairs.count) place pairs the planned reps travel between; the other \(missing.count) use the road estimate (great-circle × detour factor at the rules' speed): \(examples)",
                    fix: "add the missing pairs, or delete travel_times.csv to estimate every pair alike"
                )
                .coded(
                    "travel-pairs-missing", zh: "只给出了所规划代表往返的 \(pairs.count) 对地点中的 \(givenCount) 对；其余 \(missing.count) 对按道路估算（球面距离 × 绕行系数，按规则车速）：\(examples)",
                    fix: "补全缺少的地点对，或删除 travel_times.csv，全部按估算"))
        }
        if !violations.isEmpty {
            let v = violations.max { ($0.direct - $0.detour, $1.from, $1.to) < ($1.direct - $1.detour, $0.from, $0.to) }!
            out.append(
                Diagnostic.warning(
                    file: "travel_times.csv",
                    "\(DiagnosticPrinter.count(violations.count, "travel time")) \(violations.count == 1 ? "is" : "are") longer than going through a third place, e.g. \(v.from) → \(v.to) \(v.direct) min but \(v.from) → \(v.via) → \(v.to) \(v.detour) min; used as given",
                    fix: "check those minutes (a slow direct road is possible; a typo is likelier)"
                )
                .coded(
                    "travel-triangle",
                    zh: "有 \(violations.count) 个路程比绕经第三地还长，例如 \(v.from) → \(v.to) \(v.direct) 分钟，而 \(v.from) → \(v.via) → \(v.to) 只要 \(v.detour) 分钟；仍按所给数值使用",
                    fix: "核对这些分钟数（直达路慢也可能，但更可能是笔误）"))
        }
        return out
    }
}
