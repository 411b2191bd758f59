import Foundation
import TerritoryModel

/// One side of a month-end re-grade: every doctor's cell, zone and visits, from a territory folder
/// (graded now by its own rules) or from an earlier `territory grade --format json` output.
public struct GradeSnapshot: Sendable {
    /// The graded doctors, in the source's order.
    public var doctors: [SnapshotDoctor]
    /// The territory, when the snapshot was read from a folder (nil for a grade JSON file).
    public var territory: Territory?
    /// The path as the user gave it.
    public var source: String
    /// Warnings from reading it: a folder's load warnings, or that a grade file lists no doctors.
    public var warnings: [Diagnostic] = []

    /// The snapshot of a territory graded by its rules.
    public init(territory: Territory, source: String, warnings: [Diagnostic] = []) {
        self.doctors = territory.gradedDoctors().map(SnapshotDoctor.init)
        self.territory = territory
        self.source = source
        self.warnings = warnings
    }

    /// A snapshot of doctors as read from a grade JSON file.
    public init(doctors: [SnapshotDoctor], source: String) {
        self.doctors = doctors
        self.territory = nil
        self.source = source
    }

    /// Reads `path` (relative to the current directory): a folder is loaded as a territory and graded; a file is
    /// read as `territory grade --format json` output. Missing: kind `missing`; bad data: `invalid`, every problem at its line
    /// and column; a file where only a folder will do: `misused`. `allowFile` false accepts folders only (the later snapshot, whose rules are used).
    public static func load(_ path: String, option: String, allowFile: Bool, currentDirectory: String) throws(TerritoryLoadError) -> GradeSnapshot {
        let url = AtomicFileWriter.resolve(path, relativeTo: currentDirectory)
        var isDirectory: ObjCBool = false
        let expected = allowFile ? "a territory folder or a `territory grade --format json` file" : "a territory folder"
        let expectedZH = allowFile ? "区域文件夹或 `territory grade --format json` 的输出文件" : "区域文件夹"
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(file: path, "\(option): no such file or folder", fix: "give \(expected)").zh(
                        "\(option)：没有这个文件或文件夹", fix: "请给出\(expectedZH)")
                ], kind: .missing)
        }
        if isDirectory.boolValue {
            let loaded = try TerritoryLoader.load(directory: url)
            return GradeSnapshot(territory: loaded.territory, source: path, warnings: loaded.warnings)
        }
        guard allowFile else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(file: path, "\(option): is a file, not a territory folder", fix: "give \(expected)").zh(
                        "\(option)：是文件，不是区域文件夹", fix: "请给出\(expectedZH)")
                ], kind: .misused)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TerritoryLoadError(
                diagnostics: [Diagnostic.error(file: path, "cannot be read", fix: "check its permissions").zh("无法读取", fix: "请检查其权限")], kind: .missing)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(file: path, "is not UTF-8 text", fix: "give the file `territory grade --format json` wrote").zh(
                        "不是 UTF-8 文本", fix: "请给出 `territory grade --format json` 写出的文件")
                ],
                kind: .invalid)
        }
        return try parse(text, file: path)
    }

    /// Parses the text of a `territory grade --format json` output named `file` in diagnostics: a JSON array of
    /// doctors, each with doctor_id, rep_id, cell, zone and visits_per_month (name, hospital_id, hospital optional).
    public static func parse(_ text: String, file: String) throws(TerritoryLoadError) -> GradeSnapshot {
        let fix = "give the file `territory grade --format json` wrote (a JSON array of doctors)"
        let fixZH = "请给出 `territory grade --format json` 写出的文件（医生的 JSON 数组）"
        let root: JSONNode
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(file: file, line: error.line, column: error.column, "is not valid JSON: \(error.message)", fix: fix).zh(
                        "不是有效的 JSON：\(error.chinese)", fix: fixZH)
                ],
                kind: .invalid)
        }
        var r = FieldReader(file: file)
        guard let items = root.array else {
            let looksLike =
                root["visits"] != nil && root["month"] != nil
                ? " (this looks like a plan.json)" : root["moves"] != nil ? " (this looks like a balance proposal)" : ""
            let looksLikeZH =
                root["visits"] != nil && root["month"] != nil ? "（看起来是 plan.json）" : root["moves"] != nil ? "（看起来是调整方案）" : ""
            r.fail(
                root, "", "is not a grade output: expected a JSON array of doctors\(looksLike)", fix: fix,
                zh: "不是分级输出：应为医生的 JSON 数组\(looksLikeZH)", fixZH: fixZH)
            throw r.error
        }
        var doctors: [SnapshotDoctor] = []
        var firstLine: [String: Int] = [:]
        for (k, n) in items.enumerated() {
            let p = "[\(k)]"
            guard case .object = n.kind else {
                r.fail(n, p, "is not a grade output: expected an object per doctor", fix: fix, zh: "不是分级输出：每位医生应为一个对象", fixZH: fixZH)
                continue
            }
            let id = r.identifier(n, "doctor_id", p)
            let rep = r.identifier(n, "rep_id", p)
            let cell = r.value(n, "cell", p, "a cell A1 … C3", Cell.init(id:))
            let zone = r.string(n, "zone", p)
            let visits = r.int(n, "visits_per_month", p)
            if let v = visits, v < 0, let node = n["visits_per_month"] {
                r.fail(node, "\(p).visits_per_month", "\(v) is negative", zh: "\(v) 是负数")
            }
            if let id {
                if let line = firstLine[id] {
                    r.fail(
                        n["doctor_id"]!, "\(p).doctor_id", "doctor \"\(id)\" is listed twice (first at line \(line))", fix: "keep one entry per doctor",
                        zh: "医生 \"\(id)\" 列了两次（第一次在第 \(line) 行）", fixZH: "每位医生只保留一项")
                    continue
                }
                firstLine[id] = n.line
            }
            guard let id, let rep, let cell, let zone, let visits, visits >= 0 else { continue }
            doctors.append(
                SnapshotDoctor(
                    doctorID: id, repID: rep, name: r.string(n, "name", p, optional: true) ?? "",
                    hospitalID: r.string(n, "hospital_id", p, optional: true) ?? "",
                    hospitalName: r.string(n, "hospital", p, optional: true) ?? "", cell: cell, zoneID: zone, visitsPerMonth: visits))
        }
        if !r.problems.isEmpty { throw r.error }
        var snapshot = GradeSnapshot(doctors: doctors, source: file)
        if doctors.isEmpty {
            snapshot.warnings.append(
                Diagnostic.warning(
                    file: file, line: root.line, column: root.column,
                    "lists no doctors: every doctor of the other snapshot counts as entered or left",
                    fix: "give the grade output of the earlier month"
                )
                .coded("snapshot-empty", zh: "没有列出任何医生：另一份快照里的每位医生都会算作新增或移出", fix: "请给出上个月的分级输出"))
        }
        return snapshot
    }

    /// The rep ids of the snapshot's doctors and its territory's reps.
    public var repIDs: Set<String> { Set(doctors.map(\.repID)).union(territory?.reps.map(\.id) ?? []) }
}
