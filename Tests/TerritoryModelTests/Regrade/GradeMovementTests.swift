import TerritoryModel
import Testing

/// The month-end re-grade on hand-built snapshots and on seeded random ones, against an independent count.
@Suite("Grade movement between two snapshots")
struct GradeMovementTests {
    static let zoneIDs = ["red", "yellow", "blue"]
    static let visits: [Cell: Int] = [.a1: 8, .a2: 8, .b1: 8, .b2: 8, .a3: 4, .b3: 2, .c1: 1, .c2: 1, .c3: 1]

    /// A snapshot doctor in `cell` with the default zone and visits.
    static func doctor(_ id: String, _ cell: Cell, rep: String = "R1") -> SnapshotDoctor {
        SnapshotDoctor(
            doctorID: id, repID: rep, name: "医生\(id)", hospitalID: "H1", hospitalName: "医院", cell: cell,
            zoneID: Rules().zone(of: cell)!.id, visitsPerMonth: visits[cell]!)
    }

    @Test("A3 → A2, A1 → A3, a doctor gone and one new: matrix, zones, visits and the list")
    func handBuilt() {
        let before = [Self.doctor("D1", .a3), Self.doctor("D2", .a1), Self.doctor("D3", .b3), Self.doctor("D4", .c1)]
        let after = [Self.doctor("D1", .a2), Self.doctor("D2", .a3), Self.doctor("D4", .c1), Self.doctor("D5", .b2)]
        let m = GradeMovement.district(before: before, after: after, zoneIDs: Self.zoneIDs)
        #expect(m.matrix[.a3, .a2] == 1)
        #expect(m.matrix[.a1, .a3] == 1)
        #expect(m.matrix[.b3, nil] == 1)
        #expect(m.matrix[nil, .b2] == 1)
        #expect(m.matrix[.c1, .c1] == 1)
        #expect(m.matrix.counts.reduce(0, +) == 5)
        #expect(m.matrix.unchanged == 1)
        #expect(m.doctorsBefore == 4 && m.doctorsAfter == 4)
        let red = m.zones[0]
        #expect(red.zoneID == "red")
        #expect([red.before, red.after, red.stayed, red.movedIn, red.movedOut, red.entered, red.left] == [1, 2, 0, 1, 1, 1, 0])
        let yellow = m.zones[1]
        #expect([yellow.before, yellow.after, yellow.stayed, yellow.movedIn, yellow.movedOut, yellow.entered, yellow.left] == [2, 1, 0, 1, 1, 0, 1])
        #expect((yellow.visitsBefore, yellow.visitsAfter) == (6, 4))
        let blue = m.zones[2]
        #expect((blue.before, blue.after, blue.stayed) == (1, 1, 1))
        // D1 4 → 8 (+4), D2 8 → 4 (−4), D3 2 → gone (−2), D5 new 8 (+8).
        #expect((m.visitsBefore, m.visitsAfter, m.visitsAdded, m.visitsRemoved, m.visitsNet) == (15, 21, 12, 6, 6))
        #expect(m.movements.map(\.doctorID) == ["D1", "D2", "D5", "D3"])
        #expect(m.moved(fromZone: "yellow", toZones: ["red"]).map(\.doctorID) == ["D1"])
        #expect(m.moved(fromZone: "red", toZones: ["yellow", "blue"]).map(\.doctorID) == ["D2"])
    }

    @Test("a doctor who changed rep is one doctor in the district and leaves one rep's list for the other's")
    func repChange() {
        let before = [Self.doctor("D1", .a3, rep: "R1"), Self.doctor("D2", .b1, rep: "R1")]
        let after = [Self.doctor("D1", .a3, rep: "R2"), Self.doctor("D2", .b1, rep: "R1")]
        let district = GradeMovement.district(before: before, after: after, zoneIDs: Self.zoneIDs)
        #expect(district.matrix[.a3, .a3] == 1 && district.matrix[.b1, .b1] == 1)
        #expect(district.repChanges == 1)
        #expect(district.movements.count == 1 && district.movements[0].repChanged)
        #expect((district.movements[0].repBefore, district.movements[0].repAfter) == ("R1", "R2"))
        #expect(district.visitsNet == 0)
        let r1 = GradeMovement.rep("R1", before: before, after: after, zoneIDs: Self.zoneIDs)
        #expect(r1.matrix[.a3, nil] == 1 && r1.matrix[.b1, .b1] == 1)
        #expect((r1.doctorsBefore, r1.doctorsAfter, r1.visitsNet, r1.repChanges) == (2, 1, -4, 1))
        #expect(r1.movements.map(\.doctorID) == ["D1"] && r1.movements[0].after == nil && r1.movements[0].repAfter == "R2")
        let r2 = GradeMovement.rep("R2", before: before, after: after, zoneIDs: Self.zoneIDs)
        #expect(r2.matrix[nil, .a3] == 1)
        #expect((r2.doctorsBefore, r2.doctorsAfter, r2.visitsNet) == (0, 1, 4))
        #expect(r2.zones[1].entered == 1)
        let both = GradeMovement.reps(["R1", "R2"], before: before, after: after, zoneIDs: Self.zoneIDs)
        #expect(both.matrix == district.matrix)
    }

    @Test("a zone the rules name that no doctor is in is listed with zeros; an unnamed zone is added after")
    func zonesListed() {
        var other = Self.doctor("D1", .c3)
        other.zoneID = "grey"
        let m = GradeMovement.district(before: [Self.doctor("D1", .c3)], after: [other], zoneIDs: Self.zoneIDs)
        #expect(m.zones.map(\.zoneID) == ["red", "yellow", "blue", "grey"])
        #expect(m.zones[0] == ZoneMovement(zoneID: "red"))
        #expect((m.zones[2].movedOut, m.zones[3].movedIn) == (1, 1))
        #expect(m.movements.count == 1 && !m.movements[0].cellChanged && m.movements[0].zoneChanged)
    }

    @Test("random snapshots: the matrix, zones and visits equal a count done pair by pair", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func independentCount(seed: UInt64) {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var before: [SnapshotDoctor] = []
        var after: [SnapshotDoctor] = []
        for i in 0..<300 {
            let id = "D\(i)"
            if next(10) > 0 { before.append(Self.doctor(id, Cell.all[next(9)], rep: "R\(next(4))")) }
            if next(10) > 0 { after.append(Self.doctor(id, Cell.all[next(9)], rep: "R\(next(4))")) }
        }
        after.reverse()  // the later snapshot in another order than the earlier one
        for rep in ["R0", "R1", "R2", "R3", nil] as [String?] {
            let m =
                rep.map { GradeMovement.rep($0, before: before, after: after, zoneIDs: Self.zoneIDs) }
                ?? GradeMovement.district(before: before, after: after, zoneIDs: Self.zoneIDs)
            // The independent count: for every id of either side, look each side up by a linear search.
            let mine = { (d: SnapshotDoctor) in rep == nil || d.repID == rep }
            let b = before.filter(mine)
            let a = after.filter(mine)
            let ids = Set(b.map(\.doctorID) + a.map(\.doctorID))
            var expected: [String: Int] = [:]
            var added = 0
            var removed = 0
            var zoneStayed: [String: Int] = [:]
            var moved = 0
            for id in ids {
                let x = b.first { $0.doctorID == id }
                let y = a.first { $0.doctorID == id }
                expected["\(x?.cell.id ?? "-")>\(y?.cell.id ?? "-")", default: 0] += 1
                let change = (y?.visitsPerMonth ?? 0) - (x?.visitsPerMonth ?? 0)
                if change > 0 { added += change } else { removed -= change }
                if let x, let y, x.zoneID == y.zoneID { zoneStayed[x.zoneID, default: 0] += 1 }
                let otherRep = before.first { $0.doctorID == id }?.repID != after.first { $0.doctorID == id }?.repID
                let bothListed = before.contains { $0.doctorID == id } && after.contains { $0.doctorID == id }
                if x?.cell != y?.cell || change != 0 || (bothListed && otherRep) { moved += 1 }
            }
            for r in 0..<MovementMatrix.size {
                for c in 0..<MovementMatrix.size {
                    let key = "\(MovementMatrix.cell(at: r)?.id ?? "-")>\(MovementMatrix.cell(at: c)?.id ?? "-")"
                    #expect(m.matrix.count(row: r, column: c) == expected[key] ?? 0, "\(key) for \(rep ?? "district")")
                }
            }
            #expect(m.doctorsBefore == b.count && m.doctorsAfter == a.count)
            #expect(m.visitsAdded == added && m.visitsRemoved == removed)
            #expect(m.visitsNet == a.reduce(0) { $0 + $1.visitsPerMonth } - b.reduce(0) { $0 + $1.visitsPerMonth })
            #expect(m.movements.count == moved)
            for z in m.zones {
                #expect(z.before == b.filter { $0.zoneID == z.zoneID }.count)
                #expect(z.after == a.filter { $0.zoneID == z.zoneID }.count)
                #expect(z.stayed == zoneStayed[z.zoneID] ?? 0)
                #expect(z.before - z.stayed == z.movedOut + z.left)
                #expect(z.after - z.stayed == z.movedIn + z.entered)
            }
        }
    }
}
