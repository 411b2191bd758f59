import TerritoryModel

@testable import TerritoryPlanner

/// Two reps of manager M1 (R1, R2) and one of nobody (R3); H1 by the manager's base, H2 about 17 km away.
/// Red doctors and their scores: D1 9 (R1), D2 8 (R1), D3 9 (R2), D4 5 (R2), D6 9 (R3); D5 is yellow (R1).
enum CoVisitFixture {
    static let hospitals = [
        Hospital(id: "H1", name: "瑞金医院", level: .tertiary, annualRevenue: 5_000_000_000, latitude: 31.2109, longitude: 121.4666),
        Hospital(id: "H2", name: "东方医院", level: .tertiary, annualRevenue: 5_000_000_000, latitude: 31.1000, longitude: 121.5800),
    ]
    static func doctor(_ id: String, _ h: String, _ title: String, _ b: Behavior, rep: String) -> Doctor {
        Doctor(
            id: id, hospitalID: h, name: "医生\(id)", department: "心内科", title: title,
            titleGroup: TitleGroup(parsing: title)!, behavior: b, monthlyUnits: 10, repID: rep)
    }
    static let doctors = [
        doctor("D1", "H1", "主任医师", .firstChoice, rep: "R1"),  // A1 9
        doctor("D2", "H1", "主治医师", .secondChoice, rep: "R1"),  // A2 8
        doctor("D3", "H2", "主任医师", .secondChoice, rep: "R2"),  // A2 9
        doctor("D4", "H2", "住院医师", .firstChoice, rep: "R2"),  // B1 5
        doctor("D5", "H1", "副主任医师", .competitor, rep: "R1"),  // A3 9, yellow
        doctor("D6", "H1", "主任医师", .firstChoice, rep: "R3"),  // A1 9, no manager
    ]
    static let reps = [
        Rep(id: "R1", name: "陈思远", latitude: 31.19, longitude: 121.44, managerID: "M1"),
        Rep(id: "R2", name: "李婷", latitude: 31.10, longitude: 121.56, managerID: "M1"),
        Rep(id: "R3", name: "张浩然", latitude: 31.20, longitude: 121.45),
    ]
    static func manager(days: Int, calls: Int? = nil) -> Manager {
        Manager(id: "M1", name: "王建国", latitude: 31.2304, longitude: 121.4737, coVisitDays: days, callsPerDay: calls)
    }
    static func territory(days: Int = 2, calls: Int? = nil) -> Territory {
        Territory(hospitals: hospitals, doctors: doctors, reps: reps, managers: [manager(days: days, calls: calls)])
    }
    static let travel = TravelModel(rules: Rules())

    static func date(_ day: Int) -> CalendarDate { CalendarDate(year: 2026, month: 12, day: day)! }

    /// A day's calls at `hospital`, 15 minutes each from 09:00, in the order given.
    static func day(_ rep: String, _ d: Int, _ doctors: [String], at hospital: String = "H1") -> [PlannedVisit] {
        doctors.enumerated().map { k, id in
            PlannedVisit(
                repID: rep, date: date(d), seq: k + 1, hospitalID: hospital, doctorID: id,
                arrival: ClockTime(minutes: 540 + 15 * k), departure: ClockTime(minutes: 555 + 15 * k))
        }
    }

    static func repPlan(_ id: String, _ visits: [PlannedVisit]) -> RepPlan {
        RepPlan(
            repID: id, workingDays: 23, leaveDays: 0, capacity: 184, required: 0, visits: visits, unplaced: [], plannedByZone: [],
            travelKm: 0, travelMinutes: 0, solveSeconds: 0, iterations: 0)
    }

    /// R1: 12-01 D1 D2 D5 at H1, 12-02 D2; R2: 12-01 D3 D4 at H2, 12-02 D4, 12-03 D3 D4; R3: 12-01 D6.
    static let plan = MonthPlan(
        month: YearMonth(parsing: "2026-12")!, seed: 1,
        reps: [
            repPlan("R1", day("R1", 1, ["D1", "D2", "D5"]) + day("R1", 2, ["D2"])),
            repPlan("R2", day("R2", 1, ["D3", "D4"], at: "H2") + day("R2", 2, ["D4"], at: "H2") + day("R2", 3, ["D3", "D4"], at: "H2")),
            repPlan("R3", day("R3", 1, ["D6"])),
        ])
}
