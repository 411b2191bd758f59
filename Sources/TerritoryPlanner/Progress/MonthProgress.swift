import TerritoryModel

/// The month as it happens: per doctor, rep and zone, the visits required, planned and done up to an
/// as-of date, what remains, and the doctors whose remaining visits no longer fit.
///
/// Definitions (all counts within the month):
/// - *required*: the doctor's visits per month; *planned*: the plan's visits, *planned ahead* those
///   after the as-of date (0 without a plan);
/// - *done*: days up to and including the as-of date with a `done` call on the doctor (two done calls
///   on one day count once, as the plan has at most one visit per doctor per day); cancelled and
///   not-met calls are counted, never as visits; *remaining* = max(0, required − done);
/// - *available days*: the rep's working days less leave (the spacing rule's `W`), *elapsed* those on
///   or before the as-of date; *expected to date* = required × elapsed ÷ available;
/// - *attainment* and *on track*: see `ProgressTotals`; *at risk*: see `AtRisk`.
public struct MonthProgress: Sendable {
    /// The month.
    public let month: YearMonth
    /// The last day counted: calls on or before it are done, planned visits after it are ahead.
    public let asOf: CalendarDate
    /// Whether planned visits came from a plan (false: every planned count is 0).
    public let hasPlan: Bool
    /// One entry per rep, in the order asked for.
    public let reps: [RepProgress]
    /// Every doctor of those reps, rep by rep, in the territory's file order.
    public let doctors: [DoctorProgress]
    /// Totals per zone, in the rules' zone order.
    public let zones: [(zone: Zone, totals: ProgressTotals)]
    /// Totals of all the doctors.
    public let total: ProgressTotals

    /// Counts the month.
    ///
    /// - Parameters:
    ///   - territory: the territory (doctors are graded by its rules).
    ///   - month: the month looked at; calls and planned visits outside it are ignored.
    ///   - asOf: the last day whose calls count.
    ///   - workingDays: the month's working days, in order.
    ///   - leave: rep leave.
    ///   - plannedVisits: the plan's visits, or nil without a plan.
    ///   - calls: the logged calls (checked by the reader: known reps and doctors, each doctor's own rep).
    ///   - repIDs: the reps to count, in output order; unknown ids are skipped.
    /// - Complexity: O(calls + planned visits + doctors × available days).
    public init(
        territory: Territory, month: YearMonth, asOf: CalendarDate, workingDays: [CalendarDate], leave: [Leave],
        plannedVisits: [PlannedVisit]?, calls: [LoggedCall], repIDs: [String]
    ) {
        self.month = month
        self.asOf = asOf
        hasPlan = plannedVisits != nil

        var doneDays: [String: Set<CalendarDate>] = [:]
        var cancelled: [String: Int] = [:]
        var notMet: [String: Int] = [:]
        for c in calls where month.contains(c.date) && c.date <= asOf {
            switch c.status {
            case .done: doneDays[c.doctorID, default: []].insert(c.date)
            case .cancelled: cancelled[c.doctorID, default: 0] += 1
            case .notMet: notMet[c.doctorID, default: 0] += 1
            }
        }
        var planned: [String: Int] = [:]
        var ahead: [String: Int] = [:]
        for v in plannedVisits ?? [] where month.contains(v.date) {
            planned[v.doctorID, default: 0] += 1
            if v.date > asOf { ahead[v.doctorID, default: 0] += 1 }
        }

        let graded = territory.gradedDoctors()
        var reps: [RepProgress] = []
        var doctors: [DoctorProgress] = []
        for repID in repIDs {
            guard let rep = territory.rep(id: repID) else { continue }
            let available = leave.availableDays(repID: repID, workingDays: workingDays)
            let elapsed = available.count(where: { $0 <= asOf })
            let mine = graded.filter { $0.doctor.repID == repID }.map { g in
                let days = doneDays[g.doctor.id] ?? []
                let last = days.max()
                return DoctorProgress(
                    doctor: g, planned: planned[g.doctor.id] ?? 0, plannedAhead: ahead[g.doctor.id] ?? 0, done: days.count,
                    cancelled: cancelled[g.doctor.id] ?? 0, notMet: notMet[g.doctor.id] ?? 0, lastDone: last,
                    expectedToDate: available.isEmpty ? 0 : Double(g.visitsPerMonth * elapsed) / Double(available.count),
                    risk: AtRisk.assess(required: g.visitsPerMonth, done: days.count, lastDone: last, available: available, elapsed: elapsed))
            }
            doctors += mine
            reps.append(
                RepProgress(
                    rep: rep, workingDays: workingDays.count, leaveDays: workingDays.count - available.count,
                    availableDays: available.count, elapsedDays: elapsed, totals: ProgressTotals(mine)))
        }
        self.reps = reps
        self.doctors = doctors
        zones = territory.rules.zones.map { z in (z, ProgressTotals(doctors.filter { $0.doctor.zone.id == z.id })) }
        total = ProgressTotals(doctors)
    }
}
