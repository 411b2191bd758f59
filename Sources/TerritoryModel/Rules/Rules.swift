/// Bonus points added to a doctor's potential score (for example a key department).
public struct Bonus: Sendable, Hashable, Codable {
    /// The department that earns the points; nil = any department.
    public var department: String?
    /// The title group that earns the points; nil = any title.
    public var titleGroup: TitleGroup?
    /// Points added (the total is capped at `Rules.maxScore`).
    public var points: Int

    /// Creates a bonus rule.
    public init(department: String? = nil, titleGroup: TitleGroup? = nil, points: Int) {
        self.department = department
        self.titleGroup = titleGroup
        self.points = points
    }
}

/// How a month that cannot hold every visit of a zone shares the shortfall among that zone's doctors.
public enum ShortfallPolicy: String, Sendable, Hashable, CaseIterable, Codable {
    /// Spread the missing visits: each red doctor 6 of 8 rather than some 0 and others 8.
    case spread
    /// Drop the visits of the lowest-score doctors first.
    case dropLowestScore = "drop_lowest_score"
}

/// Every tunable of DOMAIN.md, with its defaults; a territory's rules.json overrides some of them.
public struct Rules: Sendable, Hashable {
    /// Annual revenue (CNY) a 三级 hospital must exceed to be T1.
    public var t1MinRevenue: Int64 = 200_000_000
    /// Annual revenue (CNY) a 二级-or-higher hospital must exceed to be T2.
    public var t2MinRevenue: Int64 = 80_000_000
    /// Potential score per tier and title group.
    public var scores: [Tier: [TitleGroup: Int]] = [
        .t1: [.senior: 9, .attending: 8, .resident: 5],
        .t2: [.senior: 7, .attending: 5, .resident: 3],
        .t3: [.senior: 3, .attending: 2, .resident: 1],
    ]
    /// Bonus point rules; none by default.
    public var bonuses: [Bonus] = []
    /// The highest score a doctor can reach with bonuses.
    public var maxScore: Int = 12
    /// Inclusive score band of each grade.
    public var gradeBands: [Grade: ClosedRange<Int>] = [.a: 8...12, .b: 4...7, .c: 1...3]
    /// The zones, in the order they are listed.
    public var zones: [Zone] = [.red, .yellow, .blue]
    /// Visits per month for each cell.
    public var visitsPerMonth: [Cell: Int] = [
        .a1: 8, .a2: 8, .b1: 8, .b2: 8, .a3: 4, .b3: 2, .c1: 1, .c2: 1, .c3: 1,
    ]
    /// Zone ids from highest to lowest priority when a month cannot hold every visit.
    public var zonePriority: [String] = ["red", "yellow", "blue"]
    /// How a zone's shortfall is shared when the month cannot hold all its visits.
    public var shortfall: ShortfallPolicy = .spread
    /// Minutes a call takes, waiting included.
    public var serviceMinutes: Int = 15
    /// The window lunch falls in: a break of `lunchMinutes` is placed anywhere inside it, where the
    /// day's calls and reception windows leave room (no call overlaps it).
    public var lunch: ClockWindow = ClockWindow(start: ClockTime(hour: 11, minute: 0), end: ClockTime(hour: 14, minute: 0))
    /// Length of the lunch break, minutes (0 = no break; the whole window = a fixed lunch).
    public var lunchMinutes: Int = 60
    /// Cost of one minute of a working day, from the rep's day start to the return, in minutes of
    /// travel: a day that starts late or ends late costs more than travel alone says.
    public var dayMinuteCost: Double = 0.01
    /// Cost of one idle minute in a working day (waiting for a window, an empty morning before
    /// the first call), in minutes of travel.
    public var idleMinuteCost: Double = 0.05
    /// The highest utilisation `territory balance` lets a rep reach while the district has room
    /// (rules.json `balance_cap`, in per cent; default 105 %).
    public var balanceCap: Double = 1.05
    /// How far from the district's utilisation `territory balance` brings every rep
    /// (rules.json `balance_tolerance`, in points; default 3).
    public var balanceTolerance: Double = 0.03
    /// The zones whose doctors want co-visits (协访) with the rep's manager (rules.json `co_visit.zones`).
    public var coVisitZones: [String] = ["red"]
    /// Co-visits a month each such doctor wants (rules.json `co_visit.per_doctor`; 0 = none).
    public var coVisitsPerDoctor: Int = 1
    /// Default calls per day when a rep's row does not say.
    public var callsPerDay: Int = 8
    /// Default start of a rep's day.
    public var dayStart: ClockTime = ClockTime(hour: 8, minute: 30)
    /// Default end of a rep's day (home by then).
    public var dayEnd: ClockTime = ClockTime(hour: 17, minute: 30)
    /// Factor from great-circle distance to road distance.
    public var detourFactor: Double = 1.4
    /// Urban travel speed, km/h.
    public var speedKmPerHour: Double = 25

    /// The defaults of DOMAIN.md.
    public init() {}

    /// The zone a cell belongs to (the first zone listing it); nil when no zone lists it.
    public func zone(of cell: Cell) -> Zone? { zones.first { $0.cells.contains(cell) } }

    /// The zone with an id.
    public func zone(id: String) -> Zone? { zones.first { $0.id == id } }

    /// Rank of a zone in `zonePriority` (0 = highest); unlisted zones rank after listed ones.
    public func priorityRank(ofZone id: String) -> Int { zonePriority.firstIndex(of: id) ?? zonePriority.count }

    /// Whether zone `a` comes before zone `b` in `zonePriority` (red outranks yellow by default).
    public func outranks(_ a: String, _ b: String) -> Bool { priorityRank(ofZone: a) < priorityRank(ofZone: b) }

    /// The zone ranked last by `zonePriority` (blue by default); nil when there are no zones.
    public var lowestPriorityZone: Zone? { zones.max { outranks($0.id, $1.id) } }

    /// Problems with the rules (cells in no zone or two zones, unknown priority ids, empty bands …), in English,
    /// or in Chinese when `chinese` (the same problems in the same order).
    public func validationProblems(chinese: Bool = false) -> [String] {
        var problems: [String] = []
        func add(_ en: String, _ zh: String) { problems.append(chinese ? zh : en) }
        for cell in Cell.all {
            let holders = zones.filter { $0.cells.contains(cell) }
            if holders.isEmpty { add("cell \(cell.id) belongs to no zone", "客户级别 \(cell.id) 不属于任何区") }
            if holders.count > 1 {
                let ids = holders.map(\.id).joined(separator: ", ")
                add("cell \(cell.id) belongs to zones \(ids)", "客户级别 \(cell.id) 同时属于区 \(ids)")
            }
            if visitsPerMonth[cell] == nil { add("cell \(cell.id) has no visits_per_month", "客户级别 \(cell.id) 没有 visits_per_month") }
        }
        for id in zonePriority where zone(id: id) == nil {
            add("zone_priority names unknown zone \"\(id)\"", "zone_priority 中有未知的区 \"\(id)\"")
        }
        var seen = Set<String>()
        for z in zones where !seen.insert(z.id).inserted { add("zone id \"\(z.id)\" is used twice", "区编号 \"\(z.id)\" 用了两次") }
        for (cell, v) in visitsPerMonth where v < 0 || v > 31 {
            add("visits_per_month of \(cell.id) is \(v); expected 0…31", "\(cell.id) 的 visits_per_month 为 \(v)；应为 0…31")
        }
        if t2MinRevenue > t1MinRevenue { add("t2_min_revenue is above t1_min_revenue", "t2_min_revenue 高于 t1_min_revenue") }
        if lunch.start < dayStart || lunch.end > dayEnd {
            add("lunch \(lunch) is not inside the working day \(dayStart)-\(dayEnd)", "午餐时段 \(lunch) 不在工作时间 \(dayStart)-\(dayEnd) 内")
        }
        if lunchMinutes < 0 || lunchMinutes > lunch.end.minutes - lunch.start.minutes {
            add("lunch_minutes \(lunchMinutes) does not fit in the lunch window \(lunch)", "lunch_minutes \(lunchMinutes) 放不进午餐时段 \(lunch)")
        }
        if serviceMinutes < 1 || serviceMinutes > 240 {
            add("service_minutes \(serviceMinutes) is outside 1…240", "service_minutes \(serviceMinutes) 超出 1…240")
        }
        if !(0...10).contains(dayMinuteCost) { add("day_minute_cost \(dayMinuteCost) is outside 0…10", "day_minute_cost \(dayMinuteCost) 超出 0…10") }
        if !(0...10).contains(idleMinuteCost) { add("idle_minute_cost \(idleMinuteCost) is outside 0…10", "idle_minute_cost \(idleMinuteCost) 超出 0…10") }
        if callsPerDay < 1 || callsPerDay > 40 { add("calls_per_day \(callsPerDay) is outside 1…40", "calls_per_day \(callsPerDay) 超出 1…40") }
        return problems
    }
}
