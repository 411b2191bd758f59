import TerritoryModel

/// A column a territory CSV file may have: its canonical English name and every accepted header.
public struct ColumnSpec: Sendable, Hashable {
    /// Canonical name, e.g. `hospital_id`.
    public let key: String
    /// The Chinese header, e.g. `医院编号`.
    public let chinese: String
    /// Further accepted headers.
    public let aliases: [String]
    /// Whether the file must have this column.
    public let required: Bool
    /// Every accepted header normalised once (`TableSchema.normalize`), for `matches(header:)`.
    let spellings: Set<String>

    /// Creates a column spec.
    public init(_ key: String, _ chinese: String, aliases: [String] = [], required: Bool) {
        self.key = key
        self.chinese = chinese
        self.aliases = aliases
        self.required = required
        spellings = Set(([key, chinese] + aliases).map(TableSchema.normalize))
    }

    /// Whether a header cell names this column (case, spaces, `_`/`-` and a parenthesised unit ignored).
    public func matches(header: String) -> Bool {
        spellings.contains(TableSchema.normalize(header))
    }
}

/// The columns of one territory file.
public struct TableSchema: Sendable, Hashable {
    /// The file name, e.g. `doctors.csv`.
    public var fileName: String
    /// What one row is, singular (`doctor`), for messages.
    public var entity: String
    /// The columns, required first.
    public var columns: [ColumnSpec]

    /// A header cell folded for comparison: `月均处方量(支)` → `月均处方量`, `Hospital ID` → `hospitalid`.
    public static func normalize(_ header: String) -> String {
        var t = header.trimmingWhitespace().lowercased()
        for (open, close) in [("(", ")"), ("（", "）"), ("[", "]")] {
            if t.hasSuffix(close), let o = t.lastIndex(of: Character(open)), o != t.startIndex {
                t = String(t[..<o])
            }
        }
        return String(t.filter { !($0.isWhitespace || $0 == "_" || $0 == "-" || $0 == "\u{3000}") })
    }

    /// hospitals.csv.
    public static let hospitals = TableSchema(
        fileName: "hospitals.csv", entity: "hospital",
        columns: [
            ColumnSpec("hospital_id", "医院编号", aliases: ["医院id", "医院代码", "id"], required: true),
            ColumnSpec("name", "医院名称", aliases: ["hospital_name", "hospital", "医院", "名称"], required: true),
            ColumnSpec("level", "等级", aliases: ["医院等级", "hospital_level"], required: true),
            ColumnSpec("annual_revenue", "年收入", aliases: ["revenue", "年营收", "年业务收入"], required: true),
            ColumnSpec("latitude", "纬度", aliases: ["lat"], required: true),
            ColumnSpec("longitude", "经度", aliases: ["lon", "lng", "long"], required: true),
            ColumnSpec("visit_windows", "接待时间", aliases: ["visiting_hours", "reception_windows"], required: false),
            ColumnSpec("booking_lead_days", "预约提前天数", aliases: ["booking_days"], required: false),
            ColumnSpec("district", "区", aliases: ["区县", "行政区"], required: false),
        ])

    /// doctors.csv.
    public static let doctors = TableSchema(
        fileName: "doctors.csv", entity: "doctor",
        columns: [
            ColumnSpec("doctor_id", "医生编号", aliases: ["医生id", "id"], required: true),
            ColumnSpec("hospital_id", "医院编号", aliases: ["医院id"], required: true),
            ColumnSpec("name", "姓名", aliases: ["doctor_name", "医生姓名"], required: true),
            ColumnSpec("department", "科室", aliases: ["dept"], required: true),
            ColumnSpec("title", "职称", required: true),
            ColumnSpec("behaviour", "处方行为", aliases: ["behavior"], required: true),
            ColumnSpec("monthly_units", "月均处方量", aliases: ["units"], required: true),
            ColumnSpec("rep_id", "代表编号", aliases: ["代表id"], required: true),
        ])

    /// reps.csv.
    public static let reps = TableSchema(
        fileName: "reps.csv", entity: "rep",
        columns: [
            ColumnSpec("rep_id", "代表编号", aliases: ["代表id", "id"], required: true),
            ColumnSpec("name", "姓名", aliases: ["rep_name", "代表姓名"], required: true),
            ColumnSpec("latitude", "纬度", aliases: ["lat"], required: true),
            ColumnSpec("longitude", "经度", aliases: ["lon", "lng", "long"], required: true),
            ColumnSpec("calls_per_day", "每日拜访上限", aliases: ["每日拜访次数"], required: false),
            ColumnSpec("day_start", "上班时间", required: false),
            ColumnSpec("day_end", "下班时间", required: false),
            ColumnSpec("manager_id", "经理编号", required: false),
        ])

    /// managers.csv (optional): the managers reps.csv's manager_id names, for co-visits (协访).
    public static let managers = TableSchema(
        fileName: "managers.csv", entity: "manager",
        columns: [
            ColumnSpec("manager_id", "经理编号", aliases: ["经理id", "id"], required: true),
            ColumnSpec("name", "姓名", aliases: ["manager_name", "经理姓名"], required: true),
            ColumnSpec("latitude", "纬度", aliases: ["lat"], required: true),
            ColumnSpec("longitude", "经度", aliases: ["lon", "lng", "long"], required: true),
            ColumnSpec("co_visit_days", "每月协访天数", aliases: ["协访天数", "covisit_days"], required: true),
            ColumnSpec("calls_per_day", "每日协访上限", aliases: ["每日拜访上限"], required: false),
        ])
}
