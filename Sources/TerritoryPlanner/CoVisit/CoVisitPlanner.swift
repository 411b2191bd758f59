import TerritoryModel

/// Chooses each manager's co-visit days (协访) on his reps' routes once their months are planned; the
/// routes stay as they are, so each rep's month stays valid.
///
/// A doctor of the rules' co-visit zones (`Rules.coVisitZones`, red by default) wants
/// `Rules.coVisitsPerDoctor` co-visits a month. Greedily, up to the manager's `coVisitDays`, the
/// (rep, day) pair is taken whose route holds the most wanted doctors in priority order (zone priority,
/// then score, highest first; compared doctor by doctor, so the highest-score doctor not yet covered
/// decides, then the next …), with at most one rep a day and at most the manager's calls a day. Ties go
/// to the shorter manager travel: base to the rep's first stop of the day, plus from the first stops of
/// his chosen days just before and after it (consecutive days close together); then the earlier date
/// and the rep listed first. Deterministic: no randomness, no dependence on dictionary order.
public enum CoVisitPlanner {
    /// The plan of every manager of the territory over the reps of `plan` that name him.
    ///
    /// - Complexity: O(managers × days × rep-days × calls a day).
    public static func plan(_ plan: MonthPlan, territory: Territory, travel: TravelModel) -> [ManagerPlan] {
        let graded = territory.gradedDoctors().byDoctorID()
        return territory.managers.map { manager in
            self.plan(manager: manager, plan: plan, territory: territory, graded: graded, travel: travel)
        }
    }

    /// The co-visit days of an earlier plan carried into a re-plan: each day's calls that `plan` still holds on
    /// that day for that rep (all of them on history and frozen days), days left with none dropped; no day is
    /// added. Managers keep their order; `wanted` is counted again over the reps `plan` holds (a re-plan of some
    /// reps wants only their doctors' co-visits).
    ///
    /// - Complexity: O(visits + co-visited calls + doctors).
    public static func carried(_ managers: [ManagerPlan], into plan: MonthPlan, territory: Territory) -> [ManagerPlan] {
        let planned = Set(plan.visits.map { "\($0.repID)|\($0.date)|\($0.doctorID)" })
        let repIDs = plan.reps.map(\.repID)
        return managers.map { m in
            var kept = m
            kept.wanted = wanted(managerID: m.managerID, repIDs: repIDs, territory: territory)
            kept.days = m.days.compactMap { d in
                var day = d
                day.doctorIDs = d.doctorIDs.filter { planned.contains("\(d.repID)|\(d.date)|\($0)") }
                return day.doctorIDs.isEmpty ? nil : day
            }
            return kept
        }
    }

    /// The co-visits a manager's doctors want in a month, over the reps `repIDs` that name him: each doctor of the
    /// rules' co-visit zones wants `coVisitsPerDoctor`.
    static func wanted(managerID: String, repIDs: [String], territory: Territory) -> Int {
        let rules = territory.rules
        let zones = Set(rules.coVisitZones)
        return repIDs.filter { territory.rep(id: $0)?.managerID == managerID }.reduce(0) { sum, repID in
            sum + territory.gradedDoctors(ofRep: repID).filter { zones.contains($0.zone.id) }.count * max(0, rules.coVisitsPerDoctor)
        }
    }

    /// A doctor's co-visit priority: zone rank first (higher is better), then score.
    static func priority(_ g: GradedDoctor, rules: Rules) -> Int {
        (rules.zonePriority.count + 1 - rules.priorityRank(ofZone: g.zone.id)) * 1000 + g.score
    }

    /// The calls of a day on doctors still wanting a co-visit, highest priority first (then visiting order), at most `limit`.
    static func coveredCalls(
        _ day: [PlannedVisit], need: [String: Int], graded: [String: GradedDoctor], rules: Rules, limit: Int
    ) -> [(visit: PlannedVisit, priority: Int)] {
        var out: [(visit: PlannedVisit, priority: Int)] = []
        for v in day where (need[v.doctorID] ?? 0) > 0 {
            let p = graded[v.doctorID].map { priority($0, rules: rules) } ?? 0
            out.append((v, p))
        }
        out.sort { a, b in a.priority != b.priority ? a.priority > b.priority : a.visit.seq < b.visit.seq }
        return Array(out.prefix(limit))
    }

    /// One rep-day that could be co-visited.
    struct Candidate {
        let repOrder: Int
        let repID: String
        let date: CalendarDate
        /// The day's visits in seq order.
        let visits: [PlannedVisit]
        /// Where the day's first call is.
        let first: (latitude: Double, longitude: Double)
    }

    /// The plan of one manager.
    static func plan(
        manager: Manager, plan: MonthPlan, territory: Territory, graded: [String: GradedDoctor], travel: TravelModel
    ) -> ManagerPlan {
        let rules = territory.rules
        let zones = Set(rules.coVisitZones)
        let callsPerDay = manager.callsPerDay ?? rules.callsPerDay
        var need: [String: Int] = [:]
        var candidates: [Candidate] = []
        for (order, r) in plan.reps.enumerated() where territory.rep(id: r.repID)?.managerID == manager.id {
            for g in territory.gradedDoctors(ofRep: r.repID) where zones.contains(g.zone.id) && rules.coVisitsPerDoctor > 0 {
                need[g.doctor.id] = rules.coVisitsPerDoctor
            }
            var byDate: [CalendarDate: [PlannedVisit]] = [:]
            for v in r.visits { byDate[v.date, default: []].append(v) }
            for date in byDate.keys.sorted() {
                let day = byDate[date]!.sorted { $0.seq < $1.seq }
                guard day.contains(where: { need[$0.doctorID] != nil }), let h = territory.hospital(id: day[0].hospitalID) else { continue }
                candidates.append(Candidate(repOrder: order, repID: r.repID, date: date, visits: day, first: (h.latitude, h.longitude)))
            }
        }
        candidates.sort { ($0.date, $0.repOrder) < ($1.date, $1.repOrder) }
        let wanted = Self.wanted(managerID: manager.id, repIDs: plan.reps.map(\.repID), territory: territory)
        var chosen: [(candidate: Candidate, doctors: [PlannedVisit])] = []
        var usedDates = Set<CalendarDate>()
        func km(_ a: (latitude: Double, longitude: Double), _ b: (latitude: Double, longitude: Double)) -> Double {
            travel.roadKm(lat1: a.latitude, lon1: a.longitude, lat2: b.latitude, lon2: b.longitude)
        }
        /// The manager's travel for a candidate day, in metres.
        func metres(_ c: Candidate) -> Int {
            var total = km((manager.latitude, manager.longitude), c.first)
            let before = chosen.filter { $0.candidate.date < c.date }.max { $0.candidate.date < $1.candidate.date }
            let after = chosen.filter { $0.candidate.date > c.date }.min { $0.candidate.date < $1.candidate.date }
            for n in [before, after].compactMap({ $0 }) { total += km(n.candidate.first, c.first) }
            return Int((total * 1000).rounded())
        }
        while chosen.count < manager.coVisitDays {
            var best: (candidate: Candidate, doctors: [PlannedVisit], key: [Int], metres: Int)?
            for c in candidates where !usedDates.contains(c.date) {
                let covered = coveredCalls(c.visits, need: need, graded: graded, rules: rules, limit: callsPerDay)
                guard !covered.isEmpty else { continue }
                let key: [Int] = covered.map { $0.priority }
                let m = metres(c)
                if let b = best {
                    if key.lexicographicallyPrecedes(b.key) { continue }
                    if key == b.key && m >= b.metres { continue }  // earlier date, then earlier rep, already won
                }
                let doctors: [PlannedVisit] = covered.map { $0.visit }.sorted { $0.seq < $1.seq }
                best = (c, doctors, key, m)
            }
            guard let b = best else { break }
            for v in b.doctors { need[v.doctorID]! -= 1 }
            usedDates.insert(b.candidate.date)
            chosen.append((b.candidate, b.doctors))
        }
        let days =
            chosen
            .sorted { ($0.candidate.date, $0.candidate.repOrder) < ($1.candidate.date, $1.candidate.repOrder) }
            .map { CoVisitDay(managerID: manager.id, repID: $0.candidate.repID, date: $0.candidate.date, doctorIDs: $0.doctors.map(\.doctorID)) }
        return ManagerPlan(managerID: manager.id, days: days, wanted: wanted)
    }
}
