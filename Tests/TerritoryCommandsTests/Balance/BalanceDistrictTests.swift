import Foundation
import TerritoryBenchmark
import TerritoryModel
import TerritoryPlanner
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// The balancing solver on generated districts (70–160 % utilisation): its number of moves checked against
/// branch and bound, the band reached, and the balanced folder `--write` produces.
@Suite("balancing generated districts", .serialized)
struct BalanceDistrictTests {
    /// A generated district in a temporary folder.
    static func district(reps: Int, seed: UInt64) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("territory-balance-\(seed)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in DistrictGenerator(reps: reps, seed: seed, year: 2026, month: 12).files() {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        return dir
    }

    /// The balancing problem of a district for December 2026, Monday to Friday.
    static func problem(_ dir: URL, limits: BalanceLimits, granularity: BalanceGranularity = .hospitalGroup) throws -> BalanceProblem {
        let territory = try TerritoryLoader.load(directory: dir).territory
        let inputs = try PlanInputs.load(directory: dir, territory: territory)
        let days = WorkCalendar.weekdays.workingDays(in: YearMonth(year: 2026, month: 12)!)
        let ids = territory.reps.map(\.id)
        let capacity = ids.map { RepMonth.capacity(rep: territory.rep(id: $0)!, workingDays: days, leave: inputs.leave, rules: territory.rules) }
        return BalanceProblem.build(
            territory: territory, repIDs: ids, capacity: capacity, granularity: granularity, limits: limits,
            travel: TravelModel(rules: territory.rules))
    }

    @Test("on small districts the search needs exactly the fewest moves branch and bound proves", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func fewestMoves(seed: UInt64) throws {
        let dir = try Self.district(reps: 3, seed: seed)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try Self.problem(dir, limits: BalanceLimits(cap: 1.05, tolerance: 0.10))
        let exact = try #require(BalanceExact.fewestMoves(p, maxMoves: 5), "no assignment within 5 moves")
        let found = BalanceSearch.solve(p, options: .init(seed: seed, rounds: 50))
        #expect(found.cost.overload == 0 && found.cost.underload == 0)
        #expect(found.cost.redMoves == Int64(exact.redMoves))
        #expect(found.cost.moves == Int64(exact.moves))
        #expect(BalanceExact.lowerBound(p) <= exact.moves)
        // Branch and bound's assignment really is inside the band.
        let state = BalanceState(problem: p, owner: exact.owner)
        #expect(state.cost.overload == 0 && state.cost.underload == 0)
        #expect(state.cost.moves == Int64(exact.moves))
    }

    @Test("a 12-rep district at 70–160 % ends with every rep in the band, and the search's cost is the one recomputed")
    func band() throws {
        let dir = try Self.district(reps: 12, seed: 5)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try Self.problem(dir, limits: BalanceLimits())
        let found = BalanceSearch.solve(p, options: .init(seed: 1, rounds: 20))
        #expect(found.cost == found.total())
        let band = p.limits.band(district: p.districtUtilisation)
        for r in 0..<p.repCount {
            let u = Double(found.load[r]) / Double(p.capacity[r])
            #expect(band.lowerBound - 0.005 <= u && u <= band.upperBound + 0.005, "\(p.repIDs[r]) \(u)")
        }
        #expect(found.cost.moves >= Int64(BalanceExact.lowerBound(p)))
    }

    @Test("--keep-hospitals moves single doctors, only to reps who already see the hospital")
    func keepHospitals() throws {
        let dir = try Self.district(reps: 4, seed: 2)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try Self.problem(dir, limits: BalanceLimits(), granularity: .keepHospitals)
        let found = BalanceSearch.solve(p, options: .init(seed: 1, rounds: 2))
        let seen = Set(p.units.map { "\($0.owner)/\($0.hospital)" })
        for (u, unit) in p.units.enumerated() {
            #expect(unit.doctorIDs.count == 1)
            #expect(seen.contains("\(found.owner[u])/\(unit.hospital)"))
        }
        #expect(found.cost.overload + found.cost.underload < BalanceState(problem: p).cost.overload + BalanceState(problem: p).cost.underload)
    }
}
