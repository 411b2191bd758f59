import TerritoryModel
import Testing

@testable import TerritoryPlanner

/// `Shard`: the K-th of N fixed slices of a territory's reps, a manager's reps together.
@Suite("shards: slices of the reps")
struct ShardTests {
    /// Reps R1…R`count`, each with the manager `manager(k)` (nil: none).
    static func territory(_ count: Int, manager: (Int) -> String?) -> Territory {
        let reps = (1...count).map { k in Rep(id: "R\(k)", name: "代表\(k)", latitude: 31.2, longitude: 121.4, managerID: manager(k)) }
        let ids = Set(reps.compactMap(\.managerID)).sorted()
        let managers = ids.map { Manager(id: $0, name: "经理\($0)", latitude: 31.2, longitude: 121.4, coVisitDays: 4) }
        return Territory(hospitals: [], doctors: [], reps: reps, managers: managers)
    }

    @Test("K/N parses only for whole numbers with 1 ≤ K ≤ N and prints back the same")
    func parsing() {
        #expect(Shard(parsing: "2/3")?.description == "2/3")
        #expect(Shard(parsing: "1/1") == Shard(index: 1, count: 1))
        for bad in ["0/3", "4/3", "3", "1/0", "a/b", "+1/3", "1/3/5", "/3", "1/", " 1/3", "１/3"] {
            #expect(Shard(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("every rep is in exactly one slice; slices are contiguous runs balanced by rep count")
    func partition() {
        let t = Self.territory(10) { _ in nil }
        let slices = (1...3).map { Shard(index: $0, count: 3)!.repIDs(of: t) }
        #expect(slices == [["R1", "R2", "R3", "R4"], ["R5", "R6", "R7"], ["R8", "R9", "R10"]])
        #expect(slices.flatMap { $0 }.sorted() == t.reps.map(\.id).sorted())
    }

    @Test("a manager's reps share a slice even when reps.csv interleaves them; reps without one stand alone")
    func managersStayTogether() {
        let t = Self.territory(9) { k in k % 3 == 0 ? nil : (k % 3 == 1 ? "M1" : "M2") }
        let slice = Shard.slices(of: t, count: 4)
        for m in ["M1", "M2"] {
            #expect(Set(t.reps.filter { $0.managerID == m }.map { slice[$0.id]! }).count == 1)
        }
        #expect(Set(slice.values).isSubset(of: 1...4))
        // Groups in order of first rep: M1 (R1, R4, R7), M2 (R2, R5, R8), R3, R6, R9, starting at rep 0, 3, 6, 7, 8
        // of 9: slice ⌊start × 4 / 9⌋ + 1.
        #expect([slice["R1"], slice["R7"], slice["R2"], slice["R8"], slice["R3"], slice["R6"], slice["R9"]] == [1, 1, 2, 2, 3, 4, 4])
        // More slices than groups leave some empty.
        let one = Self.territory(4) { _ in "M1" }
        #expect((1...3).map { Shard(index: $0, count: 3)!.repIDs(of: one).count } == [4, 0, 0])
    }
}
