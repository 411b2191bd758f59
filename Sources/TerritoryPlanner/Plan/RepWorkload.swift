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
    /// - Complexity: O(doctors + working days × leave entries).
    public init?(territory: Territory, repID: String, workingDays: [CalendarDate], leave: [Leave], graded: [GradedDoctor]) {
        guard let rep = territory.rep(id: repID) else { return nil }
        let available = leave.availableDays(repID: repID, workingDays: workingDays).count
        self.repID = repID
        self.workingDays = workingDays.count
        self.leaveDays = workingDays.count - available
        self.capacity = (rep.callsPerDay ?? territory.rules.callsPerDay) * available
        self.required = graded.reduce(0) { $0 + ($1.doctor.repID == repID ? $1.visitsPerMonth : 0) }
    }
}
