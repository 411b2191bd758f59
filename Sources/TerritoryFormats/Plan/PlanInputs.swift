import Foundation
import TerritoryModel
import TerritoryPlanner

/// The optional planning files of a territory folder: `leave.csv` and `travel_times.csv`.
public struct PlanInputs: Sendable {
    /// Rep leave from leave.csv (empty when the file is absent).
    public var leave: [Leave]
    /// Given travel minutes from travel_times.csv (empty when absent).
    public var travelTimes: [TravelModel.PlaceMinutes]
    /// Warnings of reading the files (e.g. repeated travel lines).
    public var warnings: [Diagnostic] = []
    /// The line of each leave entry in leave.csv, parallel to `leave`.
    var leaveLines: [Int] = []
    /// Whether the territory has a travel_times.csv.
    var hasTravelTable = false

    static let leaveSchema = TableSchema(
        fileName: "leave.csv", entity: "leave",
        columns: [
            ColumnSpec("rep_id", "代表编号", required: true),
            ColumnSpec("date", "日期", required: false),
            ColumnSpec("from", "开始日期", aliases: ["start"], required: false),
            ColumnSpec("to", "结束日期", aliases: ["end"], required: false),
        ])
    static let travelSchema = TableSchema(
        fileName: "travel_times.csv", entity: "travel time",
        columns: [
            ColumnSpec("from_id", "出发编号", aliases: ["from"], required: true),
            ColumnSpec("to_id", "到达编号", aliases: ["to"], required: true),
            ColumnSpec("minutes", "分钟", required: true),
        ])

    /// Reads the optional files of `directory`, checking ids against the territory; all errors of both files at once.
    public static func load(directory: URL, territory: Territory) throws(TerritoryLoadError) -> PlanInputs {
        try load(TerritoryFiles(directory: directory), territory: territory)
    }

    /// Reads the optional files of `files` (a folder, or files in memory), as `load(directory:territory:)`.
    public static func load(_ files: TerritoryFiles, territory: Territory) throws(TerritoryLoadError) -> PlanInputs {
        var diagnostics: [Diagnostic] = []
        var missing = 0
        var leave: [Leave] = []
        var travel: [TravelModel.PlaceMinutes] = []
        var leaveLines: [Int] = []
        var hasTravelTable = false
        if files.exists("leave.csv"),
            let table = CSVTable.read(leaveSchema, in: files, diagnostics: &diagnostics, missingFiles: &missing)
        {
            for record in table.records {
                func error(_ key: String, _ message: String, _ fix: String, zh: String, _ fixZH: String) {
                    diagnostics.append(
                        Diagnostic.error(file: "leave.csv", line: record.line, column: table.column(key), message, fix: fix).zh(zh, fix: fixZH))
                }
                let rep = table.value("rep_id", in: record) ?? ""
                if territory.rep(id: rep) == nil {
                    error("rep_id", "unknown rep \"\(rep)\"", "use a rep_id of reps.csv", zh: "未知代表 \"\(rep)\"", "请使用 reps.csv 中的 rep_id")
                    continue
                }
                let single = table.value("date", in: record) ?? ""
                let fromText = single.isEmpty ? (table.value("from", in: record) ?? "") : single
                let toText = single.isEmpty ? (table.value("to", in: record) ?? "") : single
                let key = single.isEmpty ? "from" : "date"
                guard let from = CalendarDate(parsing: fromText) else {
                    error(
                        key, "\"\(fromText)\" is not a date", "write YYYY-MM-DD in column date, or from and to", zh: "\"\(fromText)\" 不是有效日期",
                        "请在 date 列，或 from 和 to 列按 YYYY-MM-DD 填写")
                    continue
                }
                guard let to = CalendarDate(parsing: toText.isEmpty ? fromText : toText) else {
                    error("to", "\"\(toText)\" is not a date", "write YYYY-MM-DD", zh: "\"\(toText)\" 不是有效日期", "请按 YYYY-MM-DD 填写")
                    continue
                }
                if to < from {
                    error("to", "leave ends \(to), before it starts \(from)", "swap from and to", zh: "请假在 \(to) 结束，早于开始日 \(from)", "请对调 from 和 to")
                    continue
                }
                leave.append(Leave(repID: rep, from: from, to: to))
                leaveLines.append(record.line)
            }
        }
        if files.exists("travel_times.csv"),
            let table = CSVTable.read(travelSchema, in: files, diagnostics: &diagnostics, missingFiles: &missing)
        {
            hasTravelTable = true
            var seen: [TravelModel.PlacePair: (minutes: Int, line: Int)] = [:]
            var repeats: [Int] = []
            for record in table.records {
                func error(_ key: String, _ message: String, _ fix: String, zh: String, _ fixZH: String) {
                    diagnostics.append(
                        Diagnostic.error(file: "travel_times.csv", line: record.line, column: table.column(key), message, fix: fix).zh(zh, fix: fixZH))
                }
                let from = table.value("from_id", in: record) ?? ""
                let to = table.value("to_id", in: record) ?? ""
                var ok = true
                for (key, id) in [("from_id", from), ("to_id", to)] where territory.hospital(id: id) == nil && territory.rep(id: id) == nil {
                    error(
                        key, "unknown place \"\(id)\"", "use a hospital_id of hospitals.csv or a rep_id of reps.csv", zh: "未知地点 \"\(id)\"",
                        "请使用 hospitals.csv 中的 hospital_id 或 reps.csv 中的 rep_id")
                    ok = false
                }
                let text = table.value("minutes", in: record) ?? ""
                guard let minutes = Int(text), (0...600).contains(minutes) else {
                    error(
                        "minutes", "travel minutes \"\(text)\" is not a whole number from 0 to 600", "write the minutes, e.g. 25",
                        zh: "路程分钟数 \"\(text)\" 不是 0 到 600 的整数", "请填写分钟数，例如 25")
                    continue
                }
                guard ok else { continue }
                if from == to && minutes != 0 {
                    diagnostics.append(
                        Diagnostic.error(
                            file: "travel_times.csv", line: record.line, column: table.column("minutes"),
                            "travel from \(from) to itself is \(minutes) minutes; a place is 0 minutes from itself",
                            fix: "delete the line (or write 0)"
                        )
                        .coded("travel-self-loop", zh: "从 \(from) 到它自己的路程为 \(minutes) 分钟；同一地点之间应为 0 分钟", fix: "删除这一行（或写 0）"))
                    continue
                }
                let pair = TravelModel.PlacePair(from: from, to: to)
                if let first = seen[pair] {
                    if first.minutes != minutes {
                        diagnostics.append(
                            Diagnostic.error(
                                file: "travel_times.csv", line: record.line, column: table.column("minutes"),
                                "travel \(from) → \(to) is \(minutes) minutes here but \(first.minutes) on line \(first.line)",
                                fix: "keep one line per pair and direction"
                            )
                            .coded(
                                "travel-conflict", zh: "\(from) → \(to) 的路程在此为 \(minutes) 分钟，第 \(first.line) 行却为 \(first.minutes) 分钟",
                                fix: "每个方向的一对地点只保留一行"))
                    } else {
                        repeats.append(record.line)
                    }
                    continue
                }
                seen[pair] = (minutes, record.line)
                travel.append(TravelModel.PlaceMinutes(from: from, to: to, minutes: minutes))
            }
            if !repeats.isEmpty {
                let lines = DiagnosticPrinter.idList(repeats.map(String.init))
                diagnostics.append(
                    Diagnostic.warning(
                        file: "travel_times.csv",
                        "\(DiagnosticPrinter.count(repeats.count, "line")) \(repeats.count == 1 ? "repeats" : "repeat") an earlier pair with the same minutes (line\(repeats.count == 1 ? "" : "s") \(lines)); each counted once",
                        fix: "delete the repeated lines"
                    )
                    .coded("travel-duplicate", zh: "\(repeats.count) 行与前面某行的地点和分钟完全相同（第 \(lines) 行），只计一次", fix: "删除重复的行"))
            }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw TerritoryLoadError(diagnostics: diagnostics, kind: .invalid)
        }
        var inputs = PlanInputs(leave: leave, travelTimes: travel)
        inputs.leaveLines = leaveLines
        inputs.hasTravelTable = hasTravelTable
        inputs.warnings = diagnostics.filter { $0.severity != .error }
        return inputs
    }
}
