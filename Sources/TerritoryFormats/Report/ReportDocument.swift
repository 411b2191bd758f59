import TerritoryModel
import TerritoryPlanner

/// The month's report as one self-contained HTML page: district overview, then per rep the nine-grid,
/// workload, calendar, daily route maps, coaching, unplaced visits and the A/B/C doctor list.
///
/// Inline CSS and SVG, and one short inline script that only sorts the overview's rep table (`ReportScript`);
/// no external URL, no font download. All user text is escaped with `HTML.escape`. A pure function of its
/// inputs, so the same plan gives the same bytes.
public struct ReportDocument: Sendable {
    /// The plan reported.
    public let plan: MonthPlan
    /// The territory planned.
    public let territory: Territory
    /// The working-day calendar (holidays are greyed in the month view).
    public let calendar: WorkCalendar
    /// Rep leave.
    public let leave: [Leave]
    /// The travel model (for each day's distance).
    public let travel: TravelModel
    /// Language of headings and labels.
    public let language: Language
    /// The month so far (from the calls reps logged), shown when set: per rep in the overview, the doctors
    /// at risk in each rep's pages.
    public var progress: MonthProgress? = nil
    /// The month-end re-grade against an earlier snapshot (`report --before`), shown when set: in the overview,
    /// and in each rep's coaching the doctors who moved up into the top zone or fell back from it.
    public var regrade: RegradeDocument? = nil
    /// The reps the report was narrowed to (`--rep`, `--manager`), said in the header; nil: every rep of the plan.
    public var scope: ReportScope? = nil
    /// Graded doctors by id.
    let graded: [String: GradedDoctor]
    /// Every graded doctor in file order.
    let allGraded: [GradedDoctor]
    /// Graded doctors by rep id, each rep's in file order.
    let gradedByRep: [String: [GradedDoctor]]

    /// Joins a plan with what it was planned from.
    public init(plan: MonthPlan, territory: Territory, calendar: WorkCalendar, leave: [Leave], travel: TravelModel, language: Language) {
        self.plan = plan
        self.territory = territory
        self.calendar = calendar
        self.leave = leave
        self.travel = travel
        self.language = language
        self.allGraded = territory.gradedDoctors()
        self.graded = allGraded.byDoctorID()
        self.gradedByRep = Dictionary(grouping: allGraded) { $0.doctor.repID }
    }

    var en: Bool { language.isEnglish }
    func t(_ zh: String, _ english: String) -> String { language.pick(zh, english) }

    /// The doctors of one rep, graded, in file order.
    func doctors(of repID: String) -> [GradedDoctor] { gradedByRep[repID] ?? [] }

    /// The most reps linked in the row of links at the top; a larger report links them from the overview's table.
    static let navigationLimit = 30

    /// The whole page.
    public func render() -> String {
        let title = t("区域拜访报告 \(plan.month)", "Territory report \(plan.month)")
        var body = "<h1>\(h(title))</h1>\n"
        let doctorCount = plan.reps.reduce(0) { $0 + doctors(of: $1.repID).count }
        let workingDays = calendar.workingDays(in: plan.month).count
        body +=
            "<p class=\"meta\">"
            + h(
                t(
                    "\(plan.reps.count) 位代表 · \(doctorCount) 位医生 · \(workingDays) 个工作日",
                    "\(plan.reps.count) reps · \(doctorCount) doctors · \(workingDays) working days")) + "</p>\n"
        body += scopeLine()
        // Up to `navigationLimit` reps a row of links; beyond, the overview's rep table is the index.
        if plan.reps.count <= Self.navigationLimit {
            body +=
                "<nav>"
                + plan.reps.enumerated().map { k, r in
                    "<a href=\"#rep-\(k)\">\(h(r.repID)) \(h(territory.rep(id: r.repID)?.name ?? ""))</a>"
                }.joined() + "</nav>\n"
        }
        body += overview()
        for (k, r) in plan.reps.enumerated() { body += repSection(r, index: k) }
        return """
            <!DOCTYPE html>
            <html lang="\(en ? "en" : "zh-CN")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title))</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            \(body)<script>
            \(ReportScript.sortableRepTable)
            </script>
            </body>
            </html>

            """
    }

    // MARK: - District

    /// Planned visits per zone id summed over reps.
    func totalsByZone(_ reps: [RepPlan]) -> [String: Int] {
        var out: [String: Int] = [:]
        for r in reps { for z in r.plannedByZone { out[z.zoneID, default: 0] += z.count } }
        return out
    }

    /// The headline numbers: capacity, required, utilisation, planned, shortfall, travel.
    func kpis(capacity: Int, required: Int, planned: Int, km: Double) -> String {
        let utilisation = RepPlan.utilisation(required: required, capacity: capacity)
        let shortfall = max(0, required - planned)
        func kpi(_ value: String, _ label: String, bad: Bool = false) -> String {
            "<div class=\"kpi\(bad ? " bad" : "")\"><b>\(h(value))</b><span>\(h(label))</span></div>"
        }
        var out = "<div class=\"kpis\">"
        out += kpi(String(capacity), t("容量（次）", "Capacity (calls)"))
        out += kpi(String(required), t("需求（次）", "Required visits"))
        out += kpi(PlanDocument.percent(utilisation), t("饱和度", "Utilisation"), bad: utilisation > 1)
        out += kpi(String(planned), t("已安排（次）", "Planned visits"))
        out += kpi(String(shortfall), t("缺口（次）", "Shortfall (visits)"), bad: shortfall > 0)
        out += kpi(HTML.oneDecimal(km), t("路程（公里）", "Travel (km)"))
        out += "</div>\n"
        if utilisation > 1 {
            out +=
                "<p class=\"warn\">"
                + h(
                    t(
                        "需求超出容量：这个月排不下全部拜访，已按红区、黄区、蓝区的优先级安排。",
                        "Required visits exceed capacity: the month cannot hold them all; red went first, then yellow, then blue.")) + "</p>\n"
        }
        return out
    }

    // MARK: - Rep

    /// One rep's pages.
    func repSection(_ r: RepPlan, index k: Int) -> String {
        let rep = territory.rep(id: r.repID)
        let mine = doctors(of: r.repID)
        var out = "<section class=\"rep\" id=\"rep-\(k)\">\n<a class=\"up\" href=\"#overview\">\(h(t("↑ 区域总览", "↑ District overview")))</a>\n"
        out += "<h2>\(h(r.repID)) \(h(rep?.name ?? "")) — \(h(plan.month.description))</h2>\n"
        out += kpis(capacity: r.capacity, required: r.required, planned: r.visits.count, km: r.travelKm)
        var byZone: [String: Int] = [:]
        for z in r.plannedByZone { byZone[z.zoneID, default: 0] += z.count }
        out += "<div class=\"row\">\n<div><h3>\(h(t("九宫格", "Nine-grid")))</h3>\n\(nineGrid(mine))</div>\n"
        out +=
            "<div><h3>\(h(t("各区拜访：需求与安排", "Visits by zone: required and planned")))</h3>\n"
            + zoneTable(doctors: mine, plannedByZone: byZone) + "</div>\n</div>\n"
        out += progressOfRep(r.repID)
        out += "<h3>\(h(t("月历（每天拜访次数，按区）", "Month (calls per day by zone)")))</h3>\n" + monthCalendar(r, repIndex: k)
        out += "<h3>\(h(t("每日路线", "Daily routes")))</h3>\n" + routeMaps(r, repIndex: k)
        out += coaching(r, doctors: mine)
        out += unplacedTable(r)
        out += doctorList(r)
        out += "</section>\n"
        return out
    }
}
