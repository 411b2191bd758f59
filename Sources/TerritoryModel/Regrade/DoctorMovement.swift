/// One doctor between two grading snapshots, as a group (a rep's list, or the district) sees it.
public struct DoctorMovement: Sendable, Hashable {
    /// The doctor in the group's earlier list; nil when not in it (new, or with another rep then).
    public let before: SnapshotDoctor?
    /// The doctor in the group's later list; nil when not in it (gone, or with another rep now).
    public let after: SnapshotDoctor?
    /// The doctor's rep in the earlier snapshot as a whole (also when that is another group's rep); nil when not listed.
    public let repBefore: String?
    /// The doctor's rep in the later snapshot as a whole; nil when not listed.
    public let repAfter: String?

    /// Creates a movement; at least one of `before` and `after` is set.
    public init(before: SnapshotDoctor?, after: SnapshotDoctor?, repBefore: String?, repAfter: String?) {
        precondition(before != nil || after != nil, "a movement needs a doctor on one side")
        self.before = before
        self.after = after
        self.repBefore = repBefore
        self.repAfter = repAfter
    }

    /// The doctor's id.
    public var doctorID: String { (after ?? before)!.doctorID }
    /// The latest entry of the doctor (after, else before): name and hospital to show.
    public var latest: SnapshotDoctor { (after ?? before)! }
    /// Cell in the earlier list (nil: not listed).
    public var cellBefore: Cell? { before?.cell }
    /// Cell in the later list (nil: not listed).
    public var cellAfter: Cell? { after?.cell }
    /// Zone id in the earlier list (nil: not listed).
    public var zoneBefore: String? { before?.zoneID }
    /// Zone id in the later list (nil: not listed).
    public var zoneAfter: String? { after?.zoneID }
    /// Required visits a month before (0 when not listed).
    public var visitsBefore: Int { before?.visitsPerMonth ?? 0 }
    /// Required visits a month after (0 when not listed).
    public var visitsAfter: Int { after?.visitsPerMonth ?? 0 }
    /// Visits next month gains (positive) or loses (negative) by the change.
    public var visitsChange: Int { visitsAfter - visitsBefore }
    /// Whether the doctor is listed in both snapshots under different reps.
    public var repChanged: Bool { repBefore != nil && repAfter != nil && repBefore != repAfter }
    /// Whether the cell changed, or the doctor entered or left the group's list.
    public var cellChanged: Bool { cellBefore != cellAfter }
    /// Whether the zone changed (also with the cell unchanged, when the rules moved the cell), or the doctor entered or left.
    public var zoneChanged: Bool { zoneBefore != zoneAfter }
    /// Whether the group sees any movement: a cell, zone or listing change, the visits required, or the rep.
    public var isMovement: Bool { cellChanged || zoneChanged || visitsChange != 0 || repChanged }
}
