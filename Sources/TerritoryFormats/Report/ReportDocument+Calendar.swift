import TerritoryModel
import TerritoryPlanner

extension ReportDocument {
    /// Short weekday names, Monday first.
    var weekdayNames: [String] {
        en ? ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] : ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    }

    /// `12-01 周二`.
    func dayLabel(_ date: CalendarDate) -> String {
        let d = date.description
        return String(d.dropFirst(5)) + " " + weekdayNames[date.weekday - 1]
    }

    /// The anchor of one rep-day's route map (`r0-20261201`); ids never carry user text.
    func dayAnchor(repIndex: Int, _ date: CalendarDate) -> String {
        "r\(repIndex)-" + date.description.replacingOccurrences(of: "-", with: "")
    }

    /// The month as weeks × Monday–Sunday: each working day a bar of its calls by zone (scaled to the
    /// rep's calls per day) and the counts; holidays and weekends greyed with the holiday's name,
    /// make-up working days marked, leave hatched.
    func monthCalendar(_ r: RepPlan, repIndex: Int) -> String {
        let rep = territory.rep(id: r.repID)
        let callsPerDay = max(1, rep?.callsPerDay ?? territory.rules.callsPerDay)
        var byDate: [CalendarDate: [String: Int]] = [:]
        for v in r.visits { byDate[v.date, default: [:]][graded[v.doctorID]?.zone.id ?? "", default: 0] += 1 }
        let dates = plan.month.dates
        var out = "<table class=\"month\">\n<tr>" + weekdayNames.map { "<th>\(h($0))</th>" }.joined() + "</tr>\n<tr>"
        out += String(repeating: "<td class=\"empty\"></td>", count: dates[0].weekday - 1)
        for date in dates {
            if date.weekday == 1 && date.day != 1 { out += "</tr>\n<tr>" }
            let working = calendar.isWorkingDay(date)
            let onLeave = leave.covers(repID: r.repID, on: date)
            let holiday = calendar.holidayName(of: date)
            var note = ""
            var cls = ""
            if !working {
                cls = "off"
                note = holiday ?? ""
            } else if onLeave {
                cls = "leave"
                note = t("请假", "leave")
            } else if date.isWeekend {
                note = t("调休上班", "make-up workday")
            }
            let calls = byDate[date] ?? [:]
            let total = calls.values.reduce(0, +)
            let number = total > 0 ? "<a href=\"#\(dayAnchor(repIndex: repIndex, date))\">\(date.day)</a>" : "\(date.day)"
            out +=
                "<td\(cls.isEmpty ? "" : " class=\"\(cls)\"")><div class=\"day-no\">\(number)"
                + (note.isEmpty ? "" : "<span class=\"day-note\">\(h(note))</span>") + "</div>"
            if working && !onLeave {
                let zones = territory.rules.zones.filter { (calls[$0.id] ?? 0) > 0 }
                out +=
                    "<div class=\"calls\" title=\"\(total)/\(callsPerDay)\">"
                    + zones.map { z in
                        let width = Double(calls[z.id]!) / Double(callsPerDay) * 100
                        return "<i style=\"width:\(HTML.oneDecimal(min(100, width)))%;background:\(HTML.color(z.color))\"></i>"
                    }.joined() + "</div>"
                out +=
                    "<div class=\"counts\">"
                    + zones.map { z in
                        "<span style=\"background:\(HTML.color(z.color, alpha: 0.22));border-color:\(HTML.color(z.color))\">\(calls[z.id]!)</span>"
                    }.joined() + (total == 0 ? "<span class=\"empty-note\">0</span>" : "") + "</div>"
            }
            out += "</td>"
        }
        let trailing = (7 - dates[dates.count - 1].weekday) % 7
        out += String(repeating: "<td class=\"empty\"></td>", count: trailing) + "</tr>\n</table>\n"
        out +=
            "<p class=\"meta\">"
            + territory.rules.zones.map { z in
                "<span class=\"swatch\" style=\"background:\(HTML.color(z.color))\"></span>\(h(z.name(english: en)))"
            }.joined(separator: " &nbsp; ") + " &nbsp; "
            + h(
                t(
                    "灰色：节假日与周末；斜纹：请假；数字为当天拜访次数。",
                    "Grey: holidays and weekends; hatched: leave; numbers are calls that day.")) + "</p>\n"
        return out
    }
}
