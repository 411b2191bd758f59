import TerritoryModel

extension TerritoryLoader {
    /// The rows of managers.csv: id, name, base, co-visit days a month (0…31), optional calls a day (1…40).
    static func readManagers(_ table: CSVTable, diagnostics: inout [Diagnostic]) -> [Row<Manager>]? {
        var out: [Row<Manager>] = []
        var seen: SeenIDs = [:]
        var ok = true
        for record in table.records {
            var r = RowReader(table: table, record: record)
            let id = r.identifier("manager_id")
            let name = r.required("name")
            let coordinates = r.coordinates()
            let daysText = r.text("co_visit_days")
            let days = r.optionalInt("co_visit_days", range: 0...31, example: "6")
            if daysText.isEmpty {
                r.error(
                    "co_visit_days", "missing co_visit_days \(r.columnNote("co_visit_days"))", fix: "write the days a month the manager co-visits, e.g. 6",
                    zh: "缺少 co_visit_days\(r.columnNoteZH("co_visit_days"))", fixZH: "请填写经理每月协访的天数，例如 6")
            }
            let calls = r.optionalInt("calls_per_day", range: 1...40, example: "8")
            let bad = !r.diagnostics.isEmpty
            diagnostics += r.diagnostics
            guard let id, let name, let (lat, lon) = coordinates, let days, !bad else {
                ok = false
                continue
            }
            guard checkDuplicate(id, key: "manager_id", table: table, line: record.line, seen: &seen, diagnostics: &diagnostics) else {
                ok = false
                continue
            }
            out.append(
                Row(
                    value: Manager(id: id, name: name, latitude: lat, longitude: lon, coVisitDays: days, callsPerDay: calls),
                    line: record.line))
        }
        return ok ? out : nil
    }

    /// With a managers.csv, every manager_id of reps.csv must name one of its managers; false when one does not.
    static func checkManagers(_ reps: [Row<Rep>], repTable: CSVTable, managerIDs: Set<String>, diagnostics: inout [Diagnostic]) -> Bool {
        var ok = true
        for row in reps {
            guard let id = row.value.managerID, !managerIDs.contains(id) else { continue }
            let hint = DiagnosticPrinter.didYouMeanInBoth(id, among: managerIDs.sorted(by: NaturalOrder.less))
            diagnostics.append(
                Diagnostic.error(
                    file: repTable.schema.fileName, line: row.line, column: repTable.column("manager_id"),
                    "manager \"\(id)\" (column \(repTable.headerName("manager_id"))) is not in managers.csv",
                    fix: "add the manager to managers.csv, correct the id, or leave it empty" + hint.en
                ).zh(
                    "经理 \"\(id)\"（列 \(repTable.headerName("manager_id"))）不在 managers.csv 中",
                    fix: "请把该经理加入 managers.csv、更正编号，或留空" + hint.zh))
            ok = false
        }
        return ok
    }
}
