import TerritoryModel
import TerritoryRouting

/// Re-plans the rest of a rep's month: history before the re-plan date, frozen days kept exactly,
/// the open days re-optimised for what is still needed with the cost of moving a visit in the objective.
public enum Replanner {
    /// What a re-plan of one rep starts from.
    public struct Input: Sendable {
        /// The rep.
        public var repID: String
        /// The old plan's visits of the rep (any order).
        public var previous: [PlannedVisit]
        /// The calls the rep logged in the month (all dates; only those before `from` are used).
        public var calls: [LoggedCall]
        /// The re-plan date.
        public var from: CalendarDate
        /// Working days from `from` kept as planned.
        public var freeze: Int
        /// The revision the new plan gets.
        public var revision: Int

        /// Creates an input.
        public init(repID: String, previous: [PlannedVisit], calls: [LoggedCall], from: CalendarDate, freeze: Int, revision: Int) {
            self.repID = repID
            self.previous = previous
            self.calls = calls
            self.from = from
            self.freeze = freeze
            self.revision = revision
        }
    }

    /// One rep's re-plan: the merged month, what it knows of the past, and what changed.
    public struct Result: Sendable {
        /// The whole month: history and frozen visits as they were, then the re-planned days.
        public var plan: RepPlan
        /// History and what the re-plan kept.
        public var record: ReplanRecord
        /// Per doctor, the visits kept, moved, added and dropped.
        public var changes: VisitChanges
    }

    /// The first day re-optimised: the working day after the first `freeze` working days on or
    /// after `from` (nil when the month has none left).
    public static func openFrom(from: CalendarDate, freeze: Int, workingDays: [CalendarDate]) -> CalendarDate? {
        let ahead = workingDays.filter { $0 >= from }
        return freeze < ahead.count ? ahead[freeze] : nil
    }

    /// Re-plans one rep's month.
    ///
    /// History (days before `from`): on a day the rep logged calls, the calls are the truth (an
    /// old-plan visit without a done call did not happen; a done call the plan did not have is
    /// counted); on a day without calls, the old plan is taken as done unless the day is now leave.
    /// Frozen days (the first `freeze` working days from `from`) keep the old plan's visits byte for
    /// byte, except on a day that is now leave, where they are dropped. Each doctor then needs
    /// required − real visits on the open days, spaced from its last real visit; the solver places
    /// them (red first when the month is short) with a cost on every visit off its old day.
    ///
    /// - Complexity: the solver's on the open days (`effort.iterations` steps).
    public static func replan(
        _ input: Input, territory: Territory, workingDays: [CalendarDate], leave: [Leave],
        travel: TravelModel, effort: Planner.Effort
    ) throws(RoutingProblemError) -> Result {
        let rules = territory.rules
        let repID = input.repID
        guard let rep = territory.rep(id: repID) else { throw RoutingProblemError(problems: ["unknown rep \(repID)"]) }
        let doctors = territory.gradedDoctors(ofRep: repID)
        let available = leave.availableDays(repID: repID, workingDays: workingDays)
        let openFrom = openFrom(from: input.from, freeze: input.freeze, workingDays: workingDays)
        let cut = openFrom ?? CalendarDate(daysSinceEpoch: (workingDays.last ?? input.from).daysSinceEpoch + 1)
        let old = input.previous.filter { $0.repID == repID }.sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }

        // History.
        var logged: [CalendarDate: [LoggedCall]] = [:]
        for c in input.calls where c.repID == repID && c.date < input.from { logged[c.date, default: []].append(c) }
        var notDone: [MissedVisit] = []
        var doneOffPlan: [LoggedCall] = []
        var kept: [PlannedVisit] = []
        for v in old where v.date < cut {
            if v.date >= input.from {
                // Frozen: kept as planned, unless the day is now leave (then dropped, as `changes` shows).
                if !leave.covers(repID: repID, on: v.date) { kept.append(v) }
                continue
            }
            kept.append(v)
            if let calls = logged[v.date] {
                let mine = calls.filter { $0.doctorID == v.doctorID }
                if mine.contains(where: { $0.status == .done }) { continue }
                let reason: MissedReason =
                    mine.contains { $0.status == .cancelled } ? .cancelled : mine.contains { $0.status == .notMet } ? .notMet : .notLogged
                notDone.append(MissedVisit(repID: repID, date: v.date, doctorID: v.doctorID, reason: reason))
            } else if leave.covers(repID: repID, on: v.date) {
                notDone.append(MissedVisit(repID: repID, date: v.date, doctorID: v.doctorID, reason: .leave))
            }
        }
        let planned = Set(old.map { "\($0.date)|\($0.doctorID)" })
        var seenDone = Set<String>()
        for date in logged.keys.sorted() {
            for c in logged[date]! where c.status == .done {
                let key = "\(c.date)|\(c.doctorID)"
                if !planned.contains(key), seenDone.insert(key).inserted { doneOffPlan.append(c) }
            }
        }
        let record = ReplanRecord(
            from: input.from, freeze: input.freeze, openFrom: openFrom, revision: input.revision,
            notDone: notDone, doneOffPlan: doneOffPlan)
        let real = record.realDates(repID: repID, visits: kept)

        // The open days.
        var wanted: [String: Int] = [:]
        var anchors: [String: SpacingAnchor] = [:]
        var previousDays: [String: [CalendarDate]] = [:]
        for g in doctors {
            let id = g.doctor.id
            wanted[id] = max(0, g.visitsPerMonth - (real[id]?.count ?? 0))
            anchors[id] = ReplanRecord.anchor(realDates: real[id] ?? [], available: available, openFrom: cut)
        }
        for v in old where v.date >= cut { previousDays[v.doctorID, default: []].append(v.date) }
        let month = try RepMonth(
            rep: rep, doctors: doctors, workingDays: workingDays.filter { $0 >= cut }, leave: leave, rules: rules,
            travel: travel, openWindow: OpenWindow(visitsWanted: wanted, anchors: anchors, previousDays: previousDays))
        let open = Planner.plan(month, rules: rules, effort: effort)

        // The merged month.
        let visits = kept + open.visits
        guard let workload = RepWorkload(territory: territory, repID: repID, workingDays: workingDays, leave: leave) else {
            throw RoutingProblemError(problems: ["unknown rep \(repID)"])
        }
        let merged = RepPlan(
            workload: workload, visits: visits, unplaced: open.unplaced, territory: territory, travel: travel,
            solveSeconds: open.solveSeconds, iterations: open.iterations)
        let changes = VisitChanges(repID: repID, before: old.filter { $0.date >= input.from }, after: visits.filter { $0.date >= input.from })
        return Result(plan: merged, record: record, changes: changes)
    }
}
