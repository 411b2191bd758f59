import TerritoryRouting
import Testing

@testable import TerritoryPlanner

@Suite("A doctor's pattern group as spacing bounds")
struct SpacedGroupTests {
    @Test(
        "Every tier allows exactly the day sets the spacing rule allows for its visits, and the penalty counts the missing visits",
        arguments: [(12, 1), (12, 3), (12, 4), (13, 5), (14, 8), (9, 9)])
    func tiersAreTheSpacingRule(dayCount: Int, visits: Int) {
        let group = PatternGenerator.spacedGroup(dayCount: dayCount, visits: visits, missingVisitPenalty: 1000)
        #expect(group.tiers.map(\.visits) == Array(stride(from: visits, through: 0, by: -1)))
        for mask in 0..<(UInt64(1) << UInt64(dayCount)) {
            let k = mask.nonzeroBitCount
            let allowed = k == 0 || (k <= visits && SpacingRule(dayCount: dayCount, visits: k).allows(PatternGenerator.days(of: mask)))
            #expect((group.penalty(of: mask) != nil) == allowed, "mask \(String(mask, radix: 2))")
            if allowed { #expect(group.penalty(of: mask) == Int64(visits - k) * 1000) }
        }
    }

    @Test("Anchored at a last real visit, the tiers are the anchored rule")
    func anchored() {
        let anchor = SpacingAnchor(distance: 4, visited: true, monthDays: 23, before: 2)
        let group = PatternGenerator.spacedGroup(dayCount: 14, visits: 4, missingVisitPenalty: 10, anchor: anchor)
        for mask in 0..<(UInt64(1) << 14) where mask != 0 && mask.nonzeroBitCount <= 4 {
            let rule = SpacingRule(dayCount: 14, visits: mask.nonzeroBitCount, anchor: anchor)
            #expect((group.penalty(of: mask) != nil) == rule.allows(PatternGenerator.days(of: mask)))
        }
    }

    @Test("The listed group is a sample of the spaced group: every listed pattern is allowed at its penalty")
    func listedIsASample() {
        let spaced = PatternGenerator.spacedGroup(dayCount: 23, visits: 8, missingVisitPenalty: 500)
        let listed = PatternGenerator.group(dayCount: 23, visits: 8, missingVisitPenalty: 500)
        #expect(listed.count < 1000)
        for p in listed { #expect(spaced.penalty(of: p.days) == p.penalty) }
    }
}
