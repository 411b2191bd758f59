import TerritoryModel
import TerritoryPlanner

extension ReportDocument {
    /// One small map per working day with calls, in date order, each with its stops listed below.
    func routeMaps(_ r: RepPlan, repIndex: Int) -> String {
        guard let rep = territory.rep(id: r.repID) else { return "" }
        let stops = HospitalStop.stops(of: r.visits)
        var byDate: [CalendarDate: [HospitalStop]] = [:]
        for s in stops { byDate[s.date, default: []].append(s) }
        guard !byDate.isEmpty else { return "<p class=\"empty-note\">\(h(t("本月没有安排拜访。", "No visits planned this month.")))</p>\n" }
        let base = MapPlace(name: t("起点/终点：", "Base: ") + rep.name, latitude: rep.latitude, longitude: rep.longitude, fill: "#1f2933")
        var out = mapLegend() + "<div class=\"maps\">\n"
        for date in byDate.keys.sorted() {
            let day = byDate[date]!
            let places: [MapPlace] = day.map { s in
                let hospital = territory.hospital(id: s.hospitalID)
                let zone = s.visits.compactMap { graded[$0.doctorID]?.zone }
                    .min { territory.rules.outranks($0.id, $1.id) }
                return MapPlace(
                    name: hospital?.name ?? s.hospitalID, latitude: hospital?.latitude ?? rep.latitude,
                    longitude: hospital?.longitude ?? rep.longitude, fill: HTML.color(zone?.color ?? ""))
            }
            let calls = day.reduce(0) { $0 + $1.visits.count }
            let km = DayRoute(visits: r.visits.filter { $0.date == date }.sorted { $0.seq < $1.seq }, territory: territory, travel: travel)?.km ?? 0
            let caption =
                dayLabel(date) + " · "
                + t(
                    "\(calls) 次 · \(day.count) 站 · \(HTML.oneDecimal(km)) 公里",
                    "\(calls) calls · \(day.count) stops · \(HTML.oneDecimal(km)) km")
            out += "<figure class=\"route\" id=\"\(dayAnchor(repIndex: repIndex, date))\"><figcaption>\(h(caption))</figcaption>"
            out += RouteMap(base: base, stops: places).svg(label: caption)
            out +=
                "<ol>"
                + zip(day, places).map { s, place in
                    "<li>\(s.arrival)–\(s.departure) \(h(place.name)) · \(h(t("\(s.visits.count) 位", "\(s.visits.count) dr")))</li>"
                }.joined() + "</ol></figure>\n"
        }
        return out + "</div>\n"
    }

    /// The key to the route maps, once above a rep's maps: base, numbered hospitals in zone colours, the legs.
    func mapLegend() -> String {
        let square = "<svg class=\"key\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><rect x=\"2\" y=\"2\" width=\"10\" height=\"10\" fill=\"#1f2933\"/></svg>"
        let marker =
            "<svg class=\"key\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"6.5\" fill=\"#66717d\"/>"
            + "<text x=\"7\" y=\"10\" font-size=\"9\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#fff\">1</text></svg>"
        let dashed =
            "<svg class=\"key wide\" viewBox=\"0 0 28 14\" aria-hidden=\"true\"><line x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\" stroke=\"#8fa3b8\" stroke-width=\"1.6\" stroke-dasharray=\"4 3\"/></svg>"
        let solid =
            "<svg class=\"key wide\" viewBox=\"0 0 28 14\" aria-hidden=\"true\"><line x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\" stroke=\"#2f5d8a\" stroke-width=\"1.6\"/></svg>"
        let zones = territory.rules.zones.map { z in
            "<span class=\"swatch\" style=\"background:\(HTML.color(z.color))\"></span>\(h(z.name(english: en)))"
        }.joined(separator: " ")
        return "<p class=\"legend\">" + square + h(t("起点/终点（代表的出发地）", "base (where the rep starts and ends)")) + " &nbsp; "
            + marker
            + h(
                t(
                    "医院，按拜访顺序编号（图下列出全称）；颜色为当站医生的最高区：",
                    "hospital, numbered in visiting order (full names listed below each map); coloured by the highest zone of its doctors that day: "))
            + zones + " &nbsp; " + dashed + h(t("往返起点", "to and from base")) + " &nbsp; " + solid + h(t("医院之间", "between hospitals")) + "</p>\n"
    }

    /// Coaching: for each zone above the lowest priority (red and yellow by default), its tactics and the
    /// rep's doctors in it with planned and required visits.
    func coaching(_ r: RepPlan, doctors mine: [GradedDoctor]) -> String {
        let rules = territory.rules
        let lowest = rules.lowestPriorityZone.map { rules.priorityRank(ofZone: $0.id) }
        let coached = rules.zones.filter { rules.zones.count == 1 || rules.priorityRank(ofZone: $0.id) != lowest }
        var planned: [String: Int] = [:]
        for v in r.visits { planned[v.doctorID, default: 0] += 1 }
        var out = "<h3>\(h(t("辅导：拜访策略与医生", "Coaching: tactics and doctors")))</h3>\n" + regradeCoaching(r.repID)
        for z in coached {
            let members = mine.filter { $0.zone.id == z.id }.sorted { ($0.cell, -$0.score, $0.doctor.id) < ($1.cell, -$1.score, $1.doctor.id) }
            out +=
                "<h4 class=\"zone-head\" style=\"border-color:\(HTML.color(z.color))\">\(h(z.name(english: en))) "
                + "(\(h(z.cells.map(\.id).joined(separator: ", "))) · \(h(t("\(members.count) 位医生", "\(members.count) doctors"))))</h4>\n"
            out += "<div class=\"row\">\n<ul class=\"tactics\">" + z.tactics(english: en).map { "<li>\(h($0))</li>" }.joined() + "</ul>\n"
            guard !members.isEmpty else {
                out += "<p class=\"empty-note\">\(h(t("该区没有医生。", "No doctors in this zone.")))</p>\n</div>\n"
                continue
            }
            let header = [
                t("医生", "Doctor"), t("医院", "Hospital"), t("科室", "Department"), t("职称", "Title"), t("级别", "Cell"),
                t("已安排/需拜访", "Planned/required"),
            ]
            out += "<div class=\"wide\"><table class=\"doctors\">\n<tr>" + header.map { "<th>\(h($0))</th>" }.joined() + "</tr>\n"
            for g in members {
                let p = planned[g.doctor.id] ?? 0
                out +=
                    "<tr><td class=\"nw\">\(h(g.doctor.name))</td><td>\(h(g.hospital.name))</td><td>\(h(g.doctor.department))</td>"
                    + "<td class=\"nw\">\(h(g.doctor.title))</td><td>\(g.cell.id)</td>"
                    + "<td class=\"num\(p < g.visitsPerMonth ? " warn" : "")\">\(p)/\(g.visitsPerMonth)</td></tr>\n"
            }
            out += "</table></div>\n</div>\n"
        }
        return out
    }

    /// The rep's visits that could not be placed, with their reasons.
    func unplacedTable(_ r: RepPlan) -> String {
        var out = "<h3>\(h(t("未能安排的拜访", "Visits not placed")))</h3>\n"
        guard !r.unplaced.isEmpty else {
            return out + "<p class=\"empty-note\">\(h(t("全部需求拜访均已安排。", "Every required visit is planned.")))</p>\n"
        }
        let header = [
            t("医生编号", "Doctor ID"), t("姓名", "Name"), t("医院", "Hospital"), t("级别", "Cell"), t("区", "Zone"),
            t("缺少（次）", "Missing"), t("原因", "Reason"),
        ]
        out +=
            "<div class=\"wide\"><table class=\"doctors\">\n<tr>"
            + header.enumerated().map { i, x in "<th\(i == 5 ? " class=\"num\"" : "")>\(h(x))</th>" }.joined() + "</tr>\n"
        for u in r.unplaced {
            let g = graded[u.doctorID]
            out +=
                "<tr><td class=\"nw\">\(h(u.doctorID))</td><td class=\"nw\">\(h(g?.doctor.name ?? ""))</td><td>\(h(g?.hospital.name ?? ""))</td>"
                + "<td>\(g?.cell.id ?? "")</td><td>\(h(g?.zone.name(english: en) ?? ""))</td><td class=\"num\">\(u.missing)</td>"
                + "<td>\(h(PlanDocument.reasonLabel(u.reason, language)))</td></tr>\n"
        }
        return out + "</table></div>\n"
    }

    /// The columns of the doctor list (`GradeReport.csvHeader`) that may wrap: hospital and department.
    static let wrappingDoctorListColumns: Set<Int> = [1, 2]

    /// The A/B/C doctor list of `territory grade --format csv` (same columns and order), grouped by cell.
    func doctorList(_ r: RepPlan) -> String {
        let report = GradeReport(territory: territory, repIDs: [r.repID], language: language)
        var out = "<h3>\(h(t("客户名单（按级别分组）", "A/B/C doctor list (by cell)")))</h3>\n"
        out += "<div class=\"wide\"><table class=\"doctors\">\n<tr>" + report.csvHeader.map { "<th>\(h($0))</th>" }.joined() + "</tr>\n"
        var current: Cell? = nil
        for (g, row) in zip(report.doctors, report.csvRows) {
            if g.cell != current {
                current = g.cell
                let count = report.doctors.filter { $0.cell == g.cell }.count
                out +=
                    "<tr class=\"group\" style=\"--zone:\(HTML.color(g.zone.color))\"><th colspan=\"\(row.count)\">"
                    + "\(g.cell.id) · \(h(g.zone.name(english: en))) · \(h(t("\(count) 位", "\(count) doctors")))</th></tr>\n"
            }
            out +=
                "<tr>"
                + row.enumerated().map { column, field in
                    let numeric = !field.isEmpty && field.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
                    // Only hospital and department wrap; a name, title or id is never broken across lines.
                    let cls = numeric ? "num" : Self.wrappingDoctorListColumns.contains(column) ? "" : "nw"
                    return "<td\(cls.isEmpty ? "" : " class=\"\(cls)\"")>\(h(field))</td>"
                }.joined() + "</tr>\n"
        }
        return out + "</table></div>\n"
    }
}
