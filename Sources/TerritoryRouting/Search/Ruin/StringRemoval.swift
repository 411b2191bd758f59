/// Ruin step: removes strings of consecutive clients from routes near a random seed client
/// (SISR, Christiaens & Vanden Berghe 2020), adapted to periodic routing.
///
/// A removed client leaves the solution entirely, on all of its days, so the recreate step can
/// choose a new pattern for it. Strings are taken from the seed's routes on a seed day; a
/// neighbour not visited that day contributes a string from one of its own days. On a day with
/// one route, that route may give up several strings.
struct StringRemoval {
    /// Average number of clients removed (SISR's c̄).
    var averageRemoved: Double = 10
    /// Longest string (SISR's L^max).
    var maxStringLength: Double = 10
    /// Routes already ruined in this call.
    private var ruined: [Int32] = []
    /// Scratch copy of a string about to be removed.
    private var string: [Int32] = []

    /// Removes clients from `s` and returns them.
    /// - Complexity: O(removed clients × their route lengths + neighbours scanned).
    mutating func ruin(_ s: inout WorkingSolution, _ data: SearchData, _ rng: inout RandomSource) -> [Int32] {
        var removed: [Int32] = []
        guard data.clientCount > 0 else { return removed }
        var seed: Int32 = -1
        for _ in 0..<32 {
            let c = Int32(1 + rng.below(data.clientCount))
            if s.days(of: c, data) != 0 {
                seed = c
                break
            }
        }
        guard seed > 0 else { return removed }
        let seedDay = randomDay(of: s.days(of: seed, data), &rng)

        var visits = 0
        var used = 0
        for r in 0..<data.routeCount where !s.routeClients[r].isEmpty {
            visits += s.routeClients[r].count
            used += 1
        }
        let averageLength = Double(visits) / Double(max(1, used))
        let lsMax = min(maxStringLength, averageLength)
        let ksMax = 4 * averageRemoved / (1 + lsMax) - 1
        let stringCount = Int(rng.unit() * ksMax) + 1

        ruined.removeAll(keepingCapacity: true)
        var k = -1
        while ruined.count < stringCount && k < data.neighbourCount {
            let c: Int32 = k < 0 ? seed : data.neighbours[Int(seed) * data.neighbourCount + k]
            k += 1
            let cDays = s.days(of: c, data)
            if cDays == 0 { continue }
            let d = cDays & (UInt64(1) << UInt64(seedDay)) != 0 ? seedDay : randomDay(of: cDays, &rng)
            let v = d * data.nodeCount + Int(c)
            let r = s.visitRoute[v]
            // A day with a single route (a rep's day, a TSP) gives up several strings.
            let single = data.firstRoute[d + 1] - data.firstRoute[d] == 1
            if !single && ruined.contains(r) { continue }
            if s.routeClients[Int(r)].isEmpty { continue }
            let length = s.routeClients[Int(r)].count
            let lMax = min(Double(length), lsMax)
            let l = min(length, Int(rng.unit() * lMax) + 1)
            let position = Int(s.visitPosition[v])
            let lo = max(0, position - l + 1)
            let hi = min(position, length - l)
            let start = lo + rng.below(hi - lo + 1)
            string.removeAll(keepingCapacity: true)
            string.append(contentsOf: s.routeClients[Int(r)][start..<(start + l)])
            for x in string {
                s.remove(client: x, data)
                removed.append(x)
            }
            ruined.append(r)
        }
        return removed
    }

    /// A uniformly chosen day of a non-empty day set.
    private func randomDay(of days: UInt64, _ rng: inout RandomSource) -> Int {
        var pick = rng.below(days.nonzeroBitCount)
        var rest = days
        while pick > 0 {
            rest &= rest &- 1
            pick -= 1
        }
        return rest.trailingZeroBitCount
    }
}
