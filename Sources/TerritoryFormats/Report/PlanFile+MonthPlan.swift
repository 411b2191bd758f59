import TerritoryModel
import TerritoryPlanner

extension PlanFile {
    /// A rep of the plan file that the territory does not know.
    public struct UnknownRep: Error, Sendable, Hashable {
        /// The rep id.
        public var repID: String
    }

    /// The plan file as a `MonthPlan`: each rep's visits and unplaced entries as read, with working days,
    /// leave, capacity and required visits counted from the territory and calendar (`RepWorkload`), and
    /// planned visits by zone and travel recomputed from the visits in seq order, base to base. Solve time
    /// and iterations are 0: the file does not record them.
    public func monthPlan(
        territory: Territory, workingDays: [CalendarDate], leave: [Leave], travel: TravelModel,
        seed: UInt64 = 0
    ) throws(UnknownRep) -> MonthPlan {
        var reps: [RepPlan] = []
        var visitsOf: [String: [PlannedVisit]] = [:]
        for v in visits { visitsOf[v.repID, default: []].append(v) }
        var unplacedOf: [String: [UnplacedVisits]] = [:]
        for u in unplaced { unplacedOf[u.repID, default: []].append(u) }
        for id in repIDs {
            guard let workload = RepWorkload(territory: territory, repID: id, workingDays: workingDays, leave: leave) else {
                throw UnknownRep(repID: id)
            }
            reps.append(
                RepPlan(
                    workload: workload, visits: visitsOf[id] ?? [], unplaced: unplacedOf[id] ?? [],
                    territory: territory, travel: travel))
        }
        return MonthPlan(month: month, seed: seed, reps: reps)
    }
}
