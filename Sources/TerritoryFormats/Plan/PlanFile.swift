import Foundation
import TerritoryModel
import TerritoryPlanner

/// plan.json as a typed value: what `plan` and `replan` write and what `check`, `progress`, `report`,
/// `export` and `replan` read, with one list of keys for both directions (`json()` and `read`).
///
/// Keys and order: `month`, `seed`, `territory` (where the plan was made from), `shard` (only in a slice planned with
/// `--shard K/N`), `replan` (only in a re-plan), `reps`, `visits`, `unplaced`,
/// `summary`, `managers` (only with managers.csv; co-visited visits then carry `co_visit`), `warnings`. Reading needs the month and, per visit, rep_id, date, seq, hospital_id, doctor_id,
/// arrival and departure (the other visit fields are for people and may be missing in a plan edited
/// by hand); every malformed value is reported at once as `plan.json:LINE:COLUMN: …`.
public struct PlanFile: Sendable {
    /// One rep's line in `reps`.
    public struct RepEntry: Sendable, Hashable {
        public var repID: String
        public var name: String
        public var workingDays: Int
        public var leaveDays: Int
        public var capacity: Int
        public var required: Int
        /// required ÷ capacity, rounded to three decimals.
        public var utilisation: Double
    }

    /// One visit in `visits`: the plan's visit and the labels shown with it.
    public struct VisitEntry: Sendable, Hashable {
        public var visit: PlannedVisit
        public var hospital: String
        public var doctor: String
        public var department: String
        public var cell: String
        public var zone: String
        public var tactic: String
        /// The working day to book by, when the hospital needs booking ahead.
        public var bookBy: CalendarDate?
        /// The manager who joins this call on a co-visit (协访); nil for most visits. Written only when set.
        public var coVisit: String? = nil
    }

    /// One manager's month in `managers` (only in plans of territories with a managers.csv).
    public struct ManagerEntry: Sendable, Hashable {
        public var managerID: String
        public var name: String
        /// His co-visit days a month, as managers.csv said when the plan was made.
        public var coVisitDays: Int
        /// Co-visits his reps' doctors wanted.
        public var wanted: Int
        /// His co-visit days, in date order.
        public var days: [CoVisitDay]

        /// Creates an entry.
        public init(managerID: String, name: String, coVisitDays: Int, wanted: Int, days: [CoVisitDay]) {
            self.managerID = managerID
            self.name = name
            self.coVisitDays = coVisitDays
            self.wanted = wanted
            self.days = days
        }
    }

    /// One doctor's missing visits in `unplaced`, with the labels shown with it.
    public struct UnplacedEntry: Sendable, Hashable {
        public var unplaced: UnplacedVisits
        public var doctor: String
        public var hospitalID: String
        public var hospital: String
        public var cell: String
        public var zone: String
        public var explanation: String
    }

    /// One rep's line in `summary`.
    public struct SummaryEntry: Sendable, Hashable {
        public var repID: String
        public var planned: Int
        /// Planned visits per zone id, in the rules' zone order.
        public var plannedByZone: [ZoneCount]
        public var rideAlong: RideAlong
        public var unplaced: Int
        /// Road km, rounded to one decimal.
        public var travelKm: Double
        public var travelMinutes: Int
    }

    /// A zone and a count.
    public struct ZoneCount: Sendable, Hashable {
        public var zoneID: String
        public var count: Int
    }

    /// The month planned.
    public var month: YearMonth
    /// The seed used.
    public var seed: UInt64
    /// The territory folder the plan was made from, relative to the plan file's folder (`../../d20`);
    /// `check` reads it when no `--territory` is given.
    public var territory: String?
    /// The slice of the reps this plan holds (`plan --shard K/N`); nil for a whole plan, and for `merge`'s join.
    public var shard: Shard?
    /// For a re-plan, what it kept and knows of the past; nil for a plan made by `plan`.
    public var replan: ReplanRecord?
    /// The reps planned (may be empty in a plan edited by hand: then the visits' reps count).
    public var reps: [RepEntry]
    /// The visits, in rep, date, seq order.
    public var visitEntries: [VisitEntry]
    /// The missing visits, per rep highest priority first.
    public var unplacedEntries: [UnplacedEntry]
    /// Per rep totals (not needed to read a plan back).
    public var summary: [SummaryEntry]
    /// What reading the territory and planning warned about (territories/BAD-INPUT.md).
    public var warnings: [WarningEntry]
    /// The managers' co-visit days; empty (and not written) without a managers.csv.
    public var managers: [ManagerEntry] = []

    /// The managers' co-visit days as the planner's values.
    public var managerPlans: [ManagerPlan] { managers.map { ManagerPlan(managerID: $0.managerID, days: $0.days, wanted: $0.wanted) } }
    /// The visits marked co-visited, with their manager.
    public var coVisitMarks: [CoVisitMark] {
        visitEntries.compactMap { e in
            e.coVisit.map { CoVisitMark(repID: e.visit.repID, date: e.visit.date, doctorID: e.visit.doctorID, managerID: $0) }
        }
    }

    /// One entry of `warnings`: the catalogue code, severity, where, and the English message with its fix.
    public struct WarningEntry: Sendable, Hashable {
        public var code: String?
        public var severity: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var message: String

        /// The entry of a diagnostic.
        init(_ d: Diagnostic) {
            self.init(
                code: d.code, severity: d.severity.rawValue, file: d.file, line: d.line, column: d.column,
                message: d.message + (d.fix.map { "; " + $0 } ?? ""))
        }

        init(code: String?, severity: String, file: String?, line: Int?, column: Int?, message: String) {
            self.code = code
            self.severity = severity
            self.file = file
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// Reps the plan covers: those of `reps`, else those of the visits, sorted.
    public var repIDs: [String] { reps.isEmpty ? Array(Set(visits.map(\.repID))).sorted() : reps.map(\.repID) }
    /// The visits.
    public var visits: [PlannedVisit] { visitEntries.map(\.visit) }
    /// The visits less those a re-plan records as not done (all of them for a plan made by `plan`).
    public var plannedVisits: [PlannedVisit] {
        guard let replan else { return visits }
        return visits.filter { !replan.isNotDone($0) }
    }
    /// The declared missing visits.
    public var unplaced: [UnplacedVisits] { unplacedEntries.map(\.unplaced) }

    /// Creates a plan file.
    public init(
        month: YearMonth, seed: UInt64, territory: String? = nil, replan: ReplanRecord?, reps: [RepEntry], visitEntries: [VisitEntry],
        unplacedEntries: [UnplacedEntry], summary: [SummaryEntry], warnings: [WarningEntry] = []
    ) {
        self.warnings = warnings
        self.month = month
        self.seed = seed
        self.territory = territory
        self.replan = replan
        self.reps = reps
        self.visitEntries = visitEntries
        self.unplacedEntries = unplacedEntries
        self.summary = summary
    }

    // MARK: Writing

    /// plan.json: English keys in a stable order, no timings (byte-identical per seed).
    public func json() -> String {
        var root: [(String, JSONValue)] = [("month", .string(month.description)), ("seed", .int(Int64(bitPattern: seed)))]
        if let territory { root.append(("territory", .string(territory))) }
        if let shard { root.append(("shard", .string(shard.description))) }
        if let r = replan {
            root.append(
                (
                    "replan",
                    .object([
                        ("from", .string(r.from.description)),
                        ("freeze", .int(r.freeze)),
                        ("open_from", .string(r.openFrom?.description)),
                        ("revision", .int(r.revision)),
                        (
                            "not_done",
                            .array(
                                r.notDone.map { m in
                                    .object([
                                        ("rep_id", .string(m.repID)), ("date", .string(m.date.description)), ("doctor_id", .string(m.doctorID)),
                                        ("reason", .string(m.reason.rawValue)),
                                    ])
                                })
                        ),
                        (
                            "done_off_plan",
                            .array(
                                r.doneOffPlan.map { c in
                                    .object([
                                        ("rep_id", .string(c.repID)), ("date", .string(c.date.description)), ("doctor_id", .string(c.doctorID)),
                                    ])
                                })
                        ),
                    ])
                ))
        }
        root.append(
            (
                "reps",
                .array(
                    reps.map { r in
                        .object([
                            ("rep_id", .string(r.repID)),
                            ("name", .string(r.name)),
                            ("working_days", .int(r.workingDays)),
                            ("leave_days", .int(r.leaveDays)),
                            ("capacity", .int(r.capacity)),
                            ("required", .int(r.required)),
                            ("utilisation", .double(r.utilisation)),
                        ])
                    })
            ))
        root.append(
            (
                "visits",
                .array(
                    visitEntries.map { e in
                        let v = e.visit
                        var fields: [(String, JSONValue)] = [
                            ("rep_id", .string(v.repID)),
                            ("date", .string(v.date.description)),
                            ("seq", .int(v.seq)),
                            ("hospital_id", .string(v.hospitalID)),
                            ("hospital", .string(e.hospital)),
                            ("doctor_id", .string(v.doctorID)),
                            ("doctor", .string(e.doctor)),
                            ("department", .string(e.department)),
                            ("cell", .string(e.cell)),
                            ("zone", .string(e.zone)),
                            ("arrival", .string(v.arrival.description)),
                            ("departure", .string(v.departure.description)),
                            ("tactic", .string(e.tactic)),
                            ("book_by", .string(e.bookBy?.description)),
                        ]
                        if let m = e.coVisit { fields.append(("co_visit", .string(m))) }
                        return .object(fields)
                    })
            ))
        root.append(
            (
                "unplaced",
                .array(
                    unplacedEntries.map { e in
                        .object([
                            ("doctor_id", .string(e.unplaced.doctorID)),
                            ("rep_id", .string(e.unplaced.repID)),
                            ("doctor", .string(e.doctor)),
                            ("hospital_id", .string(e.hospitalID)),
                            ("hospital", .string(e.hospital)),
                            ("cell", .string(e.cell)),
                            ("zone", .string(e.zone)),
                            ("missing", .int(e.unplaced.missing)),
                            ("reason", .string(e.unplaced.reason.rawValue)),
                            ("explanation", .string(e.explanation)),
                        ])
                    })
            ))
        root.append(
            (
                "summary",
                .array(
                    summary.map { s in
                        .object([
                            ("rep_id", .string(s.repID)),
                            ("planned", .int(s.planned)),
                            ("planned_by_zone", .object(s.plannedByZone.map { ($0.zoneID, .int($0.count)) })),
                            (
                                "ride_along",
                                .object([
                                    ("riding", .int(s.rideAlong.riding)), ("possible", .int(s.rideAlong.possible)),
                                    ("own_trip", .int(s.rideAlong.ownTrip)),
                                ])
                            ),
                            ("unplaced", .int(s.unplaced)),
                            ("travel_km", .double(s.travelKm)),
                            ("travel_minutes", .int(s.travelMinutes)),
                        ])
                    })
            ))
        if !managers.isEmpty {
            root.append(
                (
                    "managers",
                    .array(
                        managers.map { m in
                            .object([
                                ("manager_id", .string(m.managerID)),
                                ("name", .string(m.name)),
                                ("co_visit_days", .int(m.coVisitDays)),
                                ("wanted", .int(m.wanted)),
                                (
                                    "days",
                                    .array(
                                        m.days.map { d in
                                            .object([
                                                ("date", .string(d.date.description)), ("rep_id", .string(d.repID)),
                                                ("doctor_ids", .array(d.doctorIDs.map { .string($0) })),
                                            ])
                                        })
                                ),
                            ])
                        })
                ))
        }
        root.append(
            (
                "warnings",
                .array(
                    warnings.map { w in
                        .object([
                            ("code", .string(w.code)),
                            ("severity", .string(w.severity)),
                            ("file", .string(w.file)),
                            ("line", w.line.map { .int($0) } ?? .null),
                            ("column", w.column.map { .int($0) } ?? .null),
                            ("message", .string(w.message)),
                        ])
                    })
            ))
        return JSONWriter.render(.object(root))
    }

    // MARK: Reading

    /// Reads plan.json, collecting every malformed value (`plan.json:12:7: visits[3].arrival: …`) before
    /// failing with exit code 65 (66 when the file is missing).
    public static func read(_ url: URL) throws(TerritoryLoadError) -> PlanFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(file: url.path, "file not found", fix: "give the plan.json written by `territory plan`").zh(
                        "找不到该文件", fix: "请给出 `territory plan` 写出的 plan.json")
                ],
                kind: .missing)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(file: url.lastPathComponent, "is not UTF-8 text", fix: "give the plan.json written by `territory plan`").zh(
                        "不是 UTF-8 文本", fix: "请给出 `territory plan` 写出的 plan.json")
                ],
                kind: .invalid)
        }
        return try parse(text, file: url.lastPathComponent)
    }

    /// Parses the text of a plan.json named `file` in diagnostics.
    public static func parse(_ text: String, file: String) throws(TerritoryLoadError) -> PlanFile {
        let root: JSONNode
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(
                        file: file, line: error.line, column: error.column, "is not valid JSON: \(error.message)",
                        fix: "repair the JSON syntax"
                    ).zh("不是有效的 JSON：\(error.chinese)", fix: "请修正 JSON 语法")
                ], kind: .invalid)
        }
        var r = FieldReader(file: file)
        guard case .object = root.kind else {
            r.fail(
                root, "", "expected a JSON object with month, visits and unplaced", fix: "give the plan.json written by `territory plan`",
                zh: "应为含 month、visits 和 unplaced 的 JSON 对象", fixZH: "请给出 `territory plan` 写出的 plan.json")
            throw r.error
        }
        guard let month = r.value(root, "month", "", "a month \"YYYY-MM\"", YearMonth.init(parsing:)) else {
            throw r.error
        }
        let seed = root["seed"].flatMap { r.whole($0, "seed").map { UInt64(bitPattern: Int64($0)) } } ?? 0
        let territory = root["territory"].flatMap { $0.isNull ? nil : r.string(root, "territory", "", optional: true) }
        let shard = root["shard"].flatMap { $0.isNull ? nil : r.value(root, "shard", "", "a slice \"K/N\" with 1 ≤ K ≤ N", Shard.init(parsing:)) }
        var replan: ReplanRecord?
        if let node = root["replan"], !node.isNull { replan = r.replan(node) }
        var reps: [RepEntry] = []
        for (k, n) in r.items(root["reps"], "reps").enumerated() {
            let p = "reps[\(k)]"
            guard let id = r.string(n, "rep_id", p) else { continue }
            reps.append(
                RepEntry(
                    repID: id, name: r.string(n, "name", p, optional: true) ?? "",
                    workingDays: r.int(n, "working_days", p, optional: true) ?? 0, leaveDays: r.int(n, "leave_days", p, optional: true) ?? 0,
                    capacity: r.int(n, "capacity", p, optional: true) ?? 0, required: r.int(n, "required", p, optional: true) ?? 0,
                    utilisation: r.number(n, "utilisation", p) ?? 0))
        }
        var visits: [VisitEntry] = []
        for (k, n) in r.items(root["visits"], "visits").enumerated() {
            let p = "visits[\(k)]"
            let rep = r.string(n, "rep_id", p)
            let hospital = r.string(n, "hospital_id", p)
            let doctor = r.string(n, "doctor_id", p)
            let date = r.value(n, "date", p, "a date YYYY-MM-DD", CalendarDate.init(parsing:))
            let seq = r.int(n, "seq", p)
            let arrival = r.value(n, "arrival", p, "a time HH:MM", ClockTime.init(parsing:))
            let departure = r.value(n, "departure", p, "a time HH:MM", ClockTime.init(parsing:))
            let bookBy = n["book_by"].flatMap { $0.isNull ? nil : r.value(n, "book_by", p, "a date YYYY-MM-DD or null", CalendarDate.init(parsing:)) }
            let coVisit = n["co_visit"].flatMap { $0.isNull ? nil : r.string(n, "co_visit", p, optional: true) }
            guard let rep, let hospital, let doctor, let date, let seq, let arrival, let departure else { continue }
            visits.append(
                VisitEntry(
                    visit: PlannedVisit(repID: rep, date: date, seq: seq, hospitalID: hospital, doctorID: doctor, arrival: arrival, departure: departure),
                    hospital: r.string(n, "hospital", p, optional: true) ?? "", doctor: r.string(n, "doctor", p, optional: true) ?? "",
                    department: r.string(n, "department", p, optional: true) ?? "", cell: r.string(n, "cell", p, optional: true) ?? "",
                    zone: r.string(n, "zone", p, optional: true) ?? "", tactic: r.string(n, "tactic", p, optional: true) ?? "", bookBy: bookBy,
                    coVisit: coVisit))
        }
        var unplaced: [UnplacedEntry] = []
        for (k, n) in r.items(root["unplaced"], "unplaced").enumerated() {
            let p = "unplaced[\(k)]"
            let doctor = r.string(n, "doctor_id", p)
            let rep = r.string(n, "rep_id", p)
            let missing = r.int(n, "missing", p)
            let reason =
                n["reason"] == nil
                ? .capacity
                : r.value(n, "reason", p, "one of \(UnplacedReason.allCases.map(\.rawValue).joined(separator: ", "))", UnplacedReason.init(rawValue:))
            guard let doctor, let rep, let missing, let reason else { continue }
            unplaced.append(
                UnplacedEntry(
                    unplaced: UnplacedVisits(doctorID: doctor, repID: rep, missing: missing, reason: reason),
                    doctor: r.string(n, "doctor", p, optional: true) ?? "", hospitalID: r.string(n, "hospital_id", p, optional: true) ?? "",
                    hospital: r.string(n, "hospital", p, optional: true) ?? "", cell: r.string(n, "cell", p, optional: true) ?? "",
                    zone: r.string(n, "zone", p, optional: true) ?? "", explanation: r.string(n, "explanation", p, optional: true) ?? ""))
        }
        var summary: [SummaryEntry] = []
        for (k, n) in r.items(root["summary"], "summary").enumerated() {
            let p = "summary[\(k)]"
            guard let id = r.string(n, "rep_id", p) else { continue }
            var byZone: [ZoneCount] = []
            if let z = n["planned_by_zone"], case .object(let members) = z.kind {
                for (key, value) in members { if let c = r.whole(value, "\(p).planned_by_zone.\(key)") { byZone.append(ZoneCount(zoneID: key, count: c)) } }
            }
            let ride = n["ride_along"]
            summary.append(
                SummaryEntry(
                    repID: id, planned: r.int(n, "planned", p, optional: true) ?? 0, plannedByZone: byZone,
                    rideAlong: RideAlong(
                        riding: ride.flatMap { r.int($0, "riding", "\(p).ride_along", optional: true) } ?? 0,
                        possible: ride.flatMap { r.int($0, "possible", "\(p).ride_along", optional: true) } ?? 0,
                        ownTrip: ride.flatMap { r.int($0, "own_trip", "\(p).ride_along", optional: true) } ?? 0),
                    unplaced: r.int(n, "unplaced", p, optional: true) ?? 0, travelKm: r.number(n, "travel_km", p) ?? 0,
                    travelMinutes: r.int(n, "travel_minutes", p, optional: true) ?? 0))
        }
        var warnings: [WarningEntry] = []
        for (k, n) in r.items(root["warnings"], "warnings").enumerated() {
            let p = "warnings[\(k)]"
            warnings.append(
                WarningEntry(
                    code: r.string(n, "code", p, optional: true), severity: r.string(n, "severity", p, optional: true) ?? "warning",
                    file: r.string(n, "file", p, optional: true),
                    line: n["line"].flatMap { $0.isNull ? nil : r.whole($0, "\(p).line") },
                    column: n["column"].flatMap { $0.isNull ? nil : r.whole($0, "\(p).column") }, message: r.string(n, "message", p, optional: true) ?? ""))
        }
        let managers = r.managers(root["managers"])
        if !r.problems.isEmpty { throw r.error }
        var file = PlanFile(
            month: month, seed: seed, territory: territory, replan: replan, reps: reps, visitEntries: visits, unplacedEntries: unplaced,
            summary: summary, warnings: warnings)
        file.managers = managers
        file.shard = shard
        return file
    }
}

/// Reads typed fields out of `JSONNode`s, collecting one diagnostic per bad value at its line and column.
struct FieldReader {
    let file: String
    var problems: [Diagnostic] = []

    init(file: String) { self.file = file }

    var error: TerritoryLoadError { TerritoryLoadError(diagnostics: problems, kind: .invalid) }

    mutating func fail(_ node: JSONNode, _ path: String, _ message: String, fix: String? = nil, zh: String? = nil, fixZH: String? = nil) {
        let d = Diagnostic.error(file: file, line: node.line, column: node.column, path.isEmpty ? message : "\(path): \(message)", fix: fix)
        problems.append(zh.map { d.zh(path.isEmpty ? $0 : "\(path)：\($0)", fix: fixZH ?? fix) } ?? d)
    }

    /// What a value was expected to be, in Chinese.
    static let expectedZH = [
        "a date YYYY-MM-DD": "YYYY-MM-DD 日期", "a date YYYY-MM-DD or null": "YYYY-MM-DD 日期或 null", "a time HH:MM": "HH:MM 时刻",
        "a month \"YYYY-MM\"": "\"YYYY-MM\" 月份", "a slice \"K/N\" with 1 ≤ K ≤ N": "1 ≤ K ≤ N 的分片 \"K/N\"",
    ]

    /// The member `key` of `object`; reports it missing unless optional.
    mutating func member(_ object: JSONNode, _ key: String, _ path: String, optional: Bool) -> JSONNode? {
        if let n = object[key] { return n }
        guard case .object = object.kind else {
            fail(object, path, "expected an object", zh: "应为对象")
            return nil
        }
        if !optional { fail(object, path, "\(key) is missing", zh: "缺少 \(key)") }
        return nil
    }

    mutating func string(_ object: JSONNode, _ key: String, _ path: String, optional: Bool = false) -> String? {
        guard let n = member(object, key, path, optional: optional) else { return nil }
        if let s = n.string { return s }
        if optional && n.isNull { return nil }
        fail(n, "\(path).\(key)", "expected a string", zh: "应为字符串")
        return nil
    }

    /// A required id: a non-empty string free of control, bidirectional and zero-width characters (as in the
    /// territory's CSV files, `id-invisible-character`).
    mutating func identifier(_ object: JSONNode, _ key: String, _ path: String) -> String? {
        guard let s = string(object, key, path) else { return nil }
        if s.trimmingWhitespace().isEmpty {
            fail(object[key]!, "\(path).\(key)", "is empty", fix: "write the \(key) as the territory's files do", zh: "是空的", fixZH: "请按区域文件中的写法填写 \(key)")
            return nil
        }
        if let bad = s.unicodeScalars.first(where: Diagnostic.isInvisible) {
            fail(
                object[key]!, "\(path).\(key)", "\"\(Diagnostic.visible(s))\" holds the invisible character \(Diagnostic.visible(String(bad)))",
                fix: "delete it (ids are matched exactly as written)",
                zh: "\"\(Diagnostic.visible(s))\" 含有看不见的字符 \(Diagnostic.visible(String(bad)))", fixZH: "删除它（编号按原样逐字匹配）")
            return nil
        }
        return s
    }

    mutating func whole(_ n: JSONNode, _ path: String) -> Int? {
        if let i = n.int { return i }
        fail(n, path, "expected a whole number", zh: "应为整数")
        return nil
    }

    mutating func int(_ object: JSONNode, _ key: String, _ path: String, optional: Bool = false) -> Int? {
        guard let n = member(object, key, path, optional: optional) else { return nil }
        return whole(n, "\(path).\(key)")
    }

    mutating func number(_ object: JSONNode, _ key: String, _ path: String) -> Double? {
        guard let n = member(object, key, path, optional: true) else { return nil }
        if case .number(let t) = n.kind, let d = Double(t) { return d }
        fail(n, "\(path).\(key)", "expected a number", zh: "应为数")
        return nil
    }

    /// A string member parsed by `parse`, reported with what was `expected` when it does not parse.
    mutating func value<T>(_ object: JSONNode, _ key: String, _ path: String, _ expected: String, _ parse: (String) -> T?) -> T? {
        guard let text = string(object, key, path) else { return nil }
        if let v = parse(text) { return v }
        fail(
            object[key]!, "\(path.isEmpty ? "" : path + ".")\(key)", "\"\(text)\" is not \(expected)",
            zh: "\"\(text)\" 不是 \(Self.expectedZH[expected] ?? expected)")
        return nil
    }

    /// The items of an array member (none when absent).
    mutating func items(_ node: JSONNode?, _ path: String) -> [JSONNode] {
        guard let node else { return [] }
        if let a = node.array { return a }
        fail(node, path, "expected an array", zh: "应为数组")
        return []
    }

    /// The `managers` array: each manager's id, name, co-visit days, wanted co-visits and days.
    mutating func managers(_ node: JSONNode?) -> [PlanFile.ManagerEntry] {
        var out: [PlanFile.ManagerEntry] = []
        var firstLine: [String: Int] = [:]
        for (k, n) in items(node, "managers").enumerated() {
            let p = "managers[\(k)]"
            guard let id = string(n, "manager_id", p) else { continue }
            // One entry per manager: split over several, his days would escape the limits check counts per entry.
            if let line = firstLine[id] {
                fail(
                    n["manager_id"]!, "\(p).manager_id", "manager \"\(id)\" is listed twice (first at line \(line))", fix: "keep one entry per manager",
                    zh: "经理 \"\(id)\" 列了两次（第一次在第 \(line) 行）", fixZH: "每位经理只保留一项")
                continue
            }
            firstLine[id] = n.line
            var days: [CoVisitDay] = []
            for (j, d) in items(n["days"], "\(p).days").enumerated() {
                let q = "\(p).days[\(j)]"
                let date = value(d, "date", q, "a date YYYY-MM-DD", CalendarDate.init(parsing:))
                let rep = string(d, "rep_id", q)
                var doctors: [String] = []
                for (i, x) in items(d["doctor_ids"], "\(q).doctor_ids").enumerated() {
                    if let t = x.string { doctors.append(t) } else { fail(x, "\(q).doctor_ids[\(i)]", "expected a string", zh: "应为字符串") }
                }
                if let date, let rep { days.append(CoVisitDay(managerID: id, repID: rep, date: date, doctorIDs: doctors)) }
            }
            out.append(
                PlanFile.ManagerEntry(
                    managerID: id, name: string(n, "name", p, optional: true) ?? "", coVisitDays: int(n, "co_visit_days", p, optional: true) ?? 0,
                    wanted: int(n, "wanted", p, optional: true) ?? 0, days: days))
        }
        return out
    }

    /// The `replan` object.
    mutating func replan(_ n: JSONNode) -> ReplanRecord? {
        let p = "replan"
        let from = value(n, "from", p, "a date YYYY-MM-DD", CalendarDate.init(parsing:))
        let freeze = int(n, "freeze", p)
        let revision = int(n, "revision", p)
        var openFrom: CalendarDate?
        if let o = n["open_from"], !o.isNull { openFrom = value(n, "open_from", p, "a date YYYY-MM-DD or null", CalendarDate.init(parsing:)) }
        var notDone: [MissedVisit] = []
        for (k, m) in items(n["not_done"], "\(p).not_done").enumerated() {
            let q = "\(p).not_done[\(k)]"
            let rep = string(m, "rep_id", q)
            let doctor = string(m, "doctor_id", q)
            let date = value(m, "date", q, "a date YYYY-MM-DD", CalendarDate.init(parsing:))
            let reason = value(m, "reason", q, "one of \(MissedReason.allCases.map(\.rawValue).joined(separator: ", "))", MissedReason.init(rawValue:))
            if let rep, let doctor, let date, let reason { notDone.append(MissedVisit(repID: rep, date: date, doctorID: doctor, reason: reason)) }
        }
        var off: [LoggedCall] = []
        for (k, m) in items(n["done_off_plan"], "\(p).done_off_plan").enumerated() {
            let q = "\(p).done_off_plan[\(k)]"
            let rep = string(m, "rep_id", q)
            let doctor = string(m, "doctor_id", q)
            let date = value(m, "date", q, "a date YYYY-MM-DD", CalendarDate.init(parsing:))
            if let rep, let doctor, let date { off.append(LoggedCall(repID: rep, date: date, doctorID: doctor, status: .done)) }
        }
        guard let from, let freeze, let revision else { return nil }
        return ReplanRecord(from: from, freeze: freeze, openFrom: openFrom, revision: revision, notDone: notDone, doneOffPlan: off)
    }
}
