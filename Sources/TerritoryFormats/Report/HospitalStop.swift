import TerritoryModel
import TerritoryPlanner

/// One stop of a rep's day: consecutive visits at one hospital, in visiting order.
public struct HospitalStop: Sendable, Hashable {
    /// The hospital visited.
    public var hospitalID: String
    /// The visits of the stop, in seq order (never empty).
    public var visits: [PlannedVisit]

    /// The day of the stop.
    public var date: CalendarDate { visits[0].date }
    /// The rep.
    public var repID: String { visits[0].repID }
    /// The first call's start.
    public var arrival: ClockTime { visits[0].arrival }
    /// The last call's end.
    public var departure: ClockTime { visits[visits.count - 1].departure }

    /// The stop cut wherever a call does not start when the previous one ends (a wait, lunch).
    public var contiguousRuns: [HospitalStop] {
        var out: [HospitalStop] = []
        for v in visits {
            if let last = out.last?.visits.last, last.departure == v.arrival {
                out[out.count - 1].visits.append(v)
            } else {
                out.append(HospitalStop(hospitalID: hospitalID, visits: [v]))
            }
        }
        return out
    }

    /// The stops of one rep's visits: grouped by date, ordered by seq, consecutive visits at the same
    /// hospital merged. Visits of several reps are kept apart.
    public static func stops(of visits: [PlannedVisit]) -> [HospitalStop] {
        let ordered = visits.sorted { ($0.repID, $0.date, $0.seq) < ($1.repID, $1.date, $1.seq) }
        var out: [HospitalStop] = []
        for v in ordered {
            if let last = out.last, last.repID == v.repID, last.date == v.date, last.hospitalID == v.hospitalID {
                out[out.count - 1].visits.append(v)
            } else {
                out.append(HospitalStop(hospitalID: v.hospitalID, visits: [v]))
            }
        }
        return out
    }
}
