import TerritoryModel

/// `territory regrade`'s result as table, CSV and JSON: per rep and in total the cell movement matrix,
/// the zone movement, the doctors that moved and the visits the change adds or removes next month.
/// Pure functions of the two snapshots, so the same files give the same bytes.
public struct RegradeDocument: Sendable {
    /// One group of the document: a rep's list, or the total.
    public struct Group: Sendable {
        /// The rep's id; nil for the total.
        public let repID: String?
        /// The rep's name ("" when unknown or for the total).
        public let name: String
        /// The movement of the group.
        public let movement: GradeMovement
    }

    /// The earlier snapshot.
    public let before: GradeSnapshot
    /// The later snapshot.
    public let after: GradeSnapshot
    /// Each rep's group, rep ids in digit-aware order.
    public let reps: [Group]
    /// The reps shown together, doctors matched by id (a doctor who changed rep between them is one doctor).
    public let total: Group
    /// Language of headings and labels.
    public let language: Language
    /// Zone names and colours: the later territory's rules, then the earlier one's.
    let zones: [Zone]

    /// Compares `before` with `after`, for the reps `repIDs` when given, else every rep of either snapshot.
    public init(before: GradeSnapshot, after: GradeSnapshot, repIDs: [String]? = nil, language: Language) {
        self.before = before
        self.after = after
        self.language = language
        var zones = after.territory?.rules.zones ?? []
        for z in before.territory?.rules.zones ?? [] where !zones.contains(where: { $0.id == z.id }) { zones.append(z) }
        self.zones = zones
        let zoneIDs = zones.map(\.id)
        let ids = repIDs ?? before.repIDs.union(after.repIDs).sorted { NaturalOrder.less($0, $1) }
        func name(_ id: String) -> String { after.territory?.rep(id: id)?.name ?? before.territory?.rep(id: id)?.name ?? "" }
        reps = ids.map { id in
            Group(repID: id, name: name(id), movement: .rep(id, before: before.doctors, after: after.doctors, zoneIDs: zoneIDs))
        }
        let movement =
            repIDs == nil
            ? GradeMovement.district(before: before.doctors, after: after.doctors, zoneIDs: zoneIDs)
            : GradeMovement.reps(Set(ids), before: before.doctors, after: after.doctors, zoneIDs: zoneIDs)
        total = Group(repID: nil, name: "", movement: movement)
    }

    func t(_ zh: String, _ english: String) -> String { language.pick(zh, english) }

    /// A zone's name in the document's language; its id when no rules name it.
    public func zoneName(_ id: String?) -> String {
        guard let id else { return notListed }
        return zones.first { $0.id == id }?.name(english: language.isEnglish) ?? id
    }

    /// "未列入" / "not listed".
    var notListed: String { t("未列入", "not listed") }

    /// A cell's id, or "not listed".
    func cellName(_ cell: Cell?) -> String { cell?.id ?? notListed }

    /// `+4`, `-2`, `0`.
    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }

    /// The order of a movement list: rep (later, else earlier), cell before, cell after, doctor id.
    static func listOrder(_ a: DoctorMovement, _ b: DoctorMovement) -> Bool {
        let ra = a.repAfter ?? a.repBefore ?? ""
        let rb = b.repAfter ?? b.repBefore ?? ""
        if ra != rb { return NaturalOrder.less(ra, rb) }
        let (ba, bb) = (MovementMatrix.index(of: a.cellBefore), MovementMatrix.index(of: b.cellBefore))
        if ba != bb { return ba < bb }
        let (aa, ab) = (MovementMatrix.index(of: a.cellAfter), MovementMatrix.index(of: b.cellAfter))
        if aa != ab { return aa < ab }
        return NaturalOrder.less(a.doctorID, b.doctorID)
    }

    /// The group's doctors that moved, in list order.
    public func movements(_ g: Group) -> [DoctorMovement] { g.movement.movements.sorted(by: Self.listOrder) }

    // MARK: - Table

    /// Each rep's section (matrix, zones, visits, the doctors that moved), then the total when more than one rep
    /// (matrix, zones and visits; its doctor list is the CSV's).
    public func table() -> String {
        let (b, a) = (TerminalText.inert(before.source), TerminalText.inert(after.source))
        var out =
            t("之前：\(b)（\(before.doctors.count) 位医生）", "Before: \(b) (\(before.doctors.count) doctors)") + "\n"
            + t("之后：\(a)（\(after.doctors.count) 位医生）", "After: \(a) (\(after.doctors.count) doctors)") + "\n\n"
        for g in reps { out += section(g, list: true) + "\n" }
        if reps.count != 1 { out += section(total, list: false) }
        return out
    }

    /// The heading line of a group.
    func heading(_ g: Group) -> String {
        let m = g.movement
        let who =
            g.repID.map { TerminalText.inert("\($0) \(g.name)").trimmingSpaces }
            ?? t("合计（\(reps.count) 位代表，按医生编号匹配）", "Total (\(reps.count) reps, matched by doctor id)")
        let moved = m.movements.filter(\.cellChanged).count
        return t(
            "\(who)：之前 \(m.doctorsBefore) 位医生，之后 \(m.doctorsAfter) 位；级别变化 \(moved) 位（含新增、移出），换代表 \(m.repChanges) 位",
            "\(who): \(m.doctorsBefore) doctors before, \(m.doctorsAfter) after; \(moved) changed cell (entering and leaving included), \(m.repChanges) changed rep"
        )
    }

    /// One group as text.
    func section(_ g: Group, list: Bool) -> String {
        let m = g.movement
        var out = heading(g) + "\n"
        out += matrixTable(m.matrix)
        out += zoneTable(m)
        out +=
            t(
                "下月拜访：增加 \(m.visitsAdded) 次，减少 \(m.visitsRemoved) 次，净 \(Self.signed(m.visitsNet)) 次（每月 \(m.visitsBefore) → \(m.visitsAfter) 次）",
                "Visits next month: \(m.visitsAdded) added, \(m.visitsRemoved) removed, net \(Self.signed(m.visitsNet)) (\(m.visitsBefore) → \(m.visitsAfter) a month)"
            ) + "\n"
        guard list else { return out }
        let moved = movements(g)
        if moved.isEmpty { return out + t("没有医生变动。", "No doctor moved.") + "\n" }
        return out + TextTable(header: listHeader, rows: moved.map(listRow), rightAligned: [9, 10, 11]).render()
    }

    /// The 10×10 matrix with totals: rows before, columns after.
    func matrixTable(_ x: MovementMatrix) -> String {
        let labels = Cell.all.map(\.id) + [notListed]
        let header = [t("之前＼之后", "before＼after")] + labels + [t("合计", "Total")]
        var rows: [[String]] = (0..<MovementMatrix.size).map { r in
            [labels[r]] + (0..<MovementMatrix.size).map { String(x.count(row: r, column: $0)) } + [String(x.rowTotal(r))]
        }
        rows.append([t("合计", "Total")] + (0..<MovementMatrix.size).map { String(x.columnTotal($0)) } + [String(x.counts.reduce(0, +))])
        return TextTable(header: header, rows: rows, rightAligned: Set(1...(MovementMatrix.size + 1))).render()
    }

    /// Per zone: doctors before, after, stayed, in, out, entered, left, visits before and after.
    func zoneTable(_ m: GradeMovement) -> String {
        let rows = m.zones.map { z in [zoneName(z.zoneID)] + Self.zoneCounts(z).map(String.init) }
        return TextTable(header: zoneHeader, rows: rows, rightAligned: Set(1...9)).render()
    }

    /// Headings of the zone movement (table and report).
    var zoneHeader: [String] {
        [
            t("区", "Zone"), t("之前", "Before"), t("之后", "After"), t("不变", "Stayed"), t("从他区转入", "From other zones"),
            t("转到他区", "To other zones"), t("新增", "Entered"), t("移出", "Left"), t("拜访之前", "Visits before"), t("拜访之后", "Visits after"),
        ]
    }

    /// A zone's counts in the order of `zoneHeader` after the name.
    static func zoneCounts(_ z: ZoneMovement) -> [Int] {
        [z.before, z.after, z.stayed, z.movedIn, z.movedOut, z.entered, z.left, z.visitsBefore, z.visitsAfter]
    }

    /// Headings of the doctor list (table and CSV).
    var listHeader: [String] {
        [
            t("医生编号", "Doctor ID"), t("姓名", "Name"), t("医院", "Hospital"), t("原代表", "Rep before"), t("现代表", "Rep after"),
            t("原级别", "Cell before"), t("新级别", "Cell after"), t("原区", "Zone before"), t("新区", "Zone after"),
            t("原每月拜访", "Visits before"), t("新每月拜访", "Visits after"), t("拜访变化", "Change"),
        ]
    }

    /// One doctor of the list.
    func listRow(_ d: DoctorMovement) -> [String] {
        let latest = d.latest
        return [
            d.doctorID, latest.name, latest.hospitalName, d.repBefore ?? notListed, d.repAfter ?? notListed,
            cellName(d.cellBefore), cellName(d.cellAfter), zoneName(d.zoneBefore), zoneName(d.zoneAfter),
            String(d.visitsBefore), String(d.visitsAfter), Self.signed(d.visitsChange),
        ]
    }

    // MARK: - CSV

    /// The doctors that moved among the reps shown (matched by doctor id, rep changes included), one row each:
    /// UTF-8 with BOM, CRLF, formulas neutralised. The change is two columns, visits added and visits removed,
    /// so that every number stays a plain number in Excel (a leading `-` would be neutralised as a formula).
    public func csv() -> String {
        CSVWriter.render(
            header: listHeader.dropLast() + [t("增加拜访", "Visits added"), t("减少拜访", "Visits removed")],
            rows: movements(total).map { d in
                listRow(d).dropLast() + [String(max(0, d.visitsChange)), String(max(0, -d.visitsChange))]
            })
    }

    // MARK: - JSON

    /// `before`, `after` (source and doctor count), `reps` and `total`, each group with matrix, zones, visits and movements.
    public func json() -> String {
        JSONWriter.render(
            .object([
                ("before", .object([("source", .string(before.source)), ("doctors", .int(before.doctors.count))])),
                ("after", .object([("source", .string(after.source)), ("doctors", .int(after.doctors.count))])),
                ("reps", .array(reps.map(groupJSON))),
                ("total", groupJSON(total)),
            ]))
    }

    /// One group as JSON.
    func groupJSON(_ g: Group) -> JSONValue {
        let m = g.movement
        let labels = Cell.all.map(\.id) + ["not_listed"]
        return .object([
            ("rep_id", .string(g.repID)),
            ("name", g.repID == nil ? .null : .string(g.name)),
            ("doctors_before", .int(m.doctorsBefore)),
            ("doctors_after", .int(m.doctorsAfter)),
            ("rep_changes", .int(m.repChanges)),
            (
                "matrix",
                .object([
                    ("cells", .array(labels.map { .string($0) })),
                    (
                        "counts",
                        .array(
                            (0..<MovementMatrix.size).map { r in .array((0..<MovementMatrix.size).map { .int(m.matrix.count(row: r, column: $0)) }) }
                        )
                    ),
                ])
            ),
            (
                "zones",
                .array(
                    m.zones.map { z in
                        .object([
                            ("zone", .string(z.zoneID)), ("before", .int(z.before)), ("after", .int(z.after)), ("stayed", .int(z.stayed)),
                            ("moved_in", .int(z.movedIn)), ("moved_out", .int(z.movedOut)), ("entered", .int(z.entered)),
                            ("left", .int(z.left)), ("visits_before", .int(z.visitsBefore)), ("visits_after", .int(z.visitsAfter)),
                        ])
                    })
            ),
            (
                "visits",
                .object([
                    ("before", .int(m.visitsBefore)), ("after", .int(m.visitsAfter)), ("added", .int(m.visitsAdded)),
                    ("removed", .int(m.visitsRemoved)), ("net", .int(m.visitsNet)),
                ])
            ),
            (
                "movements",
                .array(
                    movements(g).map { d in
                        .object([
                            ("doctor_id", .string(d.doctorID)), ("name", .string(d.latest.name)), ("hospital_id", .string(d.latest.hospitalID)),
                            ("hospital", .string(d.latest.hospitalName)), ("rep_before", .string(d.repBefore)), ("rep_after", .string(d.repAfter)),
                            ("cell_before", .string(d.cellBefore?.id)), ("cell_after", .string(d.cellAfter?.id)),
                            ("zone_before", .string(d.zoneBefore)), ("zone_after", .string(d.zoneAfter)),
                            ("visits_before", .int(d.visitsBefore)), ("visits_after", .int(d.visitsAfter)),
                            ("visits_change", .int(d.visitsChange)), ("rep_changed", .bool(d.repChanged)),
                        ])
                    })
            ),
        ])
    }
}

extension String {
    /// Without trailing spaces.
    var trimmingSpaces: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
