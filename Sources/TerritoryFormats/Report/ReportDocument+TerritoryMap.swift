import TerritoryModel
import TerritoryPlanner

extension ReportDocument {
    /// The map of every hospital where the reported reps have doctors, coloured by the highest zone among those
    /// doctors, with the reps' bases; one map per region when the territory spans several cities (places more
    /// than `TerritoryMap.regionGapKm` from each other), each titled with its hospitals' most common district;
    /// below, the colours with their hospital counts.
    func territoryMap() -> String {
        let rules = territory.rules
        var best: [String: (zone: Zone, doctors: Int)] = [:]
        for r in plan.reps {
            for g in doctors(of: r.repID) {
                let old = best[g.hospital.id]
                let zone = old.map { rules.outranks(g.zone.id, $0.zone.id) ? g.zone : $0.zone } ?? g.zone
                best[g.hospital.id] = (zone, (old?.doctors ?? 0) + 1)
            }
        }
        // Lowest zone first, so the highest is drawn last, on top.
        let hospitals = territory.hospitals.filter { best[$0.id] != nil }
            .sorted { (rules.priorityRank(ofZone: best[$1.id]!.zone.id), $0.id) < (rules.priorityRank(ofZone: best[$0.id]!.zone.id), $1.id) }
        guard !hospitals.isEmpty else { return "" }
        let dots = hospitals.map { hospital in
            let (zone, count) = best[hospital.id]!
            return MapPlace(
                name: "\(hospital.name) · \(zone.name(english: en)) · " + t("\(count) 位医生", "\(count) doctors"),
                latitude: hospital.latitude, longitude: hospital.longitude, fill: HTML.color(zone.color))
        }
        let bases = plan.reps.compactMap { territory.rep(id: $0.repID) }.map { rep in
            MapPlace(name: "\(rep.id) \(rep.name)", latitude: rep.latitude, longitude: rep.longitude, fill: "#1f2933", label: rep.id)
        }
        let regions = TerritoryMap.regions((dots + bases).map { (latitude: $0.latitude, longitude: $0.longitude) })
        var figures = ""
        for (k, members) in regions.enumerated() {
            let mine = Set(members)
            var map = TerritoryMap(
                hospitals: dots.indices.filter { mine.contains($0) }.map { dots[$0] },
                bases: bases.indices.filter { mine.contains(dots.count + $0) }.map { bases[$0] })
            if regions.count > 1 { map.width = 380 }  // shown about that wide, so its text stays readable
            var title = ""
            if regions.count > 1 {
                var byDistrict: [String: Int] = [:]
                for i in members where i < hospitals.count { byDistrict[hospitals[i].district ?? "", default: 0] += 1 }
                let named = byDistrict.filter { !$0.key.isEmpty }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
                title = named ?? t("地区 \(k + 1)", "Area \(k + 1)")
                title += t(
                    "（\(map.hospitals.count) 家医院，\(map.bases.count) 位代表）",
                    " (\(DiagnosticPrinter.count(map.hospitals.count, "hospital")), \(DiagnosticPrinter.count(map.bases.count, "rep")))")
            }
            figures +=
                "<figure class=\"territory\">" + (title.isEmpty ? "" : "<figcaption>\(h(title))</figcaption>")
                + map.svg(label: title.isEmpty ? t("医院分布", "Hospitals by zone") : title) + "</figure>\n"
        }
        var counts: [String: Int] = [:]
        for hospital in hospitals { counts[best[hospital.id]!.zone.id, default: 0] += 1 }
        let labelled = regions.allSatisfy { members in members.filter { $0 >= dots.count }.count <= TerritoryMap.labelledBases }
        let legend =
            rules.zones.map { z in
                "<span class=\"swatch round\" style=\"background:\(HTML.color(z.color))\"></span>"
                    + h(z.name(english: en) + t("：\(counts[z.id] ?? 0) 家医院", ": \(counts[z.id] ?? 0) hospitals"))
            }.joined(separator: " &nbsp; ") + " &nbsp; <span class=\"swatch\" style=\"background:#1f2933\"></span>"
            + h(t("代表出发地", "rep bases") + (labelled ? t("（有空处标代表编号）", " (labelled with the rep id where there is room)") : ""))
        return "<div class=\"territory-maps\(regions.count > 1 ? " regions" : "")\">\n" + figures + "</div>\n<p class=\"legend\">" + legend + "</p>\n"
    }
}
