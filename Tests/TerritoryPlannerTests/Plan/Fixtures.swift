import TerritoryModel

@testable import TerritoryPlanner

/// A small territory: one rep in Xuhui, three hospitals 1–4 km away, seven doctors in all zones.
enum Fixture {
    static let rep = Rep(id: "R1", name: "陈思远", latitude: 31.190, longitude: 121.440)
    static let hospitals = [
        Hospital(id: "H1", name: "瑞金医院", level: .tertiary, annualRevenue: 5_000_000_000, latitude: 31.2109, longitude: 121.4666),
        Hospital(
            id: "H2", name: "华山医院", level: .tertiary, annualRevenue: 4_000_000_000, latitude: 31.2170, longitude: 121.4425,
            visitWindows: [ClockWindow(parsing: "13:30-16:00")!], bookingLeadDays: 7),
        Hospital(id: "H3", name: "徐汇区中心医院", level: .secondary, annualRevenue: 60_000_000, latitude: 31.1950, longitude: 121.4530),
    ]
    static func doctor(_ id: String, _ h: String, _ title: String, _ b: Behavior) -> Doctor {
        Doctor(
            id: id, hospitalID: h, name: "医生\(id)", department: "心内科", title: title,
            titleGroup: TitleGroup(parsing: title)!, behavior: b, monthlyUnits: 10, repID: "R1")
    }
    static let doctors = [
        doctor("D1", "H1", "主任医师", .firstChoice),  // A1 red 8
        doctor("D2", "H1", "主治医师", .secondChoice),  // A2 red 8
        doctor("D3", "H2", "副主任医师", .competitor),  // A3 yellow 4
        doctor("D4", "H2", "住院医师", .competitor),  // B3 yellow 2
        doctor("D5", "H3", "主任医师", .firstChoice),  // T3 senior 3 → C1 blue 1
        doctor("D6", "H3", "医师", .competitor),  // C3 blue 1
        doctor("D7", "H1", "住院医师", .firstChoice),  // B1 red 8
    ]
    static let territory = Territory(hospitals: hospitals, doctors: doctors, reps: [rep])
    static let month = YearMonth(parsing: "2026-12")!
    static let calendar = WorkCalendar(entries: [], publishedYears: [2026])
    static let travel = TravelModel(rules: Rules())
}
