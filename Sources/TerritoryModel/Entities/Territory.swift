/// A district's data: hospitals, doctors, reps, their managers and the rules that grade them. Validated by its loader.
///
/// Immutable, and graded once: every doctor's grade, cell and zone is derived when the territory is made,
/// so every report, plan and check reads the same grading (`gradedDoctors()`) without repeating it.
public struct Territory: Sendable {
    /// Hospitals in file order.
    public let hospitals: [Hospital]
    /// Doctors in file order.
    public let doctors: [Doctor]
    /// Reps in file order.
    public let reps: [Rep]
    /// Managers from managers.csv in file order; empty when the territory has none (no co-visits).
    public let managers: [Manager]
    /// The grading and planning rules.
    public let rules: Rules
    /// Position of each hospital in `hospitals`, by id.
    public let hospitalIndex: [String: Int]
    /// Position of each rep in `reps`, by id.
    public let repIndex: [String: Int]
    /// Position of each manager in `managers`, by id.
    let managerIndex: [String: Int]

    /// Creates a territory; ids are assumed unique (the loader checks).
    public init(hospitals: [Hospital], doctors: [Doctor], reps: [Rep], rules: Rules = Rules(), managers: [Manager] = []) {
        self.hospitals = hospitals
        self.doctors = doctors
        self.reps = reps
        self.managers = managers
        self.rules = rules
        var h: [String: Int] = [:]
        for (i, x) in hospitals.enumerated() where h[x.id] == nil { h[x.id] = i }
        var r: [String: Int] = [:]
        for (i, x) in reps.enumerated() where r[x.id] == nil { r[x.id] = i }
        hospitalIndex = h
        repIndex = r
        var m: [String: Int] = [:]
        for (i, x) in managers.enumerated() where m[x.id] == nil { m[x.id] = i }
        managerIndex = m
        let graded = doctors.compactMap { d in h[d.hospitalID].map { rules.grade(d, at: hospitals[$0]) } }
        var ofRep: [String: [Int]] = [:]
        for (i, g) in graded.enumerated() { ofRep[g.doctor.repID, default: []].append(i) }
        self.graded = graded
        gradedIndicesOfRep = ofRep
        var byID: [String: Int] = [:]
        for (i, g) in graded.enumerated() where byID[g.doctor.id] == nil { byID[g.doctor.id] = i }
        gradedIndex = byID
    }

    /// Every doctor graded by the rules, in file order; doctors at an unknown hospital are left out.
    let graded: [GradedDoctor]
    /// Positions in `graded` of each rep's doctors, in file order.
    let gradedIndicesOfRep: [String: [Int]]
    /// Position in `graded` of each doctor, by id (the first, were an id repeated).
    let gradedIndex: [String: Int]

    /// The graded doctor with an id; nil for an unknown one (or one at an unknown hospital).
    public func gradedDoctor(id: String) -> GradedDoctor? { gradedIndex[id].map { graded[$0] } }

    /// The hospital with an id.
    public func hospital(id: String) -> Hospital? { hospitalIndex[id].map { hospitals[$0] } }
    /// The rep with an id.
    public func rep(id: String) -> Rep? { repIndex[id].map { reps[$0] } }
    /// The manager with an id.
    public func manager(id: String) -> Manager? { managerIndex[id].map { managers[$0] } }

    /// Every doctor graded by the territory's rules, in file order (graded once, when the territory was made).
    ///
    /// - Complexity: O(1).
    public func gradedDoctors() -> [GradedDoctor] { graded }

    /// The graded doctors of one rep, in file order; empty for an unknown rep.
    ///
    /// - Complexity: O(the rep's doctors).
    public func gradedDoctors(ofRep repID: String) -> [GradedDoctor] {
        gradedIndicesOfRep[repID, default: []].map { graded[$0] }
    }

    /// The territory with some of its parts replaced (and graded again), e.g. a rep's capacity changed.
    public func replacing(
        hospitals: [Hospital]? = nil, doctors: [Doctor]? = nil, reps: [Rep]? = nil, rules: Rules? = nil, managers: [Manager]? = nil
    ) -> Territory {
        Territory(
            hospitals: hospitals ?? self.hospitals, doctors: doctors ?? self.doctors, reps: reps ?? self.reps, rules: rules ?? self.rules,
            managers: managers ?? self.managers)
    }
}
