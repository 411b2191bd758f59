import TerritoryModel
import TerritoryRouting

/// One rep's month, mapped onto the routing core: node 0 is the rep's base, node `i` (1...) is
/// `doctors[i - 1]`; solver day `d` is `days[d]`. Times are minutes since midnight.
public struct RepMonth: Sendable {
    /// The rep.
    public let rep: Rep
    /// The rep's doctors, graded; node `i` is `doctors[i - 1]`.
    public let doctors: [GradedDoctor]
    /// The days the rep can visit (working days less leave), in order; solver day `d` is `days[d]`.
    public let days: [CalendarDate]
    /// Working days of the month (before leave).
    public let workingDays: [CalendarDate]
    /// Working days the rep is on leave.
    public let leaveDays: [CalendarDate]
    /// Calls per day for this rep.
    public let callsPerDay: Int
    /// The rep's day start, minutes.
    public let dayStart: Int
    /// The rep's day end (home by then), minutes.
    public let dayEnd: Int
    /// Allowed call start windows per node (index 0 = base, empty), minutes.
    public let callWindows: [[TimeWindow]]
    /// Road distance between nodes in km, row-major (doctors.count + 1)², for reporting.
    public let roadKm: [Double]
    /// Penalty per missing visit of each node (index 0 unused).
    public let missingVisitPenalty: [Int64]
    /// Visits wanted of each doctor (index `i - 1` for node `i`): its visits per month, or in a re-plan
    /// what is still needed on the open days.
    public let visitsWanted: [Int]
    /// Each doctor's spacing anchor in a re-plan (nil: the plain rule over `days`).
    public let anchors: [SpacingAnchor?]
    /// Each doctor's days in the plan a re-plan replaces, as a bit set over `days` (0 outside a re-plan).
    public let previousDays: [UInt64]
    /// Cost of a visit off its previous day, travel minutes (0 outside a re-plan).
    public let movePenalty: Int64
    /// The routing problem.
    public let problem: RoutingProblem

    /// Call capacity of the month: calls per day × available days.
    public var capacity: Int { callsPerDay * days.count }
    /// Required visits: Σ visits wanted of the rep's doctors (visits per month, unless a re-plan).
    public var required: Int { visitsWanted.reduce(0, +) }

    /// The spacing rule for `visits` visits of node `node` over `days`.
    public func spacingRule(node: Int, visits: Int) -> SpacingRule {
        SpacingRule(dayCount: days.count, visits: visits, anchor: anchors[node - 1])
    }
    /// required ÷ capacity (see `RepPlan.utilisation(required:capacity:)`).
    public var utilisation: Double { RepPlan.utilisation(required: required, capacity: capacity) }

    /// Calls per day for a rep: its own `calls_per_day`, else the rules' default.
    public static func callsPerDay(rep: Rep, rules: Rules) -> Int { rep.callsPerDay ?? rules.callsPerDay }

    /// The month's call capacity of a rep without building its routing problem: calls per day × available days
    /// (working days less leave), the figures `capacity` and `days` hold once the rep-month is built.
    public static func capacity(rep: Rep, workingDays: [CalendarDate], leave: [Leave], rules: Rules) -> (availableDays: Int, capacity: Int) {
        let days = leave.availableDays(repID: rep.id, workingDays: workingDays).count
        return (days, callsPerDay(rep: rep, rules: rules) * days)
    }

    /// Builds the rep-month.
    ///
    /// - Parameters:
    ///   - doctors: the rep's graded doctors (any order; kept as given).
    ///   - workingDays: the month's working days.
    ///   - leave: the rep's leave entries.
    ///   - travel: the travel model.
    ///   - openWindow: for a re-plan, what each doctor still needs on these days, its spacing anchor
    ///     and its days in the plan being replaced (patterns keeping them cost less); nil for a month.
    public init(
        rep: Rep, doctors: [GradedDoctor], workingDays: [CalendarDate], leave: [Leave], rules: Rules, travel: TravelModel,
        openWindow: OpenWindow? = nil
    ) throws(RoutingProblemError) {
        self.rep = rep
        self.doctors = doctors
        let wanted = doctors.map { openWindow?.visitsWanted[$0.doctor.id] ?? $0.visitsPerMonth }
        self.visitsWanted = wanted
        self.anchors = doctors.map { openWindow?.anchors[$0.doctor.id] }
        self.workingDays = workingDays
        let leaveDays = workingDays.filter { leave.covers(repID: rep.id, on: $0) }
        self.leaveDays = leaveDays
        let days = workingDays.filter { !leaveDays.contains($0) }
        self.days = days
        self.previousDays = doctors.map { openWindow?.mask(doctorID: $0.doctor.id, days: days) ?? 0 }
        self.movePenalty = openWindow?.movePenalty ?? 0
        let callsPerDay = RepMonth.callsPerDay(rep: rep, rules: rules)
        self.callsPerDay = callsPerDay
        let dayStart = (rep.dayStart ?? rules.dayStart).minutes
        let dayEnd = (rep.dayEnd ?? rules.dayEnd).minutes
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        let service = rules.serviceMinutes

        let n = doctors.count + 1
        var minutes = [Int32](repeating: 0, count: n * n)
        var km = [Double](repeating: 0, count: n * n)
        func place(_ i: Int) -> (id: String, lat: Double, lon: Double) {
            if i == 0 { return (rep.id, rep.latitude, rep.longitude) }
            let h = doctors[i - 1].hospital
            return (h.id, h.latitude, h.longitude)
        }
        for i in 0..<n {
            let a = place(i)
            for j in 0..<n where j != i {
                let b = place(j)
                if a.id == b.id { continue }
                minutes[i * n + j] = Int32(travel.minutes(fromID: a.id, lat1: a.lat, lon1: a.lon, toID: b.id, lat2: b.lat, lon2: b.lon))
                km[i * n + j] = travel.roadKm(lat1: a.lat, lon1: a.lon, lat2: b.lat, lon2: b.lon)
            }
        }
        self.roadKm = km

        var windows: [[TimeWindow]] = [[]]
        for d in doctors {
            windows.append(
                RepMonth.callWindows(
                    hospital: d.hospital.visitWindows, dayStart: dayStart, dayEnd: dayEnd,
                    serviceMinutes: service))
        }
        self.callWindows = windows

        var penalties: [Int64] = [0]
        // Groups are listed (a re-plan's, or the empty one of a doctor no window admits) or given by
        // spacing bounds (a month's); groupKeys and groupOfDoctor hold -1 - index for a listed group
        // and the index for a spaced one, numbered after the listed ones once all are known.
        var groupKeys: [String: Int] = [:]
        var groups: [[VisitPattern]] = [[VisitPattern(days: 0)]]
        var spaced: [SpacedPatterns] = []
        var groupOfDoctor: [Int] = [-1]
        let zoneCount = max(rules.zones.count, rules.zonePriority.count)
        for (i, d) in doctors.enumerated() {
            let rank = rules.priorityRank(ofZone: d.zone.id)
            var base: Int64 = 10_000
            for _ in 0..<max(0, min(4, zoneCount - 1 - rank)) { base *= 10 }
            let penalty = base + Int64(d.score) * 100
            penalties.append(penalty)
            // A doctor whose hospital leaves no call window can only take the empty pattern.
            let reachable = !windows[i + 1].isEmpty
            let visits = wanted[i]
            // A re-plan gives each doctor its own group: its anchor and its previous days are its own.
            let key = openWindow == nil ? "\(reachable ? visits : -visits)/\(penalty)" : d.doctor.id
            if let g = groupKeys[key] {
                groupOfDoctor.append(g)
            } else if openWindow == nil && reachable {
                // A month's doctor may take any day set the spacing rule allows: the solver searches them all.
                let g = spaced.count
                spaced.append(PatternGenerator.spacedGroup(dayCount: days.count, visits: visits, missingVisitPenalty: penalty, anchor: anchors[i]))
                groupKeys[key] = g
                groupOfDoctor.append(g)
            } else {
                let g = -1 - groups.count
                var group =
                    reachable
                    ? PatternGenerator.group(dayCount: days.count, visits: visits, missingVisitPenalty: penalty, anchor: anchors[i])
                    : [VisitPattern(days: 0, penalty: Int64(visits) * penalty)]
                if let openWindow, reachable {
                    group = openWindow.preferring(
                        doctorID: d.doctor.id, days: days, group: group, visits: visits,
                        missingVisitPenalty: penalty, anchor: anchors[i])
                }
                groups.append(group)
                groupKeys[key] = g
                groupOfDoctor.append(g)
            }
        }
        let groupOfNode = groupOfDoctor.map { g in Int32(g < 0 ? -1 - g : groups.count + g) }
        self.missingVisitPenalty = penalties

        self.problem = try RoutingProblem(
            clientCount: doctors.count,
            dayCount: max(1, days.count),
            travel: minutes,
            service: [0] + doctors.map { _ in Int32(service) },
            demand: [0] + doctors.map { _ in 1 },
            vehiclesPerDay: days.isEmpty ? [0] : days.map { _ in 1 },
            capacity: Int32(callsPerDay),
            dayStart: Int32(dayStart),
            dayEnd: Int32(dayEnd),
            windows: windows,
            breakWindow: TimeWindow(open: Int32(rules.lunch.start.minutes), close: Int32(rules.lunch.end.minutes)),
            breakLength: Int32(rules.lunchMinutes),
            timeCost: RouteTimeCost(
                dayPerMille: Int64((rules.dayMinuteCost * 1000).rounded()),
                idlePerMille: Int64((rules.idleMinuteCost * 1000).rounded())),
            patternGroups: groups,
            spacedGroups: spaced,
            patternGroupOfNode: groupOfNode)
    }

    /// Allowed call start times at a hospital: inside one of its reception windows (or the whole
    /// day when it has none) and the rep's working hours, ending by the window's end. Lunch is a
    /// break the route simulation places, not a hole in the windows.
    public static func callWindows(hospital: [ClockWindow], dayStart: Int, dayEnd: Int, serviceMinutes: Int) -> [TimeWindow] {
        let open = hospital.isEmpty ? [(dayStart, dayEnd)] : hospital.map { ($0.start.minutes, $0.end.minutes) }
        var out: [TimeWindow] = []
        for (s, e) in open {
            let (a, b) = (max(s, dayStart), min(e, dayEnd))
            if b - a >= serviceMinutes { out.append(TimeWindow(open: Int32(a), close: Int32(b - serviceMinutes))) }
        }
        out.sort { $0.open < $1.open }
        var merged: [TimeWindow] = []
        for w in out {
            if let last = merged.last, last.close >= w.open {
                merged[merged.count - 1].close = max(last.close, w.close)
            } else {
                merged.append(w)
            }
        }
        return merged
    }

    /// Road km between two nodes.
    public func km(_ i: Int, _ j: Int) -> Double { roadKm[i * (doctors.count + 1) + j] }
}
