import Foundation
import TerritoryModel
import TerritoryPlanner

/// calls.csv, the calls reps logged, read and checked against the territory and the month looked at.
///
/// Errors (the file cannot be used; exit 65): a missing value, an unknown rep or doctor, a doctor who
/// is another rep's, a date that is not a date, an unknown status. Warnings (the call is used): a call
/// on a day off or on the rep's leave (it still counts), a line that repeats an earlier one exactly
/// (counted once), a second done call on one doctor on one day (a doctor's visits count once a day),
/// calls outside the month (one warning for all; they are not counted). A note counts the calls after
/// the as-of date, which are not counted yet.
public struct CallLog: Sendable {
    /// The file's name in a territory folder.
    public static let fileName = "calls.csv"

    /// The calls to count, in file order: rows with errors never get here, and an exact repeat appears once.
    public var calls: [LoggedCall]
    /// Warnings and notes, in line order.
    public var warnings: [Diagnostic]
    /// Whether the territory has a calls.csv at all.
    public var isPresent: Bool

    /// calls.csv's columns.
    static let schema = TableSchema(
        fileName: fileName, entity: "call",
        columns: [
            ColumnSpec("rep_id", "代表编号", aliases: ["代表id"], required: true),
            ColumnSpec("date", "日期", aliases: ["拜访日期", "call_date"], required: true),
            ColumnSpec("doctor_id", "医生编号", aliases: ["医生id"], required: true),
            ColumnSpec("status", "状态", aliases: ["拜访状态", "call_status"], required: true),
            ColumnSpec("note", "备注", aliases: ["notes", "comment"], required: false),
        ])

    /// Reads a calls file: `calls.csv` of the territory folder, where an absent file means no calls, or a
    /// file given by path (`--calls`), which must exist (else exit 66). Throws every error of the file at
    /// once (with the warnings), exit code 65. Diagnostics name the file by its name alone.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - mustExist: false for the territory's own calls.csv, which is optional.
    ///   - month: the month looked at; calls outside it are not counted (one warning).
    ///   - asOf: the last day counted; calls after it are not counted yet (one note).
    ///   - calendar: working days, for the day-off warning.
    ///   - leave: rep leave, for the leave warning.
    public static func load(
        _ url: URL, mustExist: Bool, territory: Territory, month: YearMonth, asOf: CalendarDate,
        calendar: WorkCalendar, leave: [Leave]
    ) throws(TerritoryLoadError) -> CallLog {
        try load(
            url.lastPathComponent, in: TerritoryFiles(directory: url.deletingLastPathComponent()), mustExist: mustExist,
            territory: territory, month: month, asOf: asOf, calendar: calendar, leave: leave)
    }

    /// Reads the calls file `fileName` of `files` (a folder, or files in memory), as `load(_:mustExist:…)`.
    public static func load(
        _ fileName: String, in files: TerritoryFiles, mustExist: Bool, territory: Territory, month: YearMonth,
        asOf: CalendarDate, calendar: WorkCalendar, leave: [Leave]
    ) throws(TerritoryLoadError) -> CallLog {
        guard mustExist || files.exists(fileName) else {
            return CallLog(calls: [], warnings: [], isPresent: false)
        }
        var schema = Self.schema
        schema.fileName = fileName
        var diagnostics: [Diagnostic] = []
        var missing = 0
        guard let table = CSVTable.read(schema, in: files, diagnostics: &diagnostics, missingFiles: &missing) else {
            throw TerritoryLoadError(diagnostics: diagnostics, kind: missing > 0 ? .missing : .invalid)
        }
        let doctors = Dictionary(territory.doctors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let repIDs = territory.reps.map(\.id).sorted(by: NaturalOrder.less)
        let allDoctorIDs = territory.doctors.map(\.id).sorted(by: NaturalOrder.less)
        var doctorIDsOfRep: [String: [String]] = [:]
        for id in allDoctorIDs { doctorIDsOfRep[doctors[id]!.repID, default: []].append(id) }
        var calls: [LoggedCall] = []
        var firstLine: [LoggedCall: Int] = [:]
        var firstDone: [String: Int] = [:]
        var outside: [(line: Int, date: CalendarDate)] = []
        var later: [Int] = []
        for record in table.records {
            var r = RowReader(table: table, record: record)
            let repID = r.required("rep_id")
            let date = r.required("date", fix: ("write the day of the call as YYYY-MM-DD, e.g. 2026-12-03", "请按 YYYY-MM-DD 填写拜访日期，例如 2026-12-03"))
                .flatMap { text in
                    let d = CalendarDate(parsing: text)
                    if d == nil {
                        r.error(
                            "date", "date \"\(text)\" is not a date \(r.columnNote("date"))", fix: "write YYYY-MM-DD, e.g. 2026-12-03",
                            zh: "日期 \"\(text)\" 不是有效日期\(r.columnNoteZH("date"))", fixZH: "请按 YYYY-MM-DD 填写，例如 2026-12-03")
                    }
                    return d
                }
            let doctorID = r.required("doctor_id")
            let status = r.vocabulary(
                "status", noun: "status", shown: CallStatus.shownSpellings, accepted: CallStatus.acceptedSpellings,
                parse: CallStatus.init(parsing:))
            if let repID, territory.rep(id: repID) == nil {
                r.error(
                    "rep_id", "rep \"\(repID)\" \(r.columnNote("rep_id")) is not in reps.csv",
                    fix: "correct the rep_id" + DiagnosticPrinter.didYouMean(repID, among: repIDs),
                    zh: "代表 \"\(repID)\"\(r.columnNoteZH("rep_id"))不在 reps.csv 中",
                    fixZH: "请更正 rep_id" + DiagnosticPrinter.didYouMeanInBoth(repID, among: repIDs).zh)
            }
            if let doctorID {
                // Suggest among the rep's own doctors when the rep is known, else among all.
                func hint() -> (en: String, zh: String) {
                    let own = repID.flatMap { territory.rep(id: $0) == nil ? nil : doctorIDsOfRep[$0, default: []] }
                    return DiagnosticPrinter.didYouMeanInBoth(doctorID, among: own ?? allDoctorIDs)
                }
                if let doctor = doctors[doctorID] {
                    if let repID, territory.rep(id: repID) != nil, doctor.repID != repID {
                        r.error(
                            "doctor_id", "doctor \"\(doctorID)\" \(r.columnNote("doctor_id")) belongs to rep \(doctor.repID) in doctors.csv, not to \(repID)",
                            fix: "correct the doctor_id or the rep_id" + hint().en,
                            zh: "医生 \"\(doctorID)\"\(r.columnNoteZH("doctor_id"))在 doctors.csv 中属于代表 \(doctor.repID)，不属于 \(repID)",
                            fixZH: "请更正 doctor_id 或 rep_id" + hint().zh)
                    }
                } else {
                    r.error(
                        "doctor_id", "doctor \"\(doctorID)\" \(r.columnNote("doctor_id")) is not in doctors.csv", fix: "correct the doctor_id" + hint().en,
                        zh: "医生 \"\(doctorID)\"\(r.columnNoteZH("doctor_id"))不在 doctors.csv 中", fixZH: "请更正 doctor_id" + hint().zh)
                }
            }
            diagnostics += r.diagnostics
            guard r.diagnostics.isEmpty, let repID, let date, let doctorID, let status else { continue }
            let call = LoggedCall(repID: repID, date: date, doctorID: doctorID, status: status, note: r.text("note"))
            func warn(_ key: String?, _ message: String, fix: String, zh: (message: String, fix: String)? = nil) {
                var d = Diagnostic.warning(file: fileName, line: record.line, column: key.flatMap(table.column), message, fix: fix)
                d.chinese = zh
                diagnostics.append(d)
            }
            if let first = firstLine[call] {
                warn(
                    nil, "repeats line \(first) exactly", fix: "it is counted once; delete one of the two lines",
                    zh: ("与第 \(first) 行完全相同", "只计一次；请删去其中一行"))
                continue
            }
            firstLine[call] = record.line
            calls.append(call)
            guard month.contains(date) else {
                outside.append((record.line, date))
                continue
            }
            if date > asOf { later.append(record.line) }
            if let name = calendar.dayOffName(of: date) {
                warn(
                    "date", "\(date) is not a working day\(name.isEmpty ? "" : " (\(name))") \(r.columnNote("date"))",
                    fix: "the call counts all the same; correct the date if it is wrong",
                    zh: (
                        "\(date) 不是工作日\(name.isEmpty ? "" : "（\(name == "weekend" ? "周末" : name)）")\(r.columnNoteZH("date"))",
                        "这次拜访照样计入；日期有误请更正"
                    ))
            }
            if leave.covers(repID: repID, on: date) {
                warn(
                    "date", "rep \(repID) is on leave on \(date) in leave.csv \(r.columnNote("date"))",
                    fix: "the call counts all the same; correct the date or leave.csv",
                    zh: ("按 leave.csv，代表 \(repID) 在 \(date) 请假\(r.columnNoteZH("date"))", "这次拜访照样计入；请更正日期或 leave.csv"))
            }
            if status == .done {
                let key = "\(doctorID)\u{0}\(date)"
                if let first = firstDone[key] {
                    warn(
                        "date", "a second done call on doctor \"\(doctorID)\" on \(date), after line \(first) \(r.columnNote("date"))",
                        fix: "a doctor's visits count once a day; correct the date or delete the line",
                        zh: (
                            "医生 \"\(doctorID)\" 在 \(date) 的第二次已完成拜访，第 \(first) 行已有一次\(r.columnNoteZH("date"))",
                            "医生的拜访每天只计一次；请更正日期或删去这一行"
                        ))
                } else {
                    firstDone[key] = record.line
                }
            }
        }
        if let first = outside.first {
            diagnostics.append(
                Diagnostic.warning(
                    file: fileName, line: first.line, column: table.column("date"),
                    "\(DiagnosticPrinter.count(outside.count, "call")) outside \(month) \(outside.count == 1 ? "is" : "are") not counted (first on line \(first.line): \(first.date))",
                    fix: "progress counts one month at a time; give --month for another"
                ).zh(
                    "\(outside.count) 次拜访不在 \(month) 内，不计入（第一次在第 \(first.line) 行：\(first.date)）",
                    fix: "进度每次只统计一个月；统计其他月份请给出 --month"))
        }
        if let first = later.first {
            diagnostics.append(
                Diagnostic.note(
                    file: fileName, line: first, column: table.column("date"),
                    "\(DiagnosticPrinter.count(later.count, "call")) after the as-of date \(asOf) \(later.count == 1 ? "is" : "are") not counted yet (first on line \(first))"
                ).zh("截止日期 \(asOf) 之后的 \(later.count) 次拜访暂不计入（第一次在第 \(first) 行）"))
        }
        let errors = TerritoryLoader.inFileOrder(diagnostics.filter { $0.severity == .error })
        let warnings = TerritoryLoader.inFileOrder(diagnostics.filter { $0.severity != .error })
        guard errors.isEmpty else { throw TerritoryLoadError(diagnostics: errors + warnings, kind: .invalid) }
        return CallLog(calls: calls, warnings: warnings, isPresent: true)
    }
}
