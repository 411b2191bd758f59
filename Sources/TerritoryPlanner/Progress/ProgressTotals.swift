/// Visit counts of a group of doctors (a rep, a zone, the district) and the two ratios made of them.
///
/// attainment = credited ÷ required, where a doctor's done visits are credited up to his or her
/// requirement (visits beyond it do not make up for another doctor); on track = credited ÷ expected to
/// date, where expected to date = Σ required × elapsed available days ÷ available days of the month.
public struct ProgressTotals: Sendable, Hashable {
    /// Doctors counted.
    public var doctors = 0
    /// Σ visits per month.
    public var required = 0
    /// Σ visits in the plan for the month.
    public var planned = 0
    /// Σ planned visits after the as-of date.
    public var plannedAhead = 0
    /// Σ done visits up to the as-of date (distinct days per doctor).
    public var done = 0
    /// Σ done visits counted towards the requirement: min(done, required) per doctor.
    public var credited = 0
    /// Σ cancelled calls up to the as-of date.
    public var cancelled = 0
    /// Σ calls where the doctor was not met, up to the as-of date.
    public var notMet = 0
    /// Σ max(0, required − done).
    public var remaining = 0
    /// Σ required × elapsed ÷ available days: the visits due by the as-of date at an even pace.
    public var expectedToDate = 0.0
    /// Doctors at risk.
    public var atRisk = 0

    /// Creates empty totals.
    public init() {}

    /// credited ÷ required; nil when nothing is required.
    public var attainment: Double? { required == 0 ? nil : Double(credited) / Double(required) }

    /// credited ÷ expected to date; nil before the first available day (nothing expected yet).
    public var onTrack: Double? { expectedToDate == 0 ? nil : Double(credited) / expectedToDate }

    /// Adds one doctor's numbers.
    public mutating func add(_ d: DoctorProgress) {
        doctors += 1
        required += d.required
        planned += d.planned
        plannedAhead += d.plannedAhead
        done += d.done
        credited += d.credited
        cancelled += d.cancelled
        notMet += d.notMet
        remaining += d.remaining
        expectedToDate += d.expectedToDate
        if d.risk != nil { atRisk += 1 }
    }

    /// The totals of `doctors`, added in order.
    public init(_ doctors: some Sequence<DoctorProgress>) {
        for d in doctors { add(d) }
    }
}
