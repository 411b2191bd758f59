/// A balancing proposal: who should see whom, with each rep's load and travel estimate before and after.
public struct BalanceProposal: Sendable {
    /// One unit that changes rep.
    public struct Move: Sendable, Hashable {
        /// Index of the unit in the problem.
        public let unit: Int
        /// Rep index today.
        public let from: Int
        /// Rep index proposed.
        public let to: Int
        /// Visits per month that change rep.
        public let visits: Int
        /// What the move adds to the two reps' travel estimates, metres a month, given the other moves:
        /// the proposal's estimate less the estimate with this unit back at its owner.
        public let travelEffect: Int64
    }

    /// One rep's figures.
    public struct RepFigures: Sendable, Hashable {
        /// Capacity of the month.
        public let capacity: Int
        /// Visits per month required today.
        public let requiredBefore: Int
        /// Visits per month required with the proposal.
        public let requiredAfter: Int
        /// Travel estimate today, metres a month.
        public let travelBefore: Int64
        /// Travel estimate with the proposal, metres a month.
        public let travelAfter: Int64
        /// Utilisation today.
        public var utilisationBefore: Double { RepPlan.utilisation(required: requiredBefore, capacity: capacity) }
        /// Utilisation with the proposal.
        public var utilisationAfter: Double { RepPlan.utilisation(required: requiredAfter, capacity: capacity) }
    }

    /// The problem solved.
    public let problem: BalanceProblem
    /// Cost of today's assignment.
    public let before: BalanceCost
    /// Cost of the proposal.
    public let after: BalanceCost
    /// The moves, by giving rep, then receiving rep, then unit.
    public let moves: [Move]
    /// Per rep, in the problem's order.
    public let reps: [RepFigures]
    /// Each unit's rep in the proposal.
    public let owner: [Int]
    /// `BalanceExact.lowerBound`: the fewest moves any assignment inside the band needs.
    public let lowerBound: Int

    /// Solves the problem and describes the result.
    public init(problem: BalanceProblem, options: BalanceSearch.Options = BalanceSearch.Options()) {
        self.init(problem: problem, solution: BalanceSearch.solve(problem, options: options))
    }

    /// Describes a solution.
    public init(problem: BalanceProblem, solution: BalanceState) {
        self.problem = problem
        let today = BalanceState(problem: problem)
        before = today.cost
        after = solution.cost
        owner = solution.owner
        lowerBound = BalanceExact.lowerBound(problem)
        var moves: [Move] = []
        for (u, unit) in problem.units.enumerated() where solution.owner[u] != unit.owner {
            let back = solution.evaluate([(u, unit.owner)])
            moves.append(
                Move(
                    unit: u, from: unit.owner, to: solution.owner[u], visits: unit.visits,
                    travelEffect: solution.cost.travel - back.travel))
        }
        self.moves = moves.sorted { ($0.from, $0.to, $0.unit) < ($1.from, $1.to, $1.unit) }
        reps = (0..<problem.repCount).map {
            RepFigures(
                capacity: problem.capacity[$0], requiredBefore: today.load[$0], requiredAfter: solution.load[$0],
                travelBefore: today.travel[$0], travelAfter: solution.travel[$0])
        }
    }

    /// The rep of every doctor that changes rep: doctor id → new rep id.
    public var reassigned: [String: String] {
        var out: [String: String] = [:]
        for m in moves { for d in problem.units[m.unit].doctorIDs { out[d] = problem.repIDs[m.to] } }
        return out
    }
}
