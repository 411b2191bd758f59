import TerritoryModel

extension PlanChecker {
    /// Zone priority, checked as a user would: a doctor short of visits breaks the rule when one
    /// more visit fits on a set of days that satisfies the spacing rule for the larger count, each
    /// day either already holding its visit, having room (under calls per day, and the day still
    /// timed within windows, lunch and working hours), or holding a call of a lower-priority zone
    /// that it could take the place of. Independent of the planner: its own earliest-start timing
    /// of the day with the travel model, and its own search over the spacing rule.
    /// - Complexity: O(short doctors × days × calls² × calls per day).
    ///
    /// In a re-plan only the open days count: a doctor's target is what it still needed there
    /// (required less its real visits before them), spaced from its last real visit.
    func priorityViolations(
        repID: String, month: YearMonth, visits: [PlannedVisit], doctors: [GradedDoctor],
        graded: [String: GradedDoctor], replan: ReplanRecord? = nil,
        realDates: [String: [CalendarDate]] = [:]
    ) -> [PlanViolation] {
        guard let rep = territory.rep(id: repID) else { return [] }
        let rules = territory.rules
        let monthDays = leave.availableDays(repID: repID, workingDays: calendar.workingDays(in: month))
        let openFrom = replan.map { $0.openFrom ?? month.dates.last!.adding(days: 1) }
        let available = openFrom.map { o in monthDays.filter { $0 >= o } } ?? monthDays
        guard !available.isEmpty else { return [] }
        let dayIndex = Dictionary(uniqueKeysWithValues: available.enumerated().map { ($1, $0) })
        var dayCalls = [[PlannedVisit]](repeating: [], count: available.count)
        var visitDays: [String: Set<Int>] = [:]
        for v in visits where v.repID == repID {
            guard let d = dayIndex[v.date], graded[v.doctorID] != nil, territory.hospital(id: v.hospitalID) != nil else { continue }
            dayCalls[d].append(v)
            visitDays[v.doctorID, default: []].insert(d)
        }
        for d in dayCalls.indices { dayCalls[d].sort { $0.seq < $1.seq } }
        let callsPerDay = rep.callsPerDay ?? rules.callsPerDay
        var out: [PlanViolation] = []
        for g in doctors where g.doctor.repID == repID {
            let have = visitDays[g.doctor.id] ?? []
            let before = openFrom.map { o in (realDates[g.doctor.id] ?? []).filter { $0 < o }.count } ?? 0
            let wanted = min(max(0, g.visitsPerMonth - before), available.count)
            let anchor = openFrom.map { ReplanRecord.anchor(realDates: realDates[g.doctor.id] ?? [], available: monthDays, openFrom: $0) }
            guard have.count < wanted else { continue }
            let rank = rules.priorityRank(ofZone: g.zone.id)
            // Per day: 0 = already visited or room, 1 = in place of a lower-priority call, nil = no.
            let cost: [Int?] = available.indices.map { d in
                if have.contains(d) { return 0 }
                let day = dayCalls[d].map { graded[$0.doctorID]!.hospital }
                if dayCalls[d].count < callsPerDay && fitsSomewhere(g.hospital, into: day, rep: rep) { return 0 }
                for (i, v) in dayCalls[d].enumerated() where rules.priorityRank(ofZone: graded[v.doctorID]!.zone.id) > rank {
                    var rest = day
                    rest.remove(at: i)
                    if fitsSomewhere(g.hospital, into: rest, rep: rep) { return 1 }
                }
                return nil
            }
            guard let found = cheapestSpacedDays(cost, count: have.count + 1, anchor: anchor) else { continue }
            let newDays = found.days.filter { !have.contains($0) }.map { "\(available[$0])" }.joined(separator: ", ")
            let how =
                found.cost == 0
                ? "those days have room"
                : "\(found.cost) of those days hold a lower-priority call it could replace"
            let howZH = found.cost == 0 ? "这些日子还有空位" : "其中 \(found.cost) 天有可被替换的较低优先级拜访"
            out.append(
                PlanViolation(
                    rule: .priority, repID: repID, doctorID: g.doctor.id,
                    message:
                        "\(g.zone.id) \(g.cell.id) doctor has \(have.count) of \(g.visitsPerMonth) visits but could have \(have.count + 1) on days that keep the spacing rule, adding \(newDays): \(how)",
                    zh:
                        "\(g.zone.name) \(g.cell.id) 医生有 \(have.count)/\(g.visitsPerMonth) 次拜访，但在符合间隔规则的日子里可以有 \(have.count + 1) 次，加上 \(newDays)：\(howZH)"
                ))
        }
        return out
    }

    /// Whether a call at `hospital` fits somewhere in the day of calls at `day` (in order).
    private func fitsSomewhere(_ hospital: Hospital, into day: [Hospital], rep: Rep) -> Bool {
        for p in 0...day.count {
            var candidate = day
            candidate.insert(hospital, at: p)
            if dayIsTimeable(candidate, rep: rep) { return true }
        }
        return false
    }

    /// Whether calls at `stops`, in this order, can be timed from the rep's base at day start:
    /// each call inside its hospital's reception windows (all day when none), a lunch break of the
    /// rules' length somewhere in the lunch window (at home, before or after a trip), and the rep
    /// home by day end. Tracks the earliest moment the rep is free without and with lunch behind.
    func dayIsTimeable(_ stops: [Hospital], rep: Rep) -> Bool {
        let rules = territory.rules
        let service = rules.serviceMinutes
        let length = rules.lunchMinutes
        let open = rules.lunch.start.minutes
        let close = rules.lunch.end.minutes
        let dayStart = (rep.dayStart ?? rules.dayStart).minutes
        let dayEnd = (rep.dayEnd ?? rules.dayEnd).minutes
        let never = Int.max / 4
        /// The end of a lunch taken from `t` on, or `never` when it no longer fits the window.
        func lunch(from t: Int) -> Int { length <= 0 ? t : (max(t, open) + length <= close ? max(t, open) + length : never) }
        /// The earliest call start at or after `t` that fits a window of `h`, or `never`.
        func callStart(_ h: Hospital, at t: Int) -> Int {
            if t >= never { return never }
            let windows = h.visitWindows.isEmpty ? [(dayStart, dayEnd)] : h.visitWindows.map { ($0.start.minutes, $0.end.minutes) }
            var best = never
            for (a, b) in windows where max(t, a) + service <= b { best = min(best, max(t, a)) }
            return best
        }
        var place = (id: rep.id, lat: rep.latitude, lon: rep.longitude)
        var free = dayStart  // free at `place`, lunch still to take
        var fed = lunch(from: dayStart)  // free at `place`, lunch behind (taken at home)
        for h in stops {
            let trip = travel.minutes(fromID: place.id, lat1: place.lat, lon1: place.lon, toID: h.id, lat2: h.latitude, lon2: h.longitude)
            let plain = callStart(h, at: free >= never ? never : free + trip)
            var withLunch = callStart(h, at: fed >= never ? never : fed + trip)
            if free < never {
                let beforeTrip = lunch(from: free)
                let onArrival = lunch(from: free + trip)
                withLunch = min(withLunch, callStart(h, at: beforeTrip >= never ? never : beforeTrip + trip), callStart(h, at: onArrival))
            }
            if plain >= never && withLunch >= never { return false }
            free = plain >= never ? never : plain + service
            fed = withLunch >= never ? never : withLunch + service
            place = (h.id, h.latitude, h.longitude)
        }
        if stops.isEmpty { return true }
        let trip = travel.minutes(fromID: place.id, lat1: place.lat, lon1: place.lon, toID: rep.id, lat2: rep.latitude, lon2: rep.longitude)
        if fed < never && fed + trip <= dayEnd { return true }
        guard free < never, free + trip <= dayEnd || lunch(from: free) < never else { return false }
        if free + trip <= dayEnd && lunch(from: free + trip) < never { return true }
        let beforeTrip = lunch(from: free)
        return beforeTrip < never && beforeTrip + trip <= dayEnd
    }

    /// The days (and their total cost) of the cheapest `count`-day set allowed by the spacing rule
    /// over `cost.count` days, using only days with a cost; nil when there is none.
    private func cheapestSpacedDays(_ cost: [Int?], count: Int, anchor: SpacingAnchor?) -> (days: [Int], cost: Int)? {
        let w = cost.count
        guard count >= 1, count <= w else { return nil }
        let rule = SpacingRule(dayCount: w, visits: count, anchor: anchor)
        // best[j][d]: cheapest cost with the j-th visit (0-based) on day d.
        var best = [[Int?]](repeating: [Int?](repeating: nil, count: w), count: count)
        var from = [[Int]](repeating: [Int](repeating: -1, count: w), count: count)
        for d in rule.firstEarliest..<max(rule.firstEarliest, min(w, rule.firstLimit)) { best[0][d] = cost[d] }
        for j in stride(from: 1, to: count, by: 1) {
            for d in 0..<w {
                guard let c = cost[d] else { continue }
                for e in max(0, d - rule.maxGap)...max(0, d - rule.minGap) where e <= d - rule.minGap {
                    guard let b = best[j - 1][e] else { continue }
                    if best[j][d].map({ b + c < $0 }) ?? true {
                        best[j][d] = b + c
                        from[j][d] = e
                    }
                }
            }
        }
        var end = -1
        for d in max(0, w - rule.maxGap)..<w {
            guard let b = best[count - 1][d] else { continue }
            if end < 0 || b < best[count - 1][end]! { end = d }
        }
        guard end >= 0 else { return nil }
        var days: [Int] = []
        var d = end
        for j in stride(from: count - 1, through: 0, by: -1) {
            days.append(d)
            d = from[j][d]
        }
        return (days.reversed(), best[count - 1][end]!)
    }
}
