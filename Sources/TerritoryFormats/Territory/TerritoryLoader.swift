import Foundation
import TerritoryModel

/// Reads a territory folder — hospitals.csv, doctors.csv, reps.csv and an optional rules.json — into a
/// validated `Territory`, reporting every problem of every file in one go. Never modifies the files.
public enum TerritoryLoader {
    /// Loads the territory in `directory`.
    ///
    /// Throws `TerritoryLoadError` holding all errors (and warnings) when anything is wrong; otherwise
    /// returns the territory with its warnings (e.g. hospitals without revenue) and notes (ignored columns).
    public static func load(directory: URL) throws(TerritoryLoadError) -> LoadedTerritory {
        try load(TerritoryFiles(directory: directory))
    }

    /// Loads the territory held by `files` (a folder, or files in memory), as `load(directory:)`.
    public static func load(_ files: TerritoryFiles) throws(TerritoryLoadError) -> LoadedTerritory {
        let directory = files.directory
        guard files.folderExists else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(
                        "territory folder \(directory.path) does not exist",
                        fix: "pass --territory DIR with a folder holding hospitals.csv, doctors.csv and reps.csv"
                    ).zh(
                        "区域文件夹 \(directory.path) 不存在",
                        fix: "请用 --territory DIR 指定一个含有 hospitals.csv、doctors.csv 和 reps.csv 的文件夹")
                ],
                kind: .missing)
        }
        var diagnostics: [Diagnostic] = []
        var missingFiles = 0
        var encodings: [String: TextEncoding] = [:]

        let hospitalTable = CSVTable.read(.hospitals, in: files, diagnostics: &diagnostics, missingFiles: &missingFiles)
        let hospitals = hospitalTable.map { readHospitals($0, diagnostics: &diagnostics) }
        let doctorTable = CSVTable.read(.doctors, in: files, diagnostics: &diagnostics, missingFiles: &missingFiles)
        var doctors = doctorTable.map { readDoctors($0, diagnostics: &diagnostics) }
        let repTable = CSVTable.read(.reps, in: files, diagnostics: &diagnostics, missingFiles: &missingFiles)
        let reps = repTable.map { readReps($0, diagnostics: &diagnostics) }
        // managers.csv is optional: without it reps' manager_id is not checked and nothing is co-visited.
        let managerTable =
            files.exists(TableSchema.managers.fileName)
            ? CSVTable.read(.managers, in: files, diagnostics: &diagnostics, missingFiles: &missingFiles) : nil
        let managers = managerTable.flatMap { readManagers($0, diagnostics: &diagnostics) }
        var managersOK = !files.exists(TableSchema.managers.fileName) || managers != nil
        if let repTable, let managerTable, let reps {
            managersOK = checkManagers(reps, repTable: repTable, managerIDs: allIDs("manager_id", in: managerTable), diagnostics: &diagnostics) && managersOK
        }
        for t in [hospitalTable, doctorTable, repTable, managerTable].compactMap({ $0 }) { encodings[t.schema.fileName] = t.encoding }

        if let doctorTable, let rows = doctors {
            doctors = crossCheck(
                rows, table: doctorTable, hospitalIDs: hospitalTable.map { allIDs("hospital_id", in: $0) },
                repIDs: repTable.map { allIDs("rep_id", in: $0) }, diagnostics: &diagnostics)
        }
        let rules = RulesReader.read(files, diagnostics: &diagnostics)
        if let hospitalTable, let hospitals, let doctors, let reps, let rules {
            diagnostics += windowDiagnostics(hospitals, doctors: doctors.map(\.value), reps: reps.map(\.value), rules: rules, table: hospitalTable)
        }
        if let repTable, let reps, let rules { diagnostics += repDayDiagnostics(reps, rules: rules, table: repTable) }
        if let hospitalTable, let repTable, let hospitals, let reps {
            diagnostics += sharedIDDiagnostics(hospitals, reps, repTable: repTable)
            diagnostics += outlierDiagnostics(hospitals, reps, hospitalTable: hospitalTable, repTable: repTable)
            if let managerTable, let managers {
                diagnostics += managerOutlierDiagnostics(managers, hospitals, reps, managerTable: managerTable)
            }
        }

        let errors = inFileOrder(diagnostics.filter { $0.severity == .error })
        var warnings = inFileOrder(diagnostics.filter { $0.severity != .error })
        guard errors.isEmpty, let hospitals, let doctors, let reps, let rules, managersOK else {
            let onlyMissing = missingFiles > 0 && missingFiles == errors.count
            throw TerritoryLoadError(diagnostics: errors + warnings, kind: onlyMissing ? .missing : .invalid)
        }
        let territory = Territory(
            hospitals: hospitals.map(\.value), doctors: doctors.map(\.value), reps: reps.map(\.value), rules: rules,
            managers: managers?.map(\.value) ?? [])
        warnings += summaryWarnings(territory)
        return LoadedTerritory(territory: territory, warnings: warnings, directory: directory, encodings: encodings)
    }

    /// Diagnostics sorted by file (hospitals.csv, doctors.csv, reps.csv, managers.csv, rules.json, none), then line and column; stable.
    static func inFileOrder(_ list: [Diagnostic]) -> [Diagnostic] {
        let files = [
            TableSchema.hospitals.fileName, TableSchema.doctors.fileName, TableSchema.reps.fileName, TableSchema.managers.fileName,
            RulesReader.fileName,
        ]
        func key(_ d: Diagnostic) -> (Int, Int, Int) {
            (d.file.flatMap { files.firstIndex(of: $0) } ?? files.count, d.line ?? 0, d.column ?? 0)
        }
        return list.enumerated().sorted { a, b in
            let ka = key(a.element)
            let kb = key(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }

    /// Once-per-kind warnings with a count.
    static func summaryWarnings(_ territory: Territory) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let noRevenue = territory.hospitals.filter { $0.annualRevenue == nil }.map(\.id)
        if !noRevenue.isEmpty {
            let verb = noRevenue.count == 1 ? "has" : "have"
            let their = noRevenue.count == 1 ? "its" : "their"
            out.append(
                Diagnostic.warning(
                    "\(DiagnosticPrinter.count(noRevenue.count, "hospital")) \(verb) no annual revenue; \(their) tier follows the level alone (\(DiagnosticPrinter.idList(noRevenue)))"
                )
                .coded("hospital-no-revenue", zh: "\(noRevenue.count) 家医院没有年收入，其等级只按医院级别确定（\(DiagnosticPrinter.idList(noRevenue))）"))
        }
        let withDoctors = Set(territory.doctors.map(\.repID))
        let idle = territory.reps.filter { !withDoctors.contains($0.id) }.map(\.id)
        if !idle.isEmpty {
            out.append(
                Diagnostic.warning(
                    "\(DiagnosticPrinter.count(idle.count, "rep")) \(idle.count == 1 ? "has" : "have") no doctors (\(DiagnosticPrinter.idList(idle)))"
                )
                .coded("rep-no-doctors", zh: "\(idle.count) 位代表名下没有医生（\(DiagnosticPrinter.idList(idle))）"))
        }
        if territory.doctors.isEmpty { out.append(Diagnostic.warning(file: TableSchema.doctors.fileName, "no doctors").coded("no-doctors")) }
        return out
    }

    /// A parsed row with the line it came from.
    struct Row<Value> {
        let value: Value
        let line: Int
    }

    /// Ids seen so far in a file, by their lower-cased form: the id as written and its line.
    typealias SeenIDs = [String: (id: String, line: Int)]

    /// Whether `id` is new in its file; an exact repeat or an id differing from an earlier one only in
    /// letter case or character width (`D1`, `d1`, `Ｄ1`; `id-case-duplicate`: alike to a reader and to
    /// Excel's lookups) is an error.
    static func checkDuplicate(_ id: String, key: String, table: CSVTable, line: Int, seen: inout SeenIDs, diagnostics: inout [Diagnostic]) -> Bool {
        let folded = id.replacingFullWidthDigits().lowercased()
        if let (other, first) = seen[folded], other != id {
            diagnostics.append(
                Diagnostic.error(
                    file: table.schema.fileName, line: line, column: table.column(key),
                    "\(key) \"\(id)\" differs from \"\(other)\" on line \(first) only in letter case or width (column \(table.headerName(key)))",
                    fix: "write the same id the same way, or give each \(table.schema.entity) an id that differs in more than case or width"
                )
                .coded(
                    "id-case-duplicate", zh: "\(key) \"\(id)\" 与第 \(first) 行的 \"\(other)\" 只有大小写或全角半角不同（列 \(table.headerName(key))）",
                    fix: "同一编号请写法一致，不同对象请用不只大小写或全角半角不同的编号"))
            return false
        }
        if let (_, first) = seen[folded] {
            diagnostics.append(
                .error(
                    file: table.schema.fileName, line: line, column: table.column(key),
                    "duplicate \(key) \"\(id)\" (column \(table.headerName(key))); first used on line \(first)",
                    fix: "give each \(table.schema.entity) its own id"
                ).zh("重复的 \(key) \"\(id)\"（列 \(table.headerName(key))）；第 \(first) 行已用过", fix: "请给每一项各自的编号"))
            return false
        }
        seen[folded] = (id, line)
        return true
    }

    static func readHospitals(_ table: CSVTable, diagnostics: inout [Diagnostic]) -> [Row<Hospital>] {
        var out: [Row<Hospital>] = []
        var seen: SeenIDs = [:]
        for record in table.records {
            var r = RowReader(table: table, record: record)
            let id = r.identifier("hospital_id")
            let name = r.required("name")
            let level = r.vocabulary(
                "level", noun: "level", shown: HospitalLevel.shownSpellings, accepted: HospitalLevel.acceptedSpellings, parse: HospitalLevel.init(parsing:))
            var revenue: Int64? = nil
            var revenueOK = true
            let revenueText = r.text("annual_revenue")
            if !revenueText.isEmpty {
                revenue = Revenue.parse(revenueText)
                if revenue == nil {
                    revenueOK = false
                    r.error(
                        "annual_revenue", "annual revenue \"\(revenueText)\" is not a number \(r.columnNote("annual_revenue"))",
                        fix: "write CNY like 250000000, 2.5亿 or 8000万, or leave it empty when unknown",
                        zh: "年收入 \"\(revenueText)\" 不是数字\(r.columnNoteZH("annual_revenue"))",
                        fixZH: "请按人民币填写，例如 250000000、2.5亿 或 8000万；不知道时留空")
                }
            }
            let coordinates = r.coordinates()
            let windowsText = r.text("visit_windows")
            var windows = ClockWindow.parseList(windowsText)
            if let parsed = windows, case (let merged, true) = mergingOverlaps(parsed) {
                windows = merged
                let list = merged.map(\.description).joined(separator: ";")
                r.diagnostics.append(
                    Diagnostic.warning(
                        file: r.file, line: r.line, column: table.column("visit_windows"),
                        "visit windows \"\(windowsText)\" overlap; read as \(list) \(r.columnNote("visit_windows"))",
                        fix: "write each reception period once, e.g. \(list)"
                    )
                    .coded(
                        "window-overlap", zh: "接待时间 \"\(windowsText)\" 有重叠，按 \(list) 处理\(r.columnNoteZH("visit_windows"))",
                        fix: "每段接待时间只写一次，例如 \(list)"))
            }
            if windows == nil {
                r.error(
                    "visit_windows", "visit windows \"\(windowsText)\" do not read as times \(r.columnNote("visit_windows"))",
                    fix: "write HH:MM-HH:MM, several separated by ;, e.g. 09:00-11:30;14:00-16:30",
                    zh: "接待时间 \"\(windowsText)\" 无法读成时刻\(r.columnNoteZH("visit_windows"))",
                    fixZH: "请按 HH:MM-HH:MM 填写，多段用 ; 分隔，例如 09:00-11:30;14:00-16:30")
            }
            let lead = r.optionalInt("booking_lead_days", range: 0...365, example: "7")
            let district = r.text("district")
            diagnostics += r.diagnostics
            guard let id, let name, let level, revenueOK, let (lat, lon) = coordinates, let windows,
                r.text("booking_lead_days").isEmpty || lead != nil
            else { continue }
            guard checkDuplicate(id, key: "hospital_id", table: table, line: record.line, seen: &seen, diagnostics: &diagnostics) else { continue }
            out.append(
                Row(
                    value: Hospital(
                        id: id, name: name, level: level, annualRevenue: revenue, latitude: lat, longitude: lon,
                        visitWindows: windows, bookingLeadDays: lead, district: district.isEmpty ? nil : district),
                    line: record.line))
        }
        return out
    }

    static func readDoctors(_ table: CSVTable, diagnostics: inout [Diagnostic]) -> [Row<Doctor>] {
        var out: [Row<Doctor>] = []
        var seen: SeenIDs = [:]
        var noUnits: [String] = []
        for record in table.records {
            var r = RowReader(table: table, record: record)
            let id = r.identifier("doctor_id")
            let hospitalID = r.identifier("hospital_id")
            let name = r.required("name")
            let department = r.text("department")
            let titleText = r.text("title")
            let titleGroup = r.vocabulary(
                "title", noun: "title", shown: TitleGroup.shownSpellings, accepted: TitleGroup.acceptedSpellings, parse: TitleGroup.init(parsing:))
            let behavior = r.vocabulary(
                "behaviour", noun: "behaviour", shown: Behavior.shownSpellings, accepted: Behavior.acceptedSpellings, parse: Behavior.init(parsing:))
            let unitsText = r.text("monthly_units")
            let units = r.optionalInt("monthly_units", range: 0...1_000_000, example: "120")
            let repID = r.identifier("rep_id")
            diagnostics += r.diagnostics
            guard let id, let hospitalID, let name, let titleGroup, let behavior, let repID, unitsText.isEmpty || units != nil else { continue }
            guard checkDuplicate(id, key: "doctor_id", table: table, line: record.line, seen: &seen, diagnostics: &diagnostics) else { continue }
            if unitsText.isEmpty { noUnits.append(id) }
            out.append(
                Row(
                    value: Doctor(
                        id: id, hospitalID: hospitalID, name: name, department: department, title: titleText,
                        titleGroup: titleGroup, behavior: behavior, monthlyUnits: units ?? 0, repID: repID),
                    line: record.line))
        }
        if !noUnits.isEmpty {
            diagnostics.append(
                Diagnostic.warning(
                    file: table.schema.fileName,
                    "\(DiagnosticPrinter.count(noUnits.count, "doctor")) \(noUnits.count == 1 ? "has" : "have") no monthly units; counted as 0 (\(DiagnosticPrinter.idList(noUnits)))"
                )
                .coded(
                    "doctor-no-units",
                    zh: "\(noUnits.count) 位医生没有月用量（monthly_units），按 0 计（\(DiagnosticPrinter.idList(noUnits))）"))
        }
        return out
    }

    static func readReps(_ table: CSVTable, diagnostics: inout [Diagnostic]) -> [Row<Rep>] {
        var out: [Row<Rep>] = []
        var seen: SeenIDs = [:]
        for record in table.records {
            var r = RowReader(table: table, record: record)
            let id = r.identifier("rep_id")
            let name = r.required("name")
            let coordinates = r.coordinates()
            let calls = r.optionalInt("calls_per_day", range: 1...40, example: "8")
            let start = r.optionalTime("day_start")
            let end = r.optionalTime("day_end")
            if let start, let end, !(start < end) {
                r.error(
                    "day_end", "day_end \(end) is not after day_start \(start) \(r.columnNote("day_end"))", fix: "write the end of the working day, e.g. 17:30",
                    zh: "day_end \(end) 不晚于 day_start \(start)\(r.columnNoteZH("day_end"))", fixZH: "请填写工作日的结束时间，例如 17:30")
            }
            let manager = r.text("manager_id")
            let bad = !r.diagnostics.isEmpty
            diagnostics += r.diagnostics
            guard let id, let name, let (lat, lon) = coordinates, !bad else { continue }
            guard checkDuplicate(id, key: "rep_id", table: table, line: record.line, seen: &seen, diagnostics: &diagnostics) else { continue }
            out.append(
                Row(
                    value: Rep(
                        id: id, name: name, latitude: lat, longitude: lon, callsPerDay: calls, dayStart: start, dayEnd: end,
                        managerID: manager.isEmpty ? nil : manager), line: record.line))
        }
        return out
    }

    /// Every id written in a file's id column, valid row or not (so one bad hospital row does not also
    /// make each of its doctors an error).
    static func allIDs(_ key: String, in table: CSVTable) -> Set<String> {
        Set(table.records.compactMap { table.value(key, in: $0) }.filter { !$0.isEmpty })
    }

    /// Every doctor's hospital and rep must exist (checked only against files that could be read).
    static func crossCheck(
        _ doctors: [Row<Doctor>], table: CSVTable, hospitalIDs: Set<String>?, repIDs: Set<String>?,
        diagnostics: inout [Diagnostic]
    ) -> [Row<Doctor>] {
        let file = table.schema.fileName
        return doctors.filter { row in
            var ok = true
            if let hospitalIDs, !hospitalIDs.contains(row.value.hospitalID) {
                let hint = DiagnosticPrinter.didYouMeanInBoth(row.value.hospitalID, among: hospitalIDs.sorted(by: NaturalOrder.less))
                diagnostics.append(
                    Diagnostic.error(
                        file: file, line: row.line, column: table.column("hospital_id"),
                        "hospital \"\(row.value.hospitalID)\" (column \(table.headerName("hospital_id"))) is not in hospitals.csv",
                        fix: "add it to hospitals.csv or correct the id" + hint.en
                    ).zh(
                        "医院 \"\(row.value.hospitalID)\"（列 \(table.headerName("hospital_id"))）不在 hospitals.csv 中",
                        fix: "请把它加入 hospitals.csv 或更正编号" + hint.zh))
                ok = false
            }
            if let repIDs, !repIDs.contains(row.value.repID) {
                let hint = DiagnosticPrinter.didYouMeanInBoth(row.value.repID, among: repIDs.sorted(by: NaturalOrder.less))
                diagnostics.append(
                    Diagnostic.error(
                        file: file, line: row.line, column: table.column("rep_id"),
                        "rep \"\(row.value.repID)\" (column \(table.headerName("rep_id"))) is not in reps.csv",
                        fix: "add the rep to reps.csv or correct the id" + hint.en
                    ).zh(
                        "代表 \"\(row.value.repID)\"（列 \(table.headerName("rep_id"))）不在 reps.csv 中",
                        fix: "请把该代表加入 reps.csv 或更正编号" + hint.zh))
                ok = false
            }
            return ok
        }
    }
}
