import TerritoryModel
import TerritoryPlanner

/// What a re-plan changed, as printed by `territory replan`: a table per rep of visits kept, moved,
/// added and dropped from the re-plan date on, then each change on its own line.
package struct ReplanReport {
    let results: [Replanner.Result]
    let record: ReplanRecord
    let territory: Territory
    let language: Language

    /// The report of `results`, the re-plan's `record`, in `language`.
    package init(results: [Replanner.Result], record: ReplanRecord, territory: Territory, language: Language) {
        self.results = results
        self.record = record
        self.territory = territory
        self.language = language
    }

    /// The tables and change lines, as printed.
    package func render() -> String {
        let en = language.isEnglish
        let graded = territory.gradedDoctors().byDoctorID()
        let frozen = en ? "\(record.freeze) working day\(record.freeze == 1 ? "" : "s") frozen" : "冻结 \(record.freeze) 个工作日"
        let open =
            record.openFrom.map { en ? "re-optimised from \($0)" : "自 \($0) 起重新优化" }
            ?? (en ? "no working day of the month is left to re-optimise" : "本月已没有可重新优化的工作日")
        var out = en ? "Re-plan from \(record.from): \(frozen); \(open)\n" : "自 \(record.from) 起重新规划：\(frozen)；\(open)\n"
        let header = en ? ["Rep", "Name", "Kept", "Moved", "Added", "Dropped", "Unplaced"] : ["代表", "姓名", "保留", "改期", "新增", "取消", "未安排"]
        let rows = results.map { r in
            [
                r.plan.repID, territory.rep(id: r.plan.repID)?.name ?? "", String(r.changes.kept), String(r.changes.moved.count),
                String(r.changes.added.count), String(r.changes.dropped.count), String(r.plan.unplaced.reduce(0) { $0 + $1.missing }),
            ]
        }
        out += TextTable(header: header, rows: rows, rightAligned: [2, 3, 4, 5, 6]).render()
        func who(_ id: String) -> String {
            guard let g = graded[id] else { return id }
            return "\(id) \(g.doctor.name) \(g.cell.id)"
        }
        for r in results where !(r.changes.moved.isEmpty && r.changes.added.isEmpty && r.changes.dropped.isEmpty) {
            out += "\n" + (en ? "Rep \(r.plan.repID):" : "代表 \(r.plan.repID)：") + "\n"
            for m in r.changes.moved { out += (en ? "  moved    " : "  改期  ") + "\(who(m.doctorID)): \(m.from) → \(m.to)\n" }
            for a in r.changes.added { out += (en ? "  added    " : "  新增  ") + "\(who(a.doctorID)): \(a.date)\n" }
            for d in r.changes.dropped { out += (en ? "  dropped  " : "  取消  ") + "\(who(d.doctorID)): \(d.date)\n" }
        }
        return out
    }
}
