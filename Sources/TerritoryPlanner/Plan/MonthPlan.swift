import TerritoryModel

/// One call on a doctor in a rep's day.
public struct PlannedVisit: Sendable, Hashable {
    /// The rep making the call.
    public var repID: String
    /// The day of the call.
    public var date: CalendarDate
    /// Position in the rep's day, 1-based, in visiting order.
    public var seq: Int
    /// The hospital visited.
    public var hospitalID: String
    /// The doctor called on.
    public var doctorID: String
    /// Start of the call (the rep is with the doctor from then).
    public var arrival: ClockTime
    /// End of the call.
    public var departure: ClockTime

    /// Creates a visit.
    public init(repID: String, date: CalendarDate, seq: Int, hospitalID: String, doctorID: String, arrival: ClockTime, departure: ClockTime) {
        self.repID = repID
        self.date = date
        self.seq = seq
        self.hospitalID = hospitalID
        self.doctorID = doctorID
        self.arrival = arrival
        self.departure = departure
    }
}

/// Why required visits could not be placed.
public enum UnplacedReason: String, Sendable, Hashable, CaseIterable {
    /// The month's calls were used by higher-priority visits.
    case capacity
    /// The hospital's reception windows cannot hold the calls (or leave no call at all).
    case receptionWindows = "reception_windows"
    /// The rep's leave leaves fewer days than the doctor needs visits.
    case leave
    /// More visits than days: at most one visit per doctor per day.
    case spacing
}

/// Visits of one doctor the plan could not place.
public struct UnplacedVisits: Sendable, Hashable {
    /// The doctor.
    public var doctorID: String
    /// The doctor's rep.
    public var repID: String
    /// How many required visits are missing.
    public var missing: Int
    /// Why.
    public var reason: UnplacedReason

    /// Creates an entry.
    public init(doctorID: String, repID: String, missing: Int, reason: UnplacedReason) {
        self.doctorID = doctorID
        self.repID = repID
        self.missing = missing
        self.reason = reason
    }
}

/// One rep's month: capacity, visits, what could not be placed, travel.
public struct RepPlan: Sendable {
    /// The rep.
    public var repID: String
    /// Working days of the month.
    public var workingDays: Int
    /// Working days on leave.
    public var leaveDays: Int
    /// Calls per day × (working days − leave).
    public var capacity: Int
    /// Σ visits per month of the rep's doctors.
    public var required: Int
    /// Visits placed, in date then seq order.
    public var visits: [PlannedVisit]
    /// Doctors with missing visits, highest priority first.
    public var unplaced: [UnplacedVisits]
    /// Planned visits per zone id, in the rules' zone order.
    public var plannedByZone: [(zoneID: String, count: Int)]
    /// Total road distance, km.
    public var travelKm: Double
    /// Total travel time, minutes.
    public var travelMinutes: Int
    /// Wall-clock seconds the solver took.
    public var solveSeconds: Double
    /// Solver iterations run.
    public var iterations: Int

    /// required ÷ capacity.
    public var utilisation: Double { Self.utilisation(required: required, capacity: capacity) }

    /// required ÷ capacity: 0 when nothing is required, infinity when visits are required of no capacity.
    public static func utilisation(required: Int, capacity: Int) -> Double {
        capacity == 0 ? (required == 0 ? 0 : .infinity) : Double(required) / Double(capacity)
    }

    /// Creates a rep plan.
    public init(
        repID: String, workingDays: Int, leaveDays: Int, capacity: Int, required: Int, visits: [PlannedVisit],
        unplaced: [UnplacedVisits], plannedByZone: [(zoneID: String, count: Int)], travelKm: Double,
        travelMinutes: Int, solveSeconds: Double, iterations: Int
    ) {
        self.repID = repID
        self.workingDays = workingDays
        self.leaveDays = leaveDays
        self.capacity = capacity
        self.required = required
        self.visits = visits
        self.unplaced = unplaced
        self.plannedByZone = plannedByZone
        self.travelKm = travelKm
        self.travelMinutes = travelMinutes
        self.solveSeconds = solveSeconds
        self.iterations = iterations
    }
}

/// A month's plan for one or more reps.
public struct MonthPlan: Sendable {
    /// The month planned.
    public var month: YearMonth
    /// The seed used.
    public var seed: UInt64
    /// One plan per rep, in the territory's rep order.
    public var reps: [RepPlan]
    /// Each manager's co-visit days (`CoVisitPlanner`), in managers.csv order; empty without managers.
    public var managers: [ManagerPlan]

    /// Creates a plan.
    public init(month: YearMonth, seed: UInt64, reps: [RepPlan], managers: [ManagerPlan] = []) {
        self.month = month
        self.seed = seed
        self.reps = reps
        self.managers = managers
    }

    /// Every visit of every rep, in rep, date, seq order.
    public var visits: [PlannedVisit] { reps.flatMap(\.visits) }
    /// Every unplaced entry of every rep.
    public var unplaced: [UnplacedVisits] { reps.flatMap(\.unplaced) }
}
