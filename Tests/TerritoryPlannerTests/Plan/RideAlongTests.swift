import TerritoryModel
import Testing

@testable import TerritoryPlanner

@Suite("Ride-along measure")
struct RideAlongTests {
    /// A T2 hospital (二级, 1亿) with a B1 doctor (senior, 7) and a C3 doctor (resident, 3), and
    /// the fixture's T3 hospital H3 whose doctors are all blue.
    let territory: Territory = {
        let t2 = Hospital(id: "HX", name: "区中心医院", level: .secondary, annualRevenue: 100_000_000, latitude: 31.2, longitude: 121.45)
        let extra = [Fixture.doctor("DB", "HX", "主任医师", .firstChoice), Fixture.doctor("DC", "HX", "住院医师", .competitor)]
        return Territory(hospitals: Fixture.hospitals + [t2], doctors: Fixture.doctors + extra, reps: [Fixture.rep])
    }()

    func visit(_ date: String, _ doctor: String, _ hospital: String) -> PlannedVisit {
        PlannedVisit(
            repID: "R1", date: CalendarDate(parsing: date)!, seq: 1, hospitalID: hospital, doctorID: doctor,
            arrival: ClockTime(hour: 9, minute: 0), departure: ClockTime(hour: 9, minute: 15))
    }

    @Test("a blue call rides along only on a day the hospital is visited for a higher zone")
    func measure() {
        let graded = territory.gradedDoctors()
        #expect(graded.first { $0.doctor.id == "DB" }!.cell == .b1)
        #expect(graded.first { $0.doctor.id == "DC" }!.cell == .c3)
        let visits = [
            visit("2026-12-01", "DB", "HX"), visit("2026-12-01", "DC", "HX"),  // rides along
            visit("2026-12-02", "DC", "HX"),  // could have, did not
            visit("2026-12-03", "D5", "H3"), visit("2026-12-03", "D6", "H3"),
        ]  // blue-only hospital
        #expect(
            RideAlong.measure(repID: "R1", visits: visits, doctors: graded, rules: territory.rules)
                == RideAlong(riding: 1, possible: 2, ownTrip: 2))
    }
}
