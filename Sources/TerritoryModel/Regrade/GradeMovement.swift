/// Zone movement of a group between two snapshots: counts of doctors and their required visits.
public struct ZoneMovement: Sendable, Hashable {
    /// The zone's id ("red", "yellow", "blue" by default).
    public let zoneID: String
    /// Doctors in the zone before.
    public internal(set) var before = 0
    /// Doctors in the zone after.
    public internal(set) var after = 0
    /// Doctors in the zone both times.
    public internal(set) var stayed = 0
    /// Doctors that came from another zone.
    public internal(set) var movedIn = 0
    /// Doctors that went to another zone.
    public internal(set) var movedOut = 0
    /// Doctors in the zone after who were not listed before (new, or another rep's).
    public internal(set) var entered = 0
    /// Doctors in the zone before who are not listed after (gone, or another rep's now).
    public internal(set) var left = 0
    /// Required visits a month of the zone's doctors before (by the earlier rules).
    public internal(set) var visitsBefore = 0
    /// Required visits a month of the zone's doctors after (by the later rules).
    public internal(set) var visitsAfter = 0

    /// An empty zone count.
    public init(zoneID: String) { self.zoneID = zoneID }
}

/// The month-end re-grade of one group of doctors (a rep's list, or the district): the 10×10 cell
/// movement matrix, the zone movement, the doctors that moved, and the visits the change adds or
/// removes next month. Pure values: the same snapshots give the same result.
///
/// Doctors are matched by doctor id. In the district a doctor who changed rep is one doctor with
/// both cells; in a rep's list that doctor left the old rep's list and entered the new one's, so a
/// rep's matrix rows add up to the rep's doctors before and its columns to the rep's doctors after.
public struct GradeMovement: Sendable, Hashable {
    /// The cell movement matrix (before × after, "not listed" included).
    public let matrix: MovementMatrix
    /// Zone movement, in the order of the zone ids given, then any other zone met.
    public let zones: [ZoneMovement]
    /// Every doctor with a movement (`DoctorMovement.isMovement`), later snapshot's order first, then the doctors gone.
    public let movements: [DoctorMovement]
    /// Doctors listed before.
    public let doctorsBefore: Int
    /// Doctors listed after.
    public let doctorsAfter: Int
    /// Doctors listed both times under different reps (for a rep: those that came or went; for the district: all).
    public let repChanges: Int
    /// Required visits a month before.
    public let visitsBefore: Int
    /// Required visits a month after.
    public let visitsAfter: Int
    /// Visits the doctors whose frequency rose (or who entered) add next month.
    public let visitsAdded: Int
    /// Visits the doctors whose frequency fell (or who left) remove next month.
    public let visitsRemoved: Int

    /// The net change of required visits: `visitsAfter - visitsBefore` (= added - removed).
    public var visitsNet: Int { visitsAfter - visitsBefore }

    /// The district: every doctor of either snapshot, matched by id.
    ///
    /// - Complexity: O(n) in the doctors of both snapshots. Ids repeated within a snapshot count once (the first).
    public static func district(before: [SnapshotDoctor], after: [SnapshotDoctor], zoneIDs: [String]) -> GradeMovement {
        GradeMovement(pairs(before: before, after: after, in: { _ in true }), zoneIDs: zoneIDs)
    }

    /// One rep's list: the doctors that were the rep's before or are the rep's after, matched by id.
    ///
    /// - Complexity: O(n) in the doctors of both snapshots.
    public static func rep(_ repID: String, before: [SnapshotDoctor], after: [SnapshotDoctor], zoneIDs: [String]) -> GradeMovement {
        GradeMovement(pairs(before: before, after: after, in: { $0 == repID }), zoneIDs: zoneIDs)
    }

    /// The doctors of the reps `repIDs` together (before or after), matched by id; a doctor that moved
    /// between two of them is one doctor, as in the district.
    public static func reps(_ repIDs: Set<String>, before: [SnapshotDoctor], after: [SnapshotDoctor], zoneIDs: [String]) -> GradeMovement {
        GradeMovement(pairs(before: before, after: after, in: { repIDs.contains($0) }), zoneIDs: zoneIDs)
    }

    /// The doctors of the movement whose zone went from `fromZone` to one of `toZones` (e.g. yellow → red).
    public func moved(fromZone: String, toZones: Set<String>) -> [DoctorMovement] {
        movements.filter { $0.zoneBefore == fromZone && $0.zoneAfter.map(toZones.contains) == true }
    }

    /// Matches the two snapshots by doctor id; a side is kept only when its rep is in the group.
    static func pairs(before: [SnapshotDoctor], after: [SnapshotDoctor], in group: (String) -> Bool) -> [DoctorMovement] {
        var earlier: [String: SnapshotDoctor] = [:]
        for d in before where earlier[d.doctorID] == nil { earlier[d.doctorID] = d }
        var seen = Set<String>()
        var out: [DoctorMovement] = []
        for a in after where seen.insert(a.doctorID).inserted {
            let b = earlier[a.doctorID]
            let mine = (b.map { group($0.repID) } == true ? b : nil, group(a.repID) ? a : nil)
            if mine.0 == nil && mine.1 == nil { continue }
            out.append(DoctorMovement(before: mine.0, after: mine.1, repBefore: b?.repID, repAfter: a.repID))
        }
        for b in before where seen.insert(b.doctorID).inserted && group(b.repID) {
            out.append(DoctorMovement(before: b, after: nil, repBefore: b.repID, repAfter: nil))
        }
        return out
    }

    /// Counts the matched pairs of a group.
    init(_ pairs: [DoctorMovement], zoneIDs: [String]) {
        // Index-based, without closures over the counters: the closure form crashed the optimiser of
        // Swift 6.3.1 (CopyPropagation, "non consuming use outside of the lifetime") in release builds.
        var matrix = MovementMatrix()
        var index: [String: Int] = [:]
        var list: [ZoneMovement] = []
        for id in zoneIDs { _ = Self.slot(id, &index, &list) }
        var before = 0
        var after = 0
        var repChanges = 0
        var visitsBefore = 0
        var visitsAfter = 0
        var added = 0
        var removed = 0
        for p in pairs {
            let (zoneBefore, zoneAfter) = (p.zoneBefore, p.zoneAfter)
            let (visitsOfBefore, visitsOfAfter) = (p.visitsBefore, p.visitsAfter)
            matrix.add(from: p.cellBefore, to: p.cellAfter)
            if p.repChanged { repChanges += 1 }
            if let zone = zoneBefore {
                let k = Self.slot(zone, &index, &list)
                before += 1
                visitsBefore += visitsOfBefore
                list[k].before += 1
                list[k].visitsBefore += visitsOfBefore
                if zoneAfter == nil { list[k].left += 1 }
            }
            if let zone = zoneAfter {
                let k = Self.slot(zone, &index, &list)
                after += 1
                visitsAfter += visitsOfAfter
                list[k].after += 1
                list[k].visitsAfter += visitsOfAfter
                if zoneBefore == nil { list[k].entered += 1 }
            }
            if let zb = zoneBefore, let za = zoneAfter {
                if zb == za {
                    list[Self.slot(zb, &index, &list)].stayed += 1
                } else {
                    list[Self.slot(zb, &index, &list)].movedOut += 1
                    list[Self.slot(za, &index, &list)].movedIn += 1
                }
            }
            added += max(0, visitsOfAfter - visitsOfBefore)
            removed += max(0, visitsOfBefore - visitsOfAfter)
        }
        self.matrix = matrix
        self.zones = list
        self.movements = pairs.filter(\.isMovement)
        self.doctorsBefore = before
        self.doctorsAfter = after
        self.repChanges = repChanges
        self.visitsBefore = visitsBefore
        self.visitsAfter = visitsAfter
        self.visitsAdded = added
        self.visitsRemoved = removed
    }

    /// The position of zone `id` in `list`, appending a new zone (in first-seen order) when absent.
    private static func slot(_ id: String, _ index: inout [String: Int], _ list: inout [ZoneMovement]) -> Int {
        if let k = index[id] { return k }
        index[id] = list.count
        list.append(ZoneMovement(zoneID: id))
        return list.count - 1
    }
}
