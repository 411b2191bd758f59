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
    public func monthPlan(territory: Territory, workingDays: [CalendarDate], leave: [Leave], travel: TravelModel,
                          seed: UInt64 = 0) throws(UnknownRep) -> MonthPlan {
        var reps: [RepPlan] = []
        let all = territory.gradedDoctors()
        let graded = all.byDoctorID()
        for id in repIDs {
            guard let month = RepWorkload(territory: territory, repID: id, workingDays: workingDays, leave: leave, graded: all) else {
                throw UnknownRep(repID: id)
            }
            let mine = visits.filter { $0.repID == id }.sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }
            var byZone: [String: Int] = [:]
            for v in mine { if let z = graded[v.doctorID]?.zone.id { byZone[z, default: 0] += 1 } }
            var km = 0.0, minutes = 0
            var byDate: [CalendarDate: [PlannedVisit]] = [:]
            for v in mine { byDate[v.date, default: []].append(v) }
            for date in byDate.keys.sorted() {  // date order: the float sum must not depend on hashing
                guard let route = DayRoute(visits: byDate[date]!, territory: territory, travel: travel) else { continue }
                km += route.km
                minutes += route.minutes
            }
            reps.append(RepPlan(repID: id, workingDays: month.workingDays, leaveDays: month.leaveDays,
                                capacity: month.capacity, required: month.required, visits: mine,
                                unplaced: unplaced.filter { $0.repID == id },
                                plannedByZone: territory.rules.zones.map { ($0.id, byZone[$0.id] ?? 0) },
                                travelKm: km, travelMinutes: minutes, solveSeconds: 0, iterations: 0))
        }
        return MonthPlan(month: month, seed: seed, reps: reps)
    }
}
