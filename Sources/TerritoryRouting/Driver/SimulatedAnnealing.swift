/// Acceptance criterion: simulated annealing with a geometric temperature schedule, accepting a
/// candidate whose objective is below `current − T·ln U` (U uniform in (0, 1]), as in SISR.
struct SimulatedAnnealing {
    /// Temperature at progress 0, objective units.
    let initialTemperature: Double
    /// Temperature at progress 1, objective units.
    let finalTemperature: Double

    /// The temperature at `progress` in `0...1`.
    func temperature(progress: Double) -> Double {
        initialTemperature * Math.exp(progress * Math.log(finalTemperature / initialTemperature))
    }

    /// Whether to move from an objective of `current` to `candidate` at temperature `t`.
    func accepts(candidate: Int64, current: Int64, temperature t: Double, _ rng: inout RandomSource) -> Bool {
        if candidate < current { return true }
        let u = 1 - rng.unit()
        return Double(candidate) < Double(current) - t * Math.log(u)
    }
}
