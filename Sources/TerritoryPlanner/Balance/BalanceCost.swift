/// The lexicographic objective of a balancing proposal: each level matters only when every level before
/// it ties.
///
/// 1. `overload`: visits above the band's top, summed over reps (the cap when the district has room);
/// 2. `underload`: visits below the band's bottom, summed over reps;
/// 3. `redMoves`: red units that changed rep (red doctors keep their rep unless that is the only way);
/// 4. `moves`: units that changed rep;
/// 5. `travel`: Σ of the reps' travel estimates, metres a month (`BalanceState.travelEstimate`);
/// 6. `deviation`: Σ over reps of (utilisation − district utilisation)², in per-mille points squared.
public struct BalanceCost: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Visits above the reps' upper limits.
    public var overload: Int64
    /// Visits below the reps' lower limits.
    public var underload: Int64
    /// Red units moved.
    public var redMoves: Int64
    /// Units moved.
    public var moves: Int64
    /// Travel estimate, metres a month.
    public var travel: Int64
    /// Squared deviation from the district's utilisation, per-mille points squared.
    public var deviation: Int64

    /// Creates a cost.
    public init(overload: Int64, underload: Int64, redMoves: Int64, moves: Int64, travel: Int64, deviation: Int64) {
        self.overload = overload
        self.underload = underload
        self.redMoves = redMoves
        self.moves = moves
        self.travel = travel
        self.deviation = deviation
    }

    /// The levels in order.
    public var levels: [Int64] { [overload, underload, redMoves, moves, travel, deviation] }

    public static func < (a: BalanceCost, b: BalanceCost) -> Bool { a.levels.lexicographicallyPrecedes(b.levels) }

    public var description: String {
        "overload \(overload), underload \(underload), red moves \(redMoves), moves \(moves), travel \(travel) m, deviation \(deviation)"
    }
}
