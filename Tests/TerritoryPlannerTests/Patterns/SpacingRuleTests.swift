import TerritoryRouting
import Testing

@testable import TerritoryPlanner

@Suite("Spacing rule")
struct SpacingRuleTests {
    @Test(
        "gaps run from max(1, ⌊W/f⌋−1) to ⌈W/f⌉+1",
        arguments: [
            (23, 8, 1, 4), (23, 4, 4, 7), (23, 2, 10, 13), (23, 1, 22, 24), (21, 8, 1, 4), (20, 4, 4, 6),
        ])
    func bounds(days: Int, visits: Int, minGap: Int, maxGap: Int) {
        let rule = SpacingRule(dayCount: days, visits: visits)
        #expect(rule.minGap == minGap)
        #expect(rule.maxGap == maxGap)
    }

    @Test("a gap one day too long is reported with its size")
    func tooLong() {
        let rule = SpacingRule(dayCount: 23, visits: 4)  // gaps 4…7
        #expect(rule.violations([0, 8, 14, 20]) == [.gapTooLong(from: 0, to: 8, limit: 7)])
    }

    @Test("visits bunched at the start break the edge and gap bounds")
    func bunched() {
        let rule = SpacingRule(dayCount: 23, visits: 2)  // gaps 10…13
        #expect(rule.violations([0, 1]) == [.earlyLastVisit(day: 1, limit: 13), .gapTooShort(from: 0, to: 1, limit: 10)])
    }

    @Test("every generated pattern has the right count and obeys the rule", arguments: [(23, 8), (23, 4), (23, 2), (23, 1), (21, 8), (5, 3)])
    func generated(days: Int, visits: Int) {
        let masks = PatternGenerator.patterns(dayCount: days, visits: visits, limit: 10_000)
        #expect(!masks.isEmpty)
        let rule = SpacingRule(dayCount: days, visits: visits)
        for m in masks {
            let list = (0..<days).filter { m & (UInt64(1) << UInt64($0)) != 0 }
            #expect(list.count == visits)
            #expect(rule.allows(list))
        }
    }

    @Test("a capped enumeration keeps the regular patterns and spreads the rest")
    func capped() {
        let all = Set(PatternGenerator.patterns(dayCount: 23, visits: 8, limit: 1_000_000))
        let some = PatternGenerator.patterns(dayCount: 23, visits: 8, limit: 50)
        #expect(some.count == 50)
        #expect(Set(some).count == 50)
        #expect(Set(some).isSubset(of: all))
        let everyThirdDay: UInt64 = (0..<8).reduce(0) { $0 | (1 << UInt64(3 * $1)) }  // days 0, 3, …, 21
        #expect(some.contains(everyThirdDay))
    }

    @Test("a pattern group ends with the empty pattern carrying the full penalty")
    func group() {
        let g = PatternGenerator.group(dayCount: 23, visits: 4, missingVisitPenalty: 1000, fullLimit: 10, partialLimit: 3)
        #expect(g.first!.penalty == 0 && g.first!.visitCount == 4)
        #expect(g.last! == VisitPattern(days: 0, penalty: 4000))
        #expect(g.filter { $0.visitCount == 3 }.allSatisfy { $0.penalty == 1000 })
    }
}
