import TerritoryModel

/// One day a manager joins one rep on the rep's planned route (协访).
public struct CoVisitDay: Sendable, Hashable {
    /// The manager.
    public var managerID: String
    /// The rep he joins.
    public var repID: String
    /// The day.
    public var date: CalendarDate
    /// The doctors he calls on with the rep, in the rep's visiting order.
    public var doctorIDs: [String]

    /// Creates a co-visit day.
    public init(managerID: String, repID: String, date: CalendarDate, doctorIDs: [String]) {
        self.managerID = managerID
        self.repID = repID
        self.date = date
        self.doctorIDs = doctorIDs
    }
}

/// A manager's month of co-visits: the days he joins his reps, and what the rule asked of him.
public struct ManagerPlan: Sendable, Hashable {
    /// The manager.
    public var managerID: String
    /// His co-visit days, in date order.
    public var days: [CoVisitDay]
    /// Co-visits his reps' doctors want this month (the rule's zones × per doctor), planned or not.
    public var wanted: Int

    /// Creates a manager's plan.
    public init(managerID: String, days: [CoVisitDay], wanted: Int = 0) {
        self.managerID = managerID
        self.days = days
        self.wanted = wanted
    }

    /// Co-visited calls planned.
    public var calls: Int { days.reduce(0) { $0 + $1.doctorIDs.count } }
}

/// A visit of a rep's plan marked as co-visited by a manager (plan.json's `co_visit` on a visit).
public struct CoVisitMark: Sendable, Hashable {
    /// The rep.
    public var repID: String
    /// The day.
    public var date: CalendarDate
    /// The doctor.
    public var doctorID: String
    /// The manager who joins the call.
    public var managerID: String

    /// Creates a mark.
    public init(repID: String, date: CalendarDate, doctorID: String, managerID: String) {
        self.repID = repID
        self.date = date
        self.doctorID = doctorID
        self.managerID = managerID
    }
}

extension MonthPlan {
    /// The co-visit mark of each visit, by `rep|date|doctor`: the manager who joins it.
    public var coVisitManagers: [String: String] {
        var out: [String: String] = [:]
        for m in managers {
            for d in m.days { for doctor in d.doctorIDs { out["\(d.repID)|\(d.date)|\(doctor)"] = m.managerID } }
        }
        return out
    }
}
