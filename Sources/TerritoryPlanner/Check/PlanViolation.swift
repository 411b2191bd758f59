/// The rule a plan breaks.
public enum PlanRule: String, Sendable, Hashable, CaseIterable {
    /// The visit's date is outside the month.
    case month
    /// The date is not a working day.
    case workingDay = "working_day"
    /// The rep is on leave that day.
    case leave
    /// The doctor, hospital or rep does not exist, or do not belong together.
    case reference
    /// Two visits of one doctor on the same day.
    case oneVisitPerDay = "one_visit_per_day"
    /// More calls in a day than the rep's calls per day.
    case callsPerDay = "calls_per_day"
    /// Visits of a day not numbered 1, 2, … in time order.
    case sequence
    /// A call shorter than the service time, or ending before it starts.
    case callLength = "call_length"
    /// Not enough time to travel from the previous place.
    case travel
    /// The first call is before the day starts, or the rep is home after the day ends.
    case workingHours = "working_hours"
    /// A call overlaps the lunch break.
    case lunch
    /// A call outside the hospital's reception windows.
    case receptionWindow = "reception_window"
    /// A doctor's visits break the spacing rule.
    case spacing
    /// A doctor has fewer or more visits than required, and the plan does not say so.
    case visitCount = "visit_count"
    /// A doctor short of visits could have had one more on spacing-valid days that have room or
    /// hold a lower-priority call it could have replaced.
    case priority
    /// A manager with two reps (or one rep twice) on one day: he can be in one place a day.
    case coVisitPlace = "co_visit_place"
    /// More co-visit days in the month than the manager's co_visit_days, or more co-visited calls in a day than his limit.
    case coVisitDays = "co_visit_days"
    /// A co-visited call not in the rep's plan, or a visit marked co-visited that no day of the manager holds.
    case coVisitCall = "co_visit_call"

    /// The rule's name in Chinese, for `check`'s summary line (`路程 3、午餐 1`).
    public var chinese: String {
        switch self {
        case .month: "月份"
        case .workingDay: "工作日"
        case .leave: "请假"
        case .reference: "引用"
        case .oneVisitPerDay: "同日重复拜访"
        case .callsPerDay: "每日拜访数"
        case .sequence: "顺序"
        case .callLength: "拜访时长"
        case .travel: "路程"
        case .workingHours: "工作时间"
        case .lunch: "午餐"
        case .receptionWindow: "接待时段"
        case .spacing: "间隔"
        case .visitCount: "拜访次数"
        case .priority: "优先级"
        case .coVisitPlace: "协访地点"
        case .coVisitDays: "协访天数"
        case .coVisitCall: "协访拜访"
        }
    }
}

/// One violation: which visit (or doctor), which rule, by how much.
public struct PlanViolation: Sendable, Hashable, CustomStringConvertible {
    /// The rule broken.
    public let rule: PlanRule
    /// The rep concerned.
    public let repID: String
    /// The date concerned, if one visit or day.
    public let date: CalendarDate?
    /// The visit's seq, if one visit.
    public let seq: Int?
    /// The doctor concerned, if any.
    public let doctorID: String?
    /// The manager concerned, for a co-visit rule.
    public let managerID: String?
    /// What is wrong and by how much, one sentence.
    public let message: String
    /// The same sentence in Chinese (`check`'s default language).
    public let chinese: String

    /// Creates a violation with its English and Chinese sentence.
    public init(
        rule: PlanRule, repID: String, date: CalendarDate? = nil, seq: Int? = nil, doctorID: String? = nil, managerID: String? = nil,
        message: String, zh chinese: String
    ) {
        self.rule = rule
        self.managerID = managerID
        self.repID = repID
        self.date = date
        self.seq = seq
        self.doctorID = doctorID
        self.message = message
        self.chinese = chinese
    }

    /// `rep R01 2026-12-03 #2 doctor D004 [travel]: …`; `manager M01 rep R01 2026-12-03 [co_visit_place]: …`.
    public var description: String { line(chinese: false) }

    /// The one-line form in English, or in Chinese (`代表 R01 2026-12-03 #2 医生 D004 [travel]：…`); the rule's
    /// code in brackets stays as README and scripts name it.
    public func line(chinese: Bool) -> String {
        let (rep, manager, doctor) = chinese ? ("代表", "经理", "医生") : ("rep", "manager", "doctor")
        var place = managerID.map { "\(manager) \($0)" + (repID.isEmpty ? "" : " \(rep) \(repID)") } ?? "\(rep) \(repID)"
        if let date { place += " \(date)" }
        if let seq { place += " #\(seq)" }
        if let doctorID { place += " \(doctor) \(doctorID)" }
        return chinese ? "\(place) [\(rule.rawValue)]：\(self.chinese)" : "\(place) [\(rule.rawValue)]: \(message)"
    }
}
