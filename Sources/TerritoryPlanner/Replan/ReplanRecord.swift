/// What a re-plan kept and what it knows happened before its date, written into the new plan so
/// that `PlanChecker` judges the plan as the re-planner made it.
///
/// The plan's visits before `openFrom` are the old plan's, unchanged (history and frozen days);
/// `notDone` lists those of them that did not happen, `doneOffPlan` the done calls the old plan did
/// not have. The rules of the month apply from `openFrom` on: visit counts take the real visits
/// (history done, frozen, re-planned) into account, and spacing is judged on the open days,
/// measured from each doctor's last real visit (`SpacingAnchor`). Spacing before `openFrom` is not
/// judged: it is what happened, or what reps have booked.
public struct ReplanRecord: Sendable, Hashable {
    /// The re-plan date: days before it are history.
    public var from: CalendarDate
    /// Working days from `from` kept exactly as planned.
    public var freeze: Int
    /// The first day re-optimised (the working day after the frozen ones); nil when none is left in the month.
    public var openFrom: CalendarDate?
    /// 1 for the first re-plan of a month, then one more each time (a plan made by `plan` is revision 0).
    public var revision: Int
    /// Visits of the old plan before `from` that did not happen.
    public var notDone: [MissedVisit]
    /// Done calls before `from` that the old plan did not have.
    public var doneOffPlan: [LoggedCall]

    /// Creates a record.
    public init(from: CalendarDate, freeze: Int, openFrom: CalendarDate?, revision: Int, notDone: [MissedVisit], doneOffPlan: [LoggedCall]) {
        self.from = from
        self.freeze = freeze
        self.openFrom = openFrom
        self.revision = revision
        self.notDone = notDone
        self.doneOffPlan = doneOffPlan
    }

    /// Whether the plan's visit `v` is one that did not happen.
    public func isNotDone(_ v: PlannedVisit) -> Bool {
        notDone.contains { $0.repID == v.repID && $0.date == v.date && $0.doctorID == v.doctorID }
    }

    /// The real visit dates of each doctor of `repID` in `visits`: the plan's visits less those not
    /// done, plus the done calls off the plan (one a day).
    public func realDates(repID: String, visits: [PlannedVisit]) -> [String: [CalendarDate]] {
        let missed = Set(notDone.filter { $0.repID == repID }.map { "\($0.date)|\($0.doctorID)" })
        var out: [String: Set<CalendarDate>] = [:]
        for v in visits where v.repID == repID && !missed.contains("\(v.date)|\(v.doctorID)") { out[v.doctorID, default: []].insert(v.date) }
        for c in doneOffPlan where c.repID == repID { out[c.doctorID, default: []].insert(c.date) }
        return out.mapValues { $0.sorted() }
    }

    /// The open days of a rep (its available days from `openFrom`), the index of the first of them
    /// among all available days, and a doctor's spacing anchor given its real visit dates.
    public static func anchor(realDates: [CalendarDate], available: [CalendarDate], openFrom: CalendarDate) -> SpacingAnchor {
        let openIndex = available.firstIndex { $0 >= openFrom } ?? available.count
        let before = realDates.filter { $0 < openFrom }.count
        // The last real visit before the open days, as an available-day index: a visit on a day off
        // (or on leave) counts from the available day before it, as progress counts it.
        guard let last = realDates.last(where: { $0 < openFrom }) else {
            return SpacingAnchor(openIndex: openIndex, lastVisitIndex: nil, monthDays: available.count, before: 0)
        }
        let index = (available.lastIndex { $0 <= last }) ?? -1
        return SpacingAnchor(openIndex: openIndex, lastVisitIndex: index, monthDays: available.count, before: before)
    }
}

/// A visit of the old plan that did not happen, and why.
public struct MissedVisit: Sendable, Hashable {
    /// The rep.
    public var repID: String
    /// The day it was planned.
    public var date: CalendarDate
    /// The doctor.
    public var doctorID: String
    /// Why it counts as not done.
    public var reason: MissedReason

    /// Creates an entry.
    public init(repID: String, date: CalendarDate, doctorID: String, reason: MissedReason) {
        self.repID = repID
        self.date = date
        self.doctorID = doctorID
        self.reason = reason
    }
}

/// Why a planned visit before the re-plan date counts as not done.
public enum MissedReason: String, Sendable, Hashable, CaseIterable {
    /// Logged as cancelled.
    case cancelled
    /// Logged as not met.
    case notMet = "not_met"
    /// The rep logged calls that day, but none on this doctor.
    case notLogged = "not_logged"
    /// The day is now leave (a lost day in leave.csv) and nothing was logged.
    case leave
}
