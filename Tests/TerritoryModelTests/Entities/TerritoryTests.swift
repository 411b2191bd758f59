import TerritoryModel
import Testing

@Suite("A territory is graded once, when it is made")
struct TerritoryTests {
    static let hospitals = [
        Hospital(id: "H1", name: "瑞金医院", level: .tertiary, annualRevenue: 3_000_000_000, latitude: 31.21, longitude: 121.47),
        Hospital(id: "H2", name: "社区", level: .primary, annualRevenue: nil, latitude: 31.19, longitude: 121.44),
    ]
    static func doctor(_ id: String, _ hospital: String, _ title: TitleGroup, _ behavior: Behavior, rep: String) -> Doctor {
        Doctor(
            id: id, hospitalID: hospital, name: id, department: "心内科", title: "", titleGroup: title, behavior: behavior,
            monthlyUnits: 0, repID: rep)
    }
    static let doctors = [
        doctor("D1", "H1", .attending, .firstChoice, rep: "R1"), doctor("D2", "H2", .resident, .competitor, rep: "R2"),
        doctor("D3", "H1", .senior, .secondChoice, rep: "R1"), doctor("D4", "H9", .senior, .secondChoice, rep: "R1"),
    ]
    static let reps = [Rep(id: "R1", name: "陈", latitude: 31.22, longitude: 121.45), Rep(id: "R2", name: "李", latitude: 31.1, longitude: 121.42)]

    @Test("gradedDoctors is every doctor at a known hospital graded by the rules, in file order; per rep the same doctors")
    func gradedOnce() {
        let territory = Territory(hospitals: Self.hospitals, doctors: Self.doctors, reps: Self.reps)
        let expected = Self.doctors.prefix(3).map { d in territory.rules.grade(d, at: Self.hospitals.first { $0.id == d.hospitalID }!) }
        #expect(territory.gradedDoctors() == expected)
        #expect(territory.gradedDoctors().map(\.cell.id) == ["A1", "C3", "A2"])
        #expect(territory.gradedDoctors(ofRep: "R1").map(\.doctor.id) == ["D1", "D3"])
        #expect(territory.gradedDoctors(ofRep: "R2").map(\.doctor.id) == ["D2"])
        #expect(territory.gradedDoctors(ofRep: "R9").isEmpty)
    }

    @Test("a graded doctor and a manager are found by id; unknown ids and doctors at an unknown hospital are nil")
    func lookups() {
        let managers = [Manager(id: "M1", name: "王", latitude: 31.2, longitude: 121.4, coVisitDays: 4)]
        let territory = Territory(hospitals: Self.hospitals, doctors: Self.doctors, reps: Self.reps, managers: managers)
        #expect(territory.gradedDoctor(id: "D3") == territory.gradedDoctors()[2])
        #expect(territory.gradedDoctor(id: "D4") == nil)  // at H9, which the territory does not know
        #expect(territory.gradedDoctor(id: "D9") == nil)
        #expect(territory.manager(id: "M1")?.name == "王" && territory.manager(id: "M2") == nil)
    }

    @Test("replacing the rules grades again by the new rules")
    func replacingRegrades() {
        let territory = Territory(hospitals: Self.hospitals, doctors: Self.doctors, reps: Self.reps)
        var rules = territory.rules
        rules.gradeBands = [.a: 9...12, .b: 4...8, .c: 1...3]
        let stricter = territory.replacing(rules: rules)
        #expect(stricter.gradedDoctors().map(\.cell.id) == ["B1", "C3", "A2"])
        #expect(territory.gradedDoctors().map(\.cell.id) == ["A1", "C3", "A2"])
    }
}
