import Testing

@testable import TerritoryRouting

@Suite("Seeded randomness and math")
struct RandomSourceTests {
    @Test("The same seed gives the same stream and different seeds differ")
    func reproducible() {
        var a = RandomSource(seed: 42)
        var b = RandomSource(seed: 42)
        var c = RandomSource(seed: 43)
        let x = (0..<5).map { _ in a.next() }
        #expect(x == (0..<5).map { _ in b.next() })
        #expect(x != (0..<5).map { _ in c.next() })
    }

    @Test("Bounded draws stay in range and reach every value")
    func bounded() {
        var r = RandomSource(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let v = r.below(6)
            #expect((0..<6).contains(v))
            seen.insert(v)
        }
        #expect(seen.count == 6)
    }

    @Test("log and exp match known values", arguments: [(1.0, 0.0), (2.0, 0.693_147_180_559_945_3), (0.001, -6.907_755_278_982_137)])
    func logarithm(x: Double, expected: Double) {
        #expect(abs(Math.log(x) - expected) < 1e-12)
        #expect(abs(Math.exp(expected) - x) < 1e-12 * max(1, x))
    }
}
