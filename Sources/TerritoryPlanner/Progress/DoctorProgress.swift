import TerritoryModel

/// One doctor's month so far: required, planned and done visits, and whether the rest still fits.
public struct DoctorProgress: Sendable, Hashable {
    /// The doctor, graded.
    public let doctor: GradedDoctor
    /// Visits per month of the doctor's cell.
    public var required: Int { doctor.visitsPerMonth }
    /// Visits the plan has for the doctor in the month (0 without a plan).
    public let planned: Int
    /// Planned visits after the as-of date.
    public let plannedAhead: Int
    /// Days in the month, up to and including the as-of date, with a done call on the doctor.
    public let done: Int
    /// Cancelled calls in the month up to the as-of date.
    public let cancelled: Int
    /// Calls in the month up to the as-of date where the doctor was not met.
    public let notMet: Int
    /// The day of the last done call, if any.
    public let lastDone: CalendarDate?
    /// required × elapsed available days ÷ available days of the month.
    public let expectedToDate: Double
    /// Why the remaining visits no longer fit, or nil.
    public let risk: AtRisk?

    /// Creates a doctor's progress.
    public init(
        doctor: GradedDoctor, planned: Int, plannedAhead: Int, done: Int, cancelled: Int, notMet: Int,
        lastDone: CalendarDate?, expectedToDate: Double, risk: AtRisk?
    ) {
        self.doctor = doctor
        self.planned = planned
        self.plannedAhead = plannedAhead
        self.done = done
        self.cancelled = cancelled
        self.notMet = notMet
        self.lastDone = lastDone
        self.expectedToDate = expectedToDate
        self.risk = risk
    }

    /// max(0, required − done).
    public var remaining: Int { max(0, required - done) }
    /// Done visits counted towards the requirement: min(done, required).
    public var credited: Int { min(done, required) }
}
