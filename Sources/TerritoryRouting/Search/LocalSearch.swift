/// First-improvement local search over granular neighbourhoods (each visit against its
/// `granularity` nearest clients visited the same day, as in Vidal et al.'s HGS): relocate,
/// swap, 2-opt, 2-opt*, then ChangePattern for every client, repeated until no move improves.
struct LocalSearch {
    /// Neighbours considered per visit.
    var granularity = 20
    /// Moves evaluated so far.
    var evaluations = 0
    /// Scratch client order.
    private var order: [Int32] = []
    /// Scratch per-day deltas for ChangePattern.
    private var dayDelta: [Int64] = []
    /// ChangePattern's search over a group's patterns.
    private var choice = PatternChoice()

    /// Improves `s` until no move in the neighbourhood lowers the objective (or `maxRounds` passes).
    /// - Complexity: O(rounds × visits × granularity) for route moves plus, per client,
    ///   O(patterns × visits on its days) for ChangePattern.
    mutating func improve(_ s: inout WorkingSolution, _ data: SearchData, _ rng: inout RandomSource, maxRounds: Int = 20) {
        guard data.clientCount > 0 else { return }
        order = (1...data.clientCount).map { Int32($0) }
        var improved = true
        var round = 0
        while improved && round < maxRounds {
            improved = false
            round += 1
            rng.shuffle(&order)
            for u in order {
                var days = s.days(of: u, data)
                while days != 0 {
                    let d = days.trailingZeroBitCount
                    days &= days &- 1
                    while routeMove(u, day: d, &s, data) { improved = true }
                }
            }
            for u in order where changePattern(u, &s, data) { improved = true }
        }
    }

    /// Improves the visits of `clients` only (route moves, no pattern change): a cheap polish of
    /// the clients a recreate step has just inserted. Moves are pruned on travel alone (see
    /// `WorkingSolution.prunesOnTravel`); the full search also takes moves that pay through time cost.
    /// - Complexity: O(rounds × |clients| × days × granularity).
    mutating func polish(_ clients: [Int32], _ s: inout WorkingSolution, _ data: SearchData, maxRounds: Int = 3) {
        s.prunesOnTravel = true
        defer { s.prunesOnTravel = false }
        var improved = true
        var round = 0
        while improved && round < maxRounds {
            improved = false
            round += 1
            for u in clients {
                var days = s.days(of: u, data)
                while days != 0 {
                    let d = days.trailingZeroBitCount
                    days &= days &- 1
                    while routeMove(u, day: d, &s, data) { improved = true }
                }
            }
        }
    }

    /// Applies the first improving route move for the visit of `u` on day `d`; true if one was found.
    private mutating func routeMove(_ u: Int32, day d: Int, _ s: inout WorkingSolution, _ data: SearchData) -> Bool {
        let base = d * data.nodeCount
        let k = min(granularity, data.neighbourCount)
        let ru = Int(s.visitRoute[base + Int(u)])
        let pu = Int(s.visitPosition[base + Int(u)])
        for n in 0..<k {
            let v = data.neighbours[Int(u) * data.neighbourCount + n]
            let rv = Int(s.visitRoute[base + Int(v)])
            if rv < 0 { continue }
            let pv = Int(s.visitPosition[base + Int(v)])
            if try1(Relocate(u: u, day: d, route: rv, position: pv + 1), &s, data) { return true }
            if try1(Relocate(u: u, day: d, route: rv, position: pv), &s, data) { return true }
            if try1(Swap(u: u, v: v, day: d), &s, data) { return true }
            if ru == rv {
                if pu < pv {
                    if try1(TwoOpt(route: ru, i: pu + 1, j: pv), &s, data) { return true }
                } else if try1(TwoOpt(route: ru, i: pv + 1, j: pu), &s, data) {
                    return true
                }
            } else {
                if try1(TwoOptStar(a: ru, i: pu + 1, b: rv, j: pv), &s, data) { return true }
                if try1(TwoOptStar(a: ru, i: pu, b: rv, j: pv + 1), &s, data) { return true }
            }
        }
        for r in Int(data.firstRoute[d])..<Int(data.firstRoute[d + 1]) where s.routeClients[r].isEmpty {
            return try1(Relocate(u: u, day: d, route: r, position: 0), &s, data)
        }
        return false
    }

    /// Applies `move` if it lowers the objective.
    @inline(__always)
    private mutating func try1<M: RouteMove>(_ move: M, _ s: inout WorkingSolution, _ data: SearchData) -> Bool {
        evaluations &+= 1
        guard let delta = move.evaluate(s, data, below: 0), delta < 0 else { return false }
        apply(move, delta: delta, &s, data)
        return true
    }

    /// Applies `move`, whose evaluated change of the objective is `delta`; debug builds check the
    /// solution and that the objective changed by exactly `delta`.
    @inline(__always)
    private func apply<M: RouteMove>(_ move: M, delta: Int64, _ s: inout WorkingSolution, _ data: SearchData) {
        #if TERRITORY_INTERNAL_CHECKS
            let before = s.objective
            move.apply(to: &s, data)
            s.checkInvariants(data)
            precondition(s.objective == before + delta, "\(M.name): evaluated delta \(delta), real \(s.objective - before)")
        #else
            move.apply(to: &s, data)
        #endif
    }

    /// Moves `u` to its best other pattern if that lowers the objective.
    private mutating func changePattern(_ u: Int32, _ s: inout WorkingSolution, _ data: SearchData) -> Bool {
        if dayDelta.count < data.dayCount { dayDelta = Array(repeating: 0, count: data.dayCount) }
        guard let (move, delta) = ChangePattern.best(for: u, in: s, data, dayDelta: &dayDelta, choice: &choice, evaluations: &evaluations)
        else {
            return false
        }
        apply(move, delta: delta, &s, data)
        return true
    }
}
