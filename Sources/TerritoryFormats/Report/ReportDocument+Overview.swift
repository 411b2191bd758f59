import TerritoryModel
import TerritoryPlanner

extension ReportDocument {
    /// The district, built to stay readable from 1 to 200 reps: the headline numbers, one line per kind of
    /// warning with its count, one row per rep (utilisation bar, planned/required by zone, travel, visits not
    /// placed), the map of every hospital by zone, the district nine-grid and visits by zone.
    func overview() -> String {
        var out = "<h2 id=\"overview\">\(h(t("区域总览", "District overview")))</h2>\n"
        let all = plan.reps.flatMap { doctors(of: $0.repID) }
        let capacity = plan.reps.reduce(0) { $0 + $1.capacity }
        let required = plan.reps.reduce(0) { $0 + $1.required }
        let planned = plan.reps.reduce(0) { $0 + $1.visits.count }
        out += kpis(
            capacity: capacity, required: required, planned: planned,
            km: plan.reps.reduce(0) { $0 + $1.travelKm })
        let warnings = overviewWarnings()
        if !warnings.isEmpty {
            out += "<ul class=\"warnings\">" + warnings.map { "<li>\(h($0))</li>" }.joined() + "</ul>\n"
        }
        out += repTable()
        out += "<h3>\(h(t("医院分布（按最高区着色）", "Hospitals by their highest zone")))</h3>\n" + territoryMap()
        out += "<div class=\"row\">\n<div><h3>\(h(t("九宫格", "Nine-grid")))</h3>\n\(nineGrid(all))</div>\n"
        out +=
            "<div><h3>\(h(t("各区拜访：需求与安排", "Visits by zone: required and planned")))</h3>\n"
            + zoneTable(doctors: all, plannedByZone: totalsByZone(plan.reps)) + "</div>\n</div>\n"
        out += progressOverview()
        out += regradeOverview()
        return out
    }

    /// One row per rep: doctors, leave, capacity, required, the utilisation bar, planned/required per zone,
    /// travel and visits not placed. Every bar shares one scale, so 109 % and 159 % differ. `ReportScript` sorts
    /// it by a heading: utilisation by its value, a zone by the visits it misses (`data-v`).
    func repTable() -> String {
        let zones = territory.rules.zones
        let scale = Self.barScale(plan.reps.map(\.utilisation))
        let header =
            [t("代表", "Rep"), t("姓名", "Name"), t("医生", "Doctors"), t("请假（天）", "Leave (days)"), t("容量", "Capacity"), t("需求", "Required")]
            .map { "<th>\(h($0))</th>" }
            + ["<th class=\"util\">\(h(t("饱和度", "Utilisation")))</th>"]
            + zones.map { z in
                "<th class=\"num\"><span class=\"swatch\" style=\"background:\(HTML.color(z.color))\"></span>"
                    + "\(h(z.name(english: en)))<br><small>\(h(t("已安排/需求", "planned/required")))</small></th>"
            }
            + [t("路程（公里）", "Travel (km)"), t("未安排（次）", "Not placed")].map { "<th class=\"num\">\(h($0))</th>" }
        var out = "<div class=\"wide\"><table class=\"reps\" id=\"rep-table\">\n<thead><tr>" + header.joined() + "</tr></thead>\n<tbody>\n"
        for (k, r) in plan.reps.enumerated() {
            let mine = doctors(of: r.repID)
            var requiredByZone: [String: Int] = [:]
            for g in mine { requiredByZone[g.zone.id, default: 0] += g.visitsPerMonth }
            var plannedByZone: [String: Int] = [:]
            for z in r.plannedByZone { plannedByZone[z.zoneID, default: 0] += z.count }
            let missing = r.unplaced.reduce(0) { $0 + $1.missing }
            out +=
                "<tr><td><a href=\"#rep-\(k)\">\(h(r.repID))</a></td><td>\(h(territory.rep(id: r.repID)?.name ?? ""))</td>"
                + "<td class=\"num\">\(mine.count)</td><td class=\"num\">\(r.leaveDays)</td>"
                + "<td class=\"num\">\(r.capacity)</td><td class=\"num\">\(r.required)</td>"
                + "<td class=\"util\" data-v=\"\(Self.sortValue(r.utilisation))\">\(Self.utilisationBar(r.utilisation, scale: scale))</td>"
                + zones.map { z in
                    let p = plannedByZone[z.id] ?? 0
                    let q = requiredByZone[z.id] ?? 0
                    return "<td class=\"num\(p < q ? " warn" : "")\" data-v=\"\(q - p)\">\(p)/\(q)</td>"
                }.joined()
                + "<td class=\"num\">\(HTML.oneDecimal(r.travelKm))</td><td class=\"num\(missing > 0 ? " warn" : "")\">\(missing)</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        if scale > 1 {
            out +=
                "<p class=\"meta\">"
                + h(
                    t(
                        "饱和度条按最高值 \(PlanDocument.percent(scale)) 缩放，竖线为 100%。",
                        "Utilisation bars are scaled to the highest, \(PlanDocument.percent(scale)); the line marks 100%.")) + "</p>\n"
        }
        return out
    }

    /// The overview's warnings, one line per kind with its count: reps with no working day left, reps asked for
    /// more than capacity (the highest named), then the visits not placed per reason.
    func overviewWarnings() -> [String] {
        var out: [String] = []
        let noCapacity = plan.reps.filter { $0.capacity == 0 && $0.required > 0 }
        if !noCapacity.isEmpty {
            out.append(
                t(
                    "没有可用工作日（整月请假）：\(noCapacity.count) 位代表（\(Self.listed(noCapacity.map(\.repID), en: en))）",
                    "No working day left (on leave all month): \(DiagnosticPrinter.count(noCapacity.count, "rep")) (\(Self.listed(noCapacity.map(\.repID), en: en)))"
                ))
        }
        let over = plan.reps.filter { $0.capacity > 0 && $0.utilisation > 1 }
            .sorted { ($0.utilisation, $1.repID) > ($1.utilisation, $0.repID) }
        if !over.isEmpty {
            let named = over.map { "\($0.repID) \(PlanDocument.percent($0.utilisation))" }
            out.append(
                t(
                    "需求超出容量：\(over.count) 位代表（\(Self.listed(named, en: en))），这些代表的月份排不下全部拜访",
                    "Required visits exceed capacity: \(DiagnosticPrinter.count(over.count, "rep")) (\(Self.listed(named, en: en))); their months cannot hold every visit"
                ))
        }
        let unplaced = plan.reps.flatMap(\.unplaced)
        for reason in UnplacedReason.allCases {
            let these = unplaced.filter { $0.reason == reason }
            guard !these.isEmpty else { continue }
            let visits = these.reduce(0) { $0 + $1.missing }
            let reps = Set(these.map(\.repID)).count
            out.append(
                t(
                    "未能安排（\(PlanDocument.reasonLabel(reason, language))）：\(visits) 次拜访，\(these.count) 位医生，\(reps) 位代表",
                    "Not placed (\(PlanDocument.reasonLabel(reason, language))): \(DiagnosticPrinter.count(visits, "visit")) of "
                        + "\(DiagnosticPrinter.count(these.count, "doctor")), \(DiagnosticPrinter.count(reps, "rep"))"))
        }
        return out
    }

    /// A utilisation as the rep table's sort key: thousandths (1.09 → 1090); no working day sorts above all.
    static func sortValue(_ u: Double) -> Int { u.isFinite ? Int((u * 1000).rounded()) : 1_000_000 }

    /// At most eight items joined, then how many more.
    static func listed(_ items: [String], en: Bool) -> String {
        let shown = items.prefix(8).joined(separator: en ? ", " : "、")
        guard items.count > 8 else { return shown }
        return shown + (en ? " and \(items.count - 8) more" : " 等，另有 \(items.count - 8) 位")
    }

    /// The utilisation at the right end of every bar: 100 %, or the highest finite utilisation when above.
    static func barScale(_ utilisations: [Double]) -> Double {
        max(1, utilisations.filter(\.isFinite).max() ?? 1)
    }

    /// A bar of `u` on a scale whose right end is `scale` (≥ 1), with a line at 100 % when the scale goes beyond,
    /// and the percentage; red above 100 %.
    static func utilisationBar(_ u: Double, scale: Double = 1) -> String {
        let fill = u.isFinite ? min(u, scale) / scale : 1
        let marker = scale > 1 ? "<b style=\"left:\(HTML.oneDecimal(100 / scale))%\"></b>" : ""
        return "<span class=\"bar\(u > 1 ? " over" : "")\"><i style=\"width:\(HTML.oneDecimal(fill * 100))%\"></i>\(marker)</span>"
            + h(PlanDocument.percent(u))
    }
}
