extension Sequence where Element == GradedDoctor {
    /// The graded doctors by doctor id (the first one wins if an id repeats).
    public func byDoctorID() -> [String: GradedDoctor] {
        Dictionary(map { ($0.doctor.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A doctor with everything the nine-grid derives: tier, score, grade, cell, zone and visits.
public struct GradedDoctor: Sendable, Hashable {
    /// The doctor as loaded.
    public let doctor: Doctor
    /// The doctor's hospital.
    public let hospital: Hospital
    /// The hospital's tier.
    public let tier: Tier
    /// Whether the tier came from the level alone because revenue was unknown.
    public let tierFromLevelOnly: Bool
    /// Potential score including bonus points, capped at the rules' maximum.
    public let score: Int
    /// Potential grade from the score bands.
    public let grade: Grade
    /// The nine-grid cell.
    public let cell: Cell
    /// The zone of the cell.
    public let zone: Zone
    /// Required visits per month.
    public let visitsPerMonth: Int

    /// Creates a graded doctor (normally through `Rules.grade(_:at:)`).
    public init(
        doctor: Doctor, hospital: Hospital, tier: Tier, tierFromLevelOnly: Bool, score: Int, grade: Grade,
        cell: Cell, zone: Zone, visitsPerMonth: Int
    ) {
        self.doctor = doctor
        self.hospital = hospital
        self.tier = tier
        self.tierFromLevelOnly = tierFromLevelOnly
        self.score = score
        self.grade = grade
        self.cell = cell
        self.zone = zone
        self.visitsPerMonth = visitsPerMonth
    }
}
