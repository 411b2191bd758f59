/// ChangePattern: give client `client` the pattern `pattern` (index in its group). Visits on days
/// both patterns share stay where they are; visits on dropped days are removed; visits on new
/// days go to each day's cheapest feasible position (the periodic move of Vidal et al. 2012).
struct ChangePattern: RouteMove {
    static let name = "change-pattern"
    /// The client.
    let client: Int32
    /// The new pattern, as an index into the client's group.
    let pattern: Int

    /// The delta and, per new day in increasing order, the insertion route and position.
    func plan(_ s: WorkingSolution, _ data: SearchData) -> (delta: Int64, routes: [Int32], positions: [Int32])? {
        let old = Int(s.patternOfClient[Int(client)])
        guard old >= 0, old != pattern else { return nil }
        let first = Int(data.patternOffset[Int(data.groupOfNode[Int(client)])])
        let oldDays = data.patternDays[first + old]
        let newDays = data.patternDays[first + pattern]
        if newDays & ~data.workingDays != 0 { return nil }
        var delta = data.patternPenalty[first + pattern] &- data.patternPenalty[first + old]
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
    /// - Complexity: O(visits on the group's days + patterns in the group × days per pattern).
    static func best(
        for client: Int32, in s: WorkingSolution, _ data: SearchData, dayDelta: inout [Int64], evaluations: inout Int
    ) -> (move: ChangePattern, delta: Int64)? {
        let g = Int(data.groupOfNode[Int(client)])
        let first = Int(data.patternOffset[g])
        let count = Int(data.patternOffset[g + 1]) - first
        let old = Int(s.patternOfClient[Int(client)])
        guard count > 1, old >= 0 else { return nil }
        let oldDays = data.patternDays[first + old]
        var rng = RandomSource(seed: 0)
        // Moves evaluated count patterns, as before the days were shared; positions are not moves.
        var positions = 0
        var days = data.groupDays[g] | oldDays
        while days != 0 {
            let d = days.trailingZeroBitCount
            days &= days &- 1
            if oldDays & (UInt64(1) << UInt64(d)) != 0 {
                dayDelta[d] = s.removalDelta(of: client, day: d, data) ?? .max
            } else {
                dayDelta[d] = s.cheapestInsertion(of: client, day: d, data, blinkThreshold: 0, &rng, evaluations: &positions).delta
            }
        }
        var bestDelta: Int64 = 0
        var bestPattern = -1
        let oldPenalty = data.patternPenalty[first + old]
        for p in 0..<count where p != old {
            evaluations &+= 1
            let newDays = data.patternDays[first + p]
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
        return bestPattern < 0 ? nil : (ChangePattern(client: client, pattern: bestPattern), bestDelta)
    }

    func evaluate(_ s: WorkingSolution, _ data: SearchData, below limit: Int64) -> Int64? {
        guard let delta = plan(s, data)?.delta, delta < limit else { return nil }
        return delta
    }

    func apply(to s: inout WorkingSolution, _ data: SearchData) {
        guard let p = plan(s, data) else { return }
        let first = Int(data.patternOffset[Int(data.groupOfNode[Int(client)])])
        let old = Int(s.patternOfClient[Int(client)])
        var dropped = data.patternDays[first + old] & ~data.patternDays[first + pattern]
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
        s.penaltyCost &+= data.patternPenalty[first + pattern] &- data.patternPenalty[first + old]
        s.patternOfClient[Int(client)] = Int32(pattern)
    }
}
