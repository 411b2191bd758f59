/// ChangePattern: give client `client` the pattern of `days` at `penalty` (one of its group's).
/// Visits on days both patterns share stay where they are; visits on dropped days are removed;
/// visits on new days go to each day's cheapest feasible position (the periodic move of Vidal et
/// al. 2012).
struct ChangePattern: RouteMove {
    static let name = "change-pattern"
    /// The client.
    let client: Int32
    /// The new pattern's days.
    let days: UInt64
    /// The new pattern's penalty.
    let penalty: Int64

    /// The delta and, per new day in increasing order, the insertion route and position.
    func plan(_ s: WorkingSolution, _ data: SearchData) -> (delta: Int64, routes: [Int32], positions: [Int32])? {
        guard s.isPlaced(client) else { return nil }
        let oldDays = s.daysOfClient[Int(client)]
        let oldPenalty = s.penaltyOfClient[Int(client)]
        let newDays = days
        guard oldDays != newDays || oldPenalty != penalty else { return nil }
        if newDays & ~data.workingDays != 0 { return nil }
        var delta = penalty &- oldPenalty
        var dropped = oldDays & ~newDays
        while dropped != 0 {
            let d = dropped.trailingZeroBitCount
            dropped &= dropped &- 1
            guard let gain = s.removalDelta(of: client, day: d, data) else { return nil }
            delta &+= gain
        }
        var added = newDays & ~oldDays
        var routes: [Int32] = []
        var positions: [Int32] = []
        var rng = RandomSource(seed: 0)
        var evaluations = 0
        while added != 0 {
            let d = added.trailingZeroBitCount
            added &= added &- 1
            let best = s.cheapestInsertion(of: client, day: d, data, blinkThreshold: 0, &rng, evaluations: &evaluations)
            if best.delta == .max { return nil }
            delta &+= best.delta
            routes.append(best.route)
            positions.append(best.position)
        }
        return (delta, routes, positions)
    }

    /// The best other pattern of `client` and its delta when that is below 0, or nil. Each day's
    /// removal and insertion delta is computed once and shared by every pattern (days are
    /// independent: a pattern's delta is its penalty change plus the removal of every dropped day
    /// plus the cheapest insertion of every added day), so this equals `plan` of each pattern.
    /// `dayDelta` is scratch space of at least `data.dayCount` entries.
    /// - Complexity: O(visits on the group's days + patterns in the group × days per pattern); for a
    ///   spaced group, `PatternChoice.cheapest`'s instead of the patterns.
    static func best(
        for client: Int32, in s: WorkingSolution, _ data: SearchData, dayDelta: inout [Int64], choice: inout PatternChoice,
        evaluations: inout Int
    ) -> (move: ChangePattern, delta: Int64)? {
        let g = Int(data.groupOfNode[Int(client)])
        let first = Int(data.patternOffset[g])
        let count = Int(data.patternOffset[g + 1]) - first
        let spaced = data.spacedOfGroup[g] >= 0
        guard s.isPlaced(client), spaced || count > 1 else { return nil }
        let oldDays = s.daysOfClient[Int(client)]
        let oldPenalty = s.penaltyOfClient[Int(client)]
        let usable = data.groupDays[g]
        var rng = RandomSource(seed: 0)
        // Moves evaluated count patterns, as before the days were shared; positions are not moves.
        var positions = 0
        for d in 0..<data.dayCount {
            let bit = UInt64(1) << UInt64(d)
            if oldDays & bit != 0 {
                dayDelta[d] = s.removalDelta(of: client, day: d, data) ?? .max
            } else if usable & bit != 0 {
                dayDelta[d] = s.cheapestInsertion(of: client, day: d, data, blinkThreshold: 0, &rng, evaluations: &positions).delta
            } else {
                dayDelta[d] = .max
            }
        }
        if spaced { return bestSpaced(for: client, in: s, data, dayDelta: &dayDelta, choice: &choice, evaluations: &evaluations) }
        var bestDelta: Int64 = 0
        var bestPattern = -1
        for p in 0..<count {
            let newDays = data.patternDays[first + p]
            if newDays == oldDays && data.patternPenalty[first + p] == oldPenalty { continue }
            evaluations &+= 1
            if newDays & ~data.workingDays != 0 { continue }
            var delta = data.patternPenalty[first + p] &- oldPenalty
            var changed = oldDays ^ newDays
            while changed != 0 {
                let d = changed.trailingZeroBitCount
                changed &= changed &- 1
                let x = dayDelta[d]
                if x == .max {
                    delta = .max
                    break
                }
                delta &+= x
            }
            if delta < bestDelta {
                bestDelta = delta
                bestPattern = p
            }
        }
        guard bestPattern >= 0 else { return nil }
        return (ChangePattern(client: client, days: data.patternDays[first + bestPattern], penalty: data.patternPenalty[first + bestPattern]), bestDelta)
    }

    /// `best` for a spaced group, from `dayDelta` (each old day's removal, each other day's
    /// insertion): a pattern's delta is its penalty less the old one's, plus the removal of every
    /// old day, plus per new day either its insertion (a day not kept) or the undoing of its removal
    /// (a day kept), so `PatternChoice` finds the best over every day set of the group with day
    /// costs `kept ? −removal : insertion`. A client whose removal from some day is infeasible keeps
    /// its pattern.
    private static func bestSpaced(
        for client: Int32, in s: WorkingSolution, _ data: SearchData, dayDelta: inout [Int64], choice: inout PatternChoice,
        evaluations: inout Int
    ) -> (move: ChangePattern, delta: Int64)? {
        let oldDays = s.daysOfClient[Int(client)]
        let oldPenalty = s.penaltyOfClient[Int(client)]
        var removals: Int64 = 0
        var kept = oldDays
        while kept != 0 {
            let d = kept.trailingZeroBitCount
            kept &= kept &- 1
            guard dayDelta[d] != .max else { return nil }
            removals &+= dayDelta[d]
            dayDelta[d] = 0 &- dayDelta[d]
        }
        let before = choice.evaluations
        guard let best = choice.cheapest(group: Int(data.groupOfNode[Int(client)]), dayCost: dayDelta, data) else { return nil }
        evaluations &+= choice.evaluations &- before
        let delta = best.cost &- oldPenalty &+ removals
        guard delta < 0, best.days != oldDays || best.penalty != oldPenalty else { return nil }
        return (ChangePattern(client: client, days: best.days, penalty: best.penalty), delta)
    }

    func evaluate(_ s: WorkingSolution, _ data: SearchData, below limit: Int64) -> Int64? {
        guard let delta = plan(s, data)?.delta, delta < limit else { return nil }
        return delta
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        guard let p = plan(s, data) else { return }
        let oldPenalty = s.penaltyOfClient[Int(client)]
        var dropped = s.daysOfClient[Int(client)] & ~days
        while dropped != 0 {
            let d = dropped.trailingZeroBitCount
            dropped &= dropped &- 1
            let v = d * data.nodeCount + Int(client)
            let r = Int(s.visitRoute[v])
            s.routeClients[r].remove(at: Int(s.visitPosition[v]))
            s.visitRoute[v] = -1
            s.visitPosition[v] = -1
            s.refreshRoute(r, data)
        }
        for k in 0..<p.routes.count {
            let r = Int(p.routes[k])
            s.routeClients[r].insert(client, at: Int(p.positions[k]))
            s.refreshRoute(r, data)
        }
        s.penaltyCost &+= penalty &- oldPenalty
        s.daysOfClient[Int(client)] = days
        s.penaltyOfClient[Int(client)] = penalty
    }
}
