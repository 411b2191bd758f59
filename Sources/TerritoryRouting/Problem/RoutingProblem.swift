/// A closed interval of allowed service start times, in the problem's time units.
public struct TimeWindow: Sendable, Hashable {
    /// Earliest start of service.
    public var open: Int32
    /// Latest start of service.
    public var close: Int32

    /// Creates a window; `open` must not exceed `close`.
    public init(open: Int32, close: Int32) {
        self.open = open
        self.close = close
    }
}

/// One allowed set of visit days for a client, with the penalty of choosing it.
///
/// Bit `d` of `days` (least significant bit = day 0) is set when the client is visited on day `d`.
/// A pattern with no days means "not visited at all"; its `penalty` is what leaving the client
/// out costs. Planner patterns with fewer visits than required carry the cost of the missing ones.
public struct VisitPattern: Sendable, Hashable {
    /// The visit days as a bit set, day 0 in the least significant bit.
    public var days: UInt64
    /// Cost added to the objective when this pattern is chosen (0 for a complete pattern).
    public var penalty: Int64

    /// Creates a pattern from its day bit set and penalty.
    public init(days: UInt64, penalty: Int64 = 0) {
        self.days = days
        self.penalty = penalty
    }

    /// Number of visit days in the pattern.
    public var visitCount: Int { days.nonzeroBitCount }
}

/// What a route's time costs on top of its travel, so that the objective counts the day a rep
/// feels: its length, from `dayStart` to the return to the depot, and the idle time in it (that
/// length less travel, service and a break taken before the return). Both are weights per 1000
/// time units, so 500 = half a unit of cost per unit of time; a route costs
/// `(dayPerMille × length + idlePerMille × idle) / 1000`, rounded down, and an empty route 0.
///
/// Counting the length from `dayStart` makes a day that waits until the afternoon for its first
/// call cost its empty morning: the search then fills mornings where windows allow.
public struct RouteTimeCost: Sendable, Hashable {
    /// Cost per 1000 units of route length (from `dayStart` to the return).
    public var dayPerMille: Int64
    /// Cost per 1000 units of idle time (waiting) in a route.
    public var idlePerMille: Int64

    /// Creates the weights; negative weights count as 0.
    public init(dayPerMille: Int64 = 0, idlePerMille: Int64 = 0) {
        self.dayPerMille = max(0, dayPerMille)
        self.idlePerMille = max(0, idlePerMille)
    }

    /// No time cost: the objective is travel plus penalties (the benchmarks).
    public static let none = RouteTimeCost()

    /// Whether either weight is positive.
    public var isActive: Bool { dayPerMille > 0 || idlePerMille > 0 }

    /// The cost of a route of length `length` with `idle` units of waiting.
    @inline(__always)
    public func cost(length: Int64, idle: Int64) -> Int64 {
        (dayPerMille &* length &+ idlePerMille &* max(0, idle)) / 1000
    }
}

/// The periodic vehicle routing problem the solver core minimises: immutable, validated once.
///
/// Node 0 is the depot; clients are nodes `1...clientCount`. Each client picks one pattern from
/// its pattern group and is visited once on each day of that pattern, by one of that day's
/// vehicles. A route starts at the depot at `dayStart`, serves its clients in order (waiting for
/// a client's next time window when early) and returns to the depot by `dayEnd`; its total
/// demand must not exceed `capacity`. The objective is total travel over all days plus the
/// chosen patterns' penalties, plus each route's `timeCost` when it has one.
///
/// The planner uses minutes as time units and one vehicle per day; the Cordeau benchmark uses
/// scaled Euclidean distances as both travel time and cost.
public struct RoutingProblem: Sendable {
    /// Number of clients; nodes are `0...clientCount` with 0 the depot.
    public let clientCount: Int
    /// Number of days in the period; days are `0..<dayCount` (at most 64).
    public let dayCount: Int
    /// Travel time (= cost) between nodes, row-major `(clientCount+1)²`: `travel[i * nodeCount + j]`, units.
    public let travel: [Int32]
    /// Service duration per node (index 0 = depot, 0), units.
    public let service: [Int32]
    /// Load per visit per node (index 0 = depot, 0).
    public let demand: [Int32]
    /// Vehicles available per day, indexed by day; 0 means nothing can be visited that day.
    public let vehiclesPerDay: [Int32]
    /// Load limit of every route.
    public let capacity: Int32
    /// Time a route leaves the depot, units.
    public let dayStart: Int32
    /// Latest time a route may return to the depot, units (`Int32.max` = no limit).
    public let dayEnd: Int32
    /// Allowed service start windows per node, sorted and disjoint; an empty list means any time.
    public let windows: [[TimeWindow]]
    /// Pattern groups: each is the list of patterns a client of that group may choose from.
    public let patternGroups: [[VisitPattern]]
    /// Pattern groups given by spacing bounds; group `patternGroups.count + i` is `spacedGroups[i]`.
    public let spacedGroups: [SpacedPatterns]
    /// Pattern group of each node (index 0 = depot, unused).
    public let patternGroupOfNode: [Int32]

    /// Number of nodes including the depot.
    public var nodeCount: Int { clientCount + 1 }

    /// Window in which a route must hold its break (`open` = earliest start, `close` = latest
    /// end), or nil for no break: the planner's lunch.
    public let breakWindow: TimeWindow?
    /// Length of the break, units (0 = none).
    public let breakLength: Int32

    /// What each route's length and idle time cost (`.none` by default).
    public let timeCost: RouteTimeCost
    /// Whether routes must be simulated in time (some node has windows, there is a break, or
    /// routes carry a time cost).
    public let hasTimeWindows: Bool
    /// The route simulator every time check uses.
    let clock: RouteClock

    /// Creates and validates a problem; returns the list of problems found when the data is inconsistent.
    public init(
        clientCount: Int,
        dayCount: Int,
        travel: [Int32],
        service: [Int32],
        demand: [Int32],
        vehiclesPerDay: [Int32],
        capacity: Int32,
        dayStart: Int32 = 0,
        dayEnd: Int32 = .max,
        windows: [[TimeWindow]]? = nil,
        breakWindow: TimeWindow? = nil,
        breakLength: Int32 = 0,
        timeCost: RouteTimeCost = .none,
        patternGroups: [[VisitPattern]],
        spacedGroups: [SpacedPatterns] = [],
        patternGroupOfNode: [Int32]
    ) throws(RoutingProblemError) {
        let n = clientCount + 1
        var problems: [String] = []
        if clientCount < 0 { problems.append("clientCount is negative") }
        if dayCount < 1 || dayCount > 64 { problems.append("dayCount \(dayCount) is outside 1...64") }
        if travel.count != n * n { problems.append("travel has \(travel.count) entries, expected \(n * n)") }
        if service.count != n { problems.append("service has \(service.count) entries, expected \(n)") }
        if demand.count != n { problems.append("demand has \(demand.count) entries, expected \(n)") }
        if vehiclesPerDay.count != dayCount { problems.append("vehiclesPerDay has \(vehiclesPerDay.count) entries, expected \(dayCount)") }
        if patternGroupOfNode.count != n { problems.append("patternGroupOfNode has \(patternGroupOfNode.count) entries, expected \(n)") }
        let windowList = windows ?? Array(repeating: [], count: n)
        if windowList.count != n { problems.append("windows has \(windowList.count) entries, expected \(n)") }
        if dayStart > dayEnd { problems.append("dayStart \(dayStart) is after dayEnd \(dayEnd)") }
        let dayMask: UInt64 = dayCount >= 64 ? ~0 : (UInt64(1) << UInt64(max(0, dayCount))) - 1
        for (g, group) in patternGroups.enumerated() {
            if group.isEmpty { problems.append("pattern group \(g) is empty") }
            for p in group where p.days & ~dayMask != 0 {
                problems.append("pattern group \(g) has a pattern with days beyond day \(dayCount - 1)")
            }
            if group.contains(where: { $0.penalty < 0 }) { problems.append("pattern group \(g) has a negative penalty") }
        }
        for (i, spaced) in spacedGroups.enumerated() {
            let g = patternGroups.count + i
            if spaced.tiers.isEmpty { problems.append("pattern group \(g) has no tiers") }
            for t in spaced.tiers {
                if t.visits < 0 || t.visits > dayCount { problems.append("pattern group \(g) has a tier of \(t.visits) visits in \(dayCount) days") }
                if t.minGap < 1 || t.maxGap < t.minGap { problems.append("pattern group \(g) has gaps \(t.minGap)...\(t.maxGap)") }
                if t.penalty < 0 { problems.append("pattern group \(g) has a negative penalty") }
            }
        }
        if patternGroupOfNode.count == n {
            for c in 1..<max(1, n) {
                let g = Int(patternGroupOfNode[c])
                if g < 0 || g >= patternGroups.count + spacedGroups.count {
                    problems.append("client \(c) names pattern group \(g), which does not exist")
                }
            }
        }
        for (i, list) in windowList.enumerated() {
            for (k, w) in list.enumerated() {
                if w.open > w.close { problems.append("node \(i) window \(k) opens after it closes") }
                if k > 0 && list[k - 1].close >= w.open { problems.append("node \(i) windows are not sorted and disjoint") }
            }
        }
        if travel.contains(where: { $0 < 0 }) { problems.append("travel has a negative entry") }
        if breakLength < 0 { problems.append("breakLength is negative") }
        if let b = breakWindow, Int64(b.close) - Int64(b.open) < Int64(breakLength) {
            problems.append("the break window \(b.open)-\(b.close) is shorter than the break (\(breakLength))")
        }
        guard problems.isEmpty else { throw RoutingProblemError(problems: problems) }
        self.clientCount = clientCount
        self.dayCount = dayCount
        self.travel = travel
        self.service = service
        self.demand = demand
        self.vehiclesPerDay = vehiclesPerDay
        self.capacity = capacity
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.windows = windowList
        self.patternGroups = patternGroups
        self.spacedGroups = spacedGroups
        self.patternGroupOfNode = patternGroupOfNode
        self.breakWindow = breakLength > 0 ? breakWindow : nil
        self.breakLength = breakWindow == nil ? 0 : breakLength
        self.timeCost = timeCost
        self.hasTimeWindows = windowList.contains { !$0.isEmpty } || self.breakWindow != nil || timeCost.isActive
        self.clock = RouteClock(
            nodeCount: n, travel: travel, service: service, windows: windowList, dayStart: dayStart,
            dayEnd: dayEnd, breakWindow: self.breakWindow, breakLength: self.breakLength,
            timeCost: timeCost)
    }

    /// Travel time from node `i` to node `j`, units.
    @inline(__always)
    public func travel(_ i: Int, _ j: Int) -> Int32 { travel[i &* nodeCount &+ j] }
}

/// Why a `RoutingProblem` could not be built: every inconsistency found, one per line.
public struct RoutingProblemError: Error, Sendable, CustomStringConvertible {
    /// The inconsistencies, each one sentence.
    public let problems: [String]
    /// Creates an error from its problems.
    public init(problems: [String]) { self.problems = problems }
    /// All problems joined by newlines.
    public var description: String { problems.joined(separator: "\n") }
}
