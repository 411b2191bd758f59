/// A district's data: hospitals, doctors, reps and the rules that grade them. Validated by its loader.
public struct Territory: Sendable {
    /// Hospitals in file order.
    public var hospitals: [Hospital]
    /// Doctors in file order.
    public var doctors: [Doctor]
    /// Reps in file order.
    public var reps: [Rep]
    /// Managers from managers.csv in file order; empty when the territory has none (no co-visits).
    public var managers: [Manager]
    /// The grading and planning rules.
    public var rules: Rules
    /// Position of each hospital in `hospitals`, by id.
    public let hospitalIndex: [String: Int]
    /// Position of each rep in `reps`, by id.
    public let repIndex: [String: Int]

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
    }

    /// The hospital with an id.
    public func hospital(id: String) -> Hospital? { hospitalIndex[id].map { hospitals[$0] } }
    /// The rep with an id.
    public func rep(id: String) -> Rep? { repIndex[id].map { reps[$0] } }
    /// The manager with an id.
    public func manager(id: String) -> Manager? { managers.first { $0.id == id } }

    /// Every doctor graded by the territory's rules, in file order.
    public func gradedDoctors() -> [GradedDoctor] {
        doctors.compactMap { d in hospital(id: d.hospitalID).map { rules.grade(d, at: $0) } }
    }
}
