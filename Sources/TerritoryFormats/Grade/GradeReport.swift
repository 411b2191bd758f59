import TerritoryModel

/// The three renderings of `territory grade`: nine-grid tables with the doctor list, the manager's CSV,
/// and JSON. Pure functions of the graded doctors, so the same territory gives the same bytes.
public struct GradeReport: Sendable {
    /// The graded doctors in report order: rep, cell, hospital, doctor (ids compared digit-aware).
    public let doctors: [GradedDoctor]
    /// The reps shown, in id order.
    public let reps: [Rep]
    /// The rules used (zones, for names and colours).
    public let rules: Rules
    /// Language of headings and labels.
    public let language: Language

    /// Grades the territory's doctors (of the reps `repIDs` when given, else all) and orders them.
    public init(territory: Territory, repIDs: [String]? = nil, language: Language) {
        let chosen = repIDs.map(Set.init)
        let graded = territory.gradedDoctors().filter { chosen?.contains($0.doctor.repID) ?? true }
        doctors = graded.sorted(by: Self.listOrder)
        reps = territory.reps.filter { chosen?.contains($0.id) ?? true }.sorted { NaturalOrder.less($0.id, $1.id) }
        rules = territory.rules
        self.language = language
    }

    /// The order of the doctor list: rep, cell, hospital, doctor (ids compared digit-aware).
    public static func listOrder(_ a: GradedDoctor, _ b: GradedDoctor) -> Bool {
        if a.doctor.repID != b.doctor.repID { return NaturalOrder.less(a.doctor.repID, b.doctor.repID) }
        if a.cell != b.cell { return a.cell < b.cell }
        if a.hospital.id != b.hospital.id { return NaturalOrder.less(a.hospital.id, b.hospital.id) }
        return NaturalOrder.less(a.doctor.id, b.doctor.id)
    }

    // MARK: - CSV

    /// CSV headings in order: the manager's list (序号 … 客户级别), then 医生编号, 代表编号, 区, 每月拜访次数.
    public var csvHeader: [String] {
        language.isEnglish
            ? [
                "No.", "Hospital", "Department", "Name", "Title", "Behaviour", "Monthly units", "Grade", "Cell",
                "Doctor ID", "Rep ID", "Zone", "Visits per month",
            ]
            : [
                "序号", "医院", "科室", "姓名", "职称", "处方行为", "月均处方量(支)", "客户分级", "客户级别",
                "医生编号", "代表编号", "区", "每月拜访次数",
            ]
    }

    /// One CSV row per doctor.
    public var csvRows: [[String]] {
        doctors.enumerated().map { i, g in
            [
                String(i + 1), g.hospital.name, g.doctor.department, g.doctor.name, g.doctor.title,
                language.pick(g.doctor.behavior.label, g.doctor.behavior.englishLabel), String(g.doctor.monthlyUnits),
                g.grade.letter, g.cell.id, g.doctor.id, g.doctor.repID, g.zone.name(english: language.isEnglish), String(g.visitsPerMonth),
            ]
        }
    }

    /// The CSV document: UTF-8 BOM, CRLF, RFC 4180 quoting, formulas neutralised.
    public func csv() -> String { CSVWriter.render(header: csvHeader, rows: csvRows) }

    // MARK: - JSON

    /// The JSON document: one object per doctor, English keys in a fixed order.
    public func json() -> String {
        JSONWriter.render(
            .array(
                doctors.map { g in
                    .object([
                        ("doctor_id", .string(g.doctor.id)),
                        ("rep_id", .string(g.doctor.repID)),
                        ("hospital_id", .string(g.hospital.id)),
                        ("name", .string(g.doctor.name)),
                        ("hospital", .string(g.hospital.name)),
                        ("department", .string(g.doctor.department)),
                        ("title", .string(g.doctor.title)),
                        ("title_group", .string(g.doctor.titleGroup.rawValue)),
                        ("tier", .string(g.tier.label)),
                        ("score", .int(g.score)),
                        ("grade", .string(g.grade.letter)),
                        ("behaviour", .int(g.doctor.behavior.rawValue)),
                        ("cell", .string(g.cell.id)),
                        ("zone", .string(g.zone.id)),
                        ("zone_name", .string(g.zone.name(english: language.isEnglish))),
                        ("visits_per_month", .int(g.visitsPerMonth)),
                        ("monthly_units", .int(g.doctor.monthlyUnits)),
                    ])
                }))
    }

    // MARK: - Table

    /// The nine-grid of each rep, the total grid (when more than one rep), then the doctor list.
    public func table(color: Bool) -> String {
        var out = ""
        for rep in reps {
            let mine = doctors.filter { $0.doctor.repID == rep.id }
            let name = TerminalText.inert(rep.name)
            out += language.pick("\(rep.id) \(name)：\(mine.count) 位医生", "\(rep.id) \(name): \(DiagnosticPrinter.count(mine.count, "doctor"))") + "\n"
            out += grid(mine, color: color) + "\n"
        }
        if reps.count > 1 {
            out +=
                language.pick(
                    "全部 \(reps.count) 位代表：\(doctors.count) 位医生",
                    "All \(reps.count) reps: \(DiagnosticPrinter.count(doctors.count, "doctor"))") + "\n"
            out += grid(doctors, color: color) + "\n"
        }
        out += list(color: color)
        return out
    }

    /// One 3×3 grid of counts with row and column totals, and a line of zone counts and monthly visits.
    func grid(_ group: [GradedDoctor], color: Bool) -> String {
        var counts: [Cell: Int] = [:]
        for g in group { counts[g.cell, default: 0] += 1 }
        let header =
            language.isEnglish
            ? ["", "1 first", "2 second", "3 competitor", "Total"]
            : ["", "1 首选", "2 次选", "3 竞品", "合计"]
        var rows: [[String]] = Grade.allCases.map { grade in
            let cells = Behavior.allCases.map { Cell(grade: grade, behavior: $0) }
            return [grade.letter] + cells.map { paint(String(counts[$0] ?? 0), zone: rules.zone(of: $0), color: color) }
                + [String(cells.reduce(0) { $0 + (counts[$1] ?? 0) })]
        }
        rows.append(
            [language.pick("合计", "Total")]
                + Behavior.allCases.map { b in
                    String(Grade.allCases.reduce(0) { $0 + (counts[Cell(grade: $1, behavior: b)] ?? 0) })
                } + [String(group.count)])
        var text = TextTable(header: header, rows: rows, rightAligned: [1, 2, 3, 4]).render()
        let zoneCounts = rules.zones.map { z in
            paint(z.name(english: language.isEnglish), zone: z, color: color) + " " + String(group.filter { $0.zone.id == z.id }.count)
        }
        let visits = group.reduce(0) { $0 + $1.visitsPerMonth }
        text += zoneCounts.joined(separator: " · ") + " · " + language.pick("每月拜访 \(visits) 次", "\(visits) visits per month") + "\n"
        return text
    }

    /// The doctor list in report order.
    func list(color: Bool) -> String {
        let header =
            language.isEnglish
            ? ["No.", "Rep", "Hospital", "Department", "Name", "Title", "Behaviour", "Monthly units", "Grade", "Cell", "Zone", "Visits/month"]
            : ["序号", "代表", "医院", "科室", "姓名", "职称", "处方行为", "月均处方量(支)", "客户分级", "客户级别", "区", "每月拜访次数"]
        let rows = doctors.enumerated().map { i, g in
            [
                String(i + 1), g.doctor.repID, g.hospital.name, g.doctor.department, g.doctor.name, g.doctor.title,
                language.pick(g.doctor.behavior.label, g.doctor.behavior.englishLabel), String(g.doctor.monthlyUnits),
                g.grade.letter, paint(g.cell.id, zone: g.zone, color: color), paint(g.zone.name(english: language.isEnglish), zone: g.zone, color: color),
                String(g.visitsPerMonth),
            ]
        }
        return TextTable(header: header, rows: rows, rightAligned: [0, 7, 11]).render()
    }

    /// `text` in the zone's colour (24-bit ANSI) when `color`; unchanged otherwise.
    func paint(_ text: String, zone: Zone?, color: Bool) -> String {
        guard color, let zone, let (r, g, b) = HexColor.components(zone.color) else { return text }
        return "\u{1B}[1;38;2;\(r);\(g);\(b)m" + text + "\u{1B}[0m"
    }
}
