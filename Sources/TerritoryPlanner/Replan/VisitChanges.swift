/// What a re-plan changed for one rep from the re-plan date on, per doctor: visits kept on their day,
/// moved to another day, added and dropped.
public struct VisitChanges: Sendable, Hashable {
    /// A visit moved from one day to another.
    public struct Move: Sendable, Hashable {
        /// The doctor.
        public var doctorID: String
        /// The old day.
        public var from: CalendarDate
        /// The new day.
        public var to: CalendarDate
    }

    /// A visit added or dropped.
    public struct Visit: Sendable, Hashable {
        /// The doctor.
        public var doctorID: String
        /// The day.
        public var date: CalendarDate
    }

    /// The rep.
    public var repID: String
    /// Visits on the same day (and doctor) before and after.
    public var kept: Int
    /// Visits moved, pairing each doctor's lost days with its new days in date order.
    public var moved: [Move]
    /// New visits beyond the doctor's old count.
    public var added: [Visit]
    /// Old visits with no new day.
    public var dropped: [Visit]

    /// Compares a rep's visits before and after (the days from the re-plan date on).
    public init(repID: String, before: [PlannedVisit], after: [PlannedVisit]) {
        self.repID = repID
        var old: [String: Set<CalendarDate>] = [:]
        var new: [String: Set<CalendarDate>] = [:]
        for v in before { old[v.doctorID, default: []].insert(v.date) }
        for v in after { new[v.doctorID, default: []].insert(v.date) }
        var kept = 0
        var moved: [Move] = []
        var added: [Visit] = []
        var dropped: [Visit] = []
        for id in Set(old.keys).union(new.keys).sorted() {
            let a = old[id] ?? []
            let b = new[id] ?? []
            kept += a.intersection(b).count
            let lost = a.subtracting(b).sorted()
            let gained = b.subtracting(a).sorted()
            for (x, y) in zip(lost, gained) { moved.append(Move(doctorID: id, from: x, to: y)) }
            for x in lost.dropFirst(gained.count) { dropped.append(Visit(doctorID: id, date: x)) }
            for y in gained.dropFirst(lost.count) { added.append(Visit(doctorID: id, date: y)) }
        }
        self.kept = kept
        self.moved = moved.sorted { ($0.from, $0.doctorID) < ($1.from, $1.doctorID) }
        self.added = added.sorted { ($0.date, $0.doctorID) < ($1.date, $1.doctorID) }
        self.dropped = dropped.sorted { ($0.date, $0.doctorID) < ($1.date, $1.doctorID) }
    }
}
