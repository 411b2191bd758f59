/// Ruin step for months that cannot hold every visit: makes room for a client that is missing
/// visits by removing lower-priority clients from some of the days it could use.
///
/// String removal alone never frees the days a client on a penalised pattern needs (a client
/// with no visits has no route to start a string from), so when every day is full of blue calls
/// a yellow doctor would stay out for good. This step picks a penalised client of the highest
/// priority, removes it, and on as many of its group's days as it wants visits removes the
/// lowest-priority client nearest to it; the recreate step then inserts by priority.
struct PriorityRoom {
    /// Scratch list of penalised clients.
    private var candidates: [Int32] = []
    /// Scratch list of days in random order.
    private var days: [Int] = []

    /// Removes a penalised client and lower-priority clients that block it; returns them
    /// (empty when no client carries a penalty that a lower-priority one could make way for).
    /// - Complexity: O(clients + chosen days × visits per day).
    mutating func ruin(_ s: inout WorkingSolution, _ data: SearchData, _ rng: inout RandomSource) -> [Int32] {
        candidates.removeAll(keepingCapacity: true)
        var best: Int64 = 0
        for c in 1...max(1, data.clientCount) where c <= data.clientCount {
            let penalty = s.isPlaced(Int32(c)) ? s.penaltyOfClient[c] : Int64.max
            guard penalty > 0 else { continue }
            let priority = data.priority[c]
            if priority > best {
                best = priority
                candidates.removeAll(keepingCapacity: true)
            }
            if priority == best && priority > 0 { candidates.append(Int32(c)) }
        }
        guard !candidates.isEmpty else { return [] }
        let c = candidates[rng.below(candidates.count)]
        let g = Int(data.groupOfNode[Int(c)])
        let wanted = data.mostVisits[g]
        var removed: [Int32] = [c]
        s.remove(client: c, data)

        days.removeAll(keepingCapacity: true)
        var union = data.groupDays[g]
        while union != 0 {
            days.append(union.trailingZeroBitCount)
            union &= union &- 1
        }
        rng.shuffle(&days)
        for d in days.prefix(wanted) {
            var victim: Int32 = -1
            var victimKey = (Int64.max, Int64.max)
            for r in Int(data.firstRoute[d])..<Int(data.firstRoute[d + 1]) {
                for x in s.routeClients[r] where data.priority[Int(x)] < data.priority[Int(c)] {
                    let key = (data.priority[Int(x)], data.travel(c, x) &+ data.travel(x, c))
                    if key < victimKey {
                        victimKey = key
                        victim = x
                    }
                }
            }
            if victim > 0 {
                s.remove(client: victim, data)
                removed.append(victim)
            }
        }
        return removed
    }
}
