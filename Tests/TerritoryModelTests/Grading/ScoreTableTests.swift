import TerritoryModel
import Testing

/// DOMAIN.md §1–2: tiers, potential scores, grade bands and the worked example.
@Suite("Potential score and grade")
struct ScoreTableTests {
    static func hospital(_ level: HospitalLevel, revenue: Int64?) -> Hospital {
        Hospital(id: "H", name: "H", level: level, annualRevenue: revenue, latitude: 31.2, longitude: 121.4)
    }

    static func doctor(_ group: TitleGroup, behavior: Behavior = .firstChoice, department: String = "心内科") -> Doctor {
        Doctor(
            id: "D", hospitalID: "H", name: "N", department: department, title: group.label, titleGroup: group,
            behavior: behavior, monthlyUnits: 0, repID: "R")
    }

    @Test(
        "Each tier and title group scores as the table of DOMAIN.md says",
        arguments: [
            (Tier.t1, TitleGroup.senior, 9), (.t1, .attending, 8), (.t1, .resident, 5),
            (.t2, .senior, 7), (.t2, .attending, 5), (.t2, .resident, 3),
            (.t3, .senior, 3), (.t3, .attending, 2), (.t3, .resident, 1),
        ])
    func scoreTable(tier: Tier, group: TitleGroup, score: Int) {
        #expect(Rules().baseScore(tier: tier, titleGroup: group) == score)
    }

    @Test(
        "A hospital's tier follows its level and revenue; the thresholds must be exceeded, not met",
        arguments: [
            (HospitalLevel.tertiary, Int64(300_000_000), Tier.t1),
            (.tertiary, 200_000_001, .t1),
            (.tertiary, 200_000_000, .t2),  // exactly 2亿 is not above 2亿
            (.tertiary, 80_000_001, .t2),
            (.tertiary, 80_000_000, .t3),  // exactly 0.8亿 is not above 0.8亿
            (.secondary, 300_000_000, .t2),  // 二级 never reaches T1
            (.secondary, 80_000_000, .t3),
            (.primary, 900_000_000, .t3),
            (.unrated, 900_000_000, .t3),
        ])
    func tierByRevenue(level: HospitalLevel, revenue: Int64, tier: Tier) {
        let result = Rules().tier(of: Self.hospital(level, revenue: revenue))
        #expect(result.tier == tier)
        #expect(result.fromLevelOnly == false)
    }

    @Test(
        "Without revenue the tier follows the level alone",
        arguments: [
            (HospitalLevel.tertiary, Tier.t1), (.secondary, .t2), (.primary, .t3), (.unrated, .t3),
        ])
    func tierWithoutRevenue(level: HospitalLevel, tier: Tier) {
        let result = Rules().tier(of: Self.hospital(level, revenue: nil))
        #expect(result.tier == tier)
        #expect(result.fromLevelOnly == true)
    }

    @Test(
        "Grade bands: A 8–12, B 4–7, C 1–3, edges included",
        arguments: [
            (1, Grade.c), (3, .c), (4, .b), (7, .b), (8, .a), (12, .a),
        ])
    func bands(score: Int, grade: Grade) {
        #expect(Rules().grade(forScore: score) == grade)
    }

    @Test("The worked example: 主治医师 at a 三级 hospital with 3亿 who prescribes first → 8 → A → A1, red, 8 visits")
    func workedExample() {
        let g = Rules().grade(Self.doctor(.attending, behavior: .firstChoice), at: Self.hospital(.tertiary, revenue: 300_000_000))
        #expect(g.tier == .t1)
        #expect(g.score == 8)
        #expect(g.grade == .a)
        #expect(g.cell == .a1)
        #expect(g.zone.id == "red")
        #expect(g.visitsPerMonth == 8)
    }

    @Test("Bonus points add to the score and the total is capped at 12")
    func bonusCapped() {
        var rules = Rules()
        rules.bonuses = [Bonus(department: "心内科", points: 2), Bonus(titleGroup: .senior, points: 3)]
        let t1 = Self.hospital(.tertiary, revenue: 300_000_000)
        #expect(rules.grade(Self.doctor(.senior), at: t1).score == 12)  // 9 + 2 + 3 = 14 → 12
        #expect(rules.grade(Self.doctor(.resident), at: t1).score == 7)  // 5 + 2
        #expect(rules.grade(Self.doctor(.resident, department: "骨科"), at: t1).score == 5)  // no bonus
        #expect(rules.grade(Self.doctor(.resident), at: t1).grade == .b)
    }

    @Test(
        "Zones and default visits per cell",
        arguments: [
            (Cell.a1, "red", 8), (.a2, "red", 8), (.b1, "red", 8), (.b2, "red", 8),
            (.a3, "yellow", 4), (.b3, "yellow", 2), (.c1, "blue", 1), (.c2, "blue", 1), (.c3, "blue", 1),
        ])
    func zones(cell: Cell, zone: String, visits: Int) {
        #expect(Rules().zone(of: cell)?.id == zone)
        #expect(Rules().visitsPerMonth[cell] == visits)
    }

    @Test("The default rules have no validation problems")
    func defaultsValid() {
        #expect(Rules().validationProblems() == [])
    }
}
