import Testing

@testable import TerritoryPlanner

@Suite("balancing search and its exact check")
struct BalanceSearchTests {
    @Test("the hand-built district: two moves, both found by the search and proved fewest by branch and bound")
    func handBuilt() throws {
        let p = BalanceFixture.problem(limits: BalanceLimits(cap: 1.05, tolerance: 0.10))
        // Band 56.7 %–76.7 %: R1 (130) must lose 54+ visits, R2 (50) gain 7+, R3 (20) gain 37+.
        let exact = try #require(BalanceExact.fewestMoves(p, maxMoves: 4))
        let found = BalanceSearch.solve(p)
        #expect(found.cost.overload == 0 && found.cost.underload == 0)
        #expect(found.cost.redMoves == Int64(exact.redMoves))
        #expect(found.cost.moves == Int64(exact.moves))
        #expect(exact.moves == 2)
        #expect(BalanceExact.lowerBound(p) <= exact.moves)
    }

    @Test("the same problem and seed give the same proposal")
    func deterministic() {
        let p = BalanceFixture.problem()
        #expect(BalanceSearch.solve(p, options: .init(seed: 7)).owner == BalanceSearch.solve(p, options: .init(seed: 7)).owner)
    }

    @Test("--max-moves is a hard limit")
    func maxMoves() {
        let p = BalanceFixture.problem(limits: BalanceLimits(cap: 1.05, tolerance: 0.10, maxMoves: 1))
        let found = BalanceSearch.solve(p)
        #expect(found.cost.moves == 1)
        #expect(found.cost.overload + found.cost.underload > 0)
    }

    @Test("a district already in its band needs no move")
    func balanced() {
        let p = BalanceFixture.problem(limits: BalanceLimits(cap: 2, tolerance: 0.7))
        #expect(BalanceSearch.solve(p).cost.moves == 0)
        #expect(BalanceExact.fewestMoves(p, maxMoves: 2)?.moves == 0)
        #expect(BalanceExact.lowerBound(p) == 0)
    }
}
