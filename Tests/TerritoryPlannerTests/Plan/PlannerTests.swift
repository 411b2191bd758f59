import TerritoryModel
import Testing

@testable import TerritoryPlanner

@Suite("Planner")
struct PlannerTests {
    func plan(seed: UInt64 = 7) throws -> (RepMonth, RepPlan) {
        let days = Fixture.calendar.workingDays(in: Fixture.month)
        let m = try Planner.repMonth(territory: Fixture.territory, repID: "R1", workingDays: days, leave: [], travel: Fixture.travel)
        return (m, Planner.plan(m, rules: Fixture.territory.rules, effort: .init(seed: seed, iterations: 300)))
    }

    @Test("a month with room places every required visit and passes the checker")
    func complete() throws {
        let (m, p) = try plan()
        #expect(p.unplaced.isEmpty)
        #expect(p.visits.count == m.required)
        let checker = PlanChecker(territory: Fixture.territory, calendar: Fixture.calendar, leave: [], travel: Fixture.travel)
        let violations = checker.violations(month: Fixture.month, visits: p.visits, unplaced: p.unplaced, repIDs: ["R1"])
        #expect(violations.map(\.description) == [])
    }

    @Test("red doctors get 8 visits on distinct working days")
    func red() throws {
        let (_, p) = try plan()
        for id in ["D1", "D2", "D7"] {
            let dates = p.visits.filter { $0.doctorID == id }.map(\.date)
            #expect(dates.count == 8)
            #expect(Set(dates).count == 8)
        }
    }

    @Test("blue doctors ride along: a blue call at a red doctor's hospital comes on a red day, and a blue-only hospital's two calls share one trip")
    func blueRidesAlong() throws {
        // HX (二级, 1亿, T2) adds a B1 red doctor (8 visits) and a C3 blue one (1 visit) to the fixture.
        let hx = Hospital(id: "HX", name: "区中心医院", level: .secondary, annualRevenue: 100_000_000, latitude: 31.2, longitude: 121.45)
        let territory = Territory(
            hospitals: Fixture.hospitals + [hx],
            doctors: Fixture.doctors + [
                Fixture.doctor("DB", "HX", "主任医师", .firstChoice),
                Fixture.doctor("DC", "HX", "住院医师", .competitor),
            ],
            reps: [Fixture.rep])
        let days = Fixture.calendar.workingDays(in: Fixture.month)
        let m = try Planner.repMonth(territory: territory, repID: "R1", workingDays: days, leave: [], travel: Fixture.travel)
        let p = Planner.plan(m, rules: territory.rules, effort: .init(seed: 7, iterations: 300))
        #expect(m.required == 32 + 8 + 1)
        #expect(p.unplaced.isEmpty)
        #expect(p.visits.count == m.required)
        // DC rides along on a DB day; D5 and D6 (H3 has no higher-zone doctor) need their own trip.
        #expect(
            RideAlong.measure(repID: "R1", visits: p.visits, doctors: territory.gradedDoctors(), rules: territory.rules)
                == RideAlong(riding: 1, possible: 1, ownTrip: 2))
        let dc = p.visits.filter { $0.doctorID == "DC" }.map(\.date)
        let db = Set(p.visits.filter { $0.doctorID == "DB" }.map(\.date))
        #expect(dc.count == 1 && db.isSuperset(of: dc))
        // That one trip to H3 serves both of its blue doctors, back to back.
        let h3 = p.visits.filter { $0.hospitalID == "H3" }
        #expect(h3.map(\.doctorID).sorted() == ["D5", "D6"])
        #expect(Set(h3.map(\.date)).count == 1)
        let seqs = h3.map(\.seq).sorted()
        #expect(seqs.count == 2 && seqs[1] == seqs[0] + 1)
    }

    @Test("the same seed gives the same plan")
    func deterministic() throws {
        let (_, a) = try plan(seed: 3)
        let (_, b) = try plan(seed: 3)
        #expect(a.visits == b.visits)
        #expect(a.travelMinutes == b.travelMinutes)
    }

    @Test("a hospital open only in the afternoon gets afternoon calls")
    func windows() throws {
        let (_, p) = try plan()
        for v in p.visits where v.hospitalID == "H2" {
            #expect(v.arrival.minutes >= 13 * 60 + 30)
            #expect(v.departure.minutes <= 16 * 60)
        }
    }

    @Test("an overloaded month keeps red first and lists every missing visit with a reason")
    func overloaded() throws {
        var reps = Fixture.territory.reps
        reps[0].callsPerDay = 1  // capacity 23 for 32 required visits
        let territory = Fixture.territory.replacing(reps: reps)
        let days = Fixture.calendar.workingDays(in: Fixture.month)
        let m = try Planner.repMonth(territory: territory, repID: "R1", workingDays: days, leave: [], travel: Fixture.travel)
        let p = Planner.plan(m, rules: territory.rules, effort: .init(seed: 1, iterations: 300))
        #expect(p.visits.count == 23)
        #expect(p.unplaced.reduce(0) { $0 + $1.missing } == m.required - 23)
        #expect(p.unplaced.allSatisfy { $0.reason == .capacity || $0.reason == .receptionWindows })
        // The 24 red visits outrank everything else: at least 23 − 0 of the placed are red.
        let red = p.visits.filter { ["D1", "D2", "D7"].contains($0.doctorID) }.count
        #expect(red == 23)
    }

    @Test("a hospital receiving reps 30 minutes a day holds two calls a day; the rest is unplaced for reception windows")
    func narrowWindows() throws {
        let narrow = Hospital(
            id: "HN", name: "华东医院", level: .tertiary, annualRevenue: 2_500_000_000, latitude: 31.226, longitude: 121.435,
            visitWindows: [ClockWindow(parsing: "14:00-14:30")!])
        let doctors = (1...7).map { Fixture.doctor("N\($0)", "HN", "主任医师", .firstChoice) }  // 7 red doctors: 56 visits
        let territory = Territory(hospitals: [narrow], doctors: doctors, reps: [Fixture.rep])
        let days = Fixture.calendar.workingDays(in: Fixture.month)
        let m = try Planner.repMonth(territory: territory, repID: "R1", workingDays: days, leave: [], travel: Fixture.travel)
        let p = Planner.plan(m, rules: territory.rules, effort: .init(seed: 2, iterations: 400))
        #expect(p.visits.count == 2 * 23)
        #expect(p.visits.allSatisfy { ["14:00", "14:15"].contains($0.arrival.description) })
        #expect(p.unplaced.reduce(0) { $0 + $1.missing } == 56 - 46)
        #expect(p.unplaced.allSatisfy { $0.reason == .receptionWindows })
        let checker = PlanChecker(territory: territory, calendar: Fixture.calendar, leave: [], travel: Fixture.travel)
        #expect(checker.violations(month: Fixture.month, visits: p.visits, unplaced: p.unplaced, repIDs: ["R1"]).isEmpty)
    }
}
