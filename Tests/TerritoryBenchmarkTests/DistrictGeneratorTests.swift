import Foundation
import TerritoryBenchmark
import TerritoryFormats
import TerritoryModel
import Testing

/// `DistrictGenerator`: seeded districts that load as territories, with a manager per five reps, the
/// utilisation spread asked for, or a fixed number of doctors per rep.
@Suite("district generator")
struct DistrictGeneratorTests {
    func load(_ g: DistrictGenerator) throws -> Territory {
        try TerritoryLoader.load(TerritoryFiles(inMemory: g.files().mapValues { Data($0.utf8) })).territory
    }

    /// Required visits ÷ calls of 8 a day over the month's weekdays, per rep.
    func utilisation(_ t: Territory) -> [Double] {
        t.reps.map { r in Double(t.gradedDoctors(ofRep: r.id).reduce(0) { $0 + $1.visitsPerMonth }) / Double(8 * 23) }
    }

    @Test("the same seed gives the same files; another seed others")
    func deterministic() {
        let a = DistrictGenerator(reps: 6, seed: 7, year: 2026, month: 12)
        #expect(a.files() == a.files())
        #expect(a.files() != DistrictGenerator(reps: 6, seed: 8, year: 2026, month: 12).files())
    }

    @Test("a district loads: its reps, a manager per five reps, and utilisation spread from about 70 % to 160 %")
    func shape() throws {
        let t = try load(DistrictGenerator(reps: 12, seed: 2, year: 2026, month: 12))
        #expect(t.reps.count == 12)
        #expect(t.managers.map(\.id) == ["M01", "M02", "M03"])
        #expect(t.reps.filter { $0.managerID == "M01" }.count == 5)
        let u = utilisation(t)
        #expect(u.min()! < 0.8 && u.max()! > 1.45)  // leave and jitter move the ends a little
    }

    @Test("--doctors-per-rep gives every rep exactly that many doctors, their visits near the drawn utilisation")
    func doctorsPerRep() throws {
        var g = DistrictGenerator(reps: 6, seed: 3, year: 2026, month: 12)
        g.doctorsPerRep = 60
        let t = try load(g)
        #expect(t.reps.map { t.gradedDoctors(ofRep: $0.id).count } == [60, 60, 60, 60, 60, 60])
        // The utilisation drawn runs from 70 % to 160 % of capacity; leave and the lightest draws move the ends.
        let u = utilisation(t)
        #expect(u.min()! < 0.9 && u.max()! > 1.3 && u.max()! < 1.9, "\(u)")
    }
}
