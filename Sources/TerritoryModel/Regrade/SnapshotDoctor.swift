/// One doctor as a grading snapshot records it: what a month-end re-grade compares. Built from a
/// territory's graded doctors or read back from an earlier `territory grade --format json`.
public struct SnapshotDoctor: Sendable, Hashable {
    /// External doctor id (医生编号): how two snapshots are matched.
    public var doctorID: String
    /// The responsible rep's id.
    public var repID: String
    /// Doctor's name.
    public var name: String
    /// The hospital's id.
    public var hospitalID: String
    /// The hospital's name.
    public var hospitalName: String
    /// The nine-grid cell.
    public var cell: Cell
    /// The zone id of the cell under the snapshot's own rules ("red", "yellow", "blue" by default).
    public var zoneID: String
    /// Required visits per month under the snapshot's own rules.
    public var visitsPerMonth: Int

    /// Creates a snapshot entry.
    public init(
        doctorID: String, repID: String, name: String, hospitalID: String, hospitalName: String, cell: Cell, zoneID: String,
        visitsPerMonth: Int
    ) {
        self.doctorID = doctorID
        self.repID = repID
        self.name = name
        self.hospitalID = hospitalID
        self.hospitalName = hospitalName
        self.cell = cell
        self.zoneID = zoneID
        self.visitsPerMonth = visitsPerMonth
    }

    /// The snapshot entry of a graded doctor (its zone and visits come from the rules it was graded by).
    public init(_ g: GradedDoctor) {
        self.init(
            doctorID: g.doctor.id, repID: g.doctor.repID, name: g.doctor.name, hospitalID: g.hospital.id, hospitalName: g.hospital.name,
            cell: g.cell, zoneID: g.zone.id, visitsPerMonth: g.visitsPerMonth)
    }
}
