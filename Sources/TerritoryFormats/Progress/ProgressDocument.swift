import TerritoryModel
import TerritoryPlanner

/// The three renderings of `territory progress`: tables (per rep, per zone, per doctor), the per-doctor
/// CSV, and JSON. Pure functions of the counted month, so the same inputs give the same bytes.
public struct ProgressDocument: Sendable {
    /// The counted month.
    public let progress: MonthProgress
    /// Where the planned visits came from, as shown to the user (nil: no plan, planned counts are 0).
    public let planSource: String?
    /// Where the calls came from, as shown to the user (nil: no calls file, done counts are 0).
    public let callsSource: String?
    /// Language of headings and labels; JSON keys stay English.
    public let language: Language
    /// The doctors in list order: the reps' order, then cell, hospital, doctor as `territory grade` lists them.
    public let doctors: [DoctorProgress]

    /// Joins the counted month with where its plan and calls came from.
    public init(progress: MonthProgress, planSource: String?, callsSource: String?, language: Language) {
        self.progress = progress
        self.planSource = planSource
        self.callsSource = callsSource
        self.language = language
        let position = Dictionary(progress.reps.enumerated().map { ($1.rep.id, $0) }, uniquingKeysWith: { a, _ in a })
        doctors = progress.doctors.sorted { a, b in
            let pa = position[a.doctor.doctor.repID] ?? 0
            let pb = position[b.doctor.doctor.repID] ?? 0
            return pa != pb ? pa < pb : GradeReport.listOrder(a.doctor, b.doctor)
        }
    }

    var en: Bool { language.isEnglish }

    /// `22.2%`, or `—` when the ratio is undefined.
    package static func percent(_ x: Double?) -> String { x.map(PlanDocument.percent) ?? "—" }

    /// What the risk means, in one phrase.
    static func riskText(_ risk: AtRisk?, _ language: Language) -> String {
        switch risk {
        case nil: ""
        case .tooFewDays(let remaining, let daysLeft)?:
            language.pick("还差 \(remaining) 次，只剩 \(daysLeft) 个工作日", "\(remaining) visits left, \(daysLeft) days left")
        case .overdue(let due, let maxGap)?:
            language.pick("最迟应在 \(due) 拜访（间隔至多 \(maxGap) 个工作日）", "a visit was due by \(due) (at most \(maxGap) days apart)")
        }
    }

    /// The definitions of attainment, on track and at risk, as the table's legend and the report's note.
    static func legend(_ language: Language) -> String {
        language.pick(
            "达成率 = 已完成 ÷ 需求（每位医生最多计到其需求）；按时进度 = 已完成 ÷（需求 × 已过 ÷ 可用天数），100% 即按时；可用天数 = 工作日减请假。\n风险：剩余拜访多于剩下的可用天数，或距上次已完成拜访（无则自月初）已超过间隔上限。",
            "Attainment = done ÷ required (each doctor credited up to its requirement); on track = done ÷ (required × elapsed ÷ days), 100% is on schedule; days = working days less leave.\nAt risk: more visits remain than days are left, or the spacing rule's largest gap since the last done visit (or the month's start) has passed."
        )
    }

    // MARK: - Table

    /// The heading lines, the rep table (with a total row for several reps), the zone table, the doctor list
    /// and a legend of the definitions.
    public func table() -> String {
        let p = progress
        var out = language.pick("\(p.month) 拜访进度，截至 \(p.asOf)", "\(p.month) progress as of \(p.asOf)") + "\n"
        let plan =
            planSource.map { language.pick("计划：\($0)", "Plan: \($0)") }
            ?? language.pick("计划：无（计划次数按 0 计）", "Plan: none (planned counts are 0)")
        let calls =
            callsSource.map { language.pick("拜访记录：\($0)", "Calls: \($0)") }
            ?? language.pick("拜访记录：无 \(CallLog.fileName)（已完成按 0 计）", "Calls: no \(CallLog.fileName) (done counts are 0)")
        out += plan + language.pick("；", "; ") + calls + "\n\n"

        let counts = [
            language.pick("需求", "Required"), language.pick("计划", "Planned"), language.pick("已完成", "Done"),
            language.pick("取消", "Cancelled"), language.pick("未见到", "Not met"), language.pick("剩余", "Remaining"),
            language.pick("计划待访", "Planned ahead"), language.pick("达成率", "Attainment"), language.pick("按时进度", "On track"),
            language.pick("风险医生", "At risk"),
        ]
        func numbers(_ t: ProgressTotals) -> [String] {
            [t.required, t.planned, t.done, t.cancelled, t.notMet, t.remaining, t.plannedAhead].map(String.init)
                + [Self.percent(t.attainment), Self.percent(t.onTrack), String(t.atRisk)]
        }
        let repHeader =
            [
                language.pick("代表", "Rep"), language.pick("姓名", "Name"), language.pick("可用天数", "Days"),
                language.pick("已过", "Elapsed"), language.pick("剩余天数", "Days left"),
            ] + counts
        var repRows = p.reps.map { r in
            [r.rep.id, r.rep.name, String(r.availableDays), String(r.elapsedDays), String(r.daysLeft)] + numbers(r.totals)
        }
        if p.reps.count > 1 { repRows.append([language.pick("合计", "Total"), "", "", "", ""] + numbers(p.total)) }
        out += TextTable(header: repHeader, rows: repRows, rightAligned: Set(2..<repHeader.count)).render() + "\n"

        let zoneHeader = [language.pick("区", "Zone"), language.pick("医生", "Doctors")] + counts
        let zoneRows = p.zones.map { z in [z.zone.name(english: en), String(z.totals.doctors)] + numbers(z.totals) }
        out += TextTable(header: zoneHeader, rows: zoneRows, rightAligned: Set(1..<zoneHeader.count)).render() + "\n"

        let listHeader =
            [
                language.pick("序号", "No."), language.pick("代表", "Rep"), language.pick("医院", "Hospital"),
                language.pick("科室", "Department"), language.pick("姓名", "Name"), language.pick("级别", "Cell"),
                language.pick("区", "Zone"),
            ] + counts.prefix(7) + [language.pick("最近拜访", "Last done"), language.pick("风险", "Risk")]
        let listRows = doctors.enumerated().map { i, d in
            [
                String(i + 1), d.doctor.doctor.repID, d.doctor.hospital.name, d.doctor.doctor.department, d.doctor.doctor.name,
                d.doctor.cell.id, d.doctor.zone.name(english: en),
            ] + figures(d)
        }
        out += TextTable(header: listHeader, rows: listRows, rightAligned: Set([0] + Array(7..<14))).render()
        out += "\n" + Self.legend(language) + "\n"
        return out
    }

    // MARK: - CSV

    /// CSV headings: who (rep, hospital, doctor, cell, zone), the counts, the last done visit and the risk.
    public var csvHeader: [String] {
        en
            ? [
                "No.", "Rep ID", "Rep", "Hospital", "Department", "Doctor ID", "Name", "Cell", "Zone", "Required", "Planned", "Done",
                "Cancelled", "Not met", "Remaining", "Planned ahead", "Last done", "Risk",
            ]
            : [
                "序号", "代表编号", "代表", "医院", "科室", "医生编号", "姓名", "客户级别", "区", "需求", "计划", "已完成",
                "取消", "未见到", "剩余", "计划待访", "最近拜访", "风险",
            ]
    }

    /// A doctor's counts (required … planned ahead), last done day and risk, as the list and the CSV show them.
    func figures(_ d: DoctorProgress) -> [String] {
        [d.required, d.planned, d.done, d.cancelled, d.notMet, d.remaining, d.plannedAhead].map(String.init)
            + [d.lastDone?.description ?? "", Self.riskText(d.risk, language)]
    }

    /// One CSV row per doctor, in list order.
    public var csvRows: [[String]] {
        let names = Dictionary(progress.reps.map { ($0.rep.id, $0.rep.name) }, uniquingKeysWith: { a, _ in a })
        return doctors.enumerated().map { i, d in
            let g = d.doctor
            return [
                String(i + 1), g.doctor.repID, names[g.doctor.repID] ?? "", g.hospital.name, g.doctor.department, g.doctor.id,
                g.doctor.name, g.cell.id, g.zone.name(english: en),
            ] + figures(d)
        }
    }

    /// The CSV document: UTF-8 BOM, CRLF, RFC 4180 quoting, formulas neutralised.
    public func csv() -> String { CSVWriter.render(header: csvHeader, rows: csvRows) }

    // MARK: - JSON

    /// The counts and ratios of a group, English keys.
    static func totals(_ t: ProgressTotals) -> [(String, JSONValue)] {
        [
            ("doctors", .int(t.doctors)), ("required", .int(t.required)), ("planned", .int(t.planned)), ("done", .int(t.done)),
            ("credited", .int(t.credited)), ("cancelled", .int(t.cancelled)), ("not_met", .int(t.notMet)), ("remaining", .int(t.remaining)),
            ("planned_ahead", .int(t.plannedAhead)), ("expected_to_date", .double(PlanDocument.rounded(t.expectedToDate, 100))),
            ("attainment", t.attainment.map { .double(PlanDocument.rounded($0, 10_000)) } ?? .null),
            ("on_track", t.onTrack.map { .double(PlanDocument.rounded($0, 10_000)) } ?? .null),
            ("at_risk", .int(t.atRisk)),
        ]
    }

    /// Why a doctor is at risk: the reason's id and its figures.
    static func risk(_ risk: AtRisk) -> JSONValue {
        switch risk {
        case .tooFewDays(let remaining, let daysLeft):
            .object([("reason", .string(risk.id)), ("remaining", .int(remaining)), ("days_left", .int(daysLeft))])
        case .overdue(let due, let maxGap):
            .object([("reason", .string(risk.id)), ("due", .string(due.description)), ("max_gap", .int(maxGap))])
        }
    }

    /// The JSON document: month, as_of, plan, calls, reps, zones, total, doctors; English keys in a fixed order.
    public func json() -> String {
        let p = progress
        let reps: [JSONValue] = p.reps.map { r in
            .object(
                [
                    ("rep_id", .string(r.rep.id)), ("name", .string(r.rep.name)), ("working_days", .int(r.workingDays)),
                    ("leave_days", .int(r.leaveDays)), ("available_days", .int(r.availableDays)), ("elapsed_days", .int(r.elapsedDays)),
                    ("days_left", .int(r.daysLeft)),
                ] + Self.totals(r.totals))
        }
        let zones: [JSONValue] = p.zones.map { z in
            .object([("zone", .string(z.zone.id)), ("zone_name", .string(z.zone.name(english: en)))] + Self.totals(z.totals))
        }
        let doctors: [JSONValue] = doctors.map { d in
            let g = d.doctor
            return .object([
                ("doctor_id", .string(g.doctor.id)), ("rep_id", .string(g.doctor.repID)), ("hospital_id", .string(g.hospital.id)),
                ("hospital", .string(g.hospital.name)), ("name", .string(g.doctor.name)), ("department", .string(g.doctor.department)),
                ("cell", .string(g.cell.id)), ("zone", .string(g.zone.id)),
                ("required", .int(d.required)), ("planned", .int(d.planned)), ("done", .int(d.done)), ("cancelled", .int(d.cancelled)),
                ("not_met", .int(d.notMet)), ("remaining", .int(d.remaining)), ("planned_ahead", .int(d.plannedAhead)),
                ("last_done", .string(d.lastDone?.description)), ("expected_to_date", .double(PlanDocument.rounded(d.expectedToDate, 100))),
                ("at_risk", d.risk.map(Self.risk) ?? .null),
            ])
        }
        return JSONWriter.render(
            .object([
                ("month", .string(p.month.description)), ("as_of", .string(p.asOf.description)),
                ("plan", .string(planSource)), ("calls", .string(callsSource)),
                ("reps", .array(reps)), ("zones", .array(zones)), ("total", .object(Self.totals(p.total))), ("doctors", .array(doctors)),
            ]))
    }
}
