import Testing

@testable import TerritoryPlanner

@Suite("Spacing rule anchored at the last real visit (re-plans)")
struct SpacingAnchorTests {
    @Test("without an anchor the rule is the month's rule")
    func noAnchor() {
        #expect(SpacingRule(dayCount: 23, visits: 8, anchor: nil) == SpacingRule(dayCount: 23, visits: 8))
    }

    @Test("gaps are the whole month's for the visits the doctor ends up with, not the open window's")
    func monthGaps() {
        // B3, 2 a month over 23 days, one done: one visit left in 16 open days. The window alone
        // (16 days, 1 visit) would ask for a 15-day minimum gap; the month's rule asks 10…13.
        let anchor = SpacingAnchor(distance: 4, visited: true, monthDays: 23, before: 1)
        let rule = SpacingRule(dayCount: 16, visits: 1, anchor: anchor)
        #expect(rule.minGap == 10 && rule.maxGap == 13)
        // The first open visit 10…13 days after the last visit, which was 4 days before the window.
        #expect(rule.firstEarliest == 6 && rule.firstLimit == 10)
        #expect(rule.violations([5]) == [.earlyFirstVisit(day: 5, earliest: 6)])
        #expect(rule.violations([6]) == [])
        #expect(rule.violations([9]) == [])
        #expect(rule.violations([10]) == [.lateFirstVisit(day: 10, limit: 10)])
    }

    @Test("an overdue doctor's first open visit falls in the first ⌈maxGap/2⌉ open days")
    func overdue() {
        // Red, 8 a month (gaps 1…4), last visit 6 available days before the open days.
        let rule = SpacingRule(dayCount: 15, visits: 6, anchor: SpacingAnchor(distance: 6, visited: true, monthDays: 23, before: 2))
        #expect(rule.maxGap == 4 && rule.firstLimit == 2 && rule.firstEarliest == 0)
    }

    @Test("no visit yet: the anchor is the day before the month, with no lower bound")
    func neverVisited() {
        let a = SpacingAnchor(openIndex: 2, lastVisitIndex: nil, monthDays: 23, before: 0)
        #expect(a == SpacingAnchor(distance: 3, visited: false, monthDays: 23, before: 0))
        let rule = SpacingRule(dayCount: 21, visits: 4, anchor: a)  // month gaps 4…7
        #expect(rule.firstEarliest == 0 && rule.firstLimit == 5)
    }

    @Test("every generated anchored pattern obeys the anchored rule")
    func generated() {
        let anchor = SpacingAnchor(distance: 2, visited: true, monthDays: 23, before: 3)
        let rule = SpacingRule(dayCount: 14, visits: 5, anchor: anchor)
        let masks = PatternGenerator.patterns(rule: rule, limit: 10_000)
        #expect(!masks.isEmpty)
        for m in masks { #expect(rule.allows(PatternGenerator.days(of: m))) }
    }
}
