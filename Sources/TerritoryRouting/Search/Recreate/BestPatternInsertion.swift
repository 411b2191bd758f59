/// Recreate step: inserts removed clients one by one, each on its cheapest (pattern, positions).
///
/// For a client, the cheapest feasible insertion position is found independently on every day
/// its group can use; a pattern then costs its penalty plus the sum over its days, and the
/// cheapest pattern wins (`PatternChoice`: listed patterns scanned, spaced ones by dynamic programming). Positions are skipped with a small "blink" probability, and the
/// insertion order is randomised among a few sort keys, as in SISR (Christiaens & Vanden Berghe,
/// "Slack induction by string removals for vehicle routing problems", Transportation Science
/// 54(2), 2020).
struct BestPatternInsertion {
    /// Probability of skipping a position, as a threshold on 64 random bits.
    var blinkThreshold: UInt64
    /// Cheapest insertion delta per day for the client being inserted (`Int64.max` = none).
    private var dayDelta: [Int64]
    /// Route of that cheapest insertion per day.
    private var dayRoute: [Int32]
    /// Position of that cheapest insertion per day.
    private var dayPosition: [Int32]
    /// Scratch lists handed to `WorkingSolution.place`.
    private var routes: [Int32] = []
    private var positions: [Int32] = []
    /// Scratch sort keys.
    private var keyed: [(Int64, Int32)] = []
    /// Finds the cheapest pattern for the per-day deltas.
    private var choice = PatternChoice()
    /// Number of insertion positions evaluated so far.
    var evaluations: Int = 0

    init(dayCount: Int, blinkRate: Double) {
        blinkThreshold = blinkRate <= 0 ? 0 : UInt64(min(blinkRate, 0.999) * 18_446_744_073_709_551_615.0)
        dayDelta = Array(repeating: .max, count: dayCount)
        dayRoute = Array(repeating: -1, count: dayCount)
        dayPosition = Array(repeating: -1, count: dayCount)
    }

    /// Cheapest feasible insertion of `c` into day `d`'s routes with this step's blinks.
    mutating func cheapestInsertion(
        of c: Int32, day d: Int, in s: WorkingSolution, _ data: SearchData,
        _ rng: inout RandomSource
    ) -> (delta: Int64, route: Int32, position: Int32) {
        s.cheapestInsertion(of: c, day: d, data, blinkThreshold: blinkThreshold, &rng, evaluations: &evaluations)
    }

    /// Inserts the removed client `c` on its cheapest pattern, or adds it to `unplaced`.
    /// - Complexity: O(visits on the group's days) plus `PatternChoice.cheapest`.
    mutating func insert(_ c: Int32, into s: inout WorkingSolution, _ data: SearchData, _ rng: inout RandomSource) {
        let g = Int(data.groupOfNode[Int(c)])
        let usable = data.groupDays[g]
        for d in 0..<data.dayCount {
            guard usable & (UInt64(1) << UInt64(d)) != 0 else {
                dayDelta[d] = .max
                continue
            }
            let (delta, route, position) = cheapestInsertion(of: c, day: d, in: s, data, &rng)
            dayDelta[d] = delta
            dayRoute[d] = route
            dayPosition[d] = position
        }
        guard let best = choice.cheapest(group: g, dayCost: dayDelta, data) else {
            s.unplaced.append(c)
            return
        }
        routes.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        var pd = best.days
        while pd != 0 {
            let d = pd.trailingZeroBitCount
            pd &= pd &- 1
            routes.append(dayRoute[d])
            positions.append(dayPosition[d])
        }
        s.place(client: c, days: best.days, penalty: best.penalty, routes: routes, positions: positions, data)
    }

    /// Inserts every client of `removed` (plus the solution's unplaced ones) in a random SISR order:
    /// random (4), largest total demand first (4), farthest from the depot first (2), closest first (1);
    /// when patterns carry penalties, clients with a higher `priority` go before all of those.
    mutating func recreate(
        _ removed: [Int32], into s: inout WorkingSolution, _ data: SearchData,
        totalDemand: [Int64], _ rng: inout RandomSource
    ) {
        var order = removed
        order.append(contentsOf: s.unplaced)
        s.unplaced.removeAll(keepingCapacity: true)
        rng.shuffle(&order)
        let pick = rng.below(11)
        if pick >= 4 {
            keyed.removeAll(keepingCapacity: true)
            for c in order {
                let key: Int64
                if pick < 8 { key = -totalDemand[Int(c)] } else if pick < 10 { key = -data.travel(0, c) } else { key = data.travel(0, c) }
                keyed.append((key, c))
            }
            // Stable on the shuffled order: ties keep their random order.
            var index = 0
            var ranked: [(Int64, Int, Int32)] = keyed.map { entry in
                defer { index += 1 }
                return (entry.0, index, entry.1)
            }
            ranked.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for i in 0..<order.count { order[i] = ranked[i].2 }
        }
        if data.hasPenalties {
            // Clients whose missing visits cost more go first (red before yellow before blue);
            // the order above breaks ties.
            var index = 0
            var ranked: [(Int64, Int, Int32)] = order.map { c in
                defer { index += 1 }
                return (-data.priority[Int(c)], index, c)
            }
            ranked.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for i in 0..<order.count { order[i] = ranked[i].2 }
        }
        for c in order { insert(c, into: &s, data, &rng) }
    }
}
