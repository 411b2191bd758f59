import Testing

@testable import TerritoryPlanner

/// A hand-built district: three reps on a line (bases at 0, 10 and 20 km), three hospitals beside them
/// (at 1, 11 and 21 km), capacity 100 each, and five units.
enum BalanceFixture {
    static func problem(limits: BalanceLimits = BalanceLimits(cap: 1.05, tolerance: 0.05)) -> BalanceProblem {
        let bases = [0, 10_000, 20_000]
        let hospitals = [1_000, 11_000, 21_000]
        let base = bases.flatMap { b in hospitals.map { Int32(abs($0 - b)) } }
        let between = hospitals.flatMap { a in hospitals.map { Int32(abs($0 - a)) } }
        func unit(_ h: Int, _ owner: Int, _ visits: Int, _ busiest: Int, red: Bool) -> BalanceUnit {
            BalanceUnit(
                hospital: h, owner: owner, doctorIDs: ["D\(h)\(owner)\(visits)"], visits: visits, busiestDoctorVisits: busiest,
                isRed: red, targets: [0, 1, 2].filter { $0 != owner })
        }
        return BalanceProblem(
            repIDs: ["R1", "R2", "R3"], capacity: [100, 100, 100], availableDays: [20, 20, 20],
            hospitalIDs: ["H1", "H2", "H3"],
            units: [
                unit(0, 0, 40, 8, red: true), unit(0, 0, 30, 4, red: false), unit(1, 1, 50, 8, red: true),
                unit(2, 0, 60, 8, red: true), unit(2, 2, 20, 2, red: false),
            ],
            baseMetres: base, hospitalMetres: between, limits: limits)
    }
}

@Suite("balancing state: loads, travel estimate and exact move evaluation")
struct BalanceStateTests {
    @Test("the band is the district's utilisation ± tolerance, capped while the district has room")
    func band() {
        let limits = BalanceLimits(cap: 1.05, tolerance: 0.03)
        #expect(abs(limits.band(district: 0.90).lowerBound - 0.87) < 1e-12)
        #expect(abs(limits.band(district: 0.90).upperBound - 0.93) < 1e-12)
        #expect(limits.band(district: 1.04).upperBound == 1.05)
        #expect(abs(limits.band(district: 1.15).upperBound - 1.18) < 1e-12)
        #expect(abs(limits.band(district: 1.15).lowerBound - 1.12) < 1e-12)
    }

    @Test("today's loads, limits and cost")
    func today() {
        let p = BalanceFixture.problem()
        let s = BalanceState(problem: p)
        #expect(s.load == [130, 50, 20])
        #expect(abs(p.districtUtilisation - 2.0 / 3.0) < 1e-12)
        #expect(p.upperLoad == [71, 71, 71])
        #expect(p.lowerLoad == [62, 62, 62])
        #expect(s.cost.overload == 59)
        #expect(s.cost.underload == 12 + 42)
        #expect(s.cost.moves == 0)
        #expect(s.cost == s.total())
    }

    @Test("travel estimate: days at each hospital × twice the detour from the rep's nearest point nearer its base")
    func travel() {
        let p = BalanceFixture.problem()
        // Capacity 100 in 20 days: 5 calls a day, a half-day takes 2 visits.
        // R1 holds H1 (70 visits: 35 half-days, at most the 20 days; 1 km out) and H3 (60 visits → 20 days, 21 km out,
        // but 20 km from H1, which is nearer the base): 20 × 2 × 1 + 20 × 2 × 20 km.
        #expect(BalanceState.travelEstimate(p, rep: 0, units: [0, 1, 3]) == 20 * 2 * 1_000 + 20 * 2 * 20_000)
        // R3 alone at H3, 1 km from its base: 20 visits fill 10 half-days, more than the busiest doctor's 2.
        #expect(BalanceState.travelEstimate(p, rep: 2, units: [4]) == 10 * 2 * 1_000)
        // R2 (base at 10 km) with H1 (30 visits → 15 days, 9 km out) and H3 (20 visits → 10 days, 11 km out): H1 is the
        // nearer, and H3 is nearer the base (11 km) than H1 (20 km), so each is priced from the base.
        #expect(BalanceState.travelEstimate(p, rep: 1, units: [1, 4]) == 15 * 2 * 9_000 + 10 * 2 * 11_000)
    }

    @Test("every relocate, swap and chain is evaluated exactly: evaluate equals the cost after apply")
    func exactDelta() {
        let p = BalanceFixture.problem()
        let s = BalanceState(problem: p)
        var candidates: [[(unit: Int, to: Int)]] = []
        for u in 0..<p.units.count { for r in 0..<3 where r != s.owner[u] { candidates.append([(u, r)]) } }
        for u in 0..<p.units.count { for v in 0..<p.units.count where s.owner[u] != s.owner[v] { candidates.append([(u, s.owner[v]), (v, s.owner[u])]) } }
        candidates.append([(3, 2), (4, 1)])
        candidates.append([(0, 1), (2, 2)])
        for move in candidates {
            var after = s
            after.apply(move)
            #expect(s.evaluate(move) == after.total(), "\(move)")
            #expect(after.cost == after.total())
        }
    }

    @Test("a move worse on the load or move levels is cut off before its travel is estimated")
    func bound() {
        let s = BalanceState(problem: BalanceFixture.problem())
        // Moving R2's red unit to R1 makes R1 even more overloaded.
        #expect(s.evaluate([(2, 0)], unlessWorseThan: s.cost) == nil)
        #expect(s.evaluate([(3, 2)], unlessWorseThan: s.cost) != nil)
    }
}
