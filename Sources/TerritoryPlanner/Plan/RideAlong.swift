import TerritoryModel

/// How well the lowest-priority zone's calls (blue by default) ride along: made on a day the rep
/// is at that hospital anyway for a higher-priority doctor, so they add no travel.
public struct RideAlong: Sendable, Hashable {
    /// Lowest-priority calls made on a day the rep calls on a higher-priority doctor at that hospital.
    public var riding: Int
    /// Lowest-priority calls at hospitals where the rep has a higher-priority doctor (could ride along).
    public var possible: Int
    /// Lowest-priority calls at hospitals where the rep has no higher-priority doctor (need their own trip).
    public var ownTrip: Int

    /// Creates a measure.
    public init(riding: Int, possible: Int, ownTrip: Int) {
        self.riding = riding
        self.possible = possible
        self.ownTrip = ownTrip
    }

    /// Measures one rep's visits against that rep's graded doctors.
    ///
    /// - Complexity: O(visits + doctors).
    public static func measure(repID: String, visits: [PlannedVisit], doctors: [GradedDoctor], rules: Rules) -> RideAlong {
        let mine = doctors.filter { $0.doctor.repID == repID }
        guard let lowest = mine.map({ rules.priorityRank(ofZone: $0.zone.id) }).max() else { return RideAlong(riding: 0, possible: 0, ownTrip: 0) }
        let rank = Dictionary(mine.map { ($0.doctor.id, rules.priorityRank(ofZone: $0.zone.id)) }, uniquingKeysWith: { a, _ in a })
        let anchoredHospitals = Set(mine.filter { rules.priorityRank(ofZone: $0.zone.id) < lowest }.map(\.hospital.id))
        var anchorDays = Set<String>()
        for v in visits where v.repID == repID && (rank[v.doctorID] ?? lowest) < lowest {
            anchorDays.insert("\(v.date) \(v.hospitalID)")
        }
        var result = RideAlong(riding: 0, possible: 0, ownTrip: 0)
        for v in visits where v.repID == repID && rank[v.doctorID] == lowest {
            if anchoredHospitals.contains(v.hospitalID) {
                result.possible += 1
                if anchorDays.contains("\(v.date) \(v.hospitalID)") { result.riding += 1 }
            } else {
                result.ownTrip += 1
            }
        }
        return result
    }
}
