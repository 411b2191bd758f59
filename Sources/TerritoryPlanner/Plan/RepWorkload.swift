import TerritoryModel

/// A rep's month in numbers, without building its routing problem: working days, leave, capacity and
/// the visits its doctors require.
public struct RepWorkload: Sendable, Hashable {
    /// The rep.
    public var repID: String
    /// Working days of the month.
    public var workingDays: Int
    /// Working days on leave.
    public var leaveDays: Int
    /// Calls per day × available days.
    public var capacity: Int
    /// Σ visits per month of the rep's doctors.
    public var required: Int

    /// The workload of `repID`; nil when the territory has no such rep.
    ///
    /// - Complexity: O(the rep's doctors + working days × leave entries).
    public init?(territory: Territory, repID: String, workingDays: [CalendarDate], leave: [Leave]) {
        guard let rep = territory.rep(id: repID) else { return nil }
        let available = leave.availableDays(repID: repID, workingDays: workingDays).count
        self.repID = repID
        self.workingDays = workingDays.count
        self.leaveDays = workingDays.count - available
        self.capacity = (rep.callsPerDay ?? territory.rules.callsPerDay) * available
        self.required = territory.gradedDoctors(ofRep: repID).reduce(0) { $0 + $1.visitsPerMonth }
    }
}

extension RepPlan {
    /// A rep's plan measured from its visits: the workload's figures, planned visits per zone, and
    /// travel from the rep's base through each day's visits in seq order and back (`DayRoute`).
    ///
    /// - Complexity: O(visits × log visits).
    public init(
        workload: RepWorkload, visits: [PlannedVisit], unplaced: [UnplacedVisits], territory: Territory, travel: TravelModel,
        solveSeconds: Double = 0, iterations: Int = 0
    ) {
        let mine = visits.sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }
        var byZone: [String: Int] = [:]
        for v in mine { if let z = territory.gradedDoctor(id: v.doctorID)?.zone.id { byZone[z, default: 0] += 1 } }
        var km = 0.0
        var minutes = 0
        var byDate: [CalendarDate: [PlannedVisit]] = [:]
        for v in mine { byDate[v.date, default: []].append(v) }
        for date in byDate.keys.sorted() {  // date order: the float sum must not depend on hashing
            guard let route = DayRoute(visits: byDate[date]!, territory: territory, travel: travel) else { continue }
            km += route.km
            minutes += route.minutes
        }
        self.init(
            repID: workload.repID, workingDays: workload.workingDays, leaveDays: workload.leaveDays, capacity: workload.capacity,
            required: workload.required, visits: mine, unplaced: unplaced,
            plannedByZone: territory.rules.zones.map { ($0.id, byZone[$0.id] ?? 0) },
            travelKm: km, travelMinutes: minutes, solveSeconds: solveSeconds, iterations: iterations)
    }
}
