import TerritoryRouting

/// The balancing solver: iterated local search on the lexicographic `BalanceCost`, starting from
/// today's assignment (no moves).
///
/// Descent takes the best of every relocate (a unit to another allowed rep, its owner included, which
/// undoes a move) and every swap (two units of different reps exchange reps); when neither improves, the
/// first improving chain (unit u from rep a to b while unit v goes from b to c) is taken. Every
/// candidate is evaluated exactly (`BalanceState.evaluate`). Then `rounds` times the best assignment is
/// perturbed (undo one to three moves, or send one to three random units to random allowed reps) and
/// descended again, and kept when better. A `--max-moves` limit is a hard constraint of every step.
/// All randomness comes from one seeded generator, so the same problem and seed give the same proposal.
public enum BalanceSearch {
    /// Search effort.
    public struct Options: Sendable, Hashable {
        /// Seed of the perturbations.
        public var seed: UInt64 = 1
        /// Perturb-and-descend rounds after the first descent.
        public var rounds: Int = 100
        /// At most this many moves are tried without (`undoMoves`), each costing a descent.
        public var undoTries: Int = 1000

        /// Creates options.
        public init(seed: UInt64 = 1, rounds: Int = 100, undoTries: Int = 1000) {
            self.seed = seed
            self.rounds = rounds
            self.undoTries = undoTries
        }
    }

    /// The best assignment found.
    /// - Complexity: per descent step O(U·R + U²) candidate moves, each evaluated in O(k²) for the k units of the
    ///   reps it touches; chains O(U·k·R) when nothing else improves.
    public static func solve(_ problem: BalanceProblem, options: Options = Options()) -> BalanceState {
        var best = BalanceState(problem: problem)
        descendRedLast(&best, chains: true)
        undoMoves(&best, tries: options.undoTries)
        var rng = RandomSource(seed: options.seed)
        let units = problem.units.count
        guard units > 0, problem.repCount > 1 else { return best }
        for _ in 0..<options.rounds {
            var state = best
            let kicks = 1 + rng.below(3)
            var frozen = [Bool](repeating: false, count: units)
            for _ in 0..<kicks {
                let moved = (0..<units).filter { state.owner[$0] != problem.units[$0].owner }
                if !moved.isEmpty, rng.below(2) == 0 {
                    let u = moved[rng.below(moved.count)]
                    state.apply([(u, problem.units[u].owner)])
                    frozen[u] = true
                } else {
                    let u = rng.below(units)
                    let choices = [problem.units[u].owner] + problem.units[u].targets
                    let to = choices[rng.below(choices.count)]
                    if withinMoveLimit(state.evaluate([(u, to)]), problem) { state.apply([(u, to)]) }
                }
            }
            descendRedLast(&state, chains: false, frozen: frozen)
            if state.cost < best.cost { best = state }
        }
        descend(&best, chains: true)
        undoMoves(&best, tries: options.undoTries)
        return best
    }

    /// Tries to do without each move of `state` in turn: the unit goes back to its owner and stays there while
    /// the rest is descended again (with chains), then everything is free once more; kept when better. This is
    /// how a red unit's move gives way to moves of other doctors, and two moves to one. Repeats until no move
    /// can be done without.
    public static func undoMoves(_ state: inout BalanceState, tries: Int = 1000) {
        let p = state.problem
        var improved = true
        var left = tries
        while improved && left > 0 {
            improved = false
            let moved = (0..<p.units.count).filter { state.owner[$0] != p.units[$0].owner }
                .sorted { (p.units[$0].isRed ? 0 : 1, $0) < (p.units[$1].isRed ? 0 : 1, $1) }
            for u in moved where left > 0 {
                left -= 1
                var candidate = state
                candidate.apply([(u, p.units[u].owner)])
                var frozen = [Bool](repeating: false, count: p.units.count)
                frozen[u] = true
                descendRedLast(&candidate, chains: true, frozen: frozen)
                if candidate.cost < state.cost {
                    state = candidate
                    improved = true
                    break
                }
            }
        }
    }

    static func withinMoveLimit(_ c: BalanceCost, _ p: BalanceProblem) -> Bool {
        guard let limit = p.limits.maxMoves else { return true }
        return c.moves <= Int64(limit)
    }

    /// Improves `state` until no relocate, swap or (with `chains`) chain lowers the cost.
    /// Descends first with every red unit still at its owner kept there (and the `frozen` ones), then with
    /// only the `frozen` ones kept, then with all free: red doctors move only where the others cannot do it.
    /// Best-improvement alone would take the big red groups first, since they close a gap in fewer moves.
    public static func descendRedLast(_ state: inout BalanceState, chains: Bool, frozen: [Bool]? = nil) {
        let p = state.problem
        let kept = frozen ?? [Bool](repeating: false, count: p.units.count)
        let redAtHome = (0..<p.units.count).map { kept[$0] || (p.units[$0].isRed && state.owner[$0] == p.units[$0].owner) }
        descend(&state, chains: chains, frozen: redAtHome)
        if frozen != nil { descend(&state, chains: chains, frozen: kept) }
        descend(&state, chains: chains)
    }

    /// Units marked in `frozen` stay where they are.
    public static func descend(_ state: inout BalanceState, chains: Bool, frozen: [Bool]? = nil) {
        let p = state.problem
        let units = p.units.count
        let free = frozen.map { f in f.map { !$0 } } ?? [Bool](repeating: true, count: units)
        while true {
            var bestCost = state.cost
            var bestMove: [(unit: Int, to: Int)] = []
            for u in 0..<units where free[u] {
                for r in 0..<p.repCount where r != state.owner[u] && p.mayHold(r, unit: u) {
                    if let c = state.evaluate([(u, r)], unlessWorseThan: bestCost), c < bestCost, withinMoveLimit(c, p) {
                        bestCost = c
                        bestMove = [(u, r)]
                    }
                }
            }
            // A swap moves two units, so it can only pay when a rep it touches is outside the band or it
            // undoes a move; the others are skipped without evaluation.
            let outside = (0..<p.repCount).map { state.load[$0] > p.upperLoad[$0] || state.load[$0] < p.lowerLoad[$0] }
            let moved = (0..<units).map { state.owner[$0] != p.units[$0].owner }
            for u in 0..<units where free[u] {
                let a = state.owner[u]
                for v in (u + 1)..<max(u + 1, units) where free[v] {
                    let b = state.owner[v]
                    guard a != b, outside[a] || outside[b] || moved[u] || moved[v], p.mayHold(b, unit: u), p.mayHold(a, unit: v) else { continue }
                    if let c = state.evaluate([(u, b), (v, a)], unlessWorseThan: bestCost), c < bestCost, withinMoveLimit(c, p) {
                        bestCost = c
                        bestMove = [(u, b), (v, a)]
                    }
                }
            }
            if bestMove.isEmpty, chains, let chain = firstImprovingChain(state, free: free) { bestMove = chain }
            if bestMove.isEmpty { return }
            state.apply(bestMove)
        }
    }

    /// A unit u from rep a to rep b and a unit v of b on to rep c (c ≠ a, c ≠ b) that together lower the cost;
    /// only while some rep is outside the band, and then u leaves a rep above the band's top or v goes to a rep
    /// below its bottom (a chain that does neither cannot lower the first two levels).
    static func firstImprovingChain(_ state: BalanceState, free: [Bool]) -> [(unit: Int, to: Int)]? {
        let p = state.problem
        guard state.cost.overload + state.cost.underload > 0 else { return nil }
        let over = (0..<p.repCount).map { state.load[$0] > p.upperLoad[$0] }
        let under = (0..<p.repCount).map { state.load[$0] < p.lowerLoad[$0] }
        for u in 0..<p.units.count where free[u] {
            let a = state.owner[u]
            guard over[a] || under.contains(true) else { continue }
            for b in 0..<p.repCount where b != a && p.mayHold(b, unit: u) {
                for v in state.members[b] where free[v] {
                    for c in 0..<p.repCount where c != a && c != b && p.mayHold(c, unit: v) && (over[a] || under[c]) {
                        if let cost = state.evaluate([(u, b), (v, c)], unlessWorseThan: state.cost), cost < state.cost, withinMoveLimit(cost, p) {
                            return [(u, b), (v, c)]
                        }
                    }
                }
            }
        }
        return nil
    }
}
