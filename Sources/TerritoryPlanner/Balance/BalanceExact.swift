/// The exact method for small problems: the fewest moves (red moves first) that bring every rep into
/// the band, by branch and bound. Used by the tests to check the search's number of moves, and by
/// `territory balance` to state the lower bound.
public enum BalanceExact {
    /// The best (red moves, moves) of an assignment with no visits outside the band, found by iterative
    /// deepening on the number of moves k = 0, 1, … `maxMoves`: depth-first over the units, each staying or
    /// moving to an allowed rep, pruned when a rep can no longer reach its band with the units still
    /// undecided, or when more than k units moved. The first k with a solution is the fewest moves; the
    /// search goes on to larger k only while every solution found moves a red unit. Nil when no assignment
    /// of at most `maxMoves` moves fits the band.
    /// - Complexity: O(Σₖ C(U, k)·Rᵏ) in the worst case; use on small problems (tens of units).
    public static func fewestMoves(_ problem: BalanceProblem, maxMoves: Int) -> (redMoves: Int, moves: Int, owner: [Int])? {
        var best: (redMoves: Int, moves: Int, owner: [Int])?
        for k in 0...maxMoves {
            if let b = best, b.redMoves == 0 { break }
            var search = Search(problem: problem, limit: k, bestRed: best?.redMoves ?? Int.max)
            search.run(0)
            if let found = search.found, found.redMoves < (best?.redMoves ?? Int.max) { best = (found.redMoves, k, found.owner) }
        }
        return best
    }

    /// A lower bound on the moves of any assignment with no visits outside the band: each rep above its
    /// upper limit must give away at least ⌈excess ÷ its largest unit⌉ units, each below its lower limit
    /// receive at least ⌈deficit ÷ the largest unit that may come to it⌉, and one move serves at most one
    /// giver and one receiver, so moves ≥ max(Σ givers, Σ receivers).
    public static func lowerBound(_ problem: BalanceProblem) -> Int {
        let state = BalanceState(problem: problem)
        var give = 0
        var take = 0
        for r in 0..<problem.repCount {
            let excess = state.load[r] - problem.upperLoad[r]
            if excess > 0 {
                let largest = problem.units.filter { $0.owner == r && !$0.targets.isEmpty }.map(\.visits).max() ?? 0
                give += largest == 0 ? 0 : (excess + largest - 1) / largest
            }
            let deficit = problem.lowerLoad[r] - state.load[r]
            if deficit > 0 {
                let largest = problem.units.filter { $0.targets.contains(r) }.map(\.visits).max() ?? 0
                take += largest == 0 ? 0 : (deficit + largest - 1) / largest
            }
        }
        return max(give, take)
    }

    private struct Search {
        let problem: BalanceProblem
        let limit: Int
        var bestRed: Int
        var owner: [Int]
        var load: [Int]
        /// Visits of undecided units that could still leave each rep / come to each rep.
        var canLeave: [Int]
        var canCome: [Int]
        var moves = 0
        var redMoves = 0
        var found: (redMoves: Int, owner: [Int])?

        init(problem: BalanceProblem, limit: Int, bestRed: Int) {
            self.problem = problem
            self.limit = limit
            self.bestRed = bestRed
            owner = problem.units.map(\.owner)
            load = [Int](repeating: 0, count: problem.repCount)
            canLeave = load
            canCome = load
            for u in problem.units {
                load[u.owner] += u.visits
                if !u.targets.isEmpty { canLeave[u.owner] += u.visits }
                for t in u.targets { canCome[t] += u.visits }
            }
        }

        /// Whether every rep can still end in its band.
        func feasible() -> Bool {
            for r in 0..<problem.repCount {
                if load[r] - canLeave[r] > problem.upperLoad[r] || load[r] + canCome[r] < problem.lowerLoad[r] { return false }
            }
            return true
        }

        mutating func run(_ u: Int) {
            if found != nil && redMoves >= bestRed { return }
            guard feasible() else { return }
            if u == problem.units.count {
                if moves == limit, redMoves < bestRed {
                    bestRed = redMoves
                    found = (redMoves, owner)
                }
                return
            }
            if problem.units.count - u < limit - moves { return }
            let unit = problem.units[u]
            if !unit.targets.isEmpty { canLeave[unit.owner] -= unit.visits }
            for t in unit.targets { canCome[t] -= unit.visits }
            run(u + 1)
            if moves < limit, !(unit.isRed && redMoves + 1 >= bestRed) {
                moves += 1
                if unit.isRed { redMoves += 1 }
                for t in unit.targets {
                    load[unit.owner] -= unit.visits
                    load[t] += unit.visits
                    owner[u] = t
                    run(u + 1)
                    load[unit.owner] += unit.visits
                    load[t] -= unit.visits
                    owner[u] = unit.owner
                }
                moves -= 1
                if unit.isRed { redMoves -= 1 }
            }
            if !unit.targets.isEmpty { canLeave[unit.owner] += unit.visits }
            for t in unit.targets { canCome[t] += unit.visits }
        }
    }
}
