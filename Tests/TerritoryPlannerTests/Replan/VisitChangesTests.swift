import TerritoryModel
import Testing

@testable import TerritoryPlanner

@Suite("What a re-plan changed")
struct VisitChangesTests {
    static func visit(_ doctor: String, _ day: Int) -> PlannedVisit {
        PlannedVisit(
            repID: "R1", date: CalendarDate(year: 2026, month: 12, day: day)!, seq: 1, hospitalID: "H1", doctorID: doctor,
            arrival: ClockTime(minutes: 540), departure: ClockTime(minutes: 555))
    }

    @Test("a doctor's lost days pair with its new days in date order as moves; the rest are added or dropped")
    func pairing() {
        let before = [Self.visit("D1", 10), Self.visit("D1", 14), Self.visit("D1", 18), Self.visit("D2", 11), Self.visit("D3", 15)]
        let after = [Self.visit("D1", 10), Self.visit("D1", 15), Self.visit("D1", 21), Self.visit("D1", 24), Self.visit("D3", 15)]
        let c = VisitChanges(repID: "R1", before: before, after: after)
        let d = { (day: Int) in CalendarDate(year: 2026, month: 12, day: day)! }
        #expect(c.kept == 2)
        #expect(c.moved == [VisitChanges.Move(doctorID: "D1", from: d(14), to: d(15)), VisitChanges.Move(doctorID: "D1", from: d(18), to: d(21))])
        #expect(c.added == [VisitChanges.Visit(doctorID: "D1", date: d(24))])
        #expect(c.dropped == [VisitChanges.Visit(doctorID: "D2", date: d(11))])
    }
}
